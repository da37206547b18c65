// Small hand-written contract payloads for schema and component tests.
import type { Catalog, MetricDefinition, MetricsResponse } from '@/api/schemas';

/** A headline metric: a net score, higher is better, reportable from 50 responses. */
export const loyaltyIndexFixture: MetricDefinition = {
  id: 'loyalty-index',
  family: 'loyalty',
  name: 'Loyalty index',
  unit: 'points',
  min: -100,
  max: 100,
  direction: 'higher-is-better',
  headline: true,
  minReportableN: 50,
  description: 'Net share of customers who would buy more, not switch and recommend.',
};

export const catalogFixture: Catalog = {
  organisation: { id: 'acme', name: 'Acme Group', currency: 'EUR' },
  units: [
    { id: 'all', name: 'Acme Group', parentId: null },
    { id: 'retail', name: 'Retail stores', parentId: 'all' },
  ],
  metrics: [
    loyaltyIndexFixture,
    {
      id: 'churn-rate',
      family: 'retention',
      name: 'Churn rate',
      unit: 'percent',
      min: 0,
      max: 100,
      direction: 'lower-is-better',
      headline: true,
      minReportableN: 200,
      description: 'Share of customers lost in the last four weeks.',
    },
  ],
  pillars: [
    { id: 'culture', name: 'Culture over strategy', description: 'People carry the commitment.' },
  ],
  stages: [
    { id: 'awareness', name: 'Customer awareness', order: 1, minScore: 0 },
    { id: 'sensitivity', name: 'Customer sensitivity', order: 2, minScore: 40 },
    { id: 'focus', name: 'Customer focus', order: 3, minScore: 60 },
    { id: 'obsession', name: 'Customer obsession', order: 4, minScore: 75 },
  ],
  targets: [
    { metric: 'loyalty-index', unit: null, value: 35, from: '2026-01-01', to: '2026-12-31' },
  ],
  dataAsOf: '2026-11-20T06:00:00Z',
};

export const metricsFixture: MetricsResponse = {
  unit: 'retail',
  grain: 'week',
  series: [
    {
      metric: 'loyalty-index',
      points: [
        { period: '2026-11-09', value: 29.8, n: 398, ciLow: 26.1, ciHigh: 33.5 },
        { period: '2026-11-16', value: 31.4, n: 412, ciLow: 27.9, ciHigh: 34.9 },
      ],
    },
  ],
};
