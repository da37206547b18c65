// Number formatting for every metric unit, in one place: values, changes, sample sizes.
import type { MetricDefinition, MetricUnit } from '@/api/schemas';
import { translatorFor, usableLocale } from '@/i18n/registry';

/** The translator of a loaded locale (another loaded one's until it has loaded). */
function tFor(locale: string) {
  return translatorFor(usableLocale(locale));
}

const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let nf = cache.get(key);
  if (!nf) {
    nf = new Intl.NumberFormat(locale, options);
    cache.set(key, nf);
  }
  return nf;
}

const MINUS = '\u2212';

/**
 * What a metric's numbers are formatted by: its unit and the decimals the catalog gives it (a bare
 * unit, or a metric without `decimals`, gets the default).
 */
export type MetricFormat = MetricUnit | Pick<MetricDefinition, 'unit' | 'decimals'>;

/** Decimals of a metric whose catalog entry does not say: one, for every unit. */
export const DEFAULT_DECIMALS = 1;

/** Decimals of a pillar or stage score (0–100), everywhere it is shown. */
export const SCORE_DECIMALS = 1;

function unitOf(format: MetricFormat): MetricUnit {
  return typeof format === 'string' ? format : format.unit;
}

/** Decimal places shown for a metric: the catalog's `decimals`, else one. Never fewer than 0. */
export function decimalsOf(format: MetricFormat): number {
  const d = typeof format === 'string' ? undefined : format.decimals;
  return d == null ? DEFAULT_DECIMALS : Math.max(0, Math.min(20, Math.trunc(d)));
}

/**
 * A number as it reads once shown with `digits` decimals: 69.95 → 70 at one decimal. Rounded by the
 * same Intl formatter as the text (half away from zero on the number's shortest decimal form: 1.45 →
 * 1.5, where `toFixed` says 1.4), so colours and statuses decided on it agree with the number beside
 * them.
 */
export function asDisplayed(value: number, digits: number): number {
  if (!Number.isFinite(value)) return value;
  return Number(
    numberFormat('en-US', {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      useGrouping: false,
    }).format(value),
  );
}

/** A metric value as it reads on screen, in the metric's decimals. */
export function displayedValue(value: number, format: MetricFormat): number {
  return asDisplayed(value, decimalsOf(format));
}

/** A point's value and interval as they read on screen, in the metric's decimals. */
export function shownPoint<P extends { value: number; ciLow?: number; ciHigh?: number }>(
  point: P,
  format: MetricFormat,
): P {
  const d = decimalsOf(format);
  return {
    ...point,
    value: asDisplayed(point.value, d),
    ...(point.ciLow != null && { ciLow: asDisplayed(point.ciLow, d) }),
    ...(point.ciHigh != null && { ciHigh: asDisplayed(point.ciHigh, d) }),
  };
}

function fixed(
  value: number,
  digits: number,
  locale: string,
  signDisplay: 'auto' | 'exceptZero',
): string {
  return numberFormat(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay,
  })
    .format(value)
    .replace('-', MINUS);
}

/**
 * A metric value in its unit, in the metric's decimals (default one): percent "31.4%", net points with
 * sign "+31.4", index "63.5", ratio "12.5 : 1". Pass the metric (or its unit for the default
 * decimals). Null (no value) is an en dash. Values, intervals, axes and tables all use this.
 */
export function formatValue(
  value: number | null | undefined,
  format: MetricFormat,
  locale = 'en-GB',
): string {
  if (value == null || !Number.isFinite(value)) return '–';
  const digits = decimalsOf(format);
  switch (unitOf(format)) {
    case 'percent': {
      const s = fixed(value, digits, locale, 'auto');
      return locale.startsWith('de') ? `${s}\u00a0%` : `${s}%`;
    }
    case 'points':
      return fixed(value, digits, locale, 'exceptZero');
    case 'index':
      return fixed(value, digits, locale, 'auto');
    case 'ratio':
      return `${fixed(value, digits, locale, 'auto')}\u00a0:\u00a01`;
  }
}

/**
 * The suffix naming a change's unit in the locale: a change of a percentage is in percentage points
 * ("pp", "Pp."), of net points or an index in points ("pts", "Pkt.").
 */
export function deltaUnitLabel(unit: MetricUnit, locale = 'en-GB'): string {
  const t = tFor(locale);
  switch (unit) {
    case 'percent':
      return t('components.deltaUnit.percentagePoints');
    case 'points':
    case 'index':
      return t('components.deltaUnit.points');
    case 'ratio':
      return '';
  }
}

/** The arrow beside a significant change (never 0): ▲ for a rise, ▼ for a fall. */
export function changeArrow(delta: number | null | undefined): '▲' | '▼' {
  return (delta ?? 0) > 0 ? '▲' : '▼';
}

/**
 * A change with its sign and unit, in the metric's decimals: "+2.3 pp", "−4.0 pts", "+1.5" (ratio);
 * a churn given two decimals changes by "−0.12 pp".
 */
export function formatDelta(
  delta: number | null | undefined,
  format: MetricFormat,
  locale = 'en-GB',
): string {
  if (delta == null || !Number.isFinite(delta)) return '–';
  const s = fixed(delta, decimalsOf(format), locale, 'exceptZero');
  const suffix = deltaUnitLabel(unitOf(format), locale);
  return suffix ? `${s}\u00a0${suffix}` : s;
}

/** A sample size with grouping: "n = 12,400". */
export function formatSampleSize(n: number, locale = 'en-GB'): string {
  return tFor(locale)('components.sampleSize', {
    n: numberFormat(locale, { maximumFractionDigits: 0 }).format(n),
  });
}

/** A plain number with grouping, e.g. a pillar or stage score (one decimal), or a count (0). */
export function formatNumber(
  value: number | null | undefined,
  locale = 'en-GB',
  digits = SCORE_DECIMALS,
): string {
  if (value == null || !Number.isFinite(value)) return '–';
  return fixed(value, digits, locale, 'auto');
}
