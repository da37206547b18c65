// Annotations shown on a unit's charts: an event of another unit (a child's outage on its parent's or
// the organisation's chart) is named after that unit, so it is not read as the viewed unit's own.
import type { Annotation, BusinessUnit } from '@/api/schemas';
import type { T } from '@/i18n/registry';

/**
 * The unit an annotation belongs to when it is not the viewed one: its catalog name (its id when the
 * catalog does not know it), or null for the viewed unit's own events and those of all units.
 */
export function annotationUnitName(
  annotation: Pick<Annotation, 'unit'>,
  viewedUnit: string,
  units: readonly Pick<BusinessUnit, 'id' | 'name'>[],
): string | null {
  if (annotation.unit == null || annotation.unit === viewedUnit) return null;
  return units.find((u) => u.id === annotation.unit)?.name ?? annotation.unit;
}

/** An annotation's title as the viewed unit's chart shows it: "Outage (Contact centre North)". */
export function annotationTitle(
  annotation: Pick<Annotation, 'unit' | 'title'>,
  viewedUnit: string,
  units: readonly Pick<BusinessUnit, 'id' | 'name'>[],
  t: T,
  /** The title to show, e.g. shortened for the wall; default the annotation's own. */
  title: string = annotation.title,
): string {
  const unit = annotationUnitName(annotation, viewedUnit, units);
  return unit == null ? title : t('components.annotationOfUnit', { title, unit });
}
