// Pillar health: the seven pillars over months, now vs a quarter and a year ago, movers in words,
// and the units compared.
import { useMemo } from 'react';
import { useCatalog } from '@/api/queries/catalog';
import { usePillars, usePillarsForUnits } from '@/api/queries/pillars';
import type { Catalog } from '@/api/schemas';
import { EmbedButton } from '@/components/embed-button';
import { WidgetErrorBoundary } from '@/components/error-boundary';
import { allSettled, Panel, withData } from '@/components/panel';
import { useConfig } from '@/config/config-context';
import { useI18n } from '@/i18n/use-i18n';
import { useViewState } from '@/lib/url-state';
import { PillarHeatmap } from './components/pillar-heatmap';
import { PillarRadar } from './components/pillar-radar';
import { PillarSummary } from './components/pillar-summary';
import { PillarTrend } from './components/pillar-trend';
import { UnitsHeatmap } from './components/units-heatmap';
import { toPillarSummaryModel } from './model/pillar-summary-model';
import { toPillarHealthModel } from '@/domain/pillar-health';
import './pillars.css';
import { comparedUnits, pillarsViewPeriods } from './view-queries';

function PillarsView({ catalog }: { catalog: Catalog }) {
  const { pillarHealth } = useConfig();
  const { t } = useI18n();
  const { unit, range } = useViewState(catalog);
  // The same periods its route asked for while this code loaded.
  const periods = pillarsViewPeriods({ unit: unit.id, from: range.from, to: range.to });
  const pillars = usePillars(periods.unit);
  const childUnits = useMemo(() => comparedUnits(catalog), [catalog]);
  const perUnit = usePillarsForUnits(
    childUnits.map((u) => u.id),
    periods.compared,
  );
  // Kept while no unit's result changes, so the heatmap is worked out once per result.
  const unitsState = useMemo(() => allSettled(perUnit), [perUnit]);
  const childNames = useMemo(() => childUnits.map((u) => u.name), [childUnits]);
  const unitName = catalog.units.find((u) => u.id === unit.id)?.name ?? unit.id;
  // Worked out once per result: the page re-renders as each unit's figures arrive.
  const health = useMemo(
    () =>
      pillars.data &&
      toPillarHealthModel(pillars.data, catalog, { from: range.from, to: range.to }),
    [pillars.data, catalog, range.from, range.to],
  );
  const summary = useMemo(
    () => health?.latest && toPillarSummaryModel(health, health.latest),
    [health],
  );

  return (
    <div className="page">
      <h2 className="page-title">
        {t('pillars.title')} <span className="page-title__unit">· {unitName}</span>
      </h2>
      <Panel
        state={withData(pillars, health)}
        what={t('pillars.loadingWhat')}
        errorWhat={t('pillars.errorWhat')}
        dataQuality={() => pillars.data?.dataQuality}
      >
        {(health) =>
          !health.latest || !summary ? (
            <p className="widget-state widget-state--empty">
              {t('pillars.empty', { unit: unitName })}
            </p>
          ) : (
            <>
              <section className="panel" aria-labelledby="pillar-summary-heading">
                <h3 id="pillar-summary-heading" className="section-title">
                  {t('pillars.inWords')}
                </h3>
                <PillarSummary model={summary} />
              </section>
              <section className="panel" aria-labelledby="pillar-heatmap-heading">
                <h3 id="pillar-heatmap-heading" className="visually-hidden">
                  {t('pillars.overMonths')}
                </h3>
                <div className="two-column two-column--wide-left">
                  <WidgetErrorBoundary name={t('pillars.heatmapBoundary')} resetKey={unit.id}>
                    <PillarHeatmap
                      health={health}
                      thresholds={pillarHealth}
                      unitName={unitName}
                      actions={
                        <EmbedButton
                          path="/embed/pillars-heatmap"
                          unitId={unit.id}
                          what={t('pillars.heatmapBoundary')}
                        />
                      }
                    />
                  </WidgetErrorBoundary>
                  <WidgetErrorBoundary name={t('pillars.radarBoundary')} resetKey={unit.id}>
                    <PillarRadar health={health} latest={health.latest} />
                  </WidgetErrorBoundary>
                </div>
              </section>
              <section className="panel" aria-labelledby="pillar-trend-heading">
                <h3 id="pillar-trend-heading" className="visually-hidden">
                  {t('pillars.trend.title')}
                </h3>
                <WidgetErrorBoundary name={t('pillars.trendsBoundary')} resetKey={unit.id}>
                  <PillarTrend health={health} thresholds={pillarHealth} />
                </WidgetErrorBoundary>
              </section>
            </>
          )
        }
      </Panel>
      <section className="panel" aria-labelledby="pillar-units-heading">
        <h3 id="pillar-units-heading" className="visually-hidden">
          {t('pillars.unitsHeading')}
        </h3>
        <Panel
          state={unitsState}
          what={t('pillars.unitsLoadingWhat')}
          name={t('pillars.unitsHeading')}
        >
          {(responses) => (
            <UnitsHeatmap
              catalog={catalog}
              units={childNames}
              responses={responses}
              thresholds={pillarHealth}
            />
          )}
        </Panel>
      </section>
    </div>
  );
}

export function PillarsPage() {
  const catalog = useCatalog();
  if (!catalog.data) return null;
  return <PillarsView catalog={catalog.data} />;
}
