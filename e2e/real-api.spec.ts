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
