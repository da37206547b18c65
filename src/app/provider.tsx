// Wires configuration, the query client and the theme around the app.
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { ConfigProvider } from '@/config/config-context';
import type { AppConfig } from '@/config/schema';
import { createQueryClient } from '@/lib/query-client';
import { useDocumentTheme } from '@/lib/use-chart-theme';

export function AppProvider({
  config,
  queryClient,
  children,
}: {
  config: AppConfig;
  queryClient?: QueryClient;
  children: ReactNode;
}) {
  const [client] = useState(() => queryClient ?? createQueryClient(config.refreshSeconds));
  useEffect(() => {
    document.documentElement.lang = config.locale;
  }, [config.locale]);
  // An embed or the wall carries its own theme on its root element; styles follow the nearest one.
  useDocumentTheme(config.theme);
  return (
    <ConfigProvider config={config}>
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    </ConfigProvider>
  );
}
