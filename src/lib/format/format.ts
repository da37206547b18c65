// Number formatting for every metric unit, in one place: values, changes, sample sizes, in the
// locale. How many decimals a figure has is the domain's (domain/precision).
import type { MetricUnit } from '@/api/schemas';
import { decimalsOf, SCORE_DECIMALS, type MetricFormat } from '@/domain/precision';
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

function unitOf(format: MetricFormat): MetricUnit {
  return typeof format === 'string' ? format : format.unit;
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
