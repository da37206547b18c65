// Wires configuration, the query client, the theme and the language around the app.
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiClientProvider } from '@/api/api-client-context';
import { createApiClient, type ApiClient } from '@/api/client';
import { ConfigProvider } from '@/config/config-context';
import { DisplaySettingsContext, type DisplaySettings } from '@/config/display-settings';
import type { AppConfig } from '@/config/schema';
import { LOCALE_STORAGE_KEY, loadLocale } from '@/i18n/registry';
import { createQueryClient } from '@/lib/query/query-client';
import { storeChoice, THEME_STORAGE_KEY, type ThemeSetting } from '@/config/theme-choice';
import { useDocumentTheme } from '@/lib/charts/use-chart-theme';

export function AppProvider({
  config,
  apiClient,
  queryClient,
  children,
}: {
  config: AppConfig;
  /** The start-up's client (with the embed's token); by default one on the configured API. */
  apiClient?: ApiClient;
  queryClient?: QueryClient;
  children: ReactNode;
}) {
  const [api] = useState(
    () =>
      apiClient ??
      createApiClient({
        baseUrl: config.apiBaseUrl,
        timeoutMs: config.requestTimeoutSeconds * 1000,
      }),
  );
  const [client] = useState(() => queryClient ?? createQueryClient(config.refreshSeconds));
  // The user may change theme and language while the app runs; config holds the starting values.
  const [theme, setThemeState] = useState<ThemeSetting>(config.theme);
  const [locale, setLocaleState] = useState(config.locale);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  // An embed or the wall carries its own theme on its root element; styles follow the nearest one.
  useDocumentTheme(theme);
  const settings = useMemo<DisplaySettings>(
    () => ({
      theme,
      locale,
      setTheme: (next) => {
        storeChoice(THEME_STORAGE_KEY, next);
        setThemeState(next);
      },
      setLocale: async (next) => {
        // The catalog first, so the next render has every string.
        await loadLocale(next);
        storeChoice(LOCALE_STORAGE_KEY, next);
        setLocaleState(next);
      },
    }),
    [theme, locale],
  );
  const effective = useMemo(() => ({ ...config, theme, locale }), [config, theme, locale]);
  return (
    <ConfigProvider config={effective}>
      <DisplaySettingsContext.Provider value={settings}>
        <ApiClientProvider client={api}>
          <QueryClientProvider client={client}>{children}</QueryClientProvider>
        </ApiClientProvider>
      </DisplaySettingsContext.Provider>
    </ConfigProvider>
  );
}
