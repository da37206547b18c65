// Weekly metric series: each unit's sampled around its timeline, the whole organisation pooled from
// its units, and both published as contract points (rounded, with 95% intervals).
import type { MetricPoint, MetricSeries } from '@/api/schemas';
import { metricDefinition, type MetricId } from './definitions';
import {
  lapsedShare,
  metricModels,
  weeklyAcquisitionShare,
  type MetricModel,
  type Population,
} from './metric-models';
import type { UnitProfile } from './organisation';
import { createRng } from './random';
import { clamp, roundTo, z95, type Estimate } from './statistics';
import type { UnitTimeline } from './timeline';

/** A week as the generator sees it. */
export interface WeekFrame {
  /** The week's Monday, 'YYYY-MM-DD'. */
  period: string;
  /** The middle of the week, in days relative to the latest week's Monday. */
  midDay: number;
  /** Where the week lies in its year (0–1): the phase of seasonality. */
  yearFraction: number;
}

/**
 * A metric's weekly estimates for one unit (or the whole organisation) before rounding, one typed
 * array per field: `n[i] === 0` is a week without data. Arrays rather than an object per week: the
 * large organisation's headline tiles pool 60 units × 4 metrics × 260 weeks, and that many small
 * objects, kept in the memo, cost more in garbage collection than in arithmetic.
 */
export interface RawSeries {
  readonly value: Float64Array;
  readonly se: Float64Array;
  readonly n: Float64Array;
}

function rawSeries(weekCount: number): RawSeries {
  return {
    value: new Float64Array(weekCount),
    se: new Float64Array(weekCount),
    n: new Float64Array(weekCount),
  };
}

/** Sample sizes per week for each population a metric can count. */
export type PopulationSizes = Record<Population, number[]>;

/**
 * What all of a unit's metrics read of its timeline, week by week: worked out once per unit rather
 * than looked up for every metric and week (a large organisation's headline tiles pool 60 units ×
 * 4 metrics × 260 weeks).
 */
export interface WeekConditions {
  customerMaturity: readonly number[];
  shock: readonly number[];
  surveyGap: readonly boolean[];
  /** Where the week lies in the unit's yearly cycle: cos(2π(yearFraction − seasonPeak)), 1 at the peak. */
  season: readonly number[];
}

export function weekConditions(
  profile: UnitProfile,
  timeline: UnitTimeline,
  weeks: readonly WeekFrame[],
): WeekConditions {
  return {
    customerMaturity: weeks.map((w) => timeline.customerMaturityAt(w.midDay)),
    shock: weeks.map((w) => timeline.shockAt(w.midDay)),
    surveyGap: weeks.map((w) => timeline.surveyGapAt(w.midDay)),
    season: weeks.map((w) => Math.cos(2 * Math.PI * (w.yearFraction - profile.seasonPeak))),
  };
}

/**
 * The whole organisation's metric: per week, the n-weighted mean of the units that have data, n
 * summed, standard errors combined: √Σ(nᵢ/N)²seᵢ².
 */
export function poolUnitMetric(units: readonly RawSeries[], weekCount: number): RawSeries {
  const pooled = rawSeries(weekCount);
  for (let week = 0; week < weekCount; week++) {
    let n = 0;
    for (const unit of units) n += unit.n[week]!;
    if (n === 0) continue;
    let value = 0;
    let variance = 0;
    for (const unit of units) {
      const unitN = unit.n[week]!;
      if (unitN === 0) continue;
      const weight = unitN / n;
      const se = unit.se[week]!;
      value += weight * unit.value[week]!;
      variance += weight * weight * se * se;
    }
    pooled.value[week] = value;
    pooled.se[week] = Math.sqrt(variance);
    pooled.n[week] = n;
  }
  return pooled;
}

export function publishMetric(
  raw: RawSeries,
  weeks: readonly WeekFrame[],
  metric: MetricId,
): MetricSeries {
  return {
    metric,
    points: weeks.map((week, i) =>
      publishPoint(
        week.period,
        raw.n[i] ? { value: raw.value[i]!, n: raw.n[i]!, se: raw.se[i]! } : null,
        metric,
      ),
    ),
  };
}

/** Sample sizes per week for each population a metric can count. */
export function populationSizes(
  seed: number,
  profile: UnitProfile,
  timeline: UnitTimeline,
  weeks: readonly WeekFrame[],
): PopulationSizes {
  const rng = createRng(seed, 'survey-n', profile.id);
  const respondents = weeks.map((week) => {
    const [min, max] = timeline.surveyRangeAt(week.midDay);
    return rng.int(min, max);
  });
  const customers = weeks.map((week) =>
    Math.round(profile.customerBase * (1 + profile.baseGrowth) ** (week.midDay / 365.25)),
  );
  return {
    respondents,
    customers,
    'new-customers': customers.map((base) => Math.round(base * weeklyAcquisitionShare)),
    'lapsed-customers': customers.map((base) => Math.round(base * lapsedShare)),
  };
}

/**
 * One metric of a unit. Each metric draws from its own random stream, so a metric sampled alone is
 * the same as sampled with the others, and the mock computes only the metrics asked for.
 */
export function sampleUnitMetric(
  seed: number,
  profile: UnitProfile,
  timeline: UnitTimeline,
  weeks: readonly WeekFrame[],
  metric: MetricId,
  sizes: PopulationSizes,
  conditions: WeekConditions,
): RawSeries {
  const model = metricModels[metric];
  const [low, high] = modelBounds(model, metric);
  const rng = createRng(seed, 'metric', profile.id, metric);
  const { sd, persistence } = model.wobble;
  const innovationSd = Math.sqrt(1 - persistence ** 2) * sd;
  const population = sizes[model.population];
  const surveyed = model.population === 'respondents';
  const { customerMaturity, shock, season, surveyGap } = conditions;
  const series = rawSeries(weeks.length);
  let wobble = rng.normal(0, sd);
  for (let i = 0; i < weeks.length; i++) {
    // Drawn every week, also in a gap, so a gap never shifts the noise of the weeks after it.
    const innovation = rng.normal();
    const sampling = rng.normal();
    wobble = persistence * wobble + innovationSd * innovation;
    const n = population[i] ?? 0;
    if (n === 0 || (surveyed && surveyGap[i])) continue;
    // What the unit's customers would report this week without sampling noise or wobble.
    const latent = customerMaturity[i]! + profile.outcomeOffset + model.shockWeight * shock[i]!;
    const expected =
      model.level(latent) +
      model.seasonAmplitude * season[i]! +
      timeline.levelShiftAt(metric, weeks[i]!.midDay);
    const level = expected + wobble;
    const observed = clamp(level + sampling * model.se(level, n), low, high);
    series.value[i] = observed;
    series.se[i] = model.se(observed, n);
    series.n[i] = n;
  }
  return series;
}

/** The metric's range on the model's scale (a ratio's on ln, above zero). */
function modelBounds(model: MetricModel, metric: MetricId): [number, number] {
  const { min, max } = metricDefinition(metric);
  return model.scale === 'log' ? [Math.log(Math.max(min, 0.5)), Math.log(max)] : [min, max];
}

function publishPoint(period: string, estimate: Estimate | null, metric: MetricId): MetricPoint {
  if (estimate === null) return { period, value: null, n: 0 };
  const model = metricModels[metric];
  const { min, max } = metricDefinition(metric);
  const toMetric = model.scale === 'log' ? Math.exp : (x: number) => x;
  const publish = (x: number) => clamp(roundTo(toMetric(x), model.decimals), min, max);
  const value = publish(estimate.value);
  const ciLow = publish(estimate.value - z95 * estimate.se);
  const ciHigh = publish(estimate.value + z95 * estimate.se);
  // Rounding could put an end on the wrong side of the value by a hair; the interval always holds it.
  return {
    period,
    value,
    n: estimate.n,
    ciLow: Math.min(ciLow, value),
    ciHigh: Math.max(ciHigh, value),
  };
}
