// The contract's optional batch reads (GET /v1/unit-stages, GET /v1/unit-pillars): several units'
// answers in one, each as the one-unit read gives it, offered only when the catalog's `features`
// names them, and playing the faults of the one-unit read.
import { http } from 'msw';
import type { EndpointName } from '@/api/schemas';
import type { MockData } from '../data/mock-data';
import type { MockFeature } from '../options';
import {
  jsonResponse,
  notFound,
  readUnitsQuery,
  type HandlerContext,
  type PeriodWindow,
} from './context';
import { withFaults } from './faults';

export function unitBatchHandler<Entry>(
  context: HandlerContext,
  options: {
    /** e.g. 'unit-stages': the path after /v1/ and the feature's name. */
    feature: MockFeature;
    /** The one-unit endpoint whose faults it plays, and the batch endpoint for body faults. */
    faultsOf: EndpointName;
    endpoint: EndpointName;
    grain: string;
    entry(data: MockData, unit: string, window: PeriodWindow): Entry;
  },
) {
  return http.get(
    `*/v1/${options.feature}`,
    withFaults(
      options.faultsOf,
      context,
      ({ request }) => {
        if (!context.features.includes(options.feature)) {
          return notFound(
            `${options.feature}: not offered by this server (see the catalog's features)`,
          );
        }
        const data = context.data();
        const query = readUnitsQuery(request, data);
        if (query instanceof Response) return query;
        const { units, window } = query;
        return jsonResponse({
          grain: options.grain,
          units: units.map((unit) => ({ unit, ...options.entry(data, unit, window) })),
        });
      },
      options.endpoint,
    ),
  );
}
