// View state kept in the URL (so links and back/forward restore it): the business unit.
import { useSearchParams } from 'react-router';
import type { Catalog } from '@/api/schemas';

export const DEFAULT_UNIT = 'all';

export interface UnitParam {
  id: string;
  /** The URL asked for a unit the catalog does not know; the view fell back to the default. */
  rejected: string | null;
}

/** Resolves `?unit=` against the catalog; an unknown id falls back to the whole organisation. */
export function resolveUnit(
  requested: string | null,
  catalog: Pick<Catalog, 'units'> | undefined,
): UnitParam {
  const fallback =
    catalog?.units.find((u) => u.id === DEFAULT_UNIT)?.id ?? catalog?.units[0]?.id ?? DEFAULT_UNIT;
  if (!requested) return { id: fallback, rejected: null };
  if (!catalog) return { id: requested, rejected: null };
  return catalog.units.some((u) => u.id === requested)
    ? { id: requested, rejected: null }
    : { id: fallback, rejected: requested };
}

export function useUnitParam(
  catalog: Pick<Catalog, 'units'> | undefined,
): UnitParam & { set: (id: string) => void } {
  const [params, setParams] = useSearchParams();
  const resolved = resolveUnit(params.get('unit'), catalog);
  const set = (id: string) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (id === DEFAULT_UNIT) next.delete('unit');
      else next.set('unit', id);
      return next;
    });
  return { ...resolved, set };
}
