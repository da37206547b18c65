// Renders the app's routes in a memory router with a fresh query client, for component tests.
import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { createApiClient } from '@/api/client';
import { AppProvider } from '@/app/provider';
import { routes } from '@/app/router';
import { configSchema, type AppConfig } from '@/config/schema';

export const TEST_API = 'http://api.test';

export function renderApp(
  path = '/',
  overrides: Partial<AppConfig> = {},
  {
    queryClient: client,
    strict = false,
  }: {
    /** The app's own client (staleTime, refresh) where a test is about caching; default: no retries. */
    queryClient?: QueryClient;
    /** Under <StrictMode>, as in development: every effect runs, is cleaned up and runs again. */
    strict?: boolean;
  } = {},
) {
  const { locale = 'en-GB', ...rest } = overrides;
  const config: AppConfig = {
    ...configSchema.parse({ apiBaseUrl: TEST_API, ...rest }),
    locale,
  };
  const apiClient = createApiClient({ baseUrl: config.apiBaseUrl, timeoutMs: 2000 });
  const queryClient =
    client ??
    new QueryClient({
      defaultOptions: { queries: { retry: false, refetchInterval: false } },
    });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const utils = render(
    <AppProvider config={config} apiClient={apiClient} queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>,
    { reactStrictMode: strict },
  );
  return { ...utils, router, queryClient };
}
