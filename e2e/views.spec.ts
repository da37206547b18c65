// Stage progression, pillar health and metric drill-downs: reached from the UI, charts painted,
// tables matching the API, and the view's state in the URL.
import { expect, test } from '@playwright/test';
import { Dashboard } from './pages/dashboard';

interface Catalog {
  units: { id: string; name: string; parentId: string | null }[];
  metrics: { id: string; name: string; family: string; unit: string; headline: boolean }[];
  stages: { id: string; name: string }[];
  pillars: { id: string; name: string }[];
  dataAsOf: string;
}

test.beforeEach(async ({ page }) => {
  page.on('pageerror', (e) => {
    throw e;
  });
});

test('every view is reached from the navigation, with its charts painted', async ({ page }) => {
  const d = new Dashboard(page);
  await d.open('/');
  await expect(page.getByRole('article')).toHaveCount(4);

  await d.navigate('Stages');
  await expect(page).toHaveURL(/\/stages$/);
  await expect(page.getByRole('heading', { name: 'Stage progression' })).toBeVisible();
  await expect(d.chartCanvas(/maturity score and stage by quarter/)).toBeVisible();
  expect(await d.paintedColours(/maturity score and stage by quarter/)).toBeGreaterThan(5);

  await d.navigate('Pillars');
  await expect(page).toHaveURL(/\/pillars$/);
  for (const title of [
    /Pillars by month/,
    'Now vs a quarter ago vs a year ago',
    "Each pillar's trend",
    'Units compared, latest month',
  ]) {
    await expect(d.chartCanvas(title)).toBeVisible();
    expect(await d.paintedColours(title)).toBeGreaterThan(5);
  }

  for (const family of ['Loyalty', 'Bonding', 'Advocacy', 'Retention']) {
    await d.navigate(family);
    await expect(page).toHaveURL(new RegExp(`/metrics/${family.toLowerCase()}$`));
    await expect(
      page.getByRole('heading', { level: 2, name: new RegExp(`^${family}`) }),
    ).toBeVisible();
    const firstChart = page.locator('[data-chart-ready="true"]').first();
    await expect(firstChart).toBeVisible();
  }
  await d.navigate('Overview');
  await expect(page.getByRole('heading', { name: 'What changed' })).toBeVisible();
});

test('the stage table matches the API, and the standings name every unit', async ({ page }) => {
  const d = new Dashboard(page);
  await d.open('/stages?unit=online');
  const catalog = await d.api<Catalog>('/v1/catalog');
  const table = await d.showAsTable(/maturity score and stage by quarter/);
  const stages = await d.api<{ points: { period: string; score: number; stage: string }[] }>(
    `/v1/stages?unit=online&from=${Number(catalog.dataAsOf.slice(0, 4)) - 3}${catalog.dataAsOf.slice(4, 10)}`,
  );
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(stages.points.length);
  const last = stages.points.at(-1)!;
  const lastRow = rows.last();
  await expect(lastRow.locator('td').first()).toHaveText(last.score.toFixed(1));
  await expect(lastRow).toContainText(catalog.stages.find((s) => s.id === last.stage)!.name);

  const standings = page.getByRole('table', { name: /Stage of every unit now/ });
  for (const unit of catalog.units)
    await expect(standings.getByRole('button', { name: unit.name })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Outlook' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Why' })).toBeVisible();
});

test('the standings say since when each unit holds its stage, from the API’s whole history', async ({
  page,
}) => {
  const d = new Dashboard(page);
  // A range in the URL, as from another view: the stages view neither shows nor uses it.
  await d.open('/stages?range=13w');
  await expect(page.getByRole('heading', { name: 'Stage progression' })).toBeVisible();
  await expect(d.rangeGroup).toHaveCount(0);
  const catalog = await d.api<Catalog>('/v1/catalog');
  const standings = page.getByRole('table', { name: /Stage of every unit now/ });
  const quarter = (period: string) =>
    `Q${Math.floor((Number(period.slice(5, 7)) - 1) / 3) + 1} ${period.slice(0, 4)}`;
  // All each unit's assessments (the mock's are consecutive quarters): the run back from the latest.
  const histories = await Promise.all(
    catalog.units.map((unit) =>
      d.api<{ points: { period: string; stage: string }[] }>(
        `/v1/stages?unit=${unit.id}&from=1990-01-01`,
      ),
    ),
  );
  for (const [i, unit] of catalog.units.entries()) {
    const { points } = histories[i]!;
    let start = points.length - 1;
    while (start > 0 && points[start - 1]!.stage === points.at(-1)!.stage) start--;
    const since = quarter(points[start]!.period);
    const row = standings
      .getByRole('row')
      .filter({ has: page.getByRole('button', { name: unit.name }) });
    await expect(row.getByRole('cell').nth(1)).toHaveText(
      start === 0 ? `at least ${since}` : since,
    );
  }
});

test('a metric table matches the API numbers for the chosen unit and range', async ({ page }) => {
  const d = new Dashboard(page);
  await d.open('/metrics/loyalty?unit=retail&range=13w');
  const catalog = await d.api<Catalog>('/v1/catalog');
  const headline = catalog.metrics.find((m) => m.family === 'loyalty' && m.headline)!;
  const table = await d.showAsTable(`${headline.name}, weekly`);
  const from = await page.evaluate(() => new URL(location.href).searchParams.get('range'));
  expect(from).toBe('13w');
  const data = await d.api<{
    series: { metric: string; points: { period: string; value: number | null; n: number }[] }[];
  }>(`/v1/metrics?unit=retail&metric=${headline.id}&from=2000-01-01`);
  const points = data.series[0]!.points;
  const rows = table.locator('tbody tr');
  const count = await rows.count();
  expect(count).toBeGreaterThanOrEqual(12);
  expect(count).toBeLessThanOrEqual(13);
  // The last row is the latest week: same n and same value as the API.
  const latest = points.at(-1)!;
  const cells = rows.last().locator('td');
  await expect(cells.nth(1)).toHaveText(String(latest.n));
  expect(
    Number((await cells.nth(0).innerText()).replace('\u2212', '-').replace(/[^\d.-]/g, '')),
  ).toBeCloseTo(latest.value!, 1);
});

test('deep links restore unit and range, and back/forward walks the history', async ({ page }) => {
  const d = new Dashboard(page);
  await d.open('/pillars?unit=finance&range=26w');
  await expect(d.unitSelector).toHaveValue('finance');
  await expect(d.rangeGroup.getByRole('button', { name: '26 weeks' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(
    page.getByRole('heading', { name: /Pillar health · Financial services/ }),
  ).toBeVisible();

  await d.chooseRange('13 weeks');
  await expect(page).toHaveURL(/range=13w/);
  await d.chooseUnit('Nordics');
  await expect(page).toHaveURL(/unit=nordics/);
  await d.navigate('Stages');
  await expect(page).toHaveURL(/\/stages\?unit=nordics&range=13w|\/stages\?range=13w&unit=nordics/);

  await page.goBack();
  await expect(page).toHaveURL(/\/pillars/);
  await expect(d.unitSelector).toHaveValue('nordics');
  await page.goBack();
  await expect(d.unitSelector).toHaveValue('finance');
  await expect(d.rangeGroup.getByRole('button', { name: '13 weeks' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.goBack();
  await expect(d.rangeGroup.getByRole('button', { name: '26 weeks' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.goForward();
  await expect(d.rangeGroup.getByRole('button', { name: '13 weeks' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

test('a malformed range in a link falls back to 52 weeks with a notice', async ({ page }) => {
  const d = new Dashboard(page);
  await d.open('/metrics/advocacy?range=custom&from=2026-13-01&to=2026-0');
  await expect(page.getByText(/custom range needs “from” and “to” as dates/)).toBeVisible();
  await expect(d.rangeGroup.getByRole('button', { name: '52 weeks' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.locator('[data-chart-ready="true"]').first()).toBeVisible();
});

test('a custom range can be chosen and is kept in the link', async ({ page }) => {
  const d = new Dashboard(page);
  await d.open('/metrics/retention');
  await d.chooseRange('Custom');
  await page.getByLabel('From', { exact: true }).fill('2026-01-05');
  await page.getByLabel('To', { exact: true }).fill('2026-03-29');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/range=custom&from=2026-01-05&to=2026-03-29/);
  const catalog = await d.api<Catalog>('/v1/catalog');
  const headline = catalog.metrics.find((m) => m.family === 'retention' && m.headline)!;
  const table = await d.showAsTable(`${headline.name}, weekly`);
  // Mondays from 5 January to 23 March: the week of 30 March starts after the range.
  await expect(table.locator('tbody tr')).toHaveCount(12);
  await expect(table.locator('tbody tr').first().locator('th')).toHaveText('W02 2026');
});

test('the other views load while the overview is read, so a first click waits for figures only', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  const d = new Dashboard(page);
  await d.open('/');
  await expect(page.locator('.what-changed[aria-busy="false"]')).toBeVisible();
  // No click yet: the metrics view and the charting library arrive once the overview is quiet.
  await expect
    .poll(() => scripts.filter((s) => /\/(metrics-page|echarts)-[\w-]+\.js$/.test(s)).length, {
      timeout: 10_000,
    })
    .toBe(2);
  await page.waitForLoadState('networkidle');
  const before = scripts.length;

  await d.navigate('Loyalty');
  await expect(page.locator('[data-chart-ready="true"]').first()).toBeVisible();
  expect(scripts.slice(before)).toEqual([]);
});
