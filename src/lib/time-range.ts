// The time range of a view (13, 26, 52 weeks, year to date, custom), parsed from and written to the URL.
import { addWeeksIso, isoWeekStart, parseIsoDate } from './dates';

export const RANGE_PRESETS = ['13w', '26w', '52w', 'ytd'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];
export type RangeKind = RangePreset | 'custom';
export const DEFAULT_RANGE: RangePreset = '52w';

export const rangeLabels: Record<RangeKind, string> = {
  '13w': '13 weeks',
  '26w': '26 weeks',
  '52w': '52 weeks',
  ytd: 'Year to date',
  custom: 'Custom',
};

export interface TimeRange {
  kind: RangeKind;
  /** Inclusive first day (a Monday for week presets). */
  from: string;
  /** Inclusive last day. */
  to: string;
}

export interface ResolvedRange extends TimeRange {
  /** Why the URL's range was not used, when it was not. */
  notice: string | null;
}

/** The range a preset covers, ending with the week of the data's date. */
export function presetRange(kind: RangePreset, dataAsOf: string): TimeRange {
  const asOfDay = dataAsOf.slice(0, 10);
  const lastWeek = isoWeekStart(asOfDay);
  if (kind === 'ytd') return { kind, from: `${asOfDay.slice(0, 4)}-01-01`, to: asOfDay };
  const weeks = Number(kind.slice(0, -1));
  return { kind, from: addWeeksIso(lastWeek, -(weeks - 1)), to: asOfDay };
}

/** Reads `range`, `from` and `to` from URL parameters; anything malformed falls back with a notice. */
export function resolveRange(params: URLSearchParams, dataAsOf: string): ResolvedRange {
  const raw = params.get('range');
  const fallback = (notice: string | null): ResolvedRange => ({
    ...presetRange(DEFAULT_RANGE, dataAsOf),
    notice,
  });
  if (raw == null || raw === '') return fallback(null);
  if ((RANGE_PRESETS as readonly string[]).includes(raw))
    return { ...presetRange(raw as RangePreset, dataAsOf), notice: null };
  if (raw !== 'custom') {
    return fallback(
      `The link's time range “${raw}” is not one of ${[...RANGE_PRESETS, 'custom'].join(', ')}; showing 52 weeks.`,
    );
  }
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  if (!parseIsoDate(from) || !parseIsoDate(to)) {
    return fallback(
      `The link's custom range needs “from” and “to” as dates YYYY-MM-DD (got “${from}” to “${to}”); showing 52 weeks.`,
    );
  }
  if (from > to)
    return fallback(
      `The link's custom range starts (${from}) after it ends (${to}); showing 52 weeks.`,
    );
  return { kind: 'custom', from, to, notice: null };
}

/** Writes a range into URL parameters (presets carry no dates, so a shared link stays current). */
export function writeRange(params: URLSearchParams, range: TimeRange): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete('from');
  next.delete('to');
  if (range.kind === DEFAULT_RANGE) next.delete('range');
  else next.set('range', range.kind);
  if (range.kind === 'custom') {
    next.set('from', range.from);
    next.set('to', range.to);
  }
  return next;
}
