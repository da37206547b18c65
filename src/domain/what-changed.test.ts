import type { MetricDefinition, PillarDefinition } from '@/api/schemas';
import type { HeadlineSummary } from './headline';
import { loadedLocale, loadLocale, translatorFor } from '@/i18n/registry';
import { addMonthsIso, quarterStart } from './periods';
import {
  NO_CHANGE_SENTENCE,
  pillarNewsPeriod,
  stageNewsPeriod,
  whatChanged,
  type PillarNews,
  type StageNews,
} from './what-changed';

const metric = (
  id: string,
  name: string,
  direction: MetricDefinition['direction'] = 'higher-is-better',
  unit: MetricDefinition['unit'] = 'points',
): MetricDefinition => ({
  id,
  family: 'loyalty',
  name,
  unit,
  min: -100,
  max: 100,
  direction,
  headline: true,
  minReportableN: 50,
  description: '',
});

function summary(
  m: MetricDefinition,
  value: number,
  delta: number,
  z: number,
  verdict: 'better' | 'worse' | 'no-significant-change',
): HeadlineSummary {
  return {
    metric: m,
    latest: { period: '2026-11-16', value, n: 400 },
    lowSample: false,
    latestIsGap: false,
    vsLastWeek: { verdict, delta, z, reference: null },
    vsFourWeekAverage: { verdict: 'not-comparable', delta: null, z: null, reference: null },
    vsYearAgo: { verdict: 'not-comparable', delta: null, z: null, reference: null },
    target: null,
    recent: [],
  };
}

const culture: PillarDefinition = { id: 'culture', name: 'Culture over strategy', description: '' };
const stageMove: StageNews = {
  unitName: 'Online & app',
  stageName: 'Customer focus',
  step: {
    period: '2026-10-01',
    score: 61,
    stage: 'focus',
    gatesFailed: [],
    note: '',
    order: 3,
    move: 'promotion',
  },
};
const pillarMove: PillarNews = {
  unitName: 'Retail stores',
  pillar: culture,
  from: 60,
  to: 53.8,
  change: -6.2,
  month: '2026-11-01',
  judgedBy: 'interval',
  p: 0.001,
  significant: true,
};
const sentences = (input: Parameters<typeof whatChanged>[0]) => whatChanged(input).sentences;

const t = translatorFor(loadedLocale('en-GB')!);

describe('whatChanged', () => {
  it('says so when nothing moved significantly', () => {
    const headlines = [
      summary(metric('loyalty-index', 'Loyalty index'), 31.4, 1.1, 0.6, 'no-significant-change'),
    ];
    expect(sentences({ headlines, stageMoves: [], pillarMoves: [], locale: 'en-GB', t })).toEqual([
      NO_CHANGE_SENTENCE,
    ]);
  });

  it('puts stage moves first, then metrics by strength of evidence, at most three sentences', () => {
    const headlines = [
      summary(metric('a', 'Advocacy share', 'higher-is-better', 'percent'), 28, 2.5, 2.2, 'better'),
      summary(metric('b', 'Loyalty index'), 27.1, -4.3, -3.9, 'worse'),
    ];
    expect(
      sentences({
        headlines,
        stageMoves: [stageMove],
        pillarMoves: [pillarMove],
        locale: 'en-GB',
        t,
      }),
    ).toEqual([
      'Online & app moved up to Customer focus in Q4 2026.',
      'Loyalty index fell significantly to +27.1 (\u22124.3\u00a0pts vs last week).',
      'Advocacy share rose significantly to 28.0% (+2.5\u00a0pp vs last week).',
    ]);
  });

  it('judges lower-is-better metrics the right way round and names pillar moves', () => {
    const churn = summary(
      { ...metric('churn', 'Churn rate', 'lower-is-better', 'percent'), decimals: 2 },
      1.21,
      -0.4,
      -3,
      'better',
    );
    expect(
      sentences({
        headlines: [churn],
        stageMoves: [],
        pillarMoves: [pillarMove],
        locale: 'en-GB',
        t,
      }),
    ).toEqual([
      'Churn rate fell significantly to 1.21% (\u22120.40\u00a0pp vs last week, an improvement).',
      'Culture over strategy (Retail stores) fell 6.2 points to 53.8 in Nov 2026.',
    ]);
  });

  it('is deterministic for ties', () => {
    const a = summary(metric('x', 'Bonding index'), 30, 3, 3, 'better');
    const b = summary(metric('y', 'Advocacy share'), 30, 3, 3, 'better');
    const input = { stageMoves: [], pillarMoves: [], locale: 'en-GB', t };
    expect(sentences({ headlines: [a, b], ...input })).toEqual(
      sentences({ headlines: [b, a], ...input }),
    );
  });

  it('words the sentences in German, with German numbers, months and quarters', async () => {
    const de = translatorFor(await loadLocale('de-DE'));
    const churn = summary(
      { ...metric('churn', 'Churn rate', 'lower-is-better', 'percent'), decimals: 2 },
      1.21,
      -0.4,
      -3,
      'better',
    );
    expect(
      sentences({
        headlines: [churn],
        stageMoves: [stageMove],
        pillarMoves: [pillarMove],
        locale: 'de-DE',
        t: de,
      }),
    ).toEqual([
      'Online & app ist im Q4 2026 auf Customer focus aufgestiegen.',
      'Churn rate sank signifikant auf 1,21\u00a0% (\u22120,40\u00a0Pp. ggü. Vorwoche, eine Verbesserung).',
      'Culture over strategy (Retail stores) sank im Nov. 2026 um 6,2 Punkte auf 53,8.',
    ]);
    expect(
      sentences({ headlines: [], stageMoves: [], pillarMoves: [], locale: 'de-DE', t: de }),
    ).toEqual(['Keine signifikanten Veränderungen in dieser Woche.']);
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
    expect(
      sentences({ headlines: [], stageMoves: [], pillarMoves: [move], locale: 'en-GB', t }),
    ).toEqual(['Culture over strategy (Retail stores) fell 6.2 points to 53.8 in Nov 2026.']);
  });

  it('does not name the same move among 420 tests, where one p of 0.008 is what chance gives', () => {
    const others = Array.from({ length: 419 }, (_, i) => nullMove(i, 0.02 + (i / 419) * 0.98));
    const result = whatChanged({
      headlines: [],
      stageMoves: [],
      pillarMoves: [{ ...pillarMove, p: 0.008 }, ...others],
      locale: 'en-GB',
      t,
    });
    expect(result.sentences).toEqual([NO_CHANGE_SENTENCE]);
    expect(result.tests).toBe(420);
  });

  it('names a move strong enough to stand out among 420 tests', () => {
    const others = Array.from({ length: 419 }, (_, i) => nullMove(i, 0.02 + (i / 419) * 0.98));
    const result = whatChanged({
      headlines: [],
      stageMoves: [],
      pillarMoves: [{ ...pillarMove, p: 1e-5 }, ...others],
      locale: 'en-GB',
      t,
    });
    expect(result.sentences).toEqual([
      'Culture over strategy (Retail stores) fell 6.2 points to 53.8 in Nov 2026.',
    ]);
  });

  it('counts metric and pillar tests in one family, and an untested pillar change in neither', () => {
    const loyalty = summary(metric('loyalty-index', 'Loyalty index'), 31.4, 3, 2.2, 'better');
    const untested: PillarNews = { ...pillarMove, judgedBy: null, p: null, significant: false };
    const result = whatChanged({
      headlines: [loyalty],
      stageMoves: [],
      pillarMoves: [{ ...pillarMove, p: 0.9, significant: false }, untested],
      locale: 'en-GB',
      t,
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
