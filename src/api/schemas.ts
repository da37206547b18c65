// The API contract v1 as runtime schemas: every response is parsed with these at the edge, the
// TypeScript types are derived from them, and the published OpenAPI document is generated from them.
import { z } from '@/lib/zod';

/** Calendar date `YYYY-MM-DD` that names a real day (a period is named by its first day). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, 'expected a real calendar date')
  .meta({ id: 'IsoDate', description: 'ISO 8601 calendar date YYYY-MM-DD', example: '2026-11-16' });

export const timestamp = z.iso.datetime({ offset: true }).meta({
  id: 'Timestamp',
  description: 'ISO 8601 timestamp with offset',
  example: '2026-11-20T06:00:00Z',
});

export const metricFamily = z
  .enum(['loyalty', 'bonding', 'advocacy', 'retention'])
  .meta({ id: 'MetricFamily' });
export const metricUnit = z.enum(['percent', 'points', 'index', 'ratio']).meta({
  id: 'MetricUnit',
  description:
    'percent 0–100; points: a net score −100–100; index 0–100; ratio ≥ 0 (shown as "12.5 : 1")',
});
export const direction = z.enum(['higher-is-better', 'lower-is-better']).meta({ id: 'Direction' });
export const annotationKind = z
  .enum(['initiative', 'incident', 'data-issue', 'method-change'])
  .meta({ id: 'AnnotationKind' });

export const organisationSchema = z
  .object({ id: z.string().min(1), name: z.string().min(1), currency: z.string().min(1) })
  .meta({ id: 'Organisation' });

export const businessUnitSchema = z
  .object({ id: z.string().min(1), name: z.string().min(1), parentId: z.string().nullable() })
  .meta({ id: 'BusinessUnit' });

export const metricDefinitionSchema = z
  .object({
    id: z.string().min(1),
    family: metricFamily,
    name: z.string().min(1),
    unit: metricUnit,
    min: z.number(),
    max: z.number(),
    direction,
    headline: z.boolean(),
    minReportableN: z.number().int().nonnegative(),
    description: z.string(),
  })
  .meta({ id: 'MetricDefinition' });

export const pillarDefinitionSchema = z
  .object({ id: z.string().min(1), name: z.string().min(1), description: z.string() })
  .meta({ id: 'PillarDefinition' });

export const stageDefinitionSchema = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1),
    order: z.number().int(),
    minScore: z.number().min(0).max(100),
  })
  .meta({ id: 'StageDefinition' });

export const targetSchema = z
  .object({
    metric: z.string().min(1),
    unit: z.string().nullable().meta({ description: 'null: the target holds for every unit' }),
    value: z.number(),
    from: isoDate,
    to: isoDate,
  })
  .meta({ id: 'Target' });

export const catalogSchema = z
  .object({
    organisation: organisationSchema,
    units: z.array(businessUnitSchema).min(1),
    metrics: z.array(metricDefinitionSchema).min(1),
    pillars: z.array(pillarDefinitionSchema),
    stages: z.array(stageDefinitionSchema).min(4).max(5),
    targets: z.array(targetSchema),
    dataAsOf: timestamp,
  })
  .superRefine((catalog, ctx) => {
    const families = metricFamily.options;
    for (const family of families) {
      const headlines = catalog.metrics.filter((m) => m.family === family && m.headline);
      if (headlines.length > 1) {
        ctx.addIssue({
          code: 'custom',
          path: ['metrics'],
          message: `expected at most one headline metric for family ${family}, received ${headlines.length}`,
        });
      }
    }
  })
  .meta({ id: 'Catalog' });

export const metricPointSchema = z
  .object({
    period: isoDate,
    value: z
      .number()
      .nullable()
      .meta({ description: 'null: no value for this week (a gap, not a zero)' }),
    n: z.number().int().nonnegative(),
    ciLow: z.number().optional(),
    ciHigh: z.number().optional(),
  })
  .meta({ id: 'MetricPoint' });

export const metricSeriesSchema = z
  .object({ metric: z.string().min(1), points: z.array(metricPointSchema) })
  .meta({ id: 'MetricSeries' });

export const metricsResponseSchema = z
  .object({
    unit: z.string().min(1),
    grain: z.literal('week'),
    series: z.array(metricSeriesSchema),
  })
  .meta({ id: 'MetricsResponse' });

export const pillarPointSchema = z
  .object({
    period: isoDate,
    score: z.number().nullable(),
    respondents: z.number().int().nonnegative(),
  })
  .meta({ id: 'PillarPoint' });

export const pillarSeriesSchema = z
  .object({ pillar: z.string().min(1), points: z.array(pillarPointSchema) })
  .meta({ id: 'PillarSeries' });

export const pillarsResponseSchema = z
  .object({
    unit: z.string().min(1),
    grain: z.literal('month'),
    series: z.array(pillarSeriesSchema),
  })
  .meta({ id: 'PillarsResponse' });

export const stagePointSchema = z
  .object({
    period: isoDate,
    score: z.number(),
    stage: z.string().min(1).meta({ description: 'a stage id from the catalog' }),
    gatesFailed: z.array(z.string()),
    note: z.string(),
  })
  .meta({ id: 'StagePoint' });

export const stagesResponseSchema = z
  .object({
    unit: z.string().min(1),
    grain: z.literal('quarter'),
    points: z.array(stagePointSchema),
  })
  .meta({ id: 'StagesResponse' });

export const annotationSchema = z
  .object({
    id: z.string().min(1),
    date: isoDate,
    unit: z.string().nullable(),
    metric: z.string().nullable(),
    kind: annotationKind,
    title: z.string().min(1),
  })
  .meta({ id: 'Annotation' });

export const annotationsResponseSchema = z
  .object({ annotations: z.array(annotationSchema) })
  .meta({ id: 'AnnotationsResponse' });

export const errorBodySchema = z
  .object({ error: z.object({ code: z.string(), message: z.string() }) })
  .meta({ id: 'Error' });

export type MetricFamily = z.infer<typeof metricFamily>;
export type MetricUnit = z.infer<typeof metricUnit>;
export type Direction = z.infer<typeof direction>;
export type AnnotationKind = z.infer<typeof annotationKind>;
export type BusinessUnit = z.infer<typeof businessUnitSchema>;
export type MetricDefinition = z.infer<typeof metricDefinitionSchema>;
export type PillarDefinition = z.infer<typeof pillarDefinitionSchema>;
export type StageDefinition = z.infer<typeof stageDefinitionSchema>;
export type Target = z.infer<typeof targetSchema>;
export type Catalog = z.infer<typeof catalogSchema>;
export type MetricPoint = z.infer<typeof metricPointSchema>;
export type MetricSeries = z.infer<typeof metricSeriesSchema>;
export type MetricsResponse = z.infer<typeof metricsResponseSchema>;
export type PillarPoint = z.infer<typeof pillarPointSchema>;
export type PillarsResponse = z.infer<typeof pillarsResponseSchema>;
export type StagePoint = z.infer<typeof stagePointSchema>;
export type StagesResponse = z.infer<typeof stagesResponseSchema>;
export type Annotation = z.infer<typeof annotationSchema>;
export type AnnotationsResponse = z.infer<typeof annotationsResponseSchema>;
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** The contract's endpoints: path, response schema and the query parameters each accepts. */
export const endpoints = {
  catalog: { path: '/v1/catalog', schema: catalogSchema, query: [] },
  metrics: {
    path: '/v1/metrics',
    schema: metricsResponseSchema,
    query: ['unit', 'from', 'to', 'metric'],
  },
  pillars: { path: '/v1/pillars', schema: pillarsResponseSchema, query: ['unit', 'from', 'to'] },
  stages: { path: '/v1/stages', schema: stagesResponseSchema, query: ['unit', 'from', 'to'] },
  annotations: {
    path: '/v1/annotations',
    schema: annotationsResponseSchema,
    query: ['unit', 'from', 'to'],
  },
} as const;

export type EndpointName = keyof typeof endpoints;
