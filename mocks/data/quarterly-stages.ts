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
  // Every pillar has the same months: each month's quarter is worked out once, not once per pillar.
  const quarterOfMonth = new Map<string, string>();
  const quarterOfPeriod = (period: string) => {
    let quarter = quarterOfMonth.get(period);
    if (quarter === undefined) {
      quarter = quarterOf(period);
      quarterOfMonth.set(period, quarter);
    }
    return quarter;
  };
  const byQuarter = new Map(
    pillars.map((series) => [series.pillar, groupByQuarter(series.points, quarterOfPeriod)]),
  );
  return quarters.flatMap((quarter) => {
    const scores: Partial<Record<PillarId, number>> = {};
    for (const pillar of pillarIds) {
      const score = weightedScore(byQuarter.get(pillar)?.get(quarter) ?? []);
      if (score === null) return [];
      scores[pillar] = score;
    }
    return [{ period: quarter, pillars: scores as Record<PillarId, number> }];
  });
}

function groupByQuarter(
  points: PillarSeries['points'],
  quarterOfPeriod: (period: string) => string,
): Map<string, PillarSeries['points']> {
  const groups = new Map<string, PillarSeries['points'][number][]>();
  for (const point of points) {
    const quarter = quarterOfPeriod(point.period);
    const group = groups.get(quarter);
    if (group) group.push(point);
    else groups.set(quarter, [point]);
  }
  return groups;
}

function weightedScore(points: PillarSeries['points']): number | null {
  let respondents = 0;
  let weighted = 0;
  for (const point of points) {
    if (point.score === null || point.respondents === 0) continue;
    respondents += point.respondents;
    weighted += point.respondents * point.score;
  }
  return respondents === 0 ? null : roundTo(weighted / respondents, 1);
}
