// The overview as an executive sees it: four headline tiles with the mock API's numbers, per unit.
import { expect, test } from '@playwright/test';
import { OverviewPage } from './pages/overview-page';

interface Catalog {
  units: { id: string; name: string }[];
  metrics: { id: string; name: string; family: string; unit: string; headline: boolean }[];
}
interface Metrics {
  series: { metric: string; points: { period: string; value: number | null; n: number }[] }[];
}

/** The latest non-null value of each headline metric, as the API gives it. */
async function latestHeadlineValues(
  overview: OverviewPage,
  unit: string,
): Promise<Map<string, number>> {
  const catalog = await overview.api<Catalog>('/v1/catalog');
  const headlines = catalog.metrics.filter((m) => m.headline);
  const metrics = await overview.api<Metrics>(
    `/v1/metrics?unit=${unit}&metric=${headlines.map((m) => m.id).join(',')}`,
  );
  const out = new Map<string, number>();
  for (const m of headlines) {
    const points = metrics.series.find((s) => s.metric === m.id)?.points ?? [];
    const latest = [...points].reverse().find((p) => p.value != null);
    if (latest?.value != null) out.set(m.name, latest.value);
  }
  return out;
}

/** "+31.4" / "31.4%" / "12.5 : 1" → 31.4 */
function shownNumber(text: string): number {
  return Number(
    text
      .replace('\u2212', '-')
      .replace(/[^\d.-]/g, '')
      .replace(/^-?$/, 'NaN'),
  );
}

test('the overview shows four headline tiles with the numbers of the mock API', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const overview = new OverviewPage(page);
  await overview.goto();

  await expect(page.getByRole('heading', { name: 'Customer experience dashboard' })).toBeVisible();
  await expect(page.getByText('Acme Group').first()).toBeVisible();
  await expect(overview.dataAsOf).toBeVisible();
  await expect(overview.tiles).toHaveCount(4);
  await expect(page.getByRole('status').filter({ hasText: 'Loading' })).toHaveCount(0);

  const expected = await latestHeadlineValues(overview, 'all');
  expect(expected.size).toBe(4);
  for (const [name, value] of expected) {
    await expect(overview.tileValue(name)).toBeVisible();
    expect(shownNumber(await overview.tileValue(name).innerText())).toBeCloseTo(value, 1);
    await expect(overview.tile(name).getByText(/vs last week/)).toBeVisible();
    await expect(overview.tile(name).getByText(/^n\u00a0=/)).toBeVisible();
    await expect(
      overview.tile(name).getByRole('img', { name: new RegExp(`${name}, last 13 weeks`) }),
    ).toBeVisible();
  }
  expect(errors).toEqual([]);
});

test('switching the unit changes the numbers and is kept in the URL', async ({ page }) => {
  const overview = new OverviewPage(page);
  await overview.goto();
  await expect(overview.tiles).toHaveCount(4);
  const catalog = await overview.api<Catalog>('/v1/catalog');
  const retail = catalog.units.find((u) => u.id !== 'all')!;
  const before = await latestHeadlineValues(overview, 'all');
  const after = await latestHeadlineValues(overview, retail.id);
  const [name, organisationValue] = [...before][0]!;
  expect(after.get(name)).not.toBe(organisationValue);

  await overview.chooseUnit(retail.name);
  await expect(page).toHaveURL(new RegExp(`unit=${retail.id}`));
  await expect
    .poll(async () => shownNumber(await overview.tileValue(name).innerText()))
    .toBeCloseTo(after.get(name)!, 1);

  await page.reload();
  await expect(overview.unitSelector).toHaveValue(retail.id);
  await expect
    .poll(async () => shownNumber(await overview.tileValue(name).innerText()))
    .toBeCloseTo(after.get(name)!, 1);
});

test('a link to an unknown unit falls back to the organisation with a notice', async ({ page }) => {
  const overview = new OverviewPage(page);
  await overview.goto('?unit=atlantis');
  await expect(page.getByText(/business unit “atlantis” that does not exist/)).toBeVisible();
  await expect(overview.unitSelector).toHaveValue('all');
  await expect(overview.tiles).toHaveCount(4);
});
