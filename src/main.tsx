// Start-up: read config.json, start the mock API when configured, then render the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApiClient, setApiClient } from '@/api/client';
import { App } from '@/app/app';
import { ConfigErrorPage } from '@/app/config-error-page';
import { loadConfig } from '@/config/load-config';
import './styles.css';

async function start(): Promise<void> {
  const root = createRoot(document.getElementById('root')!);
  const configFile = `${import.meta.env.BASE_URL}config.json`;
  const result = await loadConfig(configFile);
  if (!result.ok) {
    root.render(<ConfigErrorPage problem={result.error} />);
    return;
  }
  const { config } = result;

  if (config.mock) {
    try {
      // Imported only in mock mode, so a build running on a real API never loads the mock's code.
      const { startMockWorker } = await import('../mocks/browser');
      await startMockWorker({
        ...config.mockOptions,
        serviceWorkerUrl: `${import.meta.env.BASE_URL}mockServiceWorker.js`,
        quiet: true,
      });
    } catch (cause) {
      root.render(
        <ConfigErrorPage
          problem={{
            file: configFile,
            key: 'mock',
            problem: `the built-in mock API could not start (${String(cause)}); set "mock": false to use a real API`,
          }}
        />,
      );
      return;
    }
  }

  setApiClient(
    createApiClient({
      baseUrl: config.apiBaseUrl,
      timeoutMs: config.requestTimeoutSeconds * 1000,
      getToken: () => (config.auth.type === 'bearer' ? config.auth.token : null),
    }),
  );
  root.render(
    <StrictMode>
      <App config={config} />
    </StrictMode>,
  );
}

void start();
