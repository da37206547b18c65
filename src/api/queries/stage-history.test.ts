// The history lookup behind a stage's "since", on a foreign API that speaks only the core of the
// contract (GET /v1/stages unit by unit) with five stages: earlier five-year windows are asked for
// only while the unit's run fills them, and stop at the run's start, the API's first assessment or
// the cap.
import { QueryClient } from '@tanstack/react-query';
import type { StageDefinition, StagePoint } from '@/api/schemas';
import { createApiClient } from '@/api/client';
import { earlierStagesNeeded, quarterIndex, quarterStartOf, stageStanding } from '@/domain/stages';
import {
  HISTORY_MAX_STEPS,
  stageHistoryQueryOptions,
  stagesQueryOptions,
  stagesRead,
  type StagesRead,
} from './stages';

const stages: StageDefinition[] = [
  { id: 'awareness', name: 'Awareness', order: 1, minScore: 0 },
  { id: 'sensitivity', name: 'Sensitivity', order: 2, minScore: 35 },
  { id: 'focus', name: 'Focus', order: 3, minScore: 58 },
  { id: 'obsession', name: 'Obsession', order: 4, minScore: 76 },
  { id: 'devotion', name: 'Devotion', order: 5, minScore: 88 },
];

/** Consecutive quarterly assessments from `first` to Q4 2026: `before` up to `change`, then `after`. */
function history(first: string, change: string | null, before: string, after: string) {
  const points: StagePoint[] = [];
  for (let q = quarterIndex(first); q <= quarterIndex('2026-10-01'); q++) {
    const period = quarterStartOf(q);
    const stage = change && period < change ? before : after;
    points.push({ period, stage, score: 70, gatesFailed: [], note: '' });
  }
  return points;
}

// The window a view asks for (three years up to 20 Nov 2026): its first quarter is Q1 2024.
const window = { from: '2023-11-20', to: '2026-11-20' };
const apiHistory: Record<string, StagePoint[]> = {
  // Devoted since a promotion in Q2 2016: two earlier windows are needed to find it.
  'nord-1': history('2005-01-01', '2016-04-01', 'obsession', 'devotion'),
  // Assessed since Q1 2010, in focus all along: history ends inside the run.
  'sued-2': history('2010-01-01', null, 'focus', 'focus'),
  // Promoted in Q1 2026, inside the window: nothing earlier is needed.
  'ost-3': history('2015-01-01', '2026-01-01', 'sensitivity', 'focus'),
  // In sensitivity since 1990: the lookup stops after twenty years.
  'west-4': history('1990-01-01', null, 'sensitivity', 'sensitivity'),
};

/** A fake API: GET /v1/stages from the table above, every request recorded. */
function fakeApi() {
  const asked: URL[] = [];
  const fetch = async (input: RequestInfo | URL) => {
    const url = new URL(String(input));
    asked.push(url);
    const unit = url.searchParams.get('unit')!;
    const from = url.searchParams.get('from') ?? '';
    const to = url.searchParams.get('to') ?? '9999';
    const points = (apiHistory[unit] ?? []).filter((p) => p.period >= from && p.period <= to);
    return new Response(JSON.stringify({ unit, grain: 'quarter', points }), {
      headers: { 'content-type': 'application/json' },
    });
  };
  // A foreign API offers no batch read: its stages are asked for unit by unit.
  const read = stagesRead(
    createApiClient({ baseUrl: 'http://foreign.test', timeoutMs: 5_000, fetch }),
    [],
  );
  return { asked, read };
}

/** A unit's standing as a view gets it: its window, then earlier history where needed. */
async function standingOf(client: QueryClient, read: StagesRead, unit: string) {
  const inWindow = await client.fetchQuery(stagesQueryOptions(read, { unit, ...window }));
  const stage = earlierStagesNeeded(inWindow.points, stages, window.from);
  const earlier = stage
    ? await client.fetchQuery(stageHistoryQueryOptions(read, { unit, before: '2024-01-01', stage }))
    : [];
  return stageStanding([...earlier, ...inWindow.points], stages);
}

const periodsAsked = (asked: URL[], unit: string) =>
  asked
    .filter((u) => u.searchParams.get('unit') === unit)
    .map((u) => `${u.searchParams.get('from')}..${u.searchParams.get('to')}`);

describe('the history behind a stage "since"', () => {
  it('steps back five years at a time until the run’s start is found', async () => {
    const { asked, read } = fakeApi();
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    expect(await standingOf(client, read, 'nord-1')).toMatchObject({
      since: '2016-04-01',
      sinceExact: true,
    });
    expect(periodsAsked(asked, 'nord-1')).toEqual([
      '2023-11-20..2026-11-20',
      '2019-01-01..2023-12-31',
      '2014-01-01..2018-12-31',
    ]);
    // Asked again (another view, a re-render): answered from the cache.
    await standingOf(client, read, 'nord-1');
    expect(periodsAsked(asked, 'nord-1')).toHaveLength(4);
  });

  it('says "at least" the API’s first assessment when its history ends inside the run', async () => {
    const { asked, read } = fakeApi();
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    expect(await standingOf(client, read, 'sued-2')).toMatchObject({
      since: '2010-01-01',
      sinceExact: false,
    });
    // The third window holds the first assessment, Q1 2010: the quarter before it has none, so no
    // fourth request is needed to learn that the history has ended.
    expect(periodsAsked(asked, 'sued-2')).toHaveLength(4);
  });

  it('asks nothing more for a unit whose run starts inside the window', async () => {
    const { asked, read } = fakeApi();
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    expect(await standingOf(client, read, 'ost-3')).toMatchObject({
      since: '2026-01-01',
      sinceExact: true,
      direction: 'climbing',
    });
    expect(periodsAsked(asked, 'ost-3')).toEqual(['2023-11-20..2026-11-20']);
  });

  it('stops after twenty years before the window, saying "at least"', async () => {
    const { asked, read } = fakeApi();
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    expect(await standingOf(client, read, 'west-4')).toMatchObject({
      since: '2004-01-01',
      sinceExact: false,
    });
    expect(periodsAsked(asked, 'west-4')).toHaveLength(1 + HISTORY_MAX_STEPS);
  });
});
