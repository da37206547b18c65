// The running app: providers around the router.
import type { QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '@/api/client';
import type { AppConfig } from '@/config/schema';
import { AppProvider } from './provider';
import { AppRouter } from './router';

export function App({
  config,
  apiClient,
  queryClient,
}: {
  config: AppConfig;
  apiClient: ApiClient;
  queryClient: QueryClient;
}) {
  return (
    <AppProvider config={config} apiClient={apiClient} queryClient={queryClient}>
      <AppRouter />
    </AppProvider>
  );
}
