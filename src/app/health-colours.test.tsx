// Health colours agree with the numbers shown, in every view that colours a pillar score: scores
// at the bands' edges (49.95 reads "50.0", 69.95 reads "70.0") take the colour of what they read.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import type { Catalog, MetricPoint, PillarsResponse } from '@/api/schemas';
import { addWeeksIso } from '@/domain/periods';
import { catalogFixture } from '@/test/fixtures';
import { renderApp, TEST_API } from '@/test/render-app';

/** The latest month's score of each pillar, and what it reads and its band. */
const edges = [
  { id: 'culture', name: 'Culture', score: 49.94, shown: '49.9', health: 'red', word: 'Weak' },
  {
    id: 'talent',
    name: 'Talent',
    score: 49.95,
    shown: '50.0',
    health: 'amber',
    word: 'Developing',
  },
  { id: 'voice', name: 'Voice', score: 69.7, shown: '69.7', health: 'amber', word: 'Developing' },
  {
    id: 'complaints',
    name: 'Complaints',
    score: 69.95,
    shown: '70.0',
    health: 'green',
    word: 'Strong',
  },
  { id: 'leaders', name: 'Leaders', score: 70.0, shown: '70.0', health: 'green', word: 'Strong' },
] as const;
const months = ['2026-08-01', '2026-09-01', '2026-10-01', '2026-11-01'];

const catalog: Catalog = {
  ...structuredClone(catalogFixture),
  pillars: edges.map((e) => ({ id: e.id, name: e.name, description: '' })),
};

const pillars = (unit: string): PillarsResponse => ({
  unit,
  grain: 'month',
  series: edges.map((e) => ({
    pillar: e.id,
    points: months.map((period, i) => ({
      period,
      score: i === months.length - 1 ? e.score : 60,
      respondents: 40,
    })),
  })),
});

function weekly(value: number): MetricPoint[] {
  return Array.from({ length: 70 }, (_, i) => ({
    period: addWeeksIso('2026-11-16', i - 69),
    value,
    n: 400,
    ciLow: value - 2,
    ciHigh: value + 2,
  }));
}

const server = setupServer(
  http.get(`${TEST_API}/v1/catalog`, () => HttpResponse.json(catalog)),
  http.get(`${TEST_API}/v1/pillars`, ({ request }) =>
    HttpResponse.json(pillars(new URL(request.url).searchParams.get('unit') ?? 'all')),
  ),
  http.get(`${TEST_API}/v1/stages`, ({ request }) =>
    HttpResponse.json({
      unit: new URL(request.url).searchParams.get('unit') ?? 'all',
      grain: 'quarter',
      points: [],
    }),
  ),
  http.get(`${TEST_API}/v1/annotations`, () => HttpResponse.json({ annotations: [] })),
  http.get(`${TEST_API}/v1/metrics`, ({ request }) => {
    const params = new URL(request.url).searchParams;
    const ids = params.get('metric')?.split(',') ?? catalog.metrics.map((m) => m.id);
    return HttpResponse.json({
      unit: params.get('unit') ?? 'all',
      grain: 'week',
      series: ids.map((metric) => ({ metric, points: weekly(30) })),
    });
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('health colours agree with the scores shown', () => {
  it('on the pillars page: the monthly table says the band of the score it shows', async () => {
    renderApp('/pillars?unit=all');
    const chart = await screen.findByRole(
      'figure',
      { name: /^Pillars by month, Acme Group/ },
      { timeout: 5000 },
    );
    await userEvent.click(within(chart).getByRole('button', { name: 'Show as table' }));
    const table = within(chart).getByRole('table');
    for (const e of edges) {
      const row = within(table).getByRole('row', { name: new RegExp(`^${e.name}\\b`) });
      expect(within(row).getAllByRole('cell').at(-1)).toHaveTextContent(`${e.shown} (${e.word})`);
    }
  }, 20_000);

  it('in the review: each pillar cell shows one decimal and the colour of what it shows', async () => {
    renderApp('/review?unit=all');
    const table = await screen.findByRole(
      'table',
      { name: /^Pillar health by month/ },
      { timeout: 5000 },
    );
    for (const e of edges) {
      const cell = within(within(table).getByRole('row', { name: new RegExp(`^${e.name}\\b`) }))
        .getAllByRole('cell')
        .at(-1)!;
      expect(cell).toHaveTextContent(`${e.shown} ${e.word}`);
      expect(cell).toHaveClass(`health-cell--${e.health}`);
    }
  }, 20_000);

  it('on the wall: each bar shows one decimal, in the colour and word of what it shows', async () => {
    const { container } = renderApp('/wall', { wall: { views: ['pillars'] } as never });
    await waitFor(
      () => expect(container.querySelectorAll('.wall-bar')).toHaveLength(edges.length),
      {
        timeout: 5000,
      },
    );
    const bars = [...container.querySelectorAll('.wall-bar')];
    expect(
      bars.map((bar) => [
        bar.querySelector('.wall-bar__name')!.textContent,
        bar.querySelector('.wall-bar__score')!.textContent,
        bar.querySelector('.wall-bar__fill')!.className,
      ]),
    ).toEqual(
      edges.map((e) => [e.name, `${e.shown} ${e.word}`, `wall-bar__fill wall-health--${e.health}`]),
    );
  }, 20_000);
});
