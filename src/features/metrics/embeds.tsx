// The metric widget an intranet page can embed: a family's headline metric over a range, with its
// band, target, annotations and the same weeks a year earlier.
import { useAnnotations } from '@/api/queries/annotations';
import { useMetrics } from '@/api/queries/metrics';
import type { Annotation, Catalog, MetricFamily } from '@/api/schemas';
import { Panel } from '@/components/panel';
import { useI18n } from '@/i18n/use-i18n';
import { addWeeksIso } from '@/domain/periods';
import type { TimeRange } from '@/domain/time-range';
import { MetricTrend } from './components/metric-trend';
import './metrics.css';

/** One empty list for every render without annotations, so the trend's model is not rebuilt. */
const noAnnotations: readonly Annotation[] = [];

interface FamilyTrendEmbedProps {
  catalog: Catalog;
  unitId: string;
  range: TimeRange;
  family: MetricFamily;
}

export function FamilyTrendEmbed({ catalog, unitId, range, family }: FamilyTrendEmbedProps) {
  const { locale, t } = useI18n();
  const metric =
    catalog.metrics.find((m) => m.family === family && m.headline) ??
    catalog.metrics.find((m) => m.family === family);
  const series = useMetrics({
    unit: unitId,
    metrics: metric ? [metric.id] : [],
    from: addWeeksIso(range.from, -53),
    to: range.to,
  });
  const annotations = useAnnotations({ unit: unitId, from: range.from, to: range.to });
  if (!metric) return <p role="alert">{t('metrics.embedNoMetric', { family })}</p>;
  return (
    <Panel
      state={series}
      what={metric.name}
      notices="below"
      dataQuality={(data) => data.dataQuality}
    >
      {(data) => (
        <MetricTrend
          metric={metric}
          points={data.series.find((s) => s.metric === metric.id)?.points ?? []}
          from={range.from}
          to={range.to}
          unitId={unitId}
          units={catalog.units}
          targets={catalog.targets}
          annotations={annotations.data?.annotations ?? noAnnotations}
          locale={locale}
        />
      )}
    </Panel>
  );
}
