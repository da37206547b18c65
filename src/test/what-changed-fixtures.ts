// Movements for what changed: headline summaries, a stage move and a pillar move, shared by the
// domain's tests (which movements, in which order) and the wording's (which sentences).
import type { MetricDefinition, PillarDefinition } from '@/api/schemas';
import type { HeadlineSummary } from '@/domain/headline';
import type { PillarNews, StageNews } from '@/domain/what-changed';

export const metric = (
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

export function summary(
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

export const culture: PillarDefinition = {
  id: 'culture',
  name: 'Culture over strategy',
  description: '',
};
export const stageMove: StageNews = {
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
export const pillarMove: PillarNews = {
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
