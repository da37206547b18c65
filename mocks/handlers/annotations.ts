// GET /v1/annotations?unit=&from=&to=: initiatives, incidents, data issues and method changes.
import { http } from 'msw';
import type { Annotation, AnnotationsResponse } from '@/api/schemas';
import { wholeOrganisation } from '../data/organisation';
import { inWindow, jsonResponse, readUnitQuery, type HandlerContext } from './context';
import { withFaults } from './faults';

export function annotationsHandler(context: HandlerContext) {
  return http.get(
    '*/v1/annotations',
    withFaults('annotations', context, ({ request }) => {
      const query = readUnitQuery(request, context.data());
      if (query instanceof Response) return query;
      const { data, unit, window } = query;
      const body: AnnotationsResponse = {
        annotations: data.annotations.filter((a) => concerns(a, unit) && inWindow(a.date, window)),
      };
      return jsonResponse(body);
    }),
  );
}

/**
 * The whole organisation is moved by every unit's events; a unit by its own and the organisation-wide
 * ones (unit null).
 */
function concerns(annotation: Annotation, unit: string): boolean {
  return unit === wholeOrganisation || annotation.unit === null || annotation.unit === unit;
}
