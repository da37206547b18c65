// GET /v1/catalog: the organisation, units, definitions, targets and data freshness.
import { http, HttpResponse } from 'msw';
import type { Catalog } from '@/api/schemas';
import type { HandlerContext } from './context';
import { withFaults } from './faults';

export function catalogHandler(context: HandlerContext) {
  return http.get(
    '*/v1/catalog',
    withFaults('catalog', context, () => HttpResponse.json<Catalog>(context.data().catalog)),
  );
}
