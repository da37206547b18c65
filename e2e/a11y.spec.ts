// Accessibility: axe-core's WCAG 2.1 A/AA rules on every route and embed in every theme, after the
// content and charts have rendered; keyboard operation with visible focus; reduced motion.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { Dashboard } from './pages/dashboard';

const THEMES = ['light', 'dark', 'high-contrast'] as const;
const FAMILIES = ['loyalty', 'bonding', 'advocacy', 'retention'];

const APP_ROUTES = [
  '/',
  '/stages',
  '/pillars',
  ...FAMILIES.map((f) => `/metrics/${f}`),
  '/review',
  '/wall',
];
const EMBED_ROUTES = [
  ...FAMILIES.map((f) => `/embed/tile/${f}`),
  ...FAMILIES.map((f) => `/embed/trend/${f}`),
  '/embed/stages',
  '/embed/pillars-heatmap',
  '/embed/what-changed',
  '/embed/view/overview',
  '/embed/view/stages',
  '/embed/view/pillars',
  ...FAMILIES.map((f) => `/embed/view/metrics/${f}`),
];

/** Waits for the page's content: the shell or frame is there, nothing is loading, every chart has painted. */
async function settled(page: Page): Promise<void> {
  await expect(
    page.locator('.app-main, .wall[data-view], .embed-footer, .embed-message').first(),
  ).toBeVisible();
  await expect
    .poll(
      () =>
        page.evaluate(
          () =>
            document.querySelectorAll('.widget-state--loading, [data-chart-ready="false"]').length,
        ),
      { timeout: 30_000 },
    )
    .toBe(0);
}

/** Runs axe with the WCAG 2.1 A and AA rules and reports every violation readably. */
async function expectNoViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const report = results.violations.flatMap((v) =>
    v.nodes.map(
      (n) =>
        `${v.id} (${n.impact ?? v.impact}) ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ') ?? v.help}`,
    ),
  );
  expect(report, `axe violations on ${label}`).toEqual([]);
}

function withTheme(path: string, theme: string): string {
  return `${path}${path.includes('?') ? '&' : '?'}theme=${theme}`;
}

test.beforeEach(async ({ page }) => {
  page.on('pageerror', (e) => {
    throw e;
  });
});

test.describe('axe: no WCAG 2.1 AA violations', () => {
  // Three loads and three axe runs per test, on a shared two-core machine.
  test.describe.configure({ timeout: 90_000 });
  for (const path of [...APP_ROUTES, ...EMBED_ROUTES]) {
    test(`${path} in every theme`, async ({ page }) => {
      // One page per route; the three themes are three loads of it.
      for (const theme of THEMES) {
        await page.goto(withTheme(path, theme));
        await settled(page);
        await expectNoViolations(page, `${path} (${theme})`);
      }
    });
  }

  test('a chart shown as a table', async ({ page }) => {
    const d = new Dashboard(page);
    await d.open(withTheme('/metrics/loyalty', 'dark'));
    await settled(page);
    const chart = page.getByRole('figure').first();
    await chart.getByRole('button', { name: 'Show as table' }).click();
    await expect(chart.getByRole('table')).toBeVisible();
    await expectNoViolations(page, 'a chart as a table (dark)');
  });

  test('an error state', async ({ page }) => {
    await page.goto(withTheme('/metrics/loyalty?scenario=metrics:500', 'light'));
    await expect(page.locator('.widget-state--error').first()).toBeVisible({ timeout: 20_000 });
    await settled(page);
    await expectNoViolations(page, 'an error state (light)');
  });
});

/** Tabs forward until the focused element matches the selector, at most `limit` times. */
async function tabTo(page: Page, selector: string, limit = 80): Promise<boolean> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector))
      return true;
  }
  return false;
}

/** The focused element's outline, and its contrast against the page behind it. */
function focusRing(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const lum = (c: string) => {
      const [r, g, b] = rgb(c).map((v) => {
        const s = v / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    // The outline sits outside the element: compare it with the nearest opaque background around it.
    let bgEl: HTMLElement | null = el.parentElement;
    let background = 'rgb(255, 255, 255)';
    while (bgEl) {
      const c = getComputedStyle(bgEl).backgroundColor;
      if (c && !c.startsWith('rgba(0, 0, 0, 0)') && c !== 'transparent') {
        background = c;
        break;
      }
      bgEl = bgEl.parentElement;
    }
    const [hi, lo] = [lum(style.outlineColor), lum(background)].sort((a, b) => b - a) as [
      number,
      number,
    ];
    return {
      style: style.outlineStyle,
      width: parseFloat(style.outlineWidth),
      contrast: (hi + 0.05) / (lo + 0.05),
    };
  });
}

test.describe('keyboard', () => {
  for (const theme of THEMES) {
    test(`the overview header is reached by Tab with a visible focus ring (${theme})`, async ({
      page,
    }) => {
      await page.goto(`/?theme=${theme}`);
      await settled(page);
      const stops: [string, string][] = [
        ['skip link', '.skip-link'],
        ['business unit', '.unit-selector select'],
        ['theme', '.display-settings select'],
        ['navigation', '.main-nav a'],
      ];
      for (const [name, matches] of stops) {
        expect(await tabTo(page, matches, 20), `Tab reaches the ${name}`).toBe(true);
        const ring = await focusRing(page);
        expect(ring.style, `focus ring on the ${name}`).not.toBe('none');
        expect(ring.width).toBeGreaterThanOrEqual(2);
        expect(ring.contrast, `focus ring contrast on the ${name}`).toBeGreaterThanOrEqual(3);
      }
      // The first navigation link is the overview; the next one leads on.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/\/stages/);
    });
  }

  test('a chart is shown as a table and back with the keyboard only', async ({ page }) => {
    await page.goto('/metrics/loyalty');
    await settled(page);
    // "Show as table" is the chart's toggle button (the one with a pressed state).
    const reached = await tabTo(page, '.chart__actions button[aria-pressed="false"]');
    expect(reached, 'Tab reaches "Show as table"').toBe(true);
    await page.keyboard.press('Enter');
    const figure = page.getByRole('figure').filter({ has: page.getByRole('table') });
    await expect(figure.getByRole('table')).toBeVisible();
    await expect(figure.getByRole('button', { name: 'Show as chart' })).toBeFocused();
    // The table's scrolling region is the next stop, named for the chart.
    expect(await tabTo(page, '.table-scroll', 5)).toBe(true);
    await expect(page.locator(':focus')).toHaveAttribute('aria-label', /, table$/);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect(figure).toHaveCount(0);
    await expect(page.locator('[data-chart-ready="true"]').first()).toBeVisible();
  });

  test('the theme and language are chosen in the header and remembered', async ({ page }) => {
    await page.goto('/');
    await settled(page);
    await page.getByRole('combobox', { name: /^Theme/ }).selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.getByRole('combobox', { name: /^Language/ }).selectOption('de-DE');
    await expect(page.locator('html')).toHaveAttribute('lang', 'de-DE');
    await page.reload();
    await settled(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('html')).toHaveAttribute('lang', 'de-DE');
    // The address still wins, and an unknown theme is named in a notice.
    await page.goto('/?theme=pink');
    await expect(page.getByRole('status').filter({ hasText: 'pink' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  });
});

test.describe('the auto theme', () => {
  test('follows the operating system while the page is open, charts included', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/stages?theme=auto');
    await settled(page);
    const html = page.locator('html');
    await expect(html).toHaveAttribute('data-theme', 'light');
    // What the chart itself drew (its canvas is transparent, so the page behind it does not count).
    const chartPixels = () =>
      page
        .locator('[data-chart-ready="true"] canvas')
        .first()
        .evaluate((c: HTMLCanvasElement) => c.toDataURL());
    const swatchColour = () =>
      page
        .locator('.stage-chip__swatch')
        .first()
        .evaluate((el) => getComputedStyle(el).backgroundColor);
    const light = { chart: await chartPixels(), swatch: await swatchColour() };

    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await expect.poll(swatchColour).not.toBe(light.swatch);
    await expect.poll(chartPixels).not.toBe(light.chart);

    await page.emulateMedia({ colorScheme: 'light' });
    await expect(html).toHaveAttribute('data-theme', 'light');
    await expect.poll(swatchColour).toBe(light.swatch);
  });
});

test.describe('reduced motion', () => {
  test('charts and CSS animate nothing when the user asks for less motion', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/pillars');
    await settled(page);
    const charts = page.locator('[data-chart-animation]');
    expect(await charts.count()).toBeGreaterThan(0);
    await expect(page.locator('[data-chart-animation="on"]')).toHaveCount(0);
    // The loading spinner is the app's one CSS animation: off under reduced motion, on otherwise.
    const spinnerAnimation = () =>
      page.evaluate(() => {
        const el = document.createElement('span');
        el.className = 'spinner';
        document.body.append(el);
        const name = getComputedStyle(el).animationName;
        el.remove();
        return name;
      });
    expect(await spinnerAnimation()).toBe('none');
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    expect(await spinnerAnimation()).toBe('spin');
  });

  test('the wall pauses and resumes with a key', async ({ page }) => {
    await page.goto('/wall');
    await expect(page.locator('.wall[data-view]')).toBeVisible();
    await page.keyboard.press('Space');
    await expect(page.locator('.wall')).toHaveAttribute('data-paused', 'true');
    await page.keyboard.press('Space');
    await expect(page.locator('.wall')).not.toHaveAttribute('data-paused', 'true');
  });
});
