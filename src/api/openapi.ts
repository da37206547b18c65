// Generates the published OpenAPI 3.1 document from the contract's runtime schemas (never by hand).
import { z } from './zod';
import * as schemas from './schemas';
import { endpoints } from './schemas';

const queryParameters: Record<string, { description: string; schema: Record<string, unknown> }> = {
  unit: {
    description: 'Business-unit id; default `all` (the whole organisation).',
    schema: { type: 'string', default: 'all' },
  },
  from: {
    description:
      'Inclusive start date; a period is included when its first day lies between `from` and `to`. Default: 52 weeks before the latest data.',
    schema: { $ref: '#/components/schemas/IsoDate' },
  },
  to: {
    description: 'Inclusive end date. Default: the latest data.',
    schema: { $ref: '#/components/schemas/IsoDate' },
  },
  metric: {
    description: 'Comma-separated metric ids; default every metric.',
    schema: { type: 'string' },
  },
  units: {
    description:
      'Comma-separated business-unit ids (`all` included); required. The answer has one entry per id, in this order.',
    schema: { type: 'string' },
  },
};

const summaries: Record<keyof typeof endpoints, string> = {
  catalog:
    'What exists: organisation, units, metric, pillar and stage definitions, targets, data freshness.',
  metrics:
    'Weekly values of every metric (or the listed ones) for one unit, with n and 95% intervals.',
  pillars: 'Monthly pillar assessments for one unit.',
  stages: 'Quarterly stage assessments for one unit, with the gates that cap the stage.',
  annotations:
    'Events that explain movements: initiatives, incidents, data issues, method changes.',
  unitStages:
    'Optional, offered when the catalog\'s `features` names "unit-stages": the quarterly stage assessments of several units in one answer, each as /v1/stages gives it.',
  unitPillars:
    'Optional, offered when the catalog\'s `features` names "unit-pillars": the monthly pillar assessments of several units in one answer, each as /v1/pillars gives it.',
};

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

/** The OpenAPI 3.1 document of the contract, as a plain JSON value. */
export function buildOpenApiDocument(): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  // Sorted so the document is the same whichever way the module namespace is enumerated.
  const exported = Object.keys(schemas)
    .sort()
    .map((key) => (schemas as Record<string, unknown>)[key]);
  for (const value of exported) {
    if (value instanceof z.ZodMiniType) {
      const id = z.globalRegistry.get(value)?.id;
      if (typeof id === 'string') registry.add(value, { id });
    }
  }
  const { schemas: components } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    // Input shape: readers must accept fields a later version adds, so no additionalProperties: false.
    io: 'input',
    uri: (id) => `#/components/schemas/${id}`,
    unrepresentable: 'any',
  });
  for (const component of Object.values(components)) {
    delete (component as { $schema?: unknown }).$schema;
    delete (component as { $id?: unknown }).$id;
  }

  const paths: Record<string, unknown> = {};
  for (const [name, endpoint] of Object.entries(endpoints) as [
    keyof typeof endpoints,
    (typeof endpoints)[keyof typeof endpoints],
  ][]) {
    const id = z.globalRegistry.get(endpoint.schema)!.id!;
    paths[endpoint.path] = {
      get: {
        operationId: `get${name[0]!.toUpperCase()}${name.slice(1)}`,
        summary: summaries[name],
        parameters: endpoint.query.map((q) => ({
          name: q,
          in: 'query',
          required: q === 'units',
          ...queryParameters[q],
        })),
        responses: {
          '200': {
            description: 'OK',
            content: { 'application/json': { schema: { $ref: `#/components/schemas/${id}` } } },
          },
          '400': errorResponse('Bad query'),
          '401': errorResponse('Token missing or expired'),
          '403': errorResponse('Not allowed'),
          '404': errorResponse('Unknown unit or metric'),
          '429': errorResponse('Too many requests; may carry Retry-After (seconds)'),
          '503': errorResponse('Unavailable; may carry Retry-After (seconds)'),
        },
      },
    };
  }

  return {
    openapi: '3.1.0',
    info: {
      title: 'CX metrics API',
      version: '1.0.0',
      description:
        'The contract the CX executive dashboard reads. GET only, JSON, camelCase; dates YYYY-MM-DD naming a period by its first day; weeks start on Monday. A later version may add optional fields; it never removes or renames one.',
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    servers: [{ url: '/', description: 'The base URL set in config.json (apiBaseUrl)' }],
    security: [{}, { bearer: [] }],
    paths,
    components: {
      schemas: Object.fromEntries(
        Object.entries(components).sort(([a], [b]) => a.localeCompare(b)),
      ),
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    },
  };
}

/** The document as it is committed to `public/openapi.json`. */
export function serialiseOpenApiDocument(): string {
  return `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`;
}
