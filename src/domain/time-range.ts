// The time range of a view (13, 26, 52 weeks, year to date, custom), parsed from and written to the URL.
import { addWeeksIso, isoWeekStart, parseIsoDate } from './periods';

export const RANGE_PRESETS = ['13w', '26w', '52w', 'ytd'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];
export type RangeKind = RangePreset | 'custom';
export const DEFAULT_RANGE: RangePreset = '52w';

export interface TimeRange {
  kind: RangeKind;
  /** Inclusive first day (a Monday for week presets). */
  from: string;
  /** Inclusive last day. */
  to: string;
}

/** Why the URL's range was not used (the default is shown instead). */
export type RangeIssue =
  /** `range` is none of the presets nor `custom`; `options` are the values it may take. */
  | { kind: 'unknown'; value: string; options: readonly string[] }
  /** A custom range whose `from` or `to` is not a calendar day `YYYY-MM-DD`. */
  | { kind: 'custom-dates'; from: string; to: string }
  /** A custom range that starts after it ends. */
  | { kind: 'reversed'; from: string; to: string };

export interface ResolvedRange extends TimeRange {
  /** Why the URL's range was not used, when it was not: the default range is resolved instead. */
  issue: RangeIssue | null;
}

/** The range a preset covers, ending with the week of the data's date. */
export function presetRange(kind: RangePreset, dataAsOf: string): TimeRange {
  const asOfDay = dataAsOf.slice(0, 10);
  const lastWeek = isoWeekStart(asOfDay);
  if (kind === 'ytd') return { kind, from: `${asOfDay.slice(0, 4)}-01-01`, to: asOfDay };
  const weeks = Number(kind.slice(0, -1));
  return { kind, from: addWeeksIso(lastWeek, -(weeks - 1)), to: asOfDay };
}

/** Reads `range`, `from` and `to` from URL parameters; anything malformed falls back, with its issue. */
export function resolveRange(params: URLSearchParams, dataAsOf: string): ResolvedRange {
  const raw = params.get('range');
  const fallback = (issue: RangeIssue | null): ResolvedRange => ({
    ...presetRange(DEFAULT_RANGE, dataAsOf),
    issue,
  });
  if (raw == null || raw === '') return fallback(null);
  if ((RANGE_PRESETS as readonly string[]).includes(raw))
    return { ...presetRange(raw as RangePreset, dataAsOf), issue: null };
  if (raw !== 'custom')
    return fallback({ kind: 'unknown', value: raw, options: [...RANGE_PRESETS, 'custom'] });
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  if (!parseIsoDate(from) || !parseIsoDate(to)) return fallback({ kind: 'custom-dates', from, to });
  if (from > to) return fallback({ kind: 'reversed', from, to });
  return { kind: 'custom', from, to, issue: null };
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
