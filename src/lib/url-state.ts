// View state kept in the URL (so links and back/forward restore it): business unit and time range.
import { useSearchParams } from 'react-router';
import type { Catalog } from '@/api/schemas';
import { useT } from '@/i18n/use-i18n';
import { resolveRange, writeRange, type ResolvedRange, type TimeRange } from '@/domain/time-range';
import { rangeIssueWords } from '@/lib/format/domain-words';

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

export interface ViewState {
  unit: UnitParam;
  /** With `notice`: why the URL's range was not used and what is shown instead, in the locale. */
  range: ResolvedRange & { notice: string | null };
  setUnit: (id: string) => void;
  setRange: (range: TimeRange) => void;
}

/**
 * Unit and time range of the current view, resolved against the catalog (notices in the locale),
 * with setters that push history.
 */
export function useViewState(catalog: Pick<Catalog, 'units' | 'dataAsOf'>): ViewState {
  const [params, setParams] = useSearchParams();
  const t = useT();
  const { set: setUnit, ...unit } = useUnitParam(catalog);
  const resolved = resolveRange(params, catalog.dataAsOf);
  const notice = resolved.issue && rangeIssueWords(resolved.issue, t).notice;
  const range = { ...resolved, notice };
  return { unit, range, setUnit, setRange: (next) => setParams((prev) => writeRange(prev, next)) };
}
