// The wall display on 1080p and 4K screens, with the browser clock under the test's control.
import { expect, test, type Page } from '@playwright/test';
import { setScenario, useConfig } from './support/config';
import { expectLiveByItself } from './support/clock';

const VIEWS = ['overview', 'stages', 'pillars', 'loyalty', 'bonding', 'advocacy', 'retention'];
// Read by polling after the clock moves: the page may not have rendered the last tick yet on a busy
// machine. A poll waits a few seconds at most, a view lasts 30, so it cannot see the next one instead.
const wallView = (page: Page) => page.locator('.wall').getAttribute('data-view');

/** Opens the wall with a fake clock: time moves only when the test says so. */
async function openWall(
  page: Page,
  wall: Record<string, unknown> = {},
  extra: Record<string, unknown> = {},
  time?: Date,
) {
  await page.clock.install(time ? { time } : {});
  await useConfig(page, { refreshSeconds: 10, wall: { secondsPerView: 30, ...wall }, ...extra });
  await page.goto('/wall');
  await expect(page.locator('.wall[data-view]')).toBeVisible();
  await page.clock.runFor(2_000); // first data in
}

/** Every visible text element's font size and box, and whether anything overflows the screen. */
async function measure(page: Page) {
  return page.evaluate(() => {
    const vh = window.innerHeight;
    const vw = window.innerWidth;
    const small: string[] = [];
    const clipped: string[] = [];
    const hidden = (el: Element) =>
      !!el.closest('.visually-hidden') || getComputedStyle(el).visibility === 'hidden';
    for (const el of document.querySelectorAll<HTMLElement>('.wall *')) {
      if (hidden(el) || el.offsetParent === null) continue;
      const ownText = [...el.childNodes].some(
        (n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '',
      );
      if (!ownText) continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < 0.02 * vh - 0.5)
        small.push(
          `${el.className || el.tagName}: ${size.toFixed(1)}px "${el.textContent!.trim().slice(0, 30)}"`,
        );
      const r = el.getBoundingClientRect();
      if (
        r.right > vw + 1 ||
        r.bottom > vh + 1 ||
        r.left < -1 ||
        r.top < -1 ||
        el.scrollWidth > el.clientWidth + 2
      ) {
        clipped.push(`${el.className || el.tagName} "${el.textContent!.trim().slice(0, 30)}"`);
      }
    }
    const values = [
      ...document.querySelectorAll<HTMLElement>(
        '.wall-tile__value, .wall-number--headline .wall-number__value',
      ),
    ].map((el) => parseFloat(getComputedStyle(el).fontSize) / vh);
    const scrollbars =
      document.documentElement.scrollHeight > vh || document.documentElement.scrollWidth > vw;
    const cursor = getComputedStyle(document.querySelector('.wall')!).cursor;
    return { small, clipped, values, scrollbars, cursor };
  });
}

for (const [width, height] of [
  [1920, 1080],
  [3840, 2160],
] as const) {
  test.describe(`at ${width}×${height}`, () => {
    test.use({ viewport: { width, height } });

    test('every view is readable from across the room: big numbers, no small or clipped text, no scrollbars', async ({
      page,
    }) => {
      await openWall(page, { secondsPerView: 10 });
      for (const view of VIEWS) {
        await expect.poll(() => wallView(page)).toBe(view);
        await page.clock.runFor(1_000);
        if (view === 'overview') await expect(page.locator('.wall-tile__value')).toHaveCount(4);
        if (['loyalty', 'bonding', 'advocacy', 'retention'].includes(view))
          await expect(page.locator('[data-chart-ready="true"]')).toHaveCount(1);
        const m = await measure(page);
        expect(m.small, `text under 2% of the height on ${view}`).toEqual([]);
        expect(m.clipped, `clipped text on ${view}`).toEqual([]);
        expect(m.scrollbars).toBe(false);
        expect(m.cursor).toBe('none');
        if (view === 'overview' || (view !== 'stages' && view !== 'pillars')) {
          expect(m.values.length).toBeGreaterThan(0);
          for (const v of m.values) expect(v).toBeGreaterThanOrEqual(0.08);
        }
        await page.clock.runFor(9_000);
      }
    });
  });
}

test.describe('at 1920×1080', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('rotates through the views in order, each for its seconds, and starts over', async ({
    page,
  }) => {
    await openWall(page);
    await expect.poll(() => wallView(page)).toBe('overview');
    await page.clock.runFor(26_000); // 28 s in
    await expect.poll(() => wallView(page)).toBe('overview');
    await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuenow', /2[6-9]/);
    await page.clock.runFor(3_000);
    await expect.poll(() => wallView(page)).toBe('stages');
    for (const view of [...VIEWS.slice(2), 'overview']) {
      await page.clock.runFor(30_000);
      await expect.poll(() => wallView(page)).toBe(view);
    }
    await expect(page.getByText(/^\d\d:\d\d$/)).toBeVisible();
    await expectLiveByItself(page);
    await expect(page.getByText(/^Data as of/)).toBeVisible();
  });

  test('shows its first figures without waiting for the charting library, which is ready for the first chart', async ({
    page,
  }) => {
    // ECharts held back until the test lets it through: the headline view must not need it.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const echartsAsked: string[] = [];
    // On the context: once the mock's service worker runs, it fetches the page's files itself.
    await page.context().route(/\/assets\/echarts-[^/]+\.js$/, async (route) => {
      echartsAsked.push(route.request().url());
      await held;
      await route.continue();
    });
    await openWall(page, { views: ['overview', 'loyalty'] });
    await expect(page.locator('.wall-tile__value').first()).toHaveText(/\d/);
    await expect(page.locator('.wall-tile__value')).toHaveCount(4);
    // Asked for once the first figures were in, so it is on its way before the rotation needs it.
    await page.clock.runFor(1_000); // the browser's clock is the test's: let effects run
    await expect.poll(() => echartsAsked.length).toBe(1);
    release();
    await page.clock.runFor(30_000);
    await expect.poll(() => wallView(page)).toBe('loyalty');
    await expect(page.locator('.wall [data-chart-ready="true"]').first()).toBeVisible();
  });

  test('a key press pauses the rotation for a tour, and another resumes it', async ({ page }) => {
    await openWall(page);
    await page.keyboard.press('Space');
    await expect(page.getByText(/Paused on Headline metrics/)).toBeVisible();
    await page.clock.runFor(120_000);
    await expect.poll(() => wallView(page)).toBe('overview');
    await page.mouse.click(500, 500);
    await expect(page.getByText(/Paused on/)).toHaveCount(0);
    await page.clock.runFor(30_000);
    await expect.poll(() => wallView(page)).toBe('stages');
  });

  test('an outage brings up a large stale banner, which clears by itself when data flows again', async ({
    page,
  }) => {
    await openWall(page, { staleAfterMinutes: 1, secondsPerView: 600 });
    await expect(page.locator('.wall-tile__value').first()).toBeVisible();
    await setScenario(page, 'network');
    for (let i = 0; i < 8; i++) await page.clock.runFor(10_000);
    const banner = page.getByRole('alert').filter({ hasText: 'Figures not updated since' });
    await expect(banner).toBeVisible();
    await expect(
      page.getByRole('status').filter({ hasText: 'No connection to data' }),
    ).toBeVisible();
    // Still the last figures, not a spinner.
    await expect(page.locator('.wall-tile__value').first()).toBeVisible();
    const fontSize = await banner
      .locator('.wall-stale__title')
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize) / innerHeight);
    expect(fontSize).toBeGreaterThanOrEqual(0.045);

    await setScenario(page, 'none');
    for (let i = 0; i < 4; i++) await page.clock.runFor(10_000);
    await expect(banner).toHaveCount(0);
    await expectLiveByItself(page);
  });

  test('a source that failed on a view no longer shown does not keep the wall from saying live', async ({
    page,
  }) => {
    await openWall(page, { views: ['overview', 'pillars'], secondsPerView: 60 });
    await setScenario(page, 'pillars:network');
    await page.clock.runFor(60_000); // 62 s in: the pillars view
    for (let i = 0; i < 2; i++) await page.clock.runFor(10_000); // its requests fail, retried
    await expect.poll(() => wallView(page)).toBe('pillars');
    const status = page.getByRole('status').filter({ hasText: /./ });
    await expect(status).toHaveText(/Some sources failing/);
    await page.clock.runFor(40_000); // 122 s in: the overview, its figures updating
    await expect.poll(() => wallView(page)).toBe('overview');
    // The pillars' failure was about a view no longer on screen: the header speaks of what is.
    await expectLiveByItself(page); // by 142 s at the latest
    expect(await wallView(page)).toBe('overview');
    // When the pillars come round again they are asked for again, and their failure shows again.
    await page.clock.runFor(60_000); // 183–202 s in
    await expect.poll(() => wallView(page)).toBe('pillars');
    await expect(status).toHaveText(/Some sources failing/);
    // Once the source is back, the next refresh of the pillars clears it.
    await setScenario(page, 'none');
    await expectLiveByItself(page); // by 222 s at the latest
    expect(await wallView(page)).toBe('pillars');
  });

  test('reloads itself when a new version is deployed', async ({ page }) => {
    await openWall(page, { versionCheckMinutes: 5 });
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    // On the context: once the mock's service worker controls the page, its requests are routed there.
    await page
      .context()
      .route('**/version.json', (route) => route.fulfill({ json: { buildId: 'a-newer-build' } }));
    const reloaded = page.waitForEvent('load');
    await page.clock.runFor(5 * 60_000 + 1_000);
    await reloaded;
    expect(
      await page.evaluate(() => (window as unknown as { marker?: number }).marker),
    ).toBeUndefined();
    await expect(page.locator('.wall[data-view]')).toBeVisible();
  });

  test('in quiet hours it dims, says so and does not refresh', async ({ page }) => {
    await openWall(
      page,
      { quietHours: { from: '20:00', to: '07:00' } },
      {},
      new Date(2026, 10, 20, 22, 0),
    );
    await expect(page.getByText('Quiet hours until 07:00')).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Quiet hours' })).toBeVisible();
    const requests = () =>
      page.evaluate(() =>
        (window as unknown as { __cxMock: { requestCount(): number } }).__cxMock.requestCount(),
      );
    // One round of the views fetches what each has never had; after that nothing is refreshed.
    await page.clock.runFor(4 * 60_000);
    const before = await requests();
    await page.clock.runFor(10 * 60_000);
    expect(await requests()).toBe(before);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('when quiet hours end it refreshes and brightens by itself', async ({ page }) => {
    await openWall(
      page,
      { quietHours: { from: '21:55', to: '22:05' } },
      {},
      new Date(2026, 10, 20, 22, 0),
    );
    await expect(page.getByText('Quiet hours until 22:05')).toBeVisible();
    const requests = () =>
      page.evaluate(() =>
        (window as unknown as { __cxMock: { requestCount(): number } }).__cxMock.requestCount(),
      );
    const during = await requests();
    await page.clock.runFor(6 * 60_000);
    await expect(page.getByText(/Quiet hours until/)).toHaveCount(0);
    await expectLiveByItself(page);
    // The fetches that waited go out now, through the mock's service worker, in real time.
    await expect.poll(requests).toBeGreaterThan(during);
  });

  test('after a reload during an outage it shows the last good figures, marked stale', async ({
    page,
  }) => {
    await openWall(page, { staleAfterMinutes: 1, secondsPerView: 600 });
    const value = await page.locator('.wall-tile__value').first().innerText();
    await page.clock.runFor(2_000); // the figures are saved a second after they arrive
    await expect
      .poll(() =>
        page.evaluate(() =>
          Object.keys(localStorage).some((k) => k.startsWith('cx-dashboard:figures')),
        ),
      )
      .toBe(true);
    await page.goto('/wall?scenario=network');
    await expect(page.locator('.wall-tile__value').first()).toHaveText(value);
    for (let i = 0; i < 8; i++) await page.clock.runFor(10_000);
    await expect(
      page.getByRole('alert').filter({ hasText: 'Figures not updated since' }),
    ).toBeVisible();
    await expect(page.locator('.wall-tile__value').first()).toHaveText(value);
  });
});
