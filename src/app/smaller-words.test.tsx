// The smaller words, on a foreign API (other ids and names, a lower-is-better headline): a unit's
// event on a parent's chart names the unit; a sample below the minimum is stated as "sample too small
// (n = 37 < 60)" on tiles, review, wall, tables and tooltips; "no comparable data" only when a week
// or its value is missing.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import type { Annotation, Catalog, MetricDefinition, MetricPoint } from '@/api/schemas';
import { loadLocale } from '@/i18n/registry';
import { addWeeksIso } from '@/domain/periods';
import { catalogFixture } from '@/test/fixtures';
import { renderApp, TEST_API } from '@/test/render-app';

const LATEST = '2026-11-16';
const YEAR_AGO = '2025-11-17';

const loyaltyScore: MetricDefinition = {
  id: 'lty',
  family: 'loyalty',
  name: 'Loyalty score',
  unit: 'points',
  min: -100,
  max: 100,
  direction: 'higher-is-better',
  headline: true,
  minReportableN: 60,
  description: 'Would stay, buy more and recommend.',
};
const complaintRate: MetricDefinition = {
  id: 'cmp',
  family: 'retention',
  name: 'Complaint rate',
  unit: 'percent',
  min: 0,
  max: 100,
  direction: 'lower-is-better',
  headline: true,
  minReportableN: 60,
  description: 'Share of customers who complained.',
};

const catalog: Catalog = {
  ...structuredClone(catalogFixture),
  organisation: { id: 'nw', name: 'Nordwind', currency: 'SEK' },
  units: [
    { id: 'grp', name: 'Nordwind Group', parentId: null },
    { id: 'cc-n', name: 'Contact centre North', parentId: 'grp' },
    { id: 'cc-s', name: 'Contact centre South', parentId: 'grp' },
  ],
  metrics: [loyaltyScore, complaintRate],
  targets: [],
};

/** 70 flat weeks ending on LATEST, each with n responses; `n` by week overrides it. */
function weekly(
  value: number,
  halfWidth: number,
  n: number,
  byWeek: Record<string, Partial<MetricPoint>> = {},
) {
  return Array.from({ length: 70 }, (_, i): MetricPoint => {
    const period = addWeeksIso(LATEST, i - 69);
    return {
      period,
      value,
      n,
      ciLow: value - halfWidth,
      ciHigh: value + halfWidth,
      ...byWeek[period],
    };
  });
}

const lastWeek = addWeeksIso(LATEST, -1);
const series: Record<string, Record<string, MetricPoint[]>> = {
  grp: { lty: weekly(30, 1, 900), cmp: weekly(4, 0.2, 900) },
  // The last week and the year-ago week exist, but below the minimum; the complaint rate's year-ago
  // week has no value at all.
  'cc-n': {
    lty: weekly(28, 2, 400, { [lastWeek]: { n: 45 }, [YEAR_AGO]: { n: 41 } }),
    cmp: weekly(4, 0.4, 400, { [YEAR_AGO]: { value: null, n: 0 } }),
  },
  // A low-sample unit: this week's 37 responses are below 60.
  'cc-s': {
    lty: weekly(31, 3, 80, { [LATEST]: { n: 37 } }),
    cmp: weekly(5, 0.6, 80, { [LATEST]: { n: 37 } }),
  },
};

const annotations: Annotation[] = [
  { id: 'o', date: '2026-11-10', unit: 'cc-n', metric: null, kind: 'incident', title: 'Outage' },
  { id: 'p', date: '2026-10-07', unit: null, metric: null, kind: 'initiative', title: 'Price cut' },
];

const server = setupServer(
  http.get(`${TEST_API}/v1/catalog`, () => HttpResponse.json(catalog)),
  http.get(`${TEST_API}/v1/stages`, ({ request }) =>
    HttpResponse.json({
      unit: new URL(request.url).searchParams.get('unit'),
      grain: 'quarter',
      points: [],
    }),
  ),
  http.get(`${TEST_API}/v1/pillars`, ({ request }) =>
    HttpResponse.json({
      unit: new URL(request.url).searchParams.get('unit'),
      grain: 'month',
      series: [],
    }),
  ),
  http.get(`${TEST_API}/v1/metrics`, ({ request }) => {
    const url = new URL(request.url);
    const unit = url.searchParams.get('unit') ?? 'grp';
    const from = url.searchParams.get('from') ?? '';
    const to = url.searchParams.get('to') ?? '9999';
    const ids = url.searchParams.get('metric')?.split(',') ?? [];
    return HttpResponse.json({
      unit,
      grain: 'week',
      series: ids.map((metric) => ({
        metric,
        points: (series[unit]?.[metric] ?? []).filter((p) => p.period >= from && p.period <= to),
      })),
    });
  }),
  // Like the mock: the whole organisation gets every unit's events, a unit its own and everyone's.
  http.get(`${TEST_API}/v1/annotations`, ({ request }) => {
    const unit = new URL(request.url).searchParams.get('unit');
    return HttpResponse.json({
      annotations: annotations.filter((a) => unit === 'grp' || a.unit == null || a.unit === unit),
    });
  }),
);
beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  await loadLocale('de-DE');
});
afterAll(() => server.close());

/** Text with every run of white space (the messages' no-break spaces too) as one space. */
const words = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ');

describe("another unit's annotation on a parent's chart", () => {
  it("names the unit on the organisation's trend, in its list and under the table view", async () => {
    renderApp('/metrics/loyalty');
    const figure = await screen.findByRole(
      'figure',
      { name: 'Loyalty score, weekly' },
      { timeout: 15_000 },
    );
    const events = await within(figure).findByRole('list', {
      name: 'Events on the Loyalty score chart',
    });
    const items = within(events)
      .getAllByRole('listitem')
      .map((li) => words(li));
    expect(items).toEqual([
      expect.stringMatching(/^▲1 .*: Price cut$/),
      expect.stringMatching(/^▼2 .*: Outage \(Contact centre North\)$/),
    ]);
    fireEvent.click(within(figure).getByRole('button', { name: 'Show as table' }));
    expect(within(figure).getByRole('table')).toBeInTheDocument();
    expect(words(within(figure).getByRole('list'))).toContain('Outage (Contact centre North)');
  }, 30_000);

  it("names the unit in the organisation's trend embed", async () => {
    renderApp('/embed/trend/loyalty?unit=grp');
    const events = await screen.findByRole(
      'list',
      { name: 'Events on the Loyalty score chart' },
      { timeout: 15_000 },
    );
    expect(words(events)).toContain('Outage (Contact centre North)');
  }, 30_000);

  it("leaves the unit's own event unnamed on its own chart", async () => {
    renderApp('/metrics/loyalty?unit=cc-n');
    const events = await screen.findByRole(
      'list',
      { name: 'Events on the Loyalty score chart' },
      { timeout: 15_000 },
    );
    expect(words(events)).toMatch(/: Outage$/);
  }, 30_000);

  it("names the unit in the review's list of what happened, on the organisation's review only", async () => {
    const { unmount } = renderApp('/review');
    const org = await screen.findByText(/Outage/, {}, { timeout: 15_000 });
    expect(words(org.closest('li'))).toContain('Incident · Contact centre North: Outage');
    unmount();
    renderApp('/review?unit=cc-n');
    const own = await screen.findByText(/Outage/, {}, { timeout: 15_000 });
    expect(words(own.closest('li'))).toMatch(/Incident: Outage$/);
  }, 30_000);
});

describe('a sample too small, stated with n and the minimum', () => {
  it('on the tile of a low-sample unit: the badge, no change call, the year-ago line, the table', async () => {
    renderApp('/?unit=cc-s');
    const tile = await screen.findByRole('article', { name: 'Loyalty score' });
    await within(tile).findByText('+31.0', { selector: 'data' });
    expect(words(tile.querySelector('.badge'))).toBe('Sample too small (n = 37 < 60)');
    expect(words(tile.querySelector('.tile__change'))).toBe('No change call vs last week');
    const yearAgo = within(tile).getByText('Year ago').nextElementSibling;
    expect(words(yearAgo)).toBe('+31.0 no change call: sample too small (n = 37 < 60) this week');
    expect(words(tile.querySelector('tbody tr:last-child'))).toContain(
      '+31.0, sample too small (n = 37 < 60)',
    );
    expect(words(tile)).not.toMatch(/comparable|low sample/i);
  });

  it('on the tile whose comparison weeks are too small: which week, n and the minimum', async () => {
    renderApp('/?unit=cc-n');
    const tile = await screen.findByRole('article', { name: 'Loyalty score' });
    await within(tile).findByText('+28.0', { selector: 'data' });
    expect(words(tile.querySelector('.tile__change'))).toBe(
      'No change call vs last week: sample too small (n = 45 < 60) in that week',
    );
    const yearAgo = within(tile).getByText('Year ago').nextElementSibling;
    expect(words(yearAgo)).toBe('+28.0 no change call: sample too small (n = 41 < 60) that week');
    // A lower-is-better headline whose year-ago week has no value: that is "no comparable" data.
    const complaints = screen.getByRole('article', { name: 'Complaint rate' });
    await within(complaints).findByText('Year ago');
    expect(words(within(complaints).getByText('Year ago').nextElementSibling)).toBe(
      '– no comparable week',
    );
  });

  it('in German', async () => {
    renderApp('/?unit=cc-n', { locale: 'de-DE' });
    const tile = await screen.findByRole('article', { name: 'Loyalty score' });
    await within(tile).findByText('+28,0', { selector: 'data' });
    expect(words(tile.querySelector('.tile__change'))).toBe(
      'Keine Aussage zur Veränderung ggü. Vorwoche: Stichprobe zu klein (n = 45 < 60) in der Vergleichswoche',
    );
  });

  it("in the review's cards and units table; no comparable data only for the missing week", async () => {
    renderApp('/review?unit=cc-n');
    const card = await screen.findByRole('article', { name: 'Loyalty score' }, { timeout: 15_000 });
    const row = (label: string) => words(within(card).getByText(label).nextElementSibling);
    await within(card).findByText('vs a year ago');
    expect(row('vs last week')).toBe('no change call: sample too small (n = 45 < 60) that week');
    expect(row('vs a year ago')).toBe('no change call: sample too small (n = 41 < 60) that week');
    const complaints = screen.getByRole('article', { name: 'Complaint rate' });
    expect(words(within(complaints).getByText('vs a year ago').nextElementSibling)).toBe(
      'no comparable data',
    );

    const table = screen.getByRole('table', { name: /^Units × headline metrics/ });
    const south = within(table).getByRole('row', { name: /Contact centre South/ });
    await waitFor(() => expect(words(south)).toContain('+31.0 sample too small (n = 37 < 60)'));
  }, 30_000);

  it("in the review's card of a low-sample unit: this week's sample in every comparison", async () => {
    renderApp('/review?unit=cc-s');
    const card = await screen.findByRole('article', { name: 'Loyalty score' }, { timeout: 15_000 });
    await within(card).findByText('vs a year ago');
    expect(words(card.querySelector('.badge'))).toBe('Sample too small (n = 37 < 60)');
    for (const label of ['vs last week', 'vs 4-week average', 'vs a year ago'])
      expect(words(within(card).getByText(label).nextElementSibling)).toBe(
        'no change call: sample too small (n = 37 < 60) this week',
      );
  }, 30_000);

  it('in the tile embed of a low-sample unit', async () => {
    renderApp('/embed/tile/loyalty?unit=cc-s');
    const tile = await screen.findByRole('article', { name: 'Loyalty score' }, { timeout: 15_000 });
    await within(tile).findByText('+31.0', { selector: 'data' });
    expect(words(tile.querySelector('.badge'))).toBe('Sample too small (n = 37 < 60)');
  }, 30_000);

  it('on the wall: the headline view', async () => {
    const { unmount } = renderApp('/wall?unit=cc-s', { wall: { views: ['overview'] } as never });
    const tile = await screen.findByRole('article', { name: 'Loyalty score' }, { timeout: 15_000 });
    await waitFor(() =>
      expect(words(tile.querySelector('.wall-tile__change'))).toBe(
        'No change call: sample too small (n = 37 < 60)',
      ),
    );
    unmount();
    renderApp('/wall?unit=cc-n', { wall: { views: ['overview'] } as never });
    const north = await screen.findByRole(
      'article',
      { name: 'Loyalty score' },
      { timeout: 15_000 },
    );
    await waitFor(() =>
      expect(words(north.querySelector('.wall-tile__change'))).toBe(
        'No change call: sample too small (n = 45 < 60) last week',
      ),
    );
  }, 30_000);

  it('on the wall\'s family view: no "no significant change" for a week that makes no call', async () => {
    renderApp('/wall?unit=cc-s', { wall: { views: ['loyalty'] } as never });
    const number = await screen.findByText(
      'Loyalty score',
      { selector: '.wall-number__name' },
      {
        timeout: 10_000,
      },
    );
    expect(words(number.parentElement!.querySelector('.wall-number__change'))).toBe(
      'no change call: sample too small (n = 37 < 60) this week',
    );
  }, 30_000);

  it("in the drill-down's table and its description", async () => {
    renderApp('/metrics/loyalty?unit=cc-s&range=13w');
    const figure = await screen.findByRole(
      'figure',
      { name: 'Loyalty score, weekly' },
      { timeout: 15_000 },
    );
    expect(words(figure)).toContain('1 week with a sample too small (n < 60) is drawn hollow.');
    fireEvent.click(within(figure).getByRole('button', { name: 'Show as table' }));
    const rows = within(within(figure).getByRole('table')).getAllByRole('row');
    expect(words(rows.at(-1))).toContain('+31.0, sample too small (n = 37 < 60)');
  }, 30_000);
});
