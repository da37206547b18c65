// Contract v1 over the foreign organisation's data: one request in, one answer out (status and
// JSON body), with the contract's query rules (unit, from/to, metric, the default 52 weeks) and error
// bodies. The e2e fixture serves it over HTTP; unit tests call it directly.
import {
  UNIT_STAGES_FEATURE,
  type AnnotationsResponse,
  type Catalog,
  type ErrorBody,
  type MetricsResponse,
  type PillarsResponse,
  type StagesResponse,
  type UnitStagesResponse,
} from '@/api/schemas';
import { readWindow as readMockWindow, type PeriodWindow } from '../handlers/context';
import { foreignRoot, foreignUnitAndBelow, type ForeignData } from './foreign-data';

export interface ForeignAnswer {
  status: number;
  body: unknown;
}

/** The contract's optional endpoints this server may offer; by default none (a core-v1 server). */
export type ForeignFeature = typeof UNIT_STAGES_FEATURE;

function error(status: number, code: string, message: string): ForeignAnswer {
  const body: ErrorBody = { error: { code, message } };
  return { status, body };
}

type Window = PeriodWindow;

/** The window asked for, read as the mock reads it, or the contract's 400. */
function readWindow(params: URLSearchParams, latestWeek: string): Window | ForeignAnswer {
  const window = readMockWindow(params, latestWeek);
  return typeof window === 'string' ? error(400, 'bad-query', window) : window;
}

const inWindow = (day: string, w: Window) => day >= w.from && day <= w.to;

/** Answers a GET to the foreign API (the URL's path and query are read; the host is not). */
export function answerForeign(
  data: ForeignData,
  url: URL,
  features: readonly ForeignFeature[] = [],
): ForeignAnswer {
  const params = url.searchParams;
  if (url.pathname === '/v1/catalog') {
    const catalog: Catalog = features.length
      ? { ...data.catalog, features: [...features] }
      : data.catalog;
    return { status: 200, body: catalog };
  }
  const endpoints = ['/v1/metrics', '/v1/pillars', '/v1/stages', '/v1/annotations'];
  const batch = url.pathname === '/v1/unit-stages' && features.includes(UNIT_STAGES_FEATURE);
  if (!endpoints.includes(url.pathname) && !batch) {
    return error(404, 'not-found', `no such endpoint: ${url.pathname}`);
  }
  const window = readWindow(params, data.latestWeek);
  if ('status' in window) return window;

  if (batch) {
    const ids = (params.get('units') ?? '').split(',').map((s) => s.trim());
    if (ids.some((id) => id === '')) return error(400, 'bad-query', 'units: expected unit ids');
    const unknown = ids.find((id) => !data.hasUnit(id));
    if (unknown !== undefined)
      return error(404, 'not-found', `unknown unit ${JSON.stringify(unknown)}`);
    const body: UnitStagesResponse = {
      grain: 'quarter',
      units: ids.map((unit) => ({
        unit,
        points: data.stagePoints(unit).filter((p) => inWindow(p.period, window)),
      })),
    };
    return { status: 200, body };
  }

  const unit = params.get('unit') ?? foreignRoot;
  if (!data.hasUnit(unit))
    return error(404, 'not-found', `unit: unknown unit ${JSON.stringify(unit)}`);

  switch (url.pathname) {
    case '/v1/metrics': {
      const asked = params.get('metric');
      let series = data.metricSeries(unit);
      if (asked !== null) {
        const ids = [...new Set(asked.split(',').map((s) => s.trim()))];
        if (ids.some((id) => id === ''))
          return error(400, 'bad-query', 'metric: expected metric ids');
        const unknown = ids.find((id) => !series.some((s) => s.metric === id));
        if (unknown !== undefined) {
          return error(404, 'not-found', `metric: unknown metric ${JSON.stringify(unknown)}`);
        }
        series = series.filter((s) => ids.includes(s.metric));
      }
      const body: MetricsResponse = {
        unit,
        grain: 'week',
        series: series.map((s) => ({
          metric: s.metric,
          points: s.points.filter((p) => inWindow(p.period, window)),
        })),
      };
      return { status: 200, body };
    }
    case '/v1/pillars': {
      const body: PillarsResponse = {
        unit,
        grain: 'month',
        series: data.pillarSeries(unit).map((s) => ({
          pillar: s.pillar,
          points: s.points.filter((p) => inWindow(p.period, window)),
        })),
      };
      return { status: 200, body };
    }
    case '/v1/stages': {
      const body: StagesResponse = {
        unit,
        grain: 'quarter',
        points: data.stagePoints(unit).filter((p) => inWindow(p.period, window)),
      };
      return { status: 200, body };
    }
    default: {
      const concerned = foreignUnitAndBelow(unit);
      const body: AnnotationsResponse = {
        annotations: data.annotations.filter(
          (a) => (a.unit === null || concerned.has(a.unit)) && inWindow(a.date, window),
        ),
      };
      return { status: 200, body };
    }
  }
}
