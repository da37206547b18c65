// Annotations shown on a unit's charts: an event of another unit (a child's outage on its parent's or
// the organisation's chart) is named after that unit, so it is not read as the viewed unit's own.
import type { Annotation, BusinessUnit } from '@/api/schemas';

/** The catalog's units, as far as naming an annotation's unit needs them. */
export type AnnotatedUnits = readonly Pick<BusinessUnit, 'id' | 'name'>[];

/**
 * The unit an annotation belongs to when it is not the viewed one: its catalog name (its id when the
 * catalog does not know it), or null for the viewed unit's own events and those of all units.
 */
export function annotationUnitName(
  annotation: Pick<Annotation, 'unit'>,
  viewedUnit: string,
  units: AnnotatedUnits,
): string | null {
  if (annotation.unit == null || annotation.unit === viewedUnit) return null;
  return units.find((u) => u.id === annotation.unit)?.name ?? annotation.unit;
}
