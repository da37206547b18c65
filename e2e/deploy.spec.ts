// The static build as IT hosts it: under a sub-path, behind a strict Content Security Policy, with no
// errors in the console.
import { expect, test, type Page } from '@playwright/test';

const SUBPATH = `http://localhost:${Number(process.env.E2E_PORT ?? 4173) + 2}/intranet/cx`;

function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  return problems;
}

test('the server sends the recommended security headers', async ({ request }) => {
  const response = await request.get('/');
  const csp = response.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain('frame-ancestors');
  expect(csp).not.toContain('unsafe-eval');
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
  expect(response.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');
});

test('the app works under a sub-path and the strict CSP, router and mock worker included', async ({
  page,
}) => {
  const problems = watchConsole(page);
  const configRequests: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('config.json')) configRequests.push(new URL(r.url()).pathname);
  });
  await page.goto(`${SUBPATH}/`);
  await expect(page.getByRole('article')).toHaveCount(4);
  await expect(page.locator('.tile__value').first()).toBeVisible();
  // public/early.js found config.json beside itself under the sub-path, and the app read that answer.
  expect(configRequests).toEqual(['/intranet/cx/config.json']);
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('link', { name: 'Stages', exact: true })
    .click();
  await expect(page).toHaveURL(`${SUBPATH}/stages`);
  await expect(page.locator('[data-chart-ready="true"]').first()).toBeVisible();
  // A pasted deep link under the sub-path.
  await page.goto(`${SUBPATH}/metrics/loyalty?unit=retail&range=13w`);
  await expect(page.locator('[data-chart-ready="true"]').first()).toBeVisible();
  await page.goto(`${SUBPATH}/embed/tile/retention`);
  await expect(page.locator('.tile__value')).toBeVisible();
  await page.goto(`${SUBPATH}/wall`);
  await expect(page.locator('.wall-tile__value').first()).toBeVisible();
  expect(problems).toEqual([]);
});

test('the root build logs no CSP violation or error across its views', async ({ page }) => {
  const problems = watchConsole(page);
  for (const path of ['/', '/stages', '/pillars', '/metrics/advocacy', '/wall']) {
    await page.goto(path);
    await expect(
      page.locator('.tile__value, [data-chart-ready="true"], .wall-tile__value').first(),
    ).toBeVisible();
  }
  expect(problems).toEqual([]);
});

test('start-up asks for config.json once', async ({ page }) => {
  const configRequests: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('config.json')) configRequests.push(r.url());
  });
  await page.goto('/');
  await expect(page.locator('.tile__value').first()).toBeVisible();
  expect(configRequests).toHaveLength(1);
});

for (const mock of [true, false]) {
  test(`public/early.js fetches the mock's code and registers its worker ${mock ? 'in mock mode' : 'never on a real API'}, before the app runs`, async ({
    page,
  }) => {
    await page.route('**/config.json', (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({ apiBaseUrl: '/api', mock }),
      }),
    );
    // The app's own code never arrives: whatever loads now, early.js asked for.
    await page.route(/\/assets\/index-[^/]+\.js$/, (route) => route.abort());
    const mockChunks: string[] = [];
    page.on('request', (r) => {
      if (/\/assets\/(mock-api|browser)-/.test(r.url())) mockChunks.push(r.url());
    });
    await page.goto('/');
    await page.waitForLoadState('networkidle');
    if (mock) expect(mockChunks.length).toBeGreaterThanOrEqual(2);
    else expect(mockChunks).toEqual([]);
    // And it registered the mock's service worker, which took control of the page.
    const workers = await page.evaluate(async () =>
      (await navigator.serviceWorker.getRegistrations()).map(
        (r) => new URL((r.active ?? r.installing ?? r.waiting)!.scriptURL).pathname,
      ),
    );
    expect(workers).toEqual(mock ? ['/mockServiceWorker.js'] : []);
    if (mock) {
      await expect
        .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null))
        .toContain('/mockServiceWorker.js');
    }
  });
}
