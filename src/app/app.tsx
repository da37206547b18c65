// The running app: providers around the router.
import type { QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import type { AppConfig } from '@/config/schema';
import { AppProvider } from './provider';
import { createRouter } from './router';

export function App({ config, queryClient }: { config: AppConfig; queryClient: QueryClient }) {
  const [router] = useState(createRouter);
  return (
    <AppProvider config={config} queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>
  );
}
