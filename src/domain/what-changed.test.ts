import { culture, metric, pillarMove, stageMove, summary } from '@/test/what-changed-fixtures';
import { addMonthsIso, quarterStart } from './periods';
import {
  MAX_ITEMS,
  pillarNewsPeriod,
  stageNewsPeriod,
  whatChanged,
  type PillarNews,
  type WhatChangedItem,
} from './what-changed';

const items = (input: Parameters<typeof whatChanged>[0]) => whatChanged(input).items;
/** What a list names, in order: `kind:name`. */
const named = (list: readonly WhatChangedItem[]) =>
  list.map((i) =>
    i.kind === 'stage'
      ? `stage:${i.unitName}`
      : i.kind === 'metric'
        ? `metric:${i.metric.id}`
        : `pillar:${i.pillar.id}@${i.unitName}`,
  );
const culturePillar = `pillar:${culture.id}@Retail stores`;

describe('whatChanged', () => {
  it('names nothing when nothing moved significantly', () => {
    const headlines = [
      summary(metric('loyalty-index', 'Loyalty index'), 31.4, 1.1, 0.6, 'no-significant-change'),
    ];
    expect(items({ headlines, stageMoves: [], pillarMoves: [] })).toEqual([]);
  });

  it('puts stage moves first, then metrics by strength of evidence, at most three', () => {
    const headlines = [
      summary(metric('a', 'Advocacy share', 'higher-is-better', 'percent'), 28, 2.5, 2.2, 'better'),
      summary(metric('b', 'Loyalty index'), 27.1, -4.3, -3.9, 'worse'),
    ];
    const list = items({ headlines, stageMoves: [stageMove], pillarMoves: [pillarMove] });
    expect(MAX_ITEMS).toBe(3);
    expect(named(list)).toEqual(['stage:Online & app', 'metric:b', 'metric:a']);
    expect(list[0]).toEqual({
      kind: 'stage',
      unitName: 'Online & app',
      stageName: 'Customer focus',
      move: 'promotion',
      period: '2026-10-01',
    });
    expect(list[1]).toMatchObject({ kind: 'metric', value: 27.1, delta: -4.3, verdict: 'worse' });
  });

  it('carries whether a lower-is-better move is good news, and what a pillar moved to and when', () => {
    const churn = summary(
      { ...metric('churn', 'Churn rate', 'lower-is-better', 'percent'), decimals: 2 },
      1.21,
      -0.4,
      -3,
      'better',
    );
    const list = items({ headlines: [churn], stageMoves: [], pillarMoves: [pillarMove] });
    expect(named(list)).toEqual(['metric:churn', culturePillar]);
    expect(list[0]).toMatchObject({ delta: -0.4, verdict: 'better' });
    expect(list[1]).toEqual({
      kind: 'pillar',
      pillar: culture,
      unitName: 'Retail stores',
      change: -6.2,
      score: 53.8,
      month: '2026-11-01',
      p: 0.001,
    });
  });

  it('puts promotions before demotions, and units in order of name', () => {
    const demotion = {
      ...stageMove,
      unitName: 'Aardvark',
      step: { ...stageMove.step, move: 'demotion' as const },
    };
    const promotion = { ...stageMove, unitName: 'Zebra' };
    expect(
      named(
        items({ headlines: [], stageMoves: [demotion, promotion, stageMove], pillarMoves: [] }),
      ),
    ).toEqual(['stage:Online & app', 'stage:Zebra', 'stage:Aardvark']);
  });

  it('is deterministic for ties', () => {
    const a = summary(metric('x', 'Bonding index'), 30, 3, 3, 'better');
    const b = summary(metric('y', 'Advocacy share'), 30, 3, 3, 'better');
    const input = { stageMoves: [], pillarMoves: [] };
    expect(items({ headlines: [a, b], ...input })).toEqual(items({ headlines: [b, a], ...input }));
    expect(named(items({ headlines: [b, a], ...input }))).toEqual(['metric:x', 'metric:y']);
  });
});

describe('what changed holds its family of tests to the false discovery rate', () => {
  const nullMove = (i: number, p: number): PillarNews => ({
    ...pillarMove,
    unitName: `Unit ${String(i).padStart(3, '0')}`,
    change: -5,
    p,
    significant: p < 0.05,
  });

  it('names a pillar move that is significant on its own among few tests', () => {
    const move = { ...pillarMove, p: 0.008 };
    expect(named(items({ headlines: [], stageMoves: [], pillarMoves: [move] }))).toEqual([
      culturePillar,
    ]);
  });

  it('does not name the same move among 420 tests, where one p of 0.008 is what chance gives', () => {
    const others = Array.from({ length: 419 }, (_, i) => nullMove(i, 0.02 + (i / 419) * 0.98));
    const result = whatChanged({
      headlines: [],
      stageMoves: [],
      pillarMoves: [{ ...pillarMove, p: 0.008 }, ...others],
    });
    expect(result.items).toEqual([]);
    expect(result.tests).toBe(420);
  });

  it('names a move strong enough to stand out among 420 tests', () => {
    const others = Array.from({ length: 419 }, (_, i) => nullMove(i, 0.02 + (i / 419) * 0.98));
    const result = whatChanged({
      headlines: [],
      stageMoves: [],
      pillarMoves: [{ ...pillarMove, p: 1e-5 }, ...others],
    });
    expect(named(result.items)).toEqual([culturePillar]);
  });

  it('counts metric and pillar tests in one family, and an untested pillar change in neither', () => {
    const loyalty = summary(metric('loyalty-index', 'Loyalty index'), 31.4, 3, 2.2, 'better');
    const untested: PillarNews = { ...pillarMove, judgedBy: null, p: null, significant: false };
    const result = whatChanged({
      headlines: [loyalty],
      stageMoves: [],
      pillarMoves: [{ ...pillarMove, p: 0.9, significant: false }, untested],
    });
    expect(result.tests).toBe(2);
    expect(result.untestedPillars).toBe(1);
    expect([...result.pillarJudgements]).toEqual(['interval']);
  });
});

describe('the periods news is drawn from', () => {
  it('is the same for every day of a quarter (stages) or month (pillars), so views share answers', () => {
    // The overview as of Friday 20 November and the review of the week ending Sunday 22 November.
    expect(stageNewsPeriod('2026-11-20')).toEqual(stageNewsPeriod('2026-11-22'));
    expect(pillarNewsPeriod('2026-11-20')).toEqual(pillarNewsPeriod('2026-11-22'));
    expect(stageNewsPeriod('2026-11-20')).toEqual({ from: '2026-02-01', to: '2026-12-31' });
    expect(pillarNewsPeriod('2026-11-20')).toEqual({ from: '2025-10-01', to: '2026-11-30' });
  });
  it("always holds the quarter before the day's, so a stage move can be seen", () => {
    for (const day of ['2026-01-01', '2026-03-31', '2026-07-15', '2026-12-31']) {
      const { from, to } = stageNewsPeriod(day);
      const previousQuarter = quarterStart(addMonthsIso(day, -3));
      expect(from <= previousQuarter && quarterStart(day) <= to).toBe(true);
    }
  });
});
