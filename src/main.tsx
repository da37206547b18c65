// Start-up: read config.json, start the mock API when configured, restore the last good figures,
// then render the app.
// The shared sheets before any module of the app: every feature's sheet comes after them in the
// cascade and builds on their tokens and components.
import './styles/theme.css';
import './styles/chrome.css';
import './styles/components.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApiClient } from '@/api/client';
import { catalogQueryOptions } from '@/api/queries/catalog';
import { App } from '@/app/app';
import { ConfigErrorPage } from '@/app/config-error-page';
import { fetchWithEarlyConfig } from '@/config/early-config';
import { loadConfig } from '@/config/load-config';
import { getRuntimeToken } from '@/api/auth-token';
import { exposeLiveChartCount } from '@/lib/charts/live-charts';
import type { AppConfig, ConfigFile } from '@/config/schema';
import { LOCALE_STORAGE_KEY, loadLocale, resolveLocale } from '@/i18n/registry';
import { persistQueryCache, restoreQueryCache } from '@/lib/query/persist';
import { createQueryClient } from '@/lib/query/query-client';
import { readStoredChoice, resolveThemeSetting, THEME_STORAGE_KEY } from '@/config/theme-choice';

/** Bump when the shape of cached figures changes without a version change. */
const CACHE_SHAPE = 'contract-v1:query-keys-2';

async function startMock(config: ConfigFile): Promise<void> {
  // Imported only in mock mode, so a build running on a real API never loads the mock's code.
  const { startMockWorker } = await import('../mocks/browser');
  // In mock mode a fault scenario may also come from the URL (?scenario=503), for trying failures.
  const scenario =
    new URLSearchParams(location.search).get('scenario') ?? config.mockOptions.scenario;
  await startMockWorker({
    ...config.mockOptions,
    scenario,
    serviceWorkerUrl: `${import.meta.env.BASE_URL}mockServiceWorker.js`,
    quiet: true,
  });
}

async function start(): Promise<void> {
  exposeLiveChartCount();
  const root = createRoot(document.getElementById('root')!);
  const configFile = `${import.meta.env.BASE_URL}config.json`;
  const result = await loadConfig(configFile, fetchWithEarlyConfig);
  if (!result.ok) {
    root.render(<ConfigErrorPage problem={result.error} />);
    return;
  }
  const { config: file } = result;
  const { id: locale } = resolveLocale({
    fromUrl: new URLSearchParams(location.search).get('locale'),
    fromUser: readStoredChoice(LOCALE_STORAGE_KEY),
    fromConfig: file.locale,
    fromBrowser: navigator.languages,
  });
  // The same order for the theme (an invalid `?theme=` is named in a notice by the layout).
  const { setting: theme } = resolveThemeSetting({
    fromUrl: new URLSearchParams(location.search).get('theme'),
    fromUser: readStoredChoice(THEME_STORAGE_KEY),
    fromConfig: file.theme,
  });
  const config: AppConfig = { ...file, locale, theme };
  // The catalog arrives while the mock starts; the first render has every string.
  const catalogLoaded = loadLocale(locale);

  if (config.mock) {
    try {
      await startMock(config);
    } catch (cause) {
      const message = cause instanceof Error ? cause.message : String(cause);
      const fromUrl =
        message.startsWith('scenario') && new URLSearchParams(location.search).has('scenario');
      root.render(
        <ConfigErrorPage
          problem={{
            file: fromUrl ? 'the page address' : configFile,
            key: fromUrl
              ? 'scenario'
              : message.startsWith('scenario')
                ? 'mockOptions.scenario'
                : 'mock',
            problem: `the built-in mock API could not start: ${message}`,
          }}
        />,
      );
      return;
    }
  }

  await catalogLoaded;
  const apiClient = createApiClient({
    baseUrl: config.apiBaseUrl,
    timeoutMs: config.requestTimeoutSeconds * 1000,
    // A token handed over by an embedding host wins over one in config.json.
    getToken: () => getRuntimeToken() ?? (config.auth.type === 'bearer' ? config.auth.token : null),
  });

  const queryClient = createQueryClient(config.refreshSeconds);
  const persist = {
    key: `cx-dashboard:figures:${config.mock ? `mock:${JSON.stringify(config.mockOptions)}` : config.apiBaseUrl}`,
    buster: `${__APP_VERSION__}:${CACHE_SHAPE}`,
    maxAgeMs: config.cacheMaxAgeHours * 3_600_000,
  };
  const restored = restoreQueryCache(queryClient, persist);
  // Figures from an earlier session are shown at once but always checked with the API on mount.
  if (restored.restored) void queryClient.invalidateQueries({ refetchType: 'none' });
  persistQueryCache(queryClient, persist);
  // Everything waits for the catalog: ask for it now rather than from the first render's effects.
  void queryClient.prefetchQuery(catalogQueryOptions(apiClient));

  root.render(
    <StrictMode>
      <App config={config} apiClient={apiClient} queryClient={queryClient} />
    </StrictMode>,
  );
}

void start();
