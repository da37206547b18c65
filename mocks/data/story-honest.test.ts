// @vitest-environment node
// The story's planted movements still show under the honest rules (every change tested, lists held to
// the false discovery rate): the demo does not go quiet where the story says something happened.
import { addMonthsIso } from '@/domain/periods';
import { headlineMetrics, summariseHeadline } from '@/domain/headline';
import { pillarMovers, pillarRows } from '@/domain/pillars';
import { benjaminiHochberg } from '@/domain/stats';
import { whatChanged } from '@/domain/what-changed';
import { weekOf } from './calendar';
import { getMockData } from './mock-data';

describe.each([
  { asOf: '2026-11-20' },
  { asOf: '2025-03-03', seed: 1 },
  { asOf: '2026-11-20', seed: 2 },
])('the story with %j', (options) => {
  const data = getMockData(options);
  const headlines = headlineMetrics(data.catalog.metrics);
  const event = (title: string) => data.annotations.find((a) => a.title === title)!;

  it("names the slipping unit's billing outage in its what changed for the outage's week", () => {
    const outage = event('Billing system outage');
    const week = weekOf(outage.date);
    const series = data.metricSeries(outage.unit!);
    const summaries = headlines.map((m) =>
      summariseHeadline(m, series.find((s) => s.metric === m.id)!.points, [], outage.unit!, week),
    );
    const { items } = whatChanged({ headlines: summaries, stageMoves: [], pillarMoves: [] });
    expect(items.some((item) => item.kind === 'metric' && item.delta < 0)).toBe(true);
  });

  it.each([
    ['Complaints hub launched in all stores', 'Easy to complain'],
    ['Key-account advisory board set up', 'Voice of the customer over ad spend'],
  ])('the pillars view names the move after "%s" as significant', (title, pillarName) => {
    const initiative = event(title);
    const rows = pillarRows(
      { unit: initiative.unit!, grain: 'month', series: [...data.pillarSeries(initiative.unit!)] },
      data.catalog.pillars,
    );
    // The pillars view compares each month with the quarter before: in one of the months two to four
    // after the initiative's, once the shift has ramped up, it names the move.
    const month = initiative.date.slice(0, 8) + '01';
    const named = [2, 3, 4].flatMap((k) => {
      const latest = addMonthsIso(month, k);
      const changes = pillarMovers(rows, addMonthsIso(latest, -3), latest);
      const discovered = benjaminiHochberg(changes.map((c) => c.p));
      return changes.filter((c, i) => discovered[i] && c.significant && c.change > 0);
    });
    expect(named.map((m) => m.pillar.name)).toContain(pillarName);
  });
});
