// The running app: providers around the router.
import type { QueryClient } from '@tanstack/react-query';
import type { AppConfig } from '@/config/schema';
import { AppProvider } from './provider';
import { AppRouter } from './router';

export function App({ config, queryClient }: { config: AppConfig; queryClient: QueryClient }) {
  return (
    <AppProvider config={config} queryClient={queryClient}>
      <AppRouter />
    </AppProvider>
  );
}
