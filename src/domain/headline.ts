// Summarises one metric's weekly series for a headline: latest value, changes with significance, target.
import type { MetricDefinition, MetricPoint, Target } from '@/api/schemas';
import { FAMILIES } from './families';
import { addWeeksIso, isoWeekStart, sameWeekLastYear } from './periods';
import { displayedValue, shownPoint } from './precision';
import {
  compareEstimates,
  comparePoints,
  isReportable,
  pointSe,
  targetStatus,
  type Change,
  type TargetStatus,
} from './stats';

/** The catalog's headline metrics in family order (loyalty, bonding, advocacy, retention). */
export function headlineMetrics(metrics: readonly MetricDefinition[]): MetricDefinition[] {
  return FAMILIES.flatMap((family) => metrics.filter((m) => m.family === family && m.headline));
}

/** Weeks a sparkline shows. */
export const SPARKLINE_WEEKS = 13;

/** The first week a headline needs: a year back plus a sparkline's length, from the data's date. */
export function headlineFrom(dataAsOf: string): string {
  return addWeeksIso(isoWeekStart(dataAsOf.slice(0, 10)), -(52 + SPARKLINE_WEEKS + 1));
}

/** The target that holds for a metric, unit and week: a unit's own target before one for every unit. */
export function findTarget(
  targets: readonly Target[],
  metricId: string,
  unitId: string,
  period: string,
): Target | null {
  const holding = targets.filter(
    (t) => t.metric === metricId && t.from <= period && period <= t.to,
  );
  return holding.find((t) => t.unit === unitId) ?? holding.find((t) => t.unit === null) ?? null;
}

export interface HeadlineSummary {
  metric: MetricDefinition;
  /** The latest week with a value, or null when the series has none. */
  latest: (MetricPoint & { value: number }) | null;
  /** The latest value's sample is below the metric's minimum reportable size: no change calls. */
  lowSample: boolean;
  /** The latest week in the series has no value (so `latest` is an earlier week). */
  latestIsGap: boolean;
  vsLastWeek: Change & { reference: MetricPoint | null; why?: NotComparableWhy };
  /** Against the mean of the four weeks before (reportable weeks only). */
  vsFourWeekAverage: Change & {
    reference: { value: number; weeks: number } | null;
    why?: NotComparableWhy;
  };
  vsYearAgo: Change & { reference: MetricPoint | null; why?: NotComparableWhy };
  target: { value: number; status: TargetStatus; gap: number } | null;
  /** The last weeks up to the latest, for a sparkline (gaps included as null values). */
  recent: MetricPoint[];
}

const noChange = { verdict: 'not-comparable' as const, delta: null, z: null, reference: null };

/**
 * Why a comparison makes no call (set only with the verdict 'not-comparable'): a week or its value
 * is missing, or its sample is below the metric's minimum; `side` says which week falls short.
 */
export type NotComparableWhy =
  | { kind: 'missing'; side: 'current' | 'reference' }
  | { kind: 'low-sample'; side: 'current' | 'reference'; n: number; min: number }
  /** The four-week average: too few of the weeks before are reportable, `weeks` of them too small. */
  | { kind: 'low-sample-weeks'; side: 'reference'; weeks: number; min: number };

/** Why two weekly points cannot be compared, the current week first; undefined when they can. */
export function whyNotComparable(
  current: MetricPoint | null | undefined,
  reference: MetricPoint | null | undefined,
  minReportableN: number,
): NotComparableWhy | undefined {
  const sides = [
    ['current', current],
    ['reference', reference],
  ] as const;
  for (const [side, p] of sides) {
    if (p == null || p.value == null) return { kind: 'missing', side };
    if (p.n < minReportableN) return { kind: 'low-sample', side, n: p.n, min: minReportableN };
  }
  return undefined;
}

/** Why the four weeks before `period` give no average: missing weeks, or too small samples. */
function whyNoFourWeekAverage(
  byPeriod: ReadonlyMap<string, MetricPoint>,
  period: string,
  minReportableN: number,
): NotComparableWhy {
  const small = [1, 2, 3, 4]
    .map((k) => byPeriod.get(addWeeksIso(period, -k)))
    .filter((p) => p != null && p.value != null && p.n < minReportableN).length;
  return small
    ? { kind: 'low-sample-weeks', side: 'reference', weeks: small, min: minReportableN }
    : { kind: 'missing', side: 'reference' };
}

/**
 * The mean of the reportable weeks among the four before `period`, with its standard error
 * (independent weeks: √(Σ seᵢ²) / k), or null when fewer than two such weeks have an interval.
 */
export function fourWeekAverage(
  byPeriod: ReadonlyMap<string, MetricPoint>,
  period: string,
  minReportableN: number,
): { value: number; se: number | null; weeks: number } | null {
  const weeks = [1, 2, 3, 4]
    .map((k) => byPeriod.get(addWeeksIso(period, -k)))
    .filter((p) => isReportable(p, minReportableN));
  if (weeks.length < 2) return null;
  const value = weeks.reduce((a, p) => a + p!.value!, 0) / weeks.length;
  const ses = weeks.map((p) => pointSe(p!));
  const se = ses.every((x) => x != null)
    ? Math.sqrt(ses.reduce((a, x) => a + x! ** 2, 0)) / weeks.length
    : null;
  return { value, se, weeks: weeks.length };
}

export function summariseHeadline(
  metric: MetricDefinition,
  points: readonly MetricPoint[],
  targets: readonly Target[],
  unitId: string,
  /** Summarise as of this week (its Monday) instead of the latest. */
  asOfWeek?: string,
): HeadlineSummary {
  const sorted = [...points]
    .filter((p) => !asOfWeek || p.period <= asOfWeek)
    .sort((a, b) => a.period.localeCompare(b.period));
  let latestIndex = -1;
  for (let i = sorted.length - 1; i >= 0; i--) {
    if (sorted[i]!.value != null) {
      latestIndex = i;
      break;
    }
  }
  const latest = latestIndex >= 0 ? (sorted[latestIndex] as MetricPoint & { value: number }) : null;
  const recent = sorted.slice(Math.max(0, sorted.length - SPARKLINE_WEEKS));
  if (!latest) {
    return {
      metric,
      latest: null,
      lowSample: false,
      latestIsGap: sorted.length > 0,
      vsLastWeek: noChange,
      vsFourWeekAverage: noChange,
      vsYearAgo: noChange,
      target: null,
      recent,
    };
  }

  const byPeriod = new Map(sorted.map((p) => [p.period, p]));
  const lastWeek = byPeriod.get(addWeeksIso(latest.period, -1)) ?? null;
  const yearAgo = byPeriod.get(sameWeekLastYear(latest.period)) ?? null;
  const compare = (reference: MetricPoint | null) => {
    const change = comparePoints(
      latest,
      reference ?? undefined,
      metric.direction,
      metric.minReportableN,
    );
    const why =
      change.verdict === 'not-comparable'
        ? whyNotComparable(latest, reference, metric.minReportableN)
        : undefined;
    return { ...change, reference, ...(why && { why }) };
  };

  const average = fourWeekAverage(byPeriod, latest.period, metric.minReportableN);
  const vsFourWeekAverage =
    average && isReportable(latest, metric.minReportableN)
      ? {
          ...compareEstimates(
            { value: latest.value, se: pointSe(latest) },
            { value: average.value, se: average.se },
            metric.direction,
          ),
          reference: { value: average.value, weeks: average.weeks },
        }
      : {
          ...noChange,
          why: isReportable(latest, metric.minReportableN)
            ? whyNoFourWeekAverage(byPeriod, latest.period, metric.minReportableN)
            : whyNotComparable(latest, null, metric.minReportableN)!,
        };

  const target = findTarget(targets, metric.id, unitId, latest.period);
  const shown = (v: number) => displayedValue(v, metric);
  return {
    metric,
    latest,
    lowSample: !isReportable(latest, metric.minReportableN),
    latestIsGap: latestIndex !== sorted.length - 1,
    vsLastWeek: compare(lastWeek),
    vsFourWeekAverage,
    vsYearAgo: compare(yearAgo),
    target: target
      ? {
          value: target.value,
          // Decided on the figures as shown (the metric's decimals), so the status agrees with them.
          status: targetStatus(shownPoint(latest, metric), shown(target.value), metric.direction),
          gap: shown(shown(latest.value) - shown(target.value)),
        }
      : null,
    recent,
  };
}
