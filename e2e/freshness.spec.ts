// Two signals, never one: whether the figures are on time (overdue after 8 days past the latest
// week's end) and how the connection is (live, failing, not answering, offline).
import { expect, test, type Page } from '@playwright/test';
import { useConfig } from './support/config';
import { expectWithClockRunning, expectSoon } from './support/clock';

// The mock's data as of Friday 20 Nov 2026 carries W47 (16–22 Nov): overdue after 1 Dec 00:00.
const AS_OF = '2026-11-20';
const FOURTEEN_DAYS_LATER = new Date('2026-12-04T09:00:00');
const OVERDUE = 'Figures overdue: latest week W47 2026, expected W49 2026';

const wallStatus = (page: Page) => page.locator('.wall-bar-top').getByRole('status');

async function openWall(page: Page, time: Date, wall: Record<string, unknown> = {}) {
  await page.clock.install({ time });
  await useConfig(page, {
    refreshSeconds: 10,
    mockOptions: { asOf: AS_OF },
    // No daily reload in the middle of a test that lets days pass.
    wall: { secondsPerView: 30, views: ['overview'], reloadDailyAt: null, ...wall },
  });
  await page.goto('/wall');
  await expect(page.locator('.wall[data-view]')).toBeVisible();
  await page.clock.runFor(2_000); // first data in
  await expect(page.locator('.wall-tile__value').first()).toBeVisible();
}

test('the wall with data 14 days old says "Data overdue" in large type, not "Live"', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openWall(page, FOURTEEN_DAYS_LATER);
  const overdue = wallStatus(page).filter({ hasText: 'Data overdue' });
  await expect(overdue).toBeVisible();
  await expect(page.locator('.wall-bar-top')).not.toContainText('Live');
  // The connection is a signal of its own: it works, it is just not news.
  await expect(wallStatus(page).filter({ hasText: 'Connected' })).toBeVisible();
  await expect(page.locator('.wall-age')).toContainText('Data as of 20 Nov, 06:00');
  await expect(page.locator('.wall-overdue')).toHaveText(OVERDUE);
  // In the wall's large type: at least as large as the connection state was.
  const size = await overdue.evaluate(
    (el) => parseFloat(getComputedStyle(el).fontSize) / innerHeight,
  );
  expect(size).toBeGreaterThanOrEqual(0.026);
});

test('a wall left running notices by itself when its figures become overdue', async ({ page }) => {
  // Monday 30 Nov, noon: 7½ days after W47 ended, still on time.
  await openWall(page, new Date('2026-11-30T12:00:00'));
  await expect(wallStatus(page).filter({ hasText: 'Live' })).toBeVisible();
  await expect(page.getByText('Data overdue')).toHaveCount(0);
  // Half a day later, with no reload and the same data: more than 8 days.
  await page.clock.fastForward('13:00:00');
  await expectWithClockRunning(page, async () => {
    await expectSoon(wallStatus(page).filter({ hasText: 'Data overdue' })).toBeVisible();
    await expectSoon(page.locator('.wall-bar-top')).not.toContainText('Live');
  });
});

test('the overview with data 14 days old says so in the header and on every tile', async ({
  page,
}) => {
  // The browser's date is fixed; its timers run as usual.
  await page.clock.setFixedTime(FOURTEEN_DAYS_LATER);
  await useConfig(page, { mockOptions: { asOf: AS_OF } });
  await page.goto('/');
  await expect(page.getByRole('banner').getByText(OVERDUE)).toBeVisible();
  const tiles = page.getByRole('article');
  await expect(tiles).toHaveCount(4);
  for (const tile of await tiles.all()) await expect(tile.getByText(OVERDUE)).toBeVisible();
  // The connection's own signal stays what it is: figures updated, nothing failing.
  await expect(page.getByRole('banner').getByText(/^Updated /)).toBeVisible();
});

test('the overview with fresh data says nothing of the kind', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('article').first().locator('.tile__value')).toBeVisible();
  await expect(page.getByText(/overdue/i)).toHaveCount(0);
});

test('a hanging endpoint says the API is not answering after its first timeout, while it retries', async ({
  page,
}) => {
  test.setTimeout(60_000); // the retries of 3 s attempts run out after about 17 s
  await useConfig(page, { requestTimeoutSeconds: 3 });
  await page.goto('/?scenario=metrics:hang');
  const header = page.getByRole('banner');
  await expect(header.getByText('The API is not answering, retrying…')).toBeVisible({
    timeout: 8_000,
  });
  // Said while the retries still run: the count of failing sources comes only once they are spent.
  await expect(header.getByText(/sources? (is|are) failing/)).toHaveCount(0);
  await expect(
    page.getByRole('article', { name: 'Loyalty index' }).getByRole('status'),
  ).toContainText('The API is not answering, retrying (GET /v1/metrics: no answer within 3 s).');
  // One endpoint, however many queries hang on it: once the retries are spent, one source.
  await expect(header.getByText('1 source is failing')).toBeVisible({ timeout: 30_000 });
});
