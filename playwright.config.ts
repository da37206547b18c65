// End-to-end tests: the production build served by `vite preview`, driven in real Chromium.
import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 4173);
const SUBPATH_PORT = PORT + 2;

/** Debian's Chromium where it exists (CI, this machine); Playwright's own browser on a laptop. */
const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) =>
  existsSync(p),
);

export default defineConfig({
  testDir: './e2e',
  // Path aliases (@/…) for the mock handlers that the real-API fixture serves.
  tsconfig: './tsconfig.node.json',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    // The shipped config.json leaves the language to the browser; the specs read en-GB unless a
    // spec asks for another locale.
    locale: 'en-GB',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        locale: 'en-GB',
        viewport: { width: 1440, height: 900 },
        launchOptions: {
          executablePath: systemChromium,
          args: [
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
          ],
        },
      },
    },
  ],
  webServer: [
    {
      command: `npx vite preview --port ${PORT} --strictPort`,
      url: `http://localhost:${PORT}/config.json`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // The same app built for a sub-path (npm run build:subpath), as an intranet server hosts it.
      command: `npx vite preview --outDir dist-subpath --port ${SUBPATH_PORT} --strictPort`,
      env: { BASE_PATH: '/intranet/cx/' },
      url: `http://localhost:${SUBPATH_PORT}/intranet/cx/config.json`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
