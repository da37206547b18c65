// The built app pointed at a real API on another origin by config.json alone: CORS, bearer token,
// and none of the mock's code loaded.
import { expect, test } from '@playwright/test';
import { startRealApi, type RealApi } from './support/real-api-server';

let api: RealApi;
test.beforeAll(async () => {
  api = await startRealApi({ requiredToken: 'tok-e2e' });
});
test.afterAll(async () => {
  await api.close();
});

test('config.json points the build at an API on another origin, with a bearer token', async ({
  page,
}) => {
  await page.route('**/config.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        apiBaseUrl: `${api.url}/`,
        mock: false,
        auth: { type: 'bearer', token: 'tok-e2e' },
      }),
    }),
  );
  const scripts: string[] = [];
  let configRequests = 0;
  page.on('request', (r) => {
    if (r.resourceType() === 'script' || r.url().includes('mockServiceWorker'))
      scripts.push(r.url());
    if (r.url().includes('config.json')) configRequests += 1;
  });

  await page.goto('/');
  await expect(page.getByRole('article')).toHaveCount(4);
  await expect(
    page.getByRole('article', { name: 'Loyalty index' }).locator('.tile__value'),
  ).toHaveText(/^[+−]\d/);

  const apiCalls = api.requests.filter((r) => r.method === 'GET');
  expect(apiCalls.some((r) => r.path.startsWith('/v1/catalog'))).toBe(true);
  expect(apiCalls.every((r) => r.authorization === 'Bearer tok-e2e')).toBe(true);
  // No mock worker and no mock chunk: a real deployment runs none of the mock's code.
  expect(scripts.filter((u) => /mockServiceWorker|\/assets\/(mock-api|browser)-/.test(u))).toEqual(
    [],
  );
  expect(scripts.some((u) => /\/assets\/index-/.test(u))).toBe(true);
  // Asked for once, by public/early.js; the app read that answer.
  expect(configRequests).toBe(1);
  expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
});

test('an expired token says that access expired', async ({ page }) => {
  await page.route('**/config.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        apiBaseUrl: api.url,
        mock: false,
        auth: { type: 'bearer', token: 'old' },
      }),
    }),
  );
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('Access expired or missing');
  await expect(page.getByRole('alert')).toContainText('GET /v1/catalog: HTTP 401 unauthorized');
});

// The standard organisation: the whole of it and six units.
const UNITS = 7;

test.describe('the stages of every unit on the overview', () => {
  for (const features of [undefined, []] as const) {
    const offered = features === undefined;
    test(`a server ${offered ? 'offering GET /v1/unit-stages is asked once' : 'speaking only the core of the contract is asked unit by unit'}`, async ({
      page,
    }) => {
      const server = await startRealApi({ features });
      try {
        await page.route('**/config.json', (route) =>
          route.fulfill({
            contentType: 'application/json',
            body: JSON.stringify({ apiBaseUrl: server.url, mock: false }),
          }),
        );
        await page.goto('/');
        const news = page.getByRole('region', { name: 'What changed' });
        await expect(news).toHaveAttribute('aria-busy', 'false');
        await expect(news.getByRole('listitem').first()).toBeVisible();
        const paths = server.requests.map((r) => new URL(r.path, server.url));
        const batches = paths.filter((u) => u.pathname === '/v1/unit-stages');
        const singles = paths.filter((u) => u.pathname === '/v1/stages');
        if (offered) {
          expect(batches).toHaveLength(1);
          expect(batches[0]!.searchParams.get('units')?.split(',')).toHaveLength(UNITS);
          expect(singles).toHaveLength(0);
        } else {
          expect(batches).toHaveLength(0);
          expect(singles).toHaveLength(UNITS);
        }
      } finally {
        await server.close();
      }
    });
  }
});
