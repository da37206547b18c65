// Faults never blank the screen: each scenario of the mock API gives the right message, unaffected
// widgets keep their figures, stale figures are marked and the mark clears on recovery.
import { expect, test, type Page } from '@playwright/test';
import { setScenario, useConfig } from './support/config';

const tiles = (page: Page) => page.getByRole('article');
const tile = (page: Page, name: string) => page.getByRole('article', { name });
const tileValue = (page: Page, name: string) => tile(page, name).locator('.tile__value');

test.beforeEach(async ({ page }) => {
  // A short timeout keeps the hang scenario quick; the rest is the shipped config.
  await useConfig(page, { requestTimeoutSeconds: 3 });
});

/** Collects uncaught errors; console errors from failed requests are expected in these tests. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

test.describe('each fault gives the right message and leaves the rest working', () => {
  test('metrics 500: every tile says what failed and offers a retry; the header keeps working', async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await page.goto('/?scenario=metrics:500');
    await expect(page.getByText('Data as of')).toBeVisible();
    await expect(tile(page, 'Loyalty index').getByRole('alert')).toContainText(
      'GET /v1/metrics: HTTP 500 internal',
      { timeout: 15_000 },
    );
    await expect(tile(page, 'Loyalty index').getByRole('button', { name: 'Retry' })).toBeVisible();
    await expect(page.getByLabel('Business unit')).toBeEnabled();
    expect(errors).toEqual([]);
  });

  test('everything 503: the first load says what failed while retrying, then offers a retry', async ({
    page,
  }) => {
    await page.goto('/?scenario=503');
    await expect(
      page.getByRole('status').filter({ hasText: 'Retrying after a failure' }),
    ).toContainText('HTTP 503 unavailable');
    await expect(page.getByRole('alert')).toContainText(
      'The catalog of units and metrics could not be loaded',
      { timeout: 20_000 },
    );
    await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();
  });

  test('a field of the wrong type is reported as a contract violation with its path', async ({
    page,
  }) => {
    await page.goto('/?scenario=metrics:wrong-type');
    await expect(tile(page, 'Loyalty index').getByRole('alert')).toContainText(
      /breaks the contract: GET \/v1\/metrics: series\[0\]\.points\[\d+\]\.value: expected number, received string/,
    );
  });

  test('values out of range or not finite are dropped and counted, not plotted', async ({
    page,
  }) => {
    await page.goto('/?scenario=metrics:out-of-range');
    await expect(tile(page, 'Loyalty index').getByText(/2 points were left out/)).toBeVisible();
    await expect(tileValue(page, 'Loyalty index')).toHaveText(/^[+−]?\d/);
    await page.goto('/metrics/loyalty?scenario=metrics:non-finite');
    await expect(page.getByText(/1 point was left out/)).toBeVisible();
    await expect(page.locator('[data-chart-ready="true"]').first()).toBeVisible();
  });

  test('a missing series, empty series and gaps each say so', async ({ page }) => {
    await page.goto('/?scenario=metrics:missing-series');
    await expect(page.getByText(/The API returned no series for/).first()).toBeVisible();
    await page.goto('/?scenario=metrics:empty');
    await expect(page.getByText('No values for this unit in the last year.').first()).toBeVisible();
    await page.goto('/?scenario=metrics:gaps');
    await expect(tile(page, 'Loyalty index').getByText(/Latest week with data:/)).toBeVisible();
  });

  test('an unknown stage id is shown as unknown, not crashed on', async ({ page }) => {
    await page.goto('/stages?scenario=stages:unknown-stage');
    await expect(page.getByText('Unknown stage “transcendence”').first()).toBeVisible();
    await expect(page.locator('[data-chart-ready="true"]').first()).toBeVisible();
  });

  test('401 and 403 say that access expired or is not allowed', async ({ page }) => {
    await page.goto('/?scenario=401');
    await expect(page.getByRole('alert')).toContainText('Access expired or missing');
    await page.goto('/?scenario=403');
    await expect(page.getByRole('alert')).toContainText('Access not allowed');
  });

  test('malformed JSON and a network failure each name their cause', async ({ page }) => {
    await page.goto('/?scenario=metrics:malformed-json');
    await expect(tile(page, 'Loyalty index').getByRole('alert')).toContainText('expected JSON');
    await page.goto('/?scenario=pillars:network');
    await expect(page.getByText('Data as of')).toBeVisible();
    await page.goto('/pillars?scenario=pillars:network');
    await expect(page.getByRole('alert')).toContainText(
      'GET /v1/pillars: the API could not be reached',
      { timeout: 20_000 },
    );
  });

  // On its own page: figures saved by an earlier visit would rightly show instead, marked stale.
  test('a hang names its cause while the tile waits', async ({ page }) => {
    await page.goto('/?scenario=metrics:hang');
    await expect(tile(page, 'Loyalty index').getByRole('status')).toContainText(
      'no answer within 3 s',
    );
  });

  test('a slow API shows loading, then the figures', async ({ page }) => {
    // The mock's slow answers take 4 s: within the shipped 15 s timeout.
    await useConfig(page, { requestTimeoutSeconds: 15 });
    await page.goto('/?scenario=metrics:slow');
    await expect(tile(page, 'Loyalty index').getByRole('status')).toContainText(
      'Loading Loyalty index',
    );
    await expect(tileValue(page, 'Loyalty index')).toBeVisible({ timeout: 15_000 });
  });
});

test('stale figures are marked when updates fail and the mark clears when the API recovers', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await expect(tileValue(page, 'Loyalty index')).toBeVisible();
  const before = await tileValue(page, 'Loyalty index').innerText();

  await setScenario(page, 'metrics:503');
  await page.getByRole('button', { name: 'Refresh now' }).click();
  const stale = tile(page, 'Loyalty index').locator('[data-stale]');
  await expect(stale).toContainText(
    /Stale\s*Figures from \d\d:\d\d — updates failing since \d\d:\d\d, retrying\./,
    { timeout: 20_000 },
  );
  await expect(tileValue(page, 'Loyalty index')).toHaveText(before);
  await expect(page.getByText(/sources? (is|are) failing/)).toBeVisible();
  // The catalog still answers: the header is not stale.
  await expect(page.locator('header [data-stale]')).toHaveCount(0);

  await setScenario(page, 'none');
  await page.getByRole('button', { name: 'Refresh now' }).click();
  await expect(stale).toHaveCount(0, { timeout: 20_000 });
  await expect(page.locator('[data-stale]')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a reload during an outage still shows the last figures, marked stale', async ({ page }) => {
  await page.goto('/');
  await expect(tiles(page)).toHaveCount(4);
  const before = await tileValue(page, 'Advocacy share').innerText();
  // The figures are saved about a second after they arrive: wait for the headline metrics.
  await expect
    .poll(() =>
      page.evaluate(() =>
        Object.keys(localStorage)
          .filter((k) => k.startsWith('cx-dashboard:figures'))
          .some((k) => {
            const saved = JSON.parse(localStorage.getItem(k) ?? '{}') as {
              state?: { queries?: { queryKey: unknown[] }[] };
            };
            return (saved.state?.queries ?? []).some((q) => q.queryKey[0] === 'metrics');
          }),
      ),
    )
    .toBe(true);

  await page.goto('/?scenario=network');
  await expect(tileValue(page, 'Advocacy share')).toHaveText(before);
  await expect(tile(page, 'Advocacy share').locator('[data-stale]')).toContainText('Figures from', {
    timeout: 20_000,
  });
  await expect(page.getByText('Acme Group').first()).toBeVisible();
});

test('an unknown scenario in the URL is named on the start-up message', async ({ page }) => {
  await page.goto('/?scenario=metrics:teapot');
  await expect(page.getByRole('alert')).toContainText('scenario');
  await expect(page.getByRole('alert')).toContainText('teapot');
});
