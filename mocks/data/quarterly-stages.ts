// Quarterly stage assessments: a quarter's pillar scores (respondent-weighted over its months) fed
// to the stage rule.
import type { StagePoint } from '@/api/schemas';
import { quarterOf } from './calendar';
import { pillarIds, type PillarId } from './definitions';
import type { PillarSeries } from './monthly-pillars';
import { roundTo } from './statistics';
import { assessStages, type QuarterPillars } from './stage-rule';

export function assessUnitStages(
  pillars: readonly PillarSeries[],
  quarters: readonly string[],
): StagePoint[] {
  return assessStages(quarterlyPillars(pillars, quarters));
}

/** Each quarter's score per pillar; a quarter missing any pillar's scores is left out. */
export function quarterlyPillars(
  pillars: readonly PillarSeries[],
  quarters: readonly string[],
): QuarterPillars[] {
  const byPillar = new Map(pillars.map((series) => [series.pillar, series.points]));
  // Every pillar has the same months: each month's quarter is worked out once, not once per pillar.
  const quarterIndex = new Map(quarters.map((quarter, i) => [quarter, i]));
  const monthQuarter = new Map<string, number | undefined>();
  const quarterOfMonth = (period: string) => {
    if (!monthQuarter.has(period)) monthQuarter.set(period, quarterIndex.get(quarterOf(period)));
    return monthQuarter.get(period);
  };
  // Per pillar and quarter: respondents and respondent-weighted score sums.
  const respondents = pillarIds.map(() => new Float64Array(quarters.length));
  const weighted = pillarIds.map(() => new Float64Array(quarters.length));
  pillarIds.forEach((pillar, p) => {
    for (const point of byPillar.get(pillar) ?? []) {
      const q = quarterOfMonth(point.period);
      if (q === undefined || point.score === null || point.respondents === 0) continue;
      respondents[p]![q]! += point.respondents;
      weighted[p]![q]! += point.respondents * point.score;
    }
  });
  return quarters.flatMap((quarter, q) => {
    const scores: Partial<Record<PillarId, number>> = {};
    for (let p = 0; p < pillarIds.length; p++) {
      const n = respondents[p]![q]!;
      if (n === 0) return [];
      scores[pillarIds[p]!] = roundTo(weighted[p]![q]! / n, 1);
    }
    return [{ period: quarter, pillars: scores as Record<PillarId, number> }];
  });
}
