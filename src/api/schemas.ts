// The API contract v1 as runtime schemas: every response is parsed with these at the edge, the
// TypeScript types are derived from them, and the published OpenAPI document is generated from them.
import { z } from './zod';

/** Calendar date `YYYY-MM-DD` that names a real day (a period is named by its first day). */
// zod/mini (see lib/zod): checks are passed to `.check()`, and metadata (ids and descriptions for
// the OpenAPI document) is registered with `meta()`.

/** Registers OpenAPI metadata for a schema and returns it. */
function meta<T extends z.ZodMiniType>(schema: T, data: z.core.GlobalMeta): T {
  z.globalRegistry.add(schema, data);
  return schema;
}

/** A string of at least one character. */
const nonEmpty = () => z.string().check(z.minLength(1));

/** A whole number ≥ 0. */
const count = () => z.number().check(z.int(), z.nonnegative());

/** Calendar date `YYYY-MM-DD` that names a real day (a period is named by its first day). */
export const isoDate = meta(
  z.string().check(
    z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD'),
    z.refine((s) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
    }, 'expected a real calendar date'),
  ),
  { id: 'IsoDate', description: 'ISO 8601 calendar date YYYY-MM-DD', example: '2026-11-16' },
);

export const timestamp = meta(z.iso.datetime({ offset: true }), {
  id: 'Timestamp',
  description: 'ISO 8601 timestamp with offset',
  example: '2026-11-20T06:00:00Z',
});

export const metricFamily = meta(z.enum(['loyalty', 'bonding', 'advocacy', 'retention']), {
  id: 'MetricFamily',
});
export const metricUnit = meta(z.enum(['percent', 'points', 'index', 'ratio']), {
  id: 'MetricUnit',
  description:
    'percent 0–100; points: a net score −100–100; index 0–100; ratio ≥ 0 (shown as "12.5 : 1")',
});
export const direction = meta(z.enum(['higher-is-better', 'lower-is-better']), {
  id: 'Direction',
});
export const annotationKind = meta(
  z.enum(['initiative', 'incident', 'data-issue', 'method-change']),
  { id: 'AnnotationKind' },
);

export const organisationSchema = meta(
  z.object({ id: nonEmpty(), name: nonEmpty(), currency: nonEmpty() }),
  { id: 'Organisation' },
);

export const businessUnitSchema = meta(
  z.object({ id: nonEmpty(), name: nonEmpty(), parentId: z.nullable(z.string()) }),
  { id: 'BusinessUnit' },
);

export const metricDefinitionSchema = meta(
  z.object({
    id: nonEmpty(),
    family: metricFamily,
    name: nonEmpty(),
    unit: metricUnit,
    min: z.number(),
    max: z.number(),
    direction,
    headline: z.boolean(),
    minReportableN: count(),
    description: z.string(),
    decimals: z.optional(
      meta(z.number().check(z.int(), z.gte(0), z.lte(3)), {
        description:
          'Optional (added to v1): decimal places the values are measured to, and shown with (values, intervals, changes, axes). Absent: 1.',
        example: 2,
      }),
    ),
  }),
  { id: 'MetricDefinition' },
);

export const pillarDefinitionSchema = meta(
  z.object({ id: nonEmpty(), name: nonEmpty(), description: z.string() }),
  { id: 'PillarDefinition' },
);

export const stageDefinitionSchema = meta(
  z.object({
    id: nonEmpty(),
    name: nonEmpty(),
    order: z.number().check(z.int()),
    minScore: z.number().check(z.gte(0), z.lte(100)),
  }),
  { id: 'StageDefinition' },
);

export const targetSchema = meta(
  z.object({
    metric: nonEmpty(),
    unit: meta(z.nullable(z.string()), { description: 'null: the target holds for every unit' }),
    value: z.number(),
    from: isoDate,
    to: isoDate,
  }),
  { id: 'Target' },
);

export const catalogSchema = meta(
  z
    .object({
      organisation: organisationSchema,
      units: z.array(businessUnitSchema).check(z.minLength(1)),
      metrics: z.array(metricDefinitionSchema).check(z.minLength(1)),
      pillars: z.array(pillarDefinitionSchema),
      stages: z.array(stageDefinitionSchema).check(z.minLength(4), z.maxLength(5)),
      targets: z.array(targetSchema),
      dataAsOf: timestamp,
      features: z.optional(
        meta(z.array(z.string()), {
          description:
            'Optional endpoints this server offers beside the core of v1, by name: "unit-stages" (GET /v1/unit-stages), "unit-pillars" (GET /v1/unit-pillars). A client asks for one only when it is named here.',
        }),
      ),
    })
    .check(
      z.superRefine((catalog, ctx) => {
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
      }),
    ),
  { id: 'Catalog' },
);

export const metricPointSchema = meta(
  z.object({
    period: isoDate,
    value: meta(z.nullable(z.number()), {
      description: 'null: no value for this week (a gap, not a zero)',
    }),
    n: count(),
    ciLow: z.optional(z.number()),
    ciHigh: z.optional(z.number()),
  }),
  { id: 'MetricPoint' },
);

export const metricSeriesSchema = meta(
  z.object({ metric: nonEmpty(), points: z.array(metricPointSchema) }),
  { id: 'MetricSeries' },
);

export const metricsResponseSchema = meta(
  z.object({
    unit: nonEmpty(),
    grain: z.literal('week'),
    series: z.array(metricSeriesSchema),
  }),
  { id: 'MetricsResponse' },
);

export const pillarPointSchema = meta(
  z.object({
    period: isoDate,
    score: z.nullable(z.number()),
    respondents: count(),
    ciLow: meta(z.optional(z.number()), {
      description:
        "optional (an addition to v1): lower end of the score's 95% interval; with ciHigh, a month-to-month change is tested against it",
    }),
    ciHigh: meta(z.optional(z.number()), {
      description: "optional (an addition to v1): upper end of the score's 95% interval",
    }),
  }),
  { id: 'PillarPoint' },
);

export const pillarSeriesSchema = meta(
  z.object({ pillar: nonEmpty(), points: z.array(pillarPointSchema) }),
  { id: 'PillarSeries' },
);

export const pillarsResponseSchema = meta(
  z.object({
    unit: nonEmpty(),
    grain: z.literal('month'),
    series: z.array(pillarSeriesSchema),
  }),
  { id: 'PillarsResponse' },
);

export const stagePointSchema = meta(
  z.object({
    period: isoDate,
    score: z.number(),
    stage: meta(nonEmpty(), { description: 'a stage id from the catalog' }),
    gatesFailed: z.array(z.string()),
    note: z.string(),
  }),
  { id: 'StagePoint' },
);

export const stagesResponseSchema = meta(
  z.object({
    unit: nonEmpty(),
    grain: z.literal('quarter'),
    points: z.array(stagePointSchema),
  }),
  { id: 'StagesResponse' },
);

/** Optional (catalog `features`: "unit-stages"): several units' stage assessments in one answer. */
export const unitStagesResponseSchema = meta(
  z.object({
    grain: z.literal('quarter'),
    units: z.array(z.object({ unit: nonEmpty(), points: z.array(stagePointSchema) })),
  }),
  { id: 'UnitStagesResponse' },
);

/** Optional (catalog `features`: "unit-pillars"): several units' monthly pillar assessments in one answer. */
export const unitPillarsResponseSchema = meta(
  z.object({
    grain: z.literal('month'),
    units: z.array(z.object({ unit: nonEmpty(), series: z.array(pillarSeriesSchema) })),
  }),
  { id: 'UnitPillarsResponse' },
);

export const annotationSchema = meta(
  z.object({
    id: nonEmpty(),
    date: isoDate,
    unit: z.nullable(z.string()),
    metric: z.nullable(z.string()),
    kind: annotationKind,
    title: nonEmpty(),
  }),
  { id: 'Annotation' },
);

export const annotationsResponseSchema = meta(
  z.object({ annotations: z.array(annotationSchema) }),
  { id: 'AnnotationsResponse' },
);

export const errorBodySchema = meta(
  z.object({ error: z.object({ code: z.string(), message: z.string() }) }),
  { id: 'Error' },
);

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
export type UnitStagesResponse = z.infer<typeof unitStagesResponseSchema>;
export type UnitPillarsResponse = z.infer<typeof unitPillarsResponseSchema>;
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
  // Optional: asked for only when the catalog's `features` names "unit-stages".
  unitStages: {
    path: '/v1/unit-stages',
    schema: unitStagesResponseSchema,
    query: ['units', 'from', 'to'],
  },
  // Optional: asked for only when the catalog's `features` names "unit-pillars".
  unitPillars: {
    path: '/v1/unit-pillars',
    schema: unitPillarsResponseSchema,
    query: ['units', 'from', 'to'],
  },
} as const;

/** The optional endpoints a catalog's `features` may name. */
export const UNIT_STAGES_FEATURE = 'unit-stages';
export const UNIT_PILLARS_FEATURE = 'unit-pillars';

export type EndpointName = keyof typeof endpoints;
