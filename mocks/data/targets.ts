// Targets: per calendar year for each headline metric (every unit), plus a few unit-specific ones
// for the current year, set near what the unit was expected to reach so some are met and some not.
import type { Target } from '@/api/schemas';
import { yearOf } from './calendar';
import { metricDefinitions, type MetricId } from './definitions';
import { metricModels } from './metric-models';
import type { Organisation, UnitProfile } from './organisation';
import { createRng } from './random';
import { roundTo } from './statistics';
import type { UnitTimeline } from './timeline';
import type { WeekFrame } from './weekly-metrics';

/** How far a target may sit from the expected level, per headline metric: a year's ambition. */
const stretchScale: Partial<Record<MetricId, number>> = {
  'loyalty-index': 1.2,
  'bonding-index': 0.8,
  'advocacy-share': 0.8,
  'retention-rate': 0.35,
};

export function buildTargets(
  seed: number,
  organisation: Organisation,
  timelines: ReadonlyMap<string, UnitTimeline>,
  weeks: readonly WeekFrame[],
): Target[] {
  const headlines = metricDefinitions.filter((m) => m.headline).map((m) => m.id);
  const years = [...new Set(weeks.map((w) => yearOf(w.period)))];
  const latestYear = years[years.length - 1];
  const expected = (units: readonly UnitProfile[], metric: MetricId, year: number) =>
    expectedLevel(units, metric, yearMidDay(weeks, year), timelines);
  const organisationWide = years.flatMap((year) =>
    headlines.map((metric) =>
      target(seed, metric, null, year, expected(organisation.units, metric, year)),
    ),
  );
  const unitSpecific =
    latestYear === undefined
      ? []
      : organisation.unitTargets.flatMap(({ unit, metric }) => {
          const profile = organisation.units.find((u) => u.id === unit);
          return profile === undefined
            ? []
            : [target(seed, metric, unit, latestYear, expected([profile], metric, latestYear))];
        });
  return [...organisationWide, ...unitSpecific];
}

function target(
  seed: number,
  metric: MetricId,
  unit: string | null,
  year: number,
  expected: number,
): Target {
  const rng = createRng(seed, 'target', unit ?? 'every-unit', metric, year);
  const direction =
    metricDefinitions.find((m) => m.id === metric)?.direction === 'lower-is-better' ? -1 : 1;
  // Mostly a stretch beyond the expected level, sometimes below it: about a third end up met.
  const stretch = rng.uniform(-1.5, 3) * (stretchScale[metric] ?? 1) * direction;
  const step = metric === 'retention-rate' ? 0.5 : 1;
  return {
    metric,
    unit,
    value: roundTo(Math.round((expected + stretch) / step) * step, 1),
    from: `${year}-01-01`,
    to: `${year}-12-31`,
  };
}

/** The noise-free level of a metric for units, weighted by how many each one's figure counts. */
function expectedLevel(
  units: readonly UnitProfile[],
  metric: MetricId,
  day: number,
  timelines: ReadonlyMap<string, UnitTimeline>,
): number {
  const model = metricModels[metric];
  let weighted = 0;
  let weights = 0;
  for (const unit of units) {
    const timeline = timelines.get(unit.id);
    if (timeline === undefined) continue;
    const weight =
      model.population === 'respondents'
        ? (unit.surveyN[0] + unit.surveyN[1]) / 2
        : unit.customerBase;
    const level = model.level(timeline.maturityAt(day) + unit.outcomeOffset);
    weighted += weight * (model.scale === 'log' ? Math.exp(level) : level);
    weights += weight;
  }
  return weights === 0 ? 0 : weighted / weights;
}

/** The middle of the part of a year that has data. */
function yearMidDay(weeks: readonly WeekFrame[], year: number): number {
  const days = weeks.filter((w) => yearOf(w.period) === year).map((w) => w.midDay);
  return days.length === 0 ? 0 : (Math.min(...days) + Math.max(...days)) / 2;
}
