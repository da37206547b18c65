// GET /v1/catalog: the organisation, units, definitions, targets and data freshness.
import { http } from 'msw';
import type { Catalog } from '@/api/schemas';
import { jsonResponse, type HandlerContext } from './context';
import { withFaults } from './faults';

export function catalogHandler(context: HandlerContext) {
  return http.get(
    '*/v1/catalog',
    withFaults('catalog', context, () => {
      const { catalog } = context.data();
      const { features } = context;
      return jsonResponse<Catalog>(
        features.length ? { ...catalog, features: [...features] } : catalog,
      );
    }),
  );
}
