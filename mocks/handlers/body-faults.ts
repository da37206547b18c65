// What the body-altering faults make of a healthy body, per endpoint: pure functions from the body a
// handler built to the wrong, odd or empty one the scenario sends instead.
import type {
  AnnotationsResponse,
  Catalog,
  EndpointName,
  MetricDefinition,
  MetricsResponse,
  PillarsResponse,
  StagesResponse,
  UnitPillarsResponse,
  UnitStagesResponse,
} from '@/api/schemas';
import type { Fault } from '../scenarios';

/** A body to send as JSON, or as text where JSON.stringify cannot write it (a non-finite number). */
export type FaultyBody = { json: unknown } | { text: string };

/** A point or series seen as plain JSON, so a fault can give a field a type the contract forbids. */
type Loose = Record<string, unknown>;

/** The stage id `unknown-stage` reports: not in any catalog. */
export const unknownStage = 'transcendence';
/** The score `out-of-range` gives a pillar, on a 0–100 scale. */
export const outOfRangeScore = 180;
/** How `non-finite` writes a number: valid JSON syntax, but JSON.parse makes it Infinity. */
export const nonFiniteLiteral = '1e999';
/** How many of the latest weeks `gaps` blanks. */
export const gapWeeks = 3;

/** The body a fault sends instead of the healthy one, or null where it means nothing for the endpoint. */
export function alterBody(
  endpoint: EndpointName,
  fault: Fault,
  body: unknown,
  catalog: Catalog,
): FaultyBody | null {
  // The body is the handler's own healthy output, so it has the endpoint's shape.
  switch (endpoint) {
    case 'catalog':
      return alterCatalog(body as Catalog, fault);
    case 'metrics':
      return alterMetrics(body as MetricsResponse, fault, catalog);
    case 'pillars':
      return alterPillars(body as PillarsResponse, fault);
    case 'stages':
      return alterStages(body as StagesResponse, fault);
    case 'annotations':
      return alterAnnotations(body as AnnotationsResponse, fault);
    case 'unitStages':
      return alterUnitStages(body as UnitStagesResponse, fault);
    case 'unitPillars':
      return alterUnitPillars(body as UnitPillarsResponse, fault);
  }
}

export function alterCatalog(body: Catalog, fault: Fault): FaultyBody | null {
  if (fault !== 'wrong-type') return null;
  return { json: { ...body, dataAsOf: Date.parse(body.dataAsOf) } };
}

export function alterMetrics(
  body: MetricsResponse,
  fault: Fault,
  catalog: Catalog,
): FaultyBody | null {
  switch (fault) {
    case 'wrong-type':
      return editLatestFigures(body, 'value', (_series, [latest]) => {
        if (latest) latest.value = String(latest.value);
      });
    case 'out-of-range':
      return editLatestFigures(body, 'value', (series, [latest, before]) => {
        const definition = catalog.metrics.find((m) => m.id === series.metric);
        if (definition === undefined) return;
        const [high, low] = farOutside(definition);
        if (latest) latest.value = high;
        if (before) before.value = low;
      });
    case 'non-finite':
      return nonFinite(body);
    case 'missing-series':
      return body.series.length === 0 ? null : { json: { ...body, series: body.series.slice(1) } };
    case 'empty':
      return { json: { ...body, series: body.series.map((s) => ({ ...s, points: [] })) } };
    case 'gaps':
      return { json: { ...body, series: body.series.map(withRecentGaps) } };
    default:
      return null;
  }
}

export function alterPillars(body: PillarsResponse, fault: Fault): FaultyBody | null {
  switch (fault) {
    case 'wrong-type':
      return editLatestFigures(body, 'score', (_series, [latest]) => {
        if (latest) latest.score = String(latest.score);
      });
    case 'out-of-range':
      return editLatestFigures(body, 'score', (_series, [latest]) => {
        if (latest) latest.score = outOfRangeScore;
      });
    case 'missing-series':
      return body.series.length === 0 ? null : { json: { ...body, series: body.series.slice(1) } };
    case 'empty':
      return { json: { ...body, series: body.series.map((s) => ({ ...s, points: [] })) } };
    default:
      return null;
  }
}

/** Several units' stages: each unit's as `alterStages` alters one unit's answer. */
export function alterUnitStages(body: UnitStagesResponse, fault: Fault): FaultyBody | null {
  let altered = false;
  const units = body.units.map(({ unit, points }) => {
    const one = alterStages({ unit, grain: body.grain, points }, fault);
    if (one === null || !('json' in one)) return { unit, points };
    altered = true;
    return { unit, points: (one.json as { points: unknown }).points };
  });
  return altered ? { json: { ...body, units } } : null;
}

/** A batch of pillars, each unit's series altered as GET /v1/pillars would alter them. */
export function alterUnitPillars(body: UnitPillarsResponse, fault: Fault): FaultyBody | null {
  let altered = false;
  const units = body.units.map(({ unit, series }) => {
    const one = alterPillars({ unit, grain: body.grain, series }, fault);
    if (one === null || !('json' in one)) return { unit, series };
    altered = true;
    return { unit, series: (one.json as { series: unknown }).series };
  });
  return altered ? { json: { ...body, units } } : null;
}

export function alterStages(body: StagesResponse, fault: Fault): FaultyBody | null {
  const latest = body.points.at(-1);
  const withLatest = (changes: Loose): FaultyBody => ({
    json: { ...body, points: [...body.points.slice(0, -1), { ...latest, ...changes }] },
  });
  switch (fault) {
    case 'wrong-type':
      return latest ? withLatest({ score: String(latest.score) }) : null;
    case 'unknown-stage':
      return latest ? withLatest({ stage: unknownStage }) : null;
    case 'empty':
      return { json: { ...body, points: [] } };
    default:
      return null;
  }
}

export function alterAnnotations(body: AnnotationsResponse, fault: Fault): FaultyBody | null {
  switch (fault) {
    case 'wrong-type': {
      const [first, ...rest] = body.annotations;
      if (first === undefined) return null;
      return { json: { annotations: [{ ...first, date: Date.parse(first.date) }, ...rest] } };
    }
    case 'empty':
      return { json: { annotations: [] } };
    default:
      return null;
  }
}

/**
 * Values far outside a metric's range: one and a half spans above its maximum, and the mirror of that
 * below (250 and −250 on 0–100), so no rounding or tolerance can take them for real figures.
 */
export function farOutside({ min, max }: Pick<MetricDefinition, 'min' | 'max'>): [number, number] {
  const high = max + 1.5 * (max - min);
  return [high, Math.min(-high, min - 1.5 * (max - min))];
}

/**
 * A copy of a series-shaped body, with `edit` applied to the first series that has figures (points
 * whose `key` is a number) and its two latest figures, newest first. Null when no series has one: the
 * fault cannot show, so the body stays healthy.
 */
function editLatestFigures<S extends { points: Loose[] }>(
  body: { series: S[] },
  key: string,
  edit: (series: S, latest: Loose[]) => void,
): FaultyBody | null {
  const copy = structuredClone(body);
  const series = copy.series.find((s) => s.points.some((p) => typeof p[key] === 'number'));
  if (series === undefined) return null;
  const figures = series.points.filter((p) => typeof p[key] === 'number');
  edit(series, figures.slice(-2).reverse());
  return { json: copy };
}

/** The latest figure of the first series written as a number JSON.parse cannot keep finite. */
function nonFinite(body: MetricsResponse): FaultyBody | null {
  // JSON.stringify writes Infinity as null, so a placeholder string marks where the literal goes.
  const placeholder = 'mock:non-finite';
  const altered = editLatestFigures(body, 'value', (_series, [latest]) => {
    if (latest) latest.value = placeholder;
  });
  if (altered === null || !('json' in altered)) return null;
  return { text: JSON.stringify(altered.json).replace(`"${placeholder}"`, nonFiniteLiteral) };
}

/** A series whose latest weeks have no data: value null, n 0 and no interval, as the contract writes a gap. */
function withRecentGaps<S extends MetricsResponse['series'][number]>(series: S): S {
  const firstGap = series.points.length - gapWeeks;
  return {
    ...series,
    points: series.points.map((point, index) =>
      index >= firstGap ? { period: point.period, value: null, n: 0 } : point,
    ),
  };
}
