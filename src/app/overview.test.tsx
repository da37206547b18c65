// The overview through Testing Library, on MSW in node: tiles, their states and their isolation.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import type { Catalog, MetricPoint } from '@/api/schemas';
import { loadLocale } from '@/i18n/registry';
import { addWeeksIso } from '@/domain/periods';
import { catalogFixture } from '@/test/fixtures';
import { renderApp, TEST_API } from '@/test/render-app';

/** 70 weeks of a flat series ending 2026-11-16, with a last week that can differ. */
function weekly(base: number, last: number, halfWidth: number, n = 400): MetricPoint[] {
  return Array.from({ length: 70 }, (_, i) => {
    const value = i === 69 ? last : base;
    return {
      period: addWeeksIso('2026-11-16', i - 69),
      value,
      n,
      ciLow: value - halfWidth,
      ciHigh: value + halfWidth,
    };
  });
}

const catalog: Catalog = structuredClone(catalogFixture);
const series: Record<string, Record<string, MetricPoint[]>> = {
  all: { 'loyalty-index': weekly(30, 40, 2), 'churn-rate': weekly(1.6, 1.2, 0.05, 50_000) },
  retail: { 'loyalty-index': weekly(20, 21, 2), 'churn-rate': weekly(1.6, 1.9, 0.05, 50_000) },
};

const server = setupServer(
  http.get(`${TEST_API}/v1/catalog`, () => HttpResponse.json(catalog)),
  http.get(`${TEST_API}/v1/stages`, () =>
    HttpResponse.json({ unit: 'all', grain: 'quarter', points: [] }),
  ),
  http.get(`${TEST_API}/v1/pillars`, () =>
    HttpResponse.json({ unit: 'all', grain: 'month', series: [] }),
  ),
  http.get(`${TEST_API}/v1/metrics`, ({ request }) => {
    const url = new URL(request.url);
    const unit = url.searchParams.get('unit') ?? 'all';
    const ids = url.searchParams.get('metric')?.split(',') ?? [];
    return HttpResponse.json({
      unit,
      grain: 'week',
      series: ids.map((metric) => ({ metric, points: series[unit]?.[metric] ?? [] })),
    });
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('overview', () => {
  it('shows one tile per headline metric with value, significant change, target and sample size', async () => {
    renderApp('/');
    const loyalty = await screen.findByRole('article', { name: 'Loyalty index' });
    await waitFor(() =>
      expect(within(loyalty).getByText('+40.0', { selector: 'data' })).toBeInTheDocument(),
    );
    expect(within(loyalty).getByText(/vs last week/)).toHaveTextContent(
      '+10.0 pts vs last week · significant, better',
    );
    expect(within(loyalty).getByText(/On track/)).toBeInTheDocument();
    expect(within(loyalty).getByText(/n = 400 · 95% CI/)).toBeInTheDocument();
    // The week's own label already says it is a week: "Reporting week W47 2026", not "Week W47 2026".
    expect(loyalty.querySelector('.tile__period')).toHaveTextContent(
      /^Reporting week W\d\d 2026 · \d+ \w+ 2026$/,
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Customer experience dashboard',
    );
    expect(screen.getByText('Data as of')).toBeInTheDocument();
  });

  it('says what changed in plain words, strongest evidence first', async () => {
    renderApp('/');
    const section = await screen.findByRole(
      'region',
      { name: 'What changed' },
      { timeout: 5000 }, // its code loads after the tiles
    );
    await waitFor(() => expect(within(section).getAllByRole('listitem')).toHaveLength(2));
    expect(
      within(section)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Churn rate fell significantly to 1.2% (\u22120.4\u00a0pp vs last week, an improvement).',
      'Loyalty index rose significantly to +40.0 (+10.0\u00a0pts vs last week).',
    ]);
    // The rule it was decided by, counting every test the list made (metrics and pillars).
    expect(within(section).getByText(/^Changes shown are significant at 95%/)).toHaveTextContent(
      /corrected for the \d+ comparisons made\./,
    );
  });

  it('says "No significant changes this week" when that is the truth', async () => {
    server.use(
      http.get(`${TEST_API}/v1/metrics`, ({ request }) => {
        const ids = new URL(request.url).searchParams.get('metric')?.split(',') ?? [];
        return HttpResponse.json({
          unit: 'all',
          grain: 'week',
          series: ids.map((metric) => ({ metric, points: weekly(30, 31, 2) })),
        });
      }),
    );
    renderApp('/');
    const section = await screen.findByRole('region', { name: 'What changed' }, { timeout: 5000 });
    expect(
      await within(section).findByText('No significant changes this week.'),
    ).toBeInTheDocument();
  });

  it('colours a lower-is-better metric the right way round', async () => {
    renderApp('/');
    const churn = await screen.findByRole('article', { name: 'Churn rate' });
    const change = await within(churn).findByText(/vs last week/);
    expect(change).toHaveClass('change--better');
    expect(change).toHaveTextContent('▼');
  });

  it('says "no significant change" for a move within noise', async () => {
    renderApp('/?unit=retail');
    const loyalty = await screen.findByRole('article', { name: 'Loyalty index' });
    expect(await within(loyalty).findByText(/No significant change vs last week/)).toHaveClass(
      'change--neutral',
    );
  });

  it('switches unit from the selector', async () => {
    const { router } = renderApp('/');
    const loyalty = await screen.findByRole('article', { name: 'Loyalty index' });
    await within(loyalty).findByText('+40.0', { selector: 'data' });
    await userEvent.selectOptions(screen.getByLabelText('Business unit'), 'retail');
    expect(router.state.location.search).toBe('?unit=retail');
    expect(
      await within(screen.getByRole('article', { name: 'Loyalty index' })).findByText('+21.0', {
        selector: 'data',
      }),
    ).toBeInTheDocument();
  });

  it('keeps the other tiles working when one metric fails', async () => {
    server.use(
      http.get(`${TEST_API}/v1/metrics`, ({ request }) => {
        if (new URL(request.url).searchParams.get('metric') === 'churn-rate') {
          return HttpResponse.json(
            { error: { code: 'internal', message: 'database unavailable' } },
            { status: 500 },
          );
        }
        return HttpResponse.json({
          unit: 'all',
          grain: 'week',
          series: [{ metric: 'loyalty-index', points: series.all!['loyalty-index'] }],
        });
      }),
    );
    renderApp('/');
    const churn = await screen.findByRole('article', { name: 'Churn rate' });
    expect(await within(churn).findByRole('alert')).toHaveTextContent(
      'GET /v1/metrics: HTTP 500 internal: database unavailable',
    );
    expect(within(churn).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    expect(
      await within(screen.getByRole('article', { name: 'Loyalty index' })).findByText('+40.0', {
        selector: 'data',
      }),
    ).toBeInTheDocument();
  });

  it('keeps the last good figures on screen, marked stale, when a refresh fails, and clears the mark on recovery', async () => {
    const { queryClient } = renderApp('/');
    const loyalty = await screen.findByRole('article', { name: 'Loyalty index' });
    await within(loyalty).findByText('+40.0', { selector: 'data' });
    server.use(
      http.get(`${TEST_API}/v1/metrics`, () =>
        HttpResponse.json(
          { error: { code: 'unavailable', message: 'maintenance' } },
          { status: 503 },
        ),
      ),
    );
    await queryClient.refetchQueries({ queryKey: ['metrics'] });
    expect(
      await within(loyalty).findByText(/^Figures from .* updates failing since .*, retrying\.$/),
    ).toBeInTheDocument();
    expect(within(loyalty).getByText('+40.0', { selector: 'data' })).toBeInTheDocument();
    server.resetHandlers();
    await queryClient.refetchQueries({ queryKey: ['metrics'] });
    await waitFor(() =>
      expect(within(loyalty).queryByText(/^Figures from/)).not.toBeInTheDocument(),
    );
  });

  it('drops an out-of-range point and says so instead of plotting a spike', async () => {
    const spiked = weekly(30, 31, 2);
    spiked[60] = { ...spiked[60]!, value: 250, ciLow: 245, ciHigh: 255 };
    server.use(
      http.get(`${TEST_API}/v1/metrics`, ({ request }) => {
        const ids = new URL(request.url).searchParams.get('metric')?.split(',') ?? [];
        return HttpResponse.json({
          unit: 'all',
          grain: 'week',
          series: ids.map((metric) => ({ metric, points: spiked })),
        });
      }),
    );
    renderApp('/');
    const loyalty = await screen.findByRole('article', { name: 'Loyalty index' });
    expect(await within(loyalty).findByText(/1 point was left out/)).toBeInTheDocument();
    expect(within(loyalty).getByText('+31.0', { selector: 'data' })).toBeInTheDocument();
  });

  it('reports a contract violation with the endpoint and path', async () => {
    server.use(
      http.get(`${TEST_API}/v1/catalog`, () =>
        HttpResponse.json({ ...catalog, dataAsOf: 20261120 }),
      ),
    );
    renderApp('/');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The API sent data that breaks the contract: GET /v1/catalog: dataAsOf: expected string, received number',
    );
  });
});

describe('overview in German', () => {
  beforeAll(async () => {
    await loadLocale('de-DE');
  }, 20_000);

  it('shows the shell and the tiles in German, with German numbers and dates', async () => {
    renderApp('/', { locale: 'de-DE' });
    const loyalty = await screen.findByRole('article', { name: 'Loyalty index' });
    await waitFor(() =>
      expect(within(loyalty).getByText('+40,0', { selector: 'data' })).toBeInTheDocument(),
    );
    expect(within(loyalty).getByText(/ggü\. Vorwoche/)).toHaveTextContent(
      '+10,0 Pkt. ggü. Vorwoche · signifikant, besser',
    );
    expect(within(loyalty).getByText(/Im Plan/)).toBeInTheDocument();
    expect(within(loyalty).getByText(/n = 400 · 95-%-KI/)).toBeInTheDocument();
    expect(within(loyalty).getByText('Ziel')).toBeInTheDocument();
    expect(within(loyalty).getByText('Vorjahr')).toBeInTheDocument();
    expect(within(loyalty).getByText('Stichprobe')).toBeInTheDocument();
    expect(loyalty.querySelector('.tile__period')).toHaveTextContent(
      /^Berichtswoche KW \d\d\/2026 · \d+\. \w+\.? 2026$/,
    );
    expect(within(loyalty).getByText('Loyalität')).toBeInTheDocument();
    const churn = screen.getByRole('article', { name: 'Churn rate' });
    expect(await within(churn).findByText(/n = 50\.000/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Dashboard Kundenerlebnis');
    expect(screen.getByRole('heading', { name: 'Kernkennzahlen' })).toBeInTheDocument();
    expect(screen.getByText('Datenstand')).toBeInTheDocument();
    expect(screen.getByLabelText('Geschäftsbereich')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Ansichten' })).toHaveTextContent(
      /Überblick.*Stufen.*Säulen.*Loyalität.*Wochenbericht/,
    );
    expect(screen.getByRole('button', { name: 'Jetzt aktualisieren' })).toBeInTheDocument();
    expect(screen.queryByText(/vs last week|Headline metrics|Data as of|Business unit/)).toBeNull();
  }, 20_000);

  it('says what changed in German', async () => {
    renderApp('/', { locale: 'de-DE' });
    const section = await screen.findByRole(
      'region',
      { name: 'Was sich geändert hat' },
      { timeout: 5000 },
    );
    await waitFor(() => expect(within(section).getAllByRole('listitem')).toHaveLength(2));
    expect(
      within(section)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Churn rate sank signifikant auf 1,2\u00a0% (\u22120,4\u00a0Pp. ggü. Vorwoche, eine Verbesserung).',
      'Loyalty index stieg signifikant auf +40,0 (+10,0\u00a0Pkt. ggü. Vorwoche).',
    ]);
    expect(within(section).queryByText(/significantly/)).toBeNull();
  }, 20_000);

  it('names an unknown unit and an unknown page in German', async () => {
    renderApp('/nirgends?unit=mars', { locale: 'de-DE' });
    expect(
      await screen.findByText('Unter dieser Adresse gibt es keine Seite.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Zum Überblick' })).toBeInTheDocument();
    expect(
      screen.getByText(/Der Link nennt einen Geschäftsbereich „mars“, den es nicht gibt/),
    ).toBeInTheDocument();
    expect(screen.queryByText(/There is no page/)).toBeNull();
  }, 20_000);
});
