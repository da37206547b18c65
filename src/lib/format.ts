// Number formatting for every metric unit, in one place: values, changes, sample sizes.
import type { MetricUnit } from '@/api/schemas';
import { loadedLocale, sourceLocaleId, translatorFor } from '@/i18n/registry';

/** The translator of a loaded locale (the source locale's until it has loaded). */
function tFor(locale: string) {
  return translatorFor(loadedLocale(locale) ?? loadedLocale(sourceLocaleId)!);
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

/** Decimal places shown for a unit: executives read one decimal at most. */
function decimals(unit: MetricUnit, value: number): number {
  if (unit === 'percent' && Math.abs(value) < 10) return 2;
  return 1;
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
 * A metric value in its unit: percent "31.4%", net points with sign "+31.4", index "63.5",
 * ratio "12.5 : 1". Null (no value) is an en dash.
 */
export function formatValue(
  value: number | null | undefined,
  unit: MetricUnit,
  locale = 'en-GB',
): string {
  if (value == null || !Number.isFinite(value)) return '–';
  switch (unit) {
    case 'percent': {
      const s = fixed(value, decimals(unit, value), locale, 'auto');
      return locale.startsWith('de') ? `${s}\u00a0%` : `${s}%`;
    }
    case 'points':
      return fixed(value, 1, locale, 'exceptZero');
    case 'index':
      return fixed(value, 1, locale, 'auto');
    case 'ratio':
      return `${fixed(value, 1, locale, 'auto')}\u00a0:\u00a01`;
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
 * A change with its sign and unit: "+2.3 pp", "−4.0 pts", "+1.5" (ratio). It keeps the precision of
 * the value it changes (`of`), so a churn of 1.23% changes by "−0.12 pp", not "−0.1 pp".
 */
export function formatDelta(
  delta: number | null | undefined,
  unit: MetricUnit,
  locale = 'en-GB',
  of?: number | null,
): string {
  if (delta == null || !Number.isFinite(delta)) return '–';
  const s = fixed(delta, decimals(unit, of ?? 10), locale, 'exceptZero');
  const suffix = deltaUnitLabel(unit, locale);
  return suffix ? `${s}\u00a0${suffix}` : s;
}

/** A sample size with grouping: "n = 12,400". */
export function formatSampleSize(n: number, locale = 'en-GB'): string {
  return tFor(locale)('components.sampleSize', {
    n: numberFormat(locale, { maximumFractionDigits: 0 }).format(n),
  });
}

/** A plain number with grouping, e.g. for tables. */
export function formatNumber(
  value: number | null | undefined,
  locale = 'en-GB',
  digits = 1,
): string {
  if (value == null || !Number.isFinite(value)) return '–';
  return fixed(value, digits, locale, 'auto');
}
