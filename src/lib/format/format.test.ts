import { formatDelta, formatNumber, formatSampleSize, formatValue } from './format';
import { asDisplayed, decimalsOf } from '@/domain/precision';
import { loadLocale } from '@/i18n/registry';

describe('formatValue', () => {
  it('formats percent with one decimal and a percent sign', () => {
    expect(formatValue(31.44, 'percent')).toBe('31.4%');
    expect(formatValue(100, 'percent')).toBe('100.0%');
  });
  it('shows small percentages with the same one decimal, inventing no trailing zero', () => {
    expect(formatValue(9.5, 'percent')).toBe('9.5%');
    expect(formatValue(6, 'percent')).toBe('6.0%');
    expect(formatValue(5.5, 'percent')).toBe('5.5%');
  });
  it("follows the catalog's decimals for every unit", () => {
    const churn = { unit: 'percent', decimals: 2 } as const;
    expect(formatValue(1.234, churn)).toBe('1.23%');
    expect(formatValue(1.2, churn)).toBe('1.20%');
    expect(formatValue(31.6, { unit: 'points', decimals: 0 })).toBe('+32');
    expect(formatValue(63.45, { unit: 'index', decimals: 2 })).toBe('63.45');
    expect(formatValue(12.5, { unit: 'ratio', decimals: 0 })).toBe('13\u00a0:\u00a01');
    expect(formatValue(9.5, { unit: 'percent', decimals: 3 }, 'de-DE')).toBe('9,500\u00a0%');
  });
  it('defaults to one decimal when the catalog does not say (a core-v1 server)', () => {
    expect(decimalsOf('percent')).toBe(1);
    expect(decimalsOf({ unit: 'ratio' })).toBe(1);
    expect(decimalsOf({ unit: 'points', decimals: 0 })).toBe(0);
    expect(formatValue(9.5, { unit: 'percent' })).toBe('9.5%');
  });
  it('formats net points with a sign and a true minus', () => {
    expect(formatValue(31.4, 'points')).toBe('+31.4');
    expect(formatValue(-8.25, 'points')).toBe('\u22128.3');
    expect(formatValue(0, 'points')).toBe('0.0');
  });
  it('formats an index without sign', () => {
    expect(formatValue(63.5, 'index')).toBe('63.5');
  });
  it('formats a ratio as "12.5 : 1"', () => {
    expect(formatValue(12.5, 'ratio')).toBe('12.5\u00a0:\u00a01');
  });
  it('shows a dash for no value, never zero', () => {
    expect(formatValue(null, 'percent')).toBe('–');
    expect(formatValue(Number.NaN, 'points')).toBe('–');
  });
  it('follows the locale', () => {
    expect(formatValue(31.4, 'percent', 'de-DE')).toBe('31,4\u00a0%');
    expect(formatValue(-1234.5, 'points', 'en-US')).toBe('\u22121,234.5');
  });
});

describe('formatDelta', () => {
  it('names percentage points for percent metrics', () => {
    expect(formatDelta(2.34, 'percent')).toBe('+2.3\u00a0pp');
    expect(formatDelta(-0.5, 'percent')).toBe('\u22120.5\u00a0pp');
  });
  it("keeps the metric's decimals, whatever the size of the value it changes", () => {
    expect(formatDelta(-0.7, 'percent')).toBe('\u22120.7\u00a0pp');
    expect(formatDelta(-0.123, { unit: 'percent', decimals: 2 })).toBe('\u22120.12\u00a0pp');
    expect(formatDelta(-0.4, { unit: 'percent', decimals: 2 })).toBe('\u22120.40\u00a0pp');
    expect(formatDelta(3.46, { unit: 'points', decimals: 0 })).toBe('+3\u00a0pts');
  });
  it('names points for net scores', () => {
    expect(formatDelta(-4, 'points')).toBe('\u22124.0\u00a0pts');
  });
  it('has no unit for ratios', () => {
    expect(formatDelta(1.5, 'ratio')).toBe('+1.5');
  });
  it('shows a dash when there is no change to show', () => {
    expect(formatDelta(null, 'points')).toBe('–');
  });
  it('names the units in the locale', async () => {
    await loadLocale('de-DE');
    await loadLocale('en-US');
    expect(formatDelta(2.34, 'percent', 'de-DE')).toBe('+2,3\u00a0Pp.');
    expect(formatDelta(-4, 'points', 'de-DE')).toBe('\u22124,0\u00a0Pkt.');
    expect(formatDelta(2.34, 'percent', 'en-US')).toBe('+2.3\u00a0pct. pts');
  });
});

describe('formatSampleSize and formatNumber', () => {
  it('groups thousands', () => {
    expect(formatSampleSize(12400)).toBe('n\u00a0=\u00a012,400');
    expect(formatSampleSize(12400, 'de-DE')).toBe('n\u00a0=\u00a012.400');
    expect(formatNumber(1234.56)).toBe('1,234.6');
  });
});

describe('asDisplayed', () => {
  it('is the number as its text reads, rounding half away from zero like the formatter', () => {
    expect(asDisplayed(69.95, 1)).toBe(70);
    expect(asDisplayed(49.95, 1)).toBe(50);
    expect(asDisplayed(69.94, 1)).toBe(69.9);
    expect(asDisplayed(-0.05, 1)).toBe(-0.1);
    expect(asDisplayed(31.96, 1)).toBe(32);
    expect(asDisplayed(1.005, 2)).toBe(1.01);
    expect(asDisplayed(1.45, 1)).toBe(1.5);
    for (const v of [69.95, 49.95, 0.05, 2.675, 1.45, 12.345])
      expect(String(asDisplayed(v, 1))).toBe(String(Number(formatNumber(v))));
  });
});
