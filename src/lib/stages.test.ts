import type { StageDefinition, StagePoint } from '@/api/schemas';
import {
  linearTrend,
  stageBands,
  stageOutlook,
  stagesFrom,
  stageStanding,
  stageSteps,
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
      expect(o.earliest).toBe('Q1 2027'); // 4 points to go at ~2 a quarter from Q3 2026
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

describe('stagesFrom', () => {
  it('reaches back at least three years, or further when the range does', () => {
    expect(stagesFrom('2026-08-24', '2026-11-20T06:00:00Z')).toBe('2023-11-20');
    expect(stagesFrom('2022-01-01', '2026-11-20T06:00:00Z')).toBe('2022-01-01');
  });
});
