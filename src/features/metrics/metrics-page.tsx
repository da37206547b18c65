// A metric family's drill-down: every metric of the family over time, and the units compared.
import { useMemo } from 'react';
import { useParams } from 'react-router';
import { useAnnotations } from '@/api/queries/annotations';
import { useCatalog } from '@/api/queries/catalog';
import { useMetrics, useMetricsForUnits } from '@/api/queries/metrics';
import { metricFamily, type Annotation, type Catalog, type MetricFamily } from '@/api/schemas';
import { EmbedButton } from '@/components/embed-button';
import { WidgetErrorBoundary } from '@/components/error-boundary';
import { allSettled, Panel } from '@/components/panel';
import { useI18n } from '@/i18n/use-i18n';
import { familyName } from '@/lib/format/domain-words';
import { useViewState } from '@/lib/url-state';
import { MetricTrend } from './components/metric-trend';
import { UnitComparison } from './components/unit-comparison';
import './metrics.css';
import { comparedUnits, familyMetrics, metricsViewPeriods } from './view-queries';

/** One empty list while annotations load, so the charts are not rebuilt on every render. */
const noAnnotations: readonly Annotation[] = [];

function FamilyDrillDown({ catalog, family }: { catalog: Catalog; family: MetricFamily }) {
  const { locale, t } = useI18n();
  const { unit, range } = useViewState(catalog);
  const metrics = useMemo(() => familyMetrics(catalog, family), [catalog, family]);
  const ids = metrics.map((m) => m.id);
  // The same periods its route asked for while this code loaded.
  const periods = metricsViewPeriods(range);
  const series = useMetrics({ unit: unit.id, metrics: ids, ...periods.series });
  const annotations = useAnnotations({ unit: unit.id, ...periods.annotations });
  const childUnits = useMemo(() => comparedUnits(catalog), [catalog]);
  const perUnit = useMetricsForUnits(
    childUnits.map((u) => u.id),
    { metrics: ids, ...periods.compared },
  );
  // Kept while no unit's result changes, so the comparisons are worked out once per result.
  const unitsState = useMemo(() => allSettled(perUnit), [perUnit]);
  const unitName = catalog.units.find((u) => u.id === unit.id)?.name ?? unit.id;

  return (
    <div className="page">
      <h2 className="page-title">
        {familyName(family, t)} <span className="page-title__unit">· {unitName}</span>
      </h2>
      {annotations.isError && (
        <p className="notice" role="status">
          {t('metrics.annotationsFailed', { error: annotations.error.message })}
        </p>
      )}
      <section aria-labelledby="trend-heading" className="panel">
        <h3 id="trend-heading" className="section-title">
          {t('metrics.overTime')}
        </h3>
        <Panel
          state={series}
          what={t('metrics.familyMetricsWhat', { family: familyName(family, t) })}
          dataQuality={(data) => data.dataQuality}
        >
          {(data) => (
            <div className="chart-grid">
              {metrics.map((metric) => (
                <WidgetErrorBoundary key={metric.id} name={metric.name} resetKey={unit.id}>
                  <MetricTrend
                    metric={metric}
                    points={data.series.find((s) => s.metric === metric.id)?.points ?? []}
                    from={range.from}
                    to={range.to}
                    unitId={unit.id}
                    units={catalog.units}
                    targets={catalog.targets}
                    annotations={annotations.data?.annotations ?? noAnnotations}
                    locale={locale}
                    actions={
                      metric.headline ? (
                        <EmbedButton
                          path={`/embed/trend/${family}`}
                          unitId={unit.id}
                          what={t('metrics.embedTrendWhat', { metric: metric.name })}
                          params={{
                            range: range.kind === '52w' ? undefined : range.kind,
                            from: range.kind === 'custom' ? range.from : undefined,
                            to: range.kind === 'custom' ? range.to : undefined,
                          }}
                        />
                      ) : undefined
                    }
                  />
                </WidgetErrorBoundary>
              ))}
            </div>
          )}
        </Panel>
      </section>
      <section aria-labelledby="units-heading" className="panel">
        <h3 id="units-heading" className="section-title">
          {t('metrics.unitsCompared')}
        </h3>
        <Panel state={unitsState} what={t('metrics.unitsLoadingWhat')}>
          {(responses) => (
            <>
              {perUnit.some((q) => q.isError) && (
                <p className="notice" role="status">
                  {t('metrics.unitsFailed', { count: perUnit.filter((q) => q.isError).length })}
                </p>
              )}
              <div className="chart-grid">
                {metrics.map((metric) => (
                  <WidgetErrorBoundary
                    key={metric.id}
                    name={t('metrics.unitsComparedBoundary', { metric: metric.name })}
                  >
                    <UnitComparison
                      metric={metric}
                      units={childUnits}
                      responses={responses}
                      targets={catalog.targets}
                      period={range.to}
                      locale={locale}
                    />
                  </WidgetErrorBoundary>
                ))}
              </div>
            </>
          )}
        </Panel>
      </section>
    </div>
  );
}

export function MetricsPage() {
  const { family } = useParams();
  const { t } = useI18n();
  const catalog = useCatalog();
  if (!catalog.data) return null;
  if (!metricFamily.safeParse(family).success) {
    return (
      <p className="notice" role="status">
        {t('metrics.noFamily', { family: family ?? '', families: metricFamily.options.join(', ') })}
      </p>
    );
  }
  return <FamilyDrillDown catalog={catalog.data} family={family as MetricFamily} />;
}
