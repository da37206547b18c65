// The wall's headline view: the four numbers, their change and target, readable from across a room.
import { useQueries } from '@tanstack/react-query';
import { metricsQueryOptions } from '@/api/queries/metrics';
import { metricFamily, type Catalog } from '@/api/schemas';
import { formatDelta, formatSampleSize, formatValue } from '@/lib/format';
import { familyNames } from '@/lib/families';
import { headlineFrom, summariseHeadline, type HeadlineSummary } from '@/lib/headline';
import { formatWeek } from '@/lib/dates';
import { Sparkline } from '@/components/sparkline';

function changeText(s: HeadlineSummary, locale: string): { text: string; tone: string } {
  if (s.lowSample) return { text: 'Low sample: no change call', tone: 'neutral' };
  const c = s.vsLastWeek;
  const delta = formatDelta(c.delta, s.metric.unit, locale, s.latest?.value);
  if (c.verdict === 'better' || c.verdict === 'worse') {
    return { text: `${(c.delta ?? 0) > 0 ? '▲' : '▼'} ${delta} vs last week`, tone: c.verdict };
  }
  if (c.verdict === 'no-significant-change')
    return { text: '≈ No significant change', tone: 'neutral' };
  return { text: 'No comparison with last week', tone: 'neutral' };
}

const targetWords = {
  'on-track': '✓ On track',
  'at-risk': '◐ At risk',
  'off-track': '✕ Off track',
} as const;

export function WallOverview({
  catalog,
  unitId,
  locale,
}: {
  catalog: Catalog;
  unitId: string;
  locale: string;
}) {
  const headlines = metricFamily.options.flatMap((f) =>
    catalog.metrics.filter((m) => m.family === f && m.headline),
  );
  const from = headlineFrom(catalog.dataAsOf);
  const queries = useQueries({
    queries: headlines.map((m) => metricsQueryOptions({ unit: unitId, metrics: [m.id], from })),
  });

  return (
    <div className="wall-tiles">
      {headlines.map((metric, i) => {
        const q = queries[i]!;
        const points = q.data?.series.find((s) => s.metric === metric.id)?.points;
        const s = points ? summariseHeadline(metric, points, catalog.targets, unitId) : null;
        const change = s?.latest ? changeText(s, locale) : null;
        return (
          <article key={metric.id} className="wall-tile" aria-label={metric.name}>
            <p className="wall-tile__family">{familyNames[metric.family]}</p>
            <h2 className="wall-tile__name">{metric.name}</h2>
            {s?.latest ? (
              <>
                <p className={`wall-tile__value${s.lowSample ? ' wall-tile__value--low' : ''}`}>
                  {formatValue(s.latest.value, metric.unit, locale)}
                </p>
                <p className={`wall-tile__change wall-tone--${change!.tone}`}>{change!.text}</p>
                <Sparkline
                  points={s.recent}
                  minReportableN={metric.minReportableN}
                  target={s.target?.value}
                  label={`${metric.name}, last ${s.recent.length} weeks`}
                />
                {s.target && (
                  <p className={`wall-tile__target wall-target--${s.target.status}`}>
                    Target {formatValue(s.target.value, metric.unit, locale)} ·{' '}
                    {targetWords[s.target.status]}
                  </p>
                )}
                <p className="wall-tile__meta">
                  {formatSampleSize(s.latest.n, locale)} · {formatWeek(s.latest.period, locale)}
                </p>
              </>
            ) : (
              <p className="wall-tile__meta">
                {q.isError
                  ? 'Not available: the data source failed'
                  : q.isPending
                    ? 'Loading…'
                    : 'No data'}
              </p>
            )}
          </article>
        );
      })}
    </div>
  );
}
