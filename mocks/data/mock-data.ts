// The mock data set for one set of options: catalog and annotations built at once, each unit's series
// computed when first asked for, and the whole set memoised so requests never rebuild it.
import type { Annotation, Catalog, MetricSeries, StagePoint } from '@/api/schemas';
import {
  dataSetKey,
  resolveMockOptions,
  type MockOptions,
  type ResolvedMockOptions,
} from '../options';
import { buildAnnotations } from './annotations';
import {
  daysBetween,
  latestWeekFor,
  monthsCovering,
  quarterOf,
  weeksEndingWith,
  yearFraction,
} from './calendar';
import { buildCatalog } from './catalog';
import { metricIds, type MetricId } from './definitions';
import {
  assessUnitPillars,
  poolPillars,
  type MonthFrame,
  type PillarSeries,
} from './monthly-pillars';
import { largeOrganisation } from './large-organisation';
import { historyWeeks, wholeOrganisation, type Organisation } from './organisation';
import { assessUnitStages } from './quarterly-stages';
import { standardOrganisation } from './standard-organisation';
import { buildTargets } from './targets';
import { unitTimeline, type UnitTimeline } from './timeline';
import {
  poolUnitMetric,
  populationSizes,
  publishMetric,
  sampleUnitMetric,
  weekConditions,
  type RawSeries,
  type WeekFrame,
} from './weekly-metrics';

export interface MockData {
  readonly options: ResolvedMockOptions;
  readonly catalog: Catalog;
  /** The latest weekly period (a Monday). */
  readonly latestWeek: string;
  /** Every weekly period, oldest first. */
  readonly weeks: readonly string[];
  readonly months: readonly string[];
  readonly quarters: readonly string[];
  readonly annotations: readonly Annotation[];
  /** The units whose arc the story is about. */
  readonly story: Organisation['story'];
  hasUnit(unitId: string): boolean;
  /** Weekly series of a unit (or 'all'), every metric or the ones named, over every week. */
  metricSeries(unitId: string, metrics?: readonly MetricId[]): MetricSeries[];
  /** Monthly pillar series of a unit (or 'all'). */
  pillarSeries(unitId: string): readonly PillarSeries[];
  /** Quarterly stage assessments of a unit (or 'all'). */
  stagePoints(unitId: string): readonly StagePoint[];
}

/** Data sets kept: a wall display running for weeks on the default as-of date must not pile them up. */
const cacheSize = 4;
const cache = new Map<string, MockData>();

/** The data set for these options; the same options always give the same data. */
export function getMockData(options: MockOptions = {}): MockData {
  const resolved = resolveMockOptions(options);
  const key = dataSetKey(resolved);
  const cached = cache.get(key);
  if (cached !== undefined) {
    // Re-inserted, so the map's order is least recently used first.
    cache.delete(key);
    cache.set(key, cached);
    return cached;
  }
  const data = buildMockData(resolved);
  cache.set(key, data);
  for (const oldest of cache.keys()) {
    if (cache.size <= cacheSize) break;
    cache.delete(oldest);
  }
  return data;
}

export function buildMockData(options: ResolvedMockOptions): MockData {
  const { seed } = options;
  const organisation =
    options.size === 'large' ? largeOrganisation(seed, historyWeeks.large) : standardOrganisation();
  const latestWeek = latestWeekFor(options.asOfDate);
  const weeks = weekFrames(latestWeek, historyWeeks[options.size]);
  const months = monthFrames(latestWeek, weeks);
  const quarters = [...new Set(months.map((m) => quarterOf(m.period)))];
  const profiles = new Map(organisation.units.map((unit) => [unit.id, unit]));
  const timelines = new Map<string, UnitTimeline>(
    organisation.units.map((unit) => [unit.id, unitTimeline(unit, organisation.events)]),
  );
  const unitIds = organisation.units.map((u) => u.id);

  // Per unit and metric, computed when first asked for: the whole organisation's headline tiles need
  // one metric of every unit, not all eleven (which took ~200 ms at once on the large organisation).
  const sizes = memoise((unitId) =>
    populationSizes(seed, profileOf(profiles, unitId), timelineOf(timelines, unitId), weeks),
  );
  const conditions = memoise((unitId) =>
    weekConditions(profileOf(profiles, unitId), timelineOf(timelines, unitId), weeks),
  );
  const rawMetric = memoise((key): RawSeries => {
    const [unitId, metric] = splitKey(key);
    if (unitId === wholeOrganisation) {
      return poolUnitMetric(
        unitIds.map((id) => rawMetric(unitKey(id, metric))),
        weeks.length,
      );
    }
    return sampleUnitMetric(
      seed,
      profileOf(profiles, unitId),
      timelineOf(timelines, unitId),
      weeks,
      metric,
      sizes(unitId),
      conditions(unitId),
    );
  });
  const publishedMetric = memoise((key) => publishMetric(rawMetric(key), weeks, splitKey(key)[1]));
  const pillarSeries = memoise((unitId): PillarSeries[] => {
    if (unitId === wholeOrganisation) return poolPillars(unitIds.map(pillarSeries), months);
    return assessUnitPillars(
      seed,
      profileOf(profiles, unitId),
      timelineOf(timelines, unitId),
      months,
    );
  });
  const stagePoints = memoise((unitId) => assessUnitStages(pillarSeries(unitId), quarters));

  const hasUnit = (unitId: string) => unitId === wholeOrganisation || profiles.has(unitId);
  const known =
    <A extends unknown[], T>(read: (unitId: string, ...rest: A) => T) =>
    (unitId: string, ...rest: A) => {
      if (!hasUnit(unitId)) throw new Error(`unknown unit "${unitId}"`);
      return read(unitId, ...rest);
    };
  return {
    options,
    catalog: buildCatalog(
      organisation,
      buildTargets(seed, organisation, timelines, weeks),
      options.dataAsOf,
    ),
    latestWeek,
    weeks: weeks.map((w) => w.period),
    months: months.map((m) => m.period),
    quarters,
    annotations: buildAnnotations(organisation.events, latestWeek),
    story: organisation.story,
    hasUnit,
    metricSeries: known(
      (unitId: string, metrics: readonly MetricId[] = metricIds): MetricSeries[] =>
        metrics.map((metric) => publishedMetric(unitKey(unitId, metric))),
    ),
    pillarSeries: known(pillarSeries),
    stagePoints: known(stagePoints),
  };
}

function weekFrames(latestWeek: string, count: number): WeekFrame[] {
  return weeksEndingWith(latestWeek, count).map((period) => ({
    period,
    midDay: daysBetween(latestWeek, period) + 3.5,
    yearFraction: yearFraction(period),
  }));
}

function monthFrames(latestWeek: string, weeks: readonly WeekFrame[]): MonthFrame[] {
  const first = weeks[0]?.period ?? latestWeek;
  // Months start at the first week's quarter, so every quarter but the current one is complete.
  return monthsCovering(first, latestWeek).map((period) => ({
    period,
    midDay: daysBetween(latestWeek, period) + 14,
  }));
}

/** A memo key for a unit's metric (unit ids hold no '|'). */
function unitKey(unitId: string, metric: MetricId): string {
  return `${unitId}|${metric}`;
}

function splitKey(key: string): [unitId: string, metric: MetricId] {
  const at = key.lastIndexOf('|');
  return [key.slice(0, at), key.slice(at + 1) as MetricId];
}

function memoise<T>(compute: (key: string) => T): (key: string) => T {
  const values = new Map<string, T>();
  return (key) => {
    if (!values.has(key)) values.set(key, compute(key));
    return values.get(key) as T;
  };
}

function profileOf<T>(profiles: ReadonlyMap<string, T>, unitId: string): T {
  const profile = profiles.get(unitId);
  if (profile === undefined) throw new Error(`unknown unit "${unitId}"`);
  return profile;
}

function timelineOf(timelines: ReadonlyMap<string, UnitTimeline>, unitId: string): UnitTimeline {
  return profileOf(timelines, unitId);
}
