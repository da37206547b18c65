import type { StageDefinition, StagePoint } from '@/api/schemas';
import {
  earlierStagesNeeded,
  firstQuarterFrom,
  linearTrend,
  quarterIndex,
  quarterStartOf,
  stageBands,
  stageOf,
  stageOutlook,
  stageStanding,
  stageSteps,
  stageWindow,
  traceRunBack,
} from './stages';

const stages: StageDefinition[] = [
  { id: 'focus', name: 'Customer focus', order: 3, minScore: 60 },
  { id: 'awareness', name: 'Customer awareness', order: 1, minScore: 0 },
  { id: 'sensitivity', name: 'Customer sensitivity', order: 2, minScore: 40 },
  { id: 'obsession', name: 'Customer obsession', order: 4, minScore: 75 },
];

const quarters = ['2025-10-01', '2026-01-01', '2026-04-01', '2026-07-01', '2026-10-01'];
const assess = (rows: [string, number][]): StagePoint[] =>
  rows.map(([stage, score], i) => ({
    period: quarters[i]!,
    stage,
    score,
    gatesFailed: [],
    note: '',
  }));

describe('stageBands', () => {
  it('orders the catalog stages and bounds each by the next', () => {
    expect(stageBands(stages).map((b) => [b.stage.id, b.from, b.to])).toEqual([
      ['awareness', 0, 40],
      ['sensitivity', 40, 60],
      ['focus', 60, 75],
      ['obsession', 75, 100],
    ]);
  });
});

describe('stageSteps', () => {
  it('marks promotions and demotions, and survives an unknown stage id', () => {
    const steps = stageSteps(
      assess([
        ['sensitivity', 55],
        ['focus', 61],
        ['galaxy-brain', 62],
        ['sensitivity', 53],
      ]),
      stages,
    );
    expect(steps.map((s) => s.move)).toEqual([null, 'promotion', null, 'demotion']);
    expect(steps[2]!.order).toBeNull();
  });
});

describe('stageStanding', () => {
  it('says since when a unit holds its stage and that it climbs', () => {
    const s = stageStanding(
      assess([
        ['sensitivity', 50],
        ['sensitivity', 55],
        ['focus', 61],
        ['focus', 63],
      ]),
      stages,
    );
    expect(s).toMatchObject({ since: '2026-04-01', direction: 'climbing' });
  });
  it('calls a demotion slipping and a flat score steady', () => {
    expect(
      stageStanding(
        assess([
          ['focus', 62],
          ['focus', 60],
          ['sensitivity', 54],
          ['sensitivity', 53],
        ]),
        stages,
      )?.direction,
    ).toBe('slipping');
    expect(
      stageStanding(
        assess([
          ['focus', 64],
          ['focus', 64.5],
          ['focus', 63.8],
          ['focus', 64.2],
        ]),
        stages,
      )?.direction,
    ).toBe('steady');
  });
});

describe('linearTrend', () => {
  it('fits a straight line with no error', () => {
    expect(linearTrend([1, 3, 5, 7])).toEqual({ slope: 2, intercept: 1, se: 0 });
  });
});

describe('stageOutlook', () => {
  it('gives a range of quarters when the whole interval of the pace is upward', () => {
    const o = stageOutlook(
      assess([
        ['sensitivity', 50],
        ['sensitivity', 52.1],
        ['sensitivity', 53.9],
        ['sensitivity', 56],
      ]),
      stages,
    );
    expect(o.kind).toBe('on-trend');
    if (o.kind === 'on-trend') {
      expect(o.next.id).toBe('focus');
      expect(o.slope).toBeCloseTo(1.98, 1);
      expect(o.earliest).toBe('2027-01-01'); // 4 points to go at ~2 a quarter from Q3 2026
    }
  });
  it('gives no date when the pace could be zero', () => {
    const o = stageOutlook(
      assess([
        ['sensitivity', 50],
        ['sensitivity', 56],
        ['sensitivity', 49],
        ['sensitivity', 55],
      ]),
      stages,
    );
    expect(o.kind).toBe('uncertain');
  });
  it('says "not on the current trend" when the score is falling', () => {
    expect(
      stageOutlook(
        assess([
          ['focus', 66],
          ['focus', 64],
          ['focus', 63],
          ['focus', 61],
        ]),
        stages,
      ),
    ).toMatchObject({ kind: 'not-on-trend' });
  });
  it('names the gates when the score is already in the next band', () => {
    const points = assess([
      ['sensitivity', 58],
      ['sensitivity', 60],
      ['sensitivity', 61],
      ['sensitivity', 62],
    ]);
    points[3]!.gatesFailed = ['measurement'];
    expect(stageOutlook(points, stages)).toMatchObject({
      kind: 'already-in-band',
      blockedBy: ['measurement'],
    });
  });
  it('decides the band on the score as shown: 74.96 reads 75.0, in the band from 75', () => {
    const points = assess([
      ['focus', 72],
      ['focus', 73.5],
      ['focus', 74.2],
      ['focus', 74.96],
    ]);
    expect(stageOutlook(points, stages)).toMatchObject({ kind: 'already-in-band' });
    points[3]!.score = 74.94;
    expect(stageOutlook(points, stages)).not.toMatchObject({ kind: 'already-in-band' });
  });
  it('has nothing to forecast at the top stage or with too few quarters', () => {
    expect(
      stageOutlook(
        assess([
          ['obsession', 80],
          ['obsession', 81],
          ['obsession', 82],
        ]),
        stages,
      ).kind,
    ).toBe('top');
    expect(stageOutlook(assess([['focus', 62]]), stages).kind).toBe('not-enough-data');
  });
});

describe('stageWindow', () => {
  it('is the three years up to the data, whatever range other views use', () => {
    expect(stageWindow('2026-11-20T06:00:00Z')).toEqual({ from: '2023-11-20', to: '2026-11-20' });
  });
});

// Another organisation's catalog: five stages (devotion on top), other bands, listed out of order.
const fiveStages: StageDefinition[] = [
  { id: 'devotion', name: 'Customer devotion', order: 5, minScore: 88 },
  { id: 'awareness', name: 'Customer awareness', order: 1, minScore: 0 },
  { id: 'obsession', name: 'Customer obsession', order: 4, minScore: 76 },
  { id: 'sensitivity', name: 'Customer sensitivity', order: 2, minScore: 35 },
  { id: 'focus', name: 'Customer focus', order: 3, minScore: 58 },
];

/** Assessments of consecutive quarters from `first` (a quarter's first day). */
function run(first: string, rows: readonly [string, number][]): StagePoint[] {
  const q0 = quarterIndex(first);
  return rows.map(([stage, score], i) => {
    const q = q0 + i;
    const year = Math.floor(q / 4);
    return {
      period: `${year}-${String((q - year * 4) * 3 + 1).padStart(2, '0')}-01`,
      stage,
      score,
      gatesFailed: [],
      note: '',
    };
  });
}

describe('stage "since": the first quarter of the current unbroken run', () => {
  // A unit in focus since Q4 2023 (promoted then); a three-year window fetched in Nov 2026 starts
  // with Q1 2024.
  const history = run('2023-04-01', [
    ['sensitivity', 55],
    ['sensitivity', 57],
    ['focus', 60.5],
    ['focus', 61],
    ['focus', 62],
    ['focus', 61.5],
  ]);
  const window = history.filter((p) => p.period >= '2023-11-20');

  it('is not the first quarter a window happens to start with (the reported bug)', () => {
    // What the window alone shows is only a lower bound: "since at least Q1 2024".
    expect(stageStanding(window, stages)).toMatchObject({
      since: '2024-01-01',
      sinceExact: false,
    });
    // With the quarters before the window, the run's true start.
    expect(stageStanding(history, stages)).toMatchObject({
      since: '2023-10-01',
      sinceExact: true,
    });
  });

  it('asks for earlier history only when the run reaches back to the window’s first quarter', () => {
    expect(earlierStagesNeeded(window, stages, '2023-11-20')).toBe('focus');
    // The run starts inside the window: nothing earlier is needed.
    const promotedLater = run('2024-01-01', [
      ['sensitivity', 56],
      ['focus', 61],
      ['focus', 62],
    ]);
    expect(earlierStagesNeeded(promotedLater, stages, '2023-11-20')).toBeNull();
    // A unit first assessed after the window's start: its history ends inside the window.
    const lateStarter = run('2025-01-01', [
      ['focus', 61],
      ['focus', 62],
    ]);
    expect(earlierStagesNeeded(lateStarter, stages, '2023-11-20')).toBeNull();
    expect(stageStanding(lateStarter, stages)).toMatchObject({
      since: '2025-01-01',
      sinceExact: false,
    });
    expect(earlierStagesNeeded([], stages, '2023-11-20')).toBeNull();
  });

  it('says "at least" where a quarter without an assessment interrupts what is known', () => {
    const withHole = [
      ...run('2024-01-01', [
        ['sensitivity', 50],
        ['focus', 60],
      ]),
      ...run('2024-10-01', [
        ['focus', 61],
        ['focus', 62],
      ]),
    ];
    expect(stageStanding(withHole, stages)).toMatchObject({
      since: '2024-10-01',
      sinceExact: false,
    });
  });

  it('works on a five-stage catalog: a unit devoted since its promotion in Q2 2021', () => {
    const devoted = run('2020-10-01', [
      ['obsession', 85],
      ['obsession', 87],
      ['devotion', 89],
      ...Array.from({ length: 20 }, (): [string, number] => ['devotion', 90]),
    ]);
    expect(earlierStagesNeeded(devoted.slice(10), fiveStages, devoted[10]!.period)).toBe(
      'devotion',
    );
    expect(stageStanding(devoted, fiveStages)).toMatchObject({
      since: '2021-04-01',
      sinceExact: true,
      direction: 'steady',
    });
  });

  it('traces a run back through earlier assessments to the quarter that ends it', () => {
    const before = quarterIndex('2024-01-01');
    expect(traceRunBack(history, 'focus', before)).toEqual({
      points: history.slice(1, 3),
      ended: true,
    });
    // History that ends inside the run (or has a hole in it): not ended.
    expect(traceRunBack(history.slice(2), 'focus', before)).toEqual({
      points: history.slice(2, 3),
      ended: false,
    });
    expect(traceRunBack([], 'focus', before)).toEqual({ points: [], ended: false });
  });

  it('counts a range’s first quarter as the first one starting on or after its first day', () => {
    expect(firstQuarterFrom('2023-11-20')).toBe(quarterIndex('2024-01-01'));
    expect(firstQuarterFrom('2024-01-01')).toBe(quarterIndex('2024-01-01'));
  });
});

describe('stage direction', () => {
  it('calls a unit promoted last, with rising scores, climbing, not slipping (the reported bug)', () => {
    const points = run('2025-07-01', [
      ['focus', 62],
      ['sensitivity', 54], // demoted in Q4 2025
      ['sensitivity', 58],
      ['focus', 61], // promoted again in Q2 2026
      ['focus', 63],
    ]);
    expect(stageStanding(points, stages)?.direction).toBe('climbing');
  });

  it('lets the most recent move decide: a demotion after a promotion is slipping', () => {
    const points = run('2025-10-01', [
      ['obsession', 79],
      ['devotion', 89],
      ['obsession', 84],
      ['obsession', 86],
      ['obsession', 87],
    ]);
    expect(stageStanding(points, fiveStages)?.direction).toBe('slipping');
  });

  it('forgets moves older than the last four quarters', () => {
    const points = run('2025-07-01', [
      ['sensitivity', 55],
      ['focus', 61], // promoted in Q4 2025, five quarters before the latest
      ['focus', 61.2],
      ['focus', 60.9],
      ['focus', 61.1],
      ['focus', 61],
    ]);
    expect(stageStanding(points, stages)?.direction).toBe('steady');
  });

  it('follows the score without a move only when the slope’s 95% interval excludes zero', () => {
    const steady = (scores: number[], catalog: StageDefinition[], stage = 'focus') =>
      stageStanding(
        run(
          '2025-10-01',
          scores.map((s): [string, number] => [stage, s]),
        ),
        catalog,
      )?.direction;
    // A clear climb of about two points a quarter.
    expect(steady([60, 62.1, 63.9, 66], stages)).toBe('climbing');
    expect(steady([80, 82.1, 83.9, 86], fiveStages, 'obsession')).toBe('climbing');
    expect(steady([66, 63.9, 62.1, 60], fiveStages)).toBe('slipping');
    // Noise with a 1.5-point slope: the old fixed 1-point threshold called it a climb.
    expect(steady([60, 64, 60, 65], stages)).toBe('steady');
    expect(steady([71, 67, 70, 66], stages)).toBe('steady');
    // Too few quarters for an interval.
    expect(steady([60, 65], stages)).toBe('steady');
  });
});

describe('stageOf', () => {
  it('finds a stage by id, and nothing for an id the catalog does not know', () => {
    expect(stageOf('focus', stages)?.name).toBe('Customer focus');
    expect(stageOf('nirvana', stages)).toBeNull();
  });
});

describe('quarters as numbers', () => {
  it('numbers a quarter from any of its days, and gives back its first day', () => {
    expect(quarterIndex('2026-11-20')).toBe(2026 * 4 + 3);
    expect(quarterIndex('2026-10-01')).toBe(quarterIndex('2026-12-31'));
    expect(quarterStartOf(quarterIndex('2026-11-20'))).toBe('2026-10-01');
    expect(quarterStartOf(quarterIndex('2026-11-20') + 1)).toBe('2027-01-01');
  });
  it('takes the first quarter lying wholly in a range from its start', () => {
    expect(firstQuarterFrom('2026-10-01')).toBe(quarterIndex('2026-10-01'));
    expect(firstQuarterFrom('2026-10-02')).toBe(quarterIndex('2027-01-01'));
  });
});
