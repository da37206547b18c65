// The running app: providers around the router.
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import type { AppConfig } from '@/config/schema';
import { AppProvider } from './provider';
import { createRouter } from './router';

export function App({ config }: { config: AppConfig }) {
  const [router] = useState(createRouter);
  return (
    <AppProvider config={config}>
      <RouterProvider router={router} />
    </AppProvider>
  );
}
