// A small inline SVG trend with its 95% band: no charting library, so headline tiles paint at once.
import type { MetricPoint } from '@/api/schemas';

interface SparklineProps {
  points: readonly MetricPoint[];
  minReportableN: number;
  target?: number | null;
  /** Accessible name, e.g. "Loyalty index, last 13 weeks". */
  label: string;
  width?: number;
  height?: number;
}

const PAD = 4;

/** Splits a series into runs of consecutive weeks with values, so gaps break the line. */
function runs(
  points: readonly MetricPoint[],
): { i: number; p: MetricPoint & { value: number } }[][] {
  const out: { i: number; p: MetricPoint & { value: number } }[][] = [];
  let current: { i: number; p: MetricPoint & { value: number } }[] = [];
  points.forEach((p, i) => {
    if (p.value == null) {
      if (current.length) out.push(current);
      current = [];
    } else current.push({ i, p: p as MetricPoint & { value: number } });
  });
  if (current.length) out.push(current);
  return out;
}

export function Sparkline({
  points,
  minReportableN,
  target,
  label,
  width = 220,
  height = 56,
}: SparklineProps) {
  const values = points.flatMap((p) =>
    p.value == null ? [] : [p.ciLow ?? p.value, p.ciHigh ?? p.value, p.value],
  );
  if (target != null) values.push(target);
  if (values.length === 0) return null;
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (hi - lo < 1e-9) {
    lo -= 1;
    hi += 1;
  }
  const x = (i: number) => PAD + (i * (width - 2 * PAD)) / Math.max(1, points.length - 1);
  const y = (v: number) => PAD + ((hi - v) * (height - 2 * PAD)) / (hi - lo);

  const segments = runs(points);
  return (
    <svg
      className="sparkline"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
      preserveAspectRatio="none"
    >
      {segments.map((run) => {
        const withBand = run.filter(({ p }) => p.ciLow != null && p.ciHigh != null);
        if (withBand.length < 2) return null;
        const upper = withBand.map(({ i, p }) => `${x(i)},${y(p.ciHigh!)}`);
        const lower = withBand.map(({ i, p }) => `${x(i)},${y(p.ciLow!)}`).reverse();
        return (
          <polygon
            key={`band-${run[0]!.i}`}
            className="sparkline__band"
            points={[...upper, ...lower].join(' ')}
          />
        );
      })}
      {target != null && (
        <line
          className="sparkline__target"
          x1={PAD}
          x2={width - PAD}
          y1={y(target)}
          y2={y(target)}
        />
      )}
      {segments.map((run) => (
        <polyline
          key={`line-${run[0]!.i}`}
          className="sparkline__line"
          points={run.map(({ i, p }) => `${x(i)},${y(p.value)}`).join(' ')}
        />
      ))}
      {segments.flat().map(({ i, p }) => {
        const low = p.n < minReportableN;
        const last = i === points.length - 1;
        if (!low && !last) return null;
        return (
          <circle
            key={`pt-${i}`}
            className={low ? 'sparkline__point sparkline__point--low' : 'sparkline__point'}
            cx={x(i)}
            cy={y(p.value)}
            r={last ? 3.5 : 2.5}
            vectorEffect="non-scaling-stroke"
          />
        );
      })}
    </svg>
  );
}
