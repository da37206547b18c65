// A broken or missing config.json gets a full-page message naming the file, key and problem.
import { expect, test } from '@playwright/test';

test('an invalid key in config.json is named on a full-page message', async ({ page }) => {
  await page.route('**/config.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ apiBaseUrl: '/api', mock: true, refreshSeconds: 'often' }),
    }),
  );
  await page.goto('/');
  const message = page.getByRole('alert');
  await expect(
    message.getByRole('heading', { name: /configuration needs attention/ }),
  ).toBeVisible();
  await expect(message).toContainText('/config.json');
  await expect(message).toContainText('refreshSeconds');
  await expect(message).toContainText('expected number, received string');
});

test('a config.json that is not JSON is reported as such', async ({ page }) => {
  await page.route('**/config.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: '{ "apiBaseUrl": "/api", ' }),
  );
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('the file is not valid JSON');
});

test('a missing config.json is reported as missing', async ({ page }) => {
  await page.route('**/config.json', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('HTTP 404 (missing)');
});

test('an API that cannot be reached leaves a message, not a blank page', async ({ page }) => {
  test.setTimeout(45_000);
  await page.route('**/config.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        apiBaseUrl: 'http://127.0.0.1:9/api',
        mock: false,
        requestTimeoutSeconds: 5,
      }),
    }),
  );
  await page.goto('/');
  // First it says what failed while it retries, then it gives up with a message and a retry button.
  await expect(page.getByRole('status')).toContainText(
    'GET /v1/catalog: the API could not be reached',
  );
  await expect(page.getByRole('alert')).toContainText('could not be loaded', { timeout: 25_000 });
  await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();
});
