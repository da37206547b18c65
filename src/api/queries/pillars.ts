// Monthly pillar assessments for one unit, or for several units at once.
import { queryOptions } from '@tanstack/react-query';
import { apiClient } from '../client';
import { dropUnplottablePoints, type DataQualityIssue, type WithQuality } from '../data-quality';
import { UNIT_PILLARS_FEATURE, type PillarsResponse } from '../schemas';
import { useQueriesFromRender, useQueryFromRender } from './fetch-during-render';
import { loaderPerClient, offersFeature } from './unit-batch';

export interface PeriodQuery {
  unit: string;
  from?: string;
  to?: string;
}

/** Pillar scores are 0–100 by the contract: a point outside is dropped and counted. */
const dropUnplottablePillars = (body: unknown) =>
  dropUnplottablePoints(body, {
    seriesKey: 'pillar',
    valueKey: 'score',
    rangeOf: () => ({ min: 0, max: 100 }),
  });

export const pillarsQueryOptions = ({ unit, from, to }: PeriodQuery) =>
  queryOptions({
    queryKey: ['pillars', { unit, from, to }],
    queryFn: ({ signal, client }) =>
      offersFeature(client, UNIT_PILLARS_FEATURE)
        ? unitPillarsLoader(apiClient()).load(unit, from, to)
        : apiClient().get(
            'pillars',
            { unit, from, to },
            { signal, sanitise: dropUnplottablePillars },
          ),
  });

export function usePillars(query: PeriodQuery, { enabled = true }: { enabled?: boolean } = {}) {
  return useQueryFromRender({ ...pillarsQueryOptions(query), enabled });
}

export function usePillarsForUnits(
  units: readonly string[],
  period: Omit<PeriodQuery, 'unit'>,
  { enabled = true }: { enabled?: boolean } = {},
) {
  const { from, to } = period;
  return useQueriesFromRender(units, `${from}|${to}|${enabled}`, (unit) => ({
    ...pillarsQueryOptions({ unit, from, to }),
    enabled,
  }));
}

type PillarsResult = WithQuality<PillarsResponse>;

/**
 * The client's loader for GET /v1/unit-pillars: the organisation's what changed reads every unit's
 * pillars in one request instead of one each. Each unit's answer is checked for unplottable points
 * on its own, so a data-quality notice belongs to the unit it came from.
 */
export const unitPillarsLoader = loaderPerClient<PillarsResult>((client) => ({
  single: (unit, from, to) =>
    client.get('pillars', { unit, from, to }, { sanitise: dropUnplottablePillars }),
  async batch(units, from, to) {
    const issues = new Map<string, DataQualityIssue[]>();
    const answer = await client.get(
      'unitPillars',
      { units: units.join(','), from, to },
      {
        sanitise: (body) => {
          const entries = (body as { units?: unknown })?.units;
          if (Array.isArray(entries)) {
            for (const entry of entries as { unit?: unknown }[]) {
              issues.set(String(entry?.unit), dropUnplottablePillars(entry));
            }
          }
          return [];
        },
      },
    );
    return new Map(
      answer.units.map(({ unit, series }) => {
        const dataQuality = issues.get(unit) ?? [];
        const result: PillarsResult = { unit, grain: answer.grain, series };
        if (dataQuality.length) result.dataQuality = dataQuality;
        return [unit, result];
      }),
    );
  },
}));
