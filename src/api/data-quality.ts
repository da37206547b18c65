// Points that cannot be plotted honestly (not finite, or outside their range) are dropped at the edge
// and counted, so a bad value shows as a data-quality notice instead of a spike on a chart.

export interface DataQualityIssue {
  /** The series id, e.g. `loyalty-index`. */
  series: string;
  /** The point's period, e.g. `2026-11-09`. */
  period: string;
  /** e.g. `value 250 is outside −100…100` */
  problem: string;
}

/** A response with the points dropped from it, if any. */
export type WithQuality<T> = T & { dataQuality?: DataQualityIssue[] };

type RawPoint = Record<string, unknown> & { period?: unknown };
type RawSeries = { points?: unknown } & Record<string, unknown>;

const range = (min: number, max: number) => `${min < 0 ? `\u2212${-min}` : min}…${max}`;

/**
 * Drops points whose numeric fields are not finite (JSON such as `1e999` parses to Infinity), and
 * points outside a known range, from series-shaped bodies. Runs before schema validation, so one bad
 * point does not reject the whole response.
 */
export function dropUnplottablePoints(
  body: unknown,
  options: {
    /** The key naming a series: `metric` or `pillar`. */
    seriesKey: string;
    /** The point field that carries the figure: `value` or `score`. */
    valueKey: string;
    /** Range per series id, when known. */
    rangeOf: (seriesId: string) => { min: number; max: number } | null;
  },
): DataQualityIssue[] {
  const issues: DataQualityIssue[] = [];
  const series = (body as { series?: unknown })?.series;
  if (!Array.isArray(series)) return issues;
  for (const s of series as RawSeries[]) {
    if (!s || !Array.isArray(s.points)) continue;
    const id = String(s[options.seriesKey] ?? '?');
    const bounds = options.rangeOf(id);
    s.points = (s.points as RawPoint[]).filter((p) => {
      if (!p || typeof p !== 'object') return true; // the schema reports it
      const where = { series: id, period: String(p.period ?? '?') };
      for (const [key, v] of Object.entries(p)) {
        if (typeof v === 'number' && !Number.isFinite(v)) {
          issues.push({ ...where, problem: `${key} ${String(v)} is not a finite number` });
          return false;
        }
      }
      const v = p[options.valueKey];
      if (bounds && typeof v === 'number' && (v < bounds.min || v > bounds.max)) {
        issues.push({
          ...where,
          problem: `${options.valueKey} ${v} is outside ${range(bounds.min, bounds.max)}`,
        });
        return false;
      }
      return true;
    });
  }
  return issues;
}
