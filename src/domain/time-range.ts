// The time range of a view (13, 26, 52 weeks, year to date, custom), parsed from and written to the URL.
import { sourceLocaleId, translatorFor, usableLocale, type T } from '@/i18n/registry';
import { addWeeksIso, isoWeekStart, parseIsoDate } from './periods';

export const RANGE_PRESETS = ['13w', '26w', '52w', 'ytd'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];
export type RangeKind = RangePreset | 'custom';
export const DEFAULT_RANGE: RangePreset = '52w';

const labelKeys = {
  '13w': 'components.range.w13',
  '26w': 'components.range.w26',
  '52w': 'components.range.w52',
  ytd: 'components.range.ytd',
  custom: 'components.range.custom',
} as const satisfies Record<RangeKind, string>;

/** A range's name in the locale: "13 weeks", "13 Wochen". */
export function rangeLabel(kind: RangeKind, t: T): string {
  return t(labelKeys[kind]);
}

export interface TimeRange {
  kind: RangeKind;
  /** Inclusive first day (a Monday for week presets). */
  from: string;
  /** Inclusive last day. */
  to: string;
}

export interface ResolvedRange extends TimeRange {
  /** Why the URL's range was not used and what is shown instead, when it was not. */
  notice: string | null;
  /** Why the URL's range was not used, as a sentence without the fallback (for embeds). */
  problem?: string | null;
}

/** The range a preset covers, ending with the week of the data's date. */
export function presetRange(kind: RangePreset, dataAsOf: string): TimeRange {
  const asOfDay = dataAsOf.slice(0, 10);
  const lastWeek = isoWeekStart(asOfDay);
  if (kind === 'ytd') return { kind, from: `${asOfDay.slice(0, 4)}-01-01`, to: asOfDay };
  const weeks = Number(kind.slice(0, -1));
  return { kind, from: addWeeksIso(lastWeek, -(weeks - 1)), to: asOfDay };
}

/**
 * Reads `range`, `from` and `to` from URL parameters; anything malformed falls back with a notice,
 * worded by `t` (English by default).
 */
export function resolveRange(
  params: URLSearchParams,
  dataAsOf: string,
  t: T = translatorFor(usableLocale(sourceLocaleId)),
): ResolvedRange {
  const raw = params.get('range');
  const fallback = (problem: string | null): ResolvedRange => ({
    ...presetRange(DEFAULT_RANGE, dataAsOf),
    notice: problem
      ? t('components.range.fallback', { problem, range: rangeLabel(DEFAULT_RANGE, t) })
      : null,
    problem: problem ? t('components.range.problemSentence', { problem }) : null,
  });
  if (raw == null || raw === '') return fallback(null);
  if ((RANGE_PRESETS as readonly string[]).includes(raw))
    return { ...presetRange(raw as RangePreset, dataAsOf), notice: null };
  if (raw !== 'custom') {
    return fallback(
      t('components.range.unknown', {
        value: raw,
        options: [...RANGE_PRESETS, 'custom'].join(', '),
      }),
    );
  }
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  if (!parseIsoDate(from) || !parseIsoDate(to)) {
    return fallback(t('components.range.customDates', { from, to }));
  }
  if (from > to) return fallback(t('components.range.reversed', { from, to }));
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
