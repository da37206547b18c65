import { formatDelta, formatNumber, formatSampleSize, formatValue } from './format';
import { loadLocale } from '@/i18n/registry';

describe('formatValue', () => {
  it('formats percent with one decimal and a percent sign', () => {
    expect(formatValue(31.44, 'percent')).toBe('31.4%');
    expect(formatValue(100, 'percent')).toBe('100.0%');
  });
  it('keeps small percentages readable', () => {
    expect(formatValue(1.234, 'percent')).toBe('1.23%');
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
    expect(formatDelta(-0.123, 'percent', 'en-GB', 1.23)).toBe('\u22120.12\u00a0pp');
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
