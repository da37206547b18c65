// Stage progression: where every unit stands, one unit's climb over time, why, and the outlook.
import { useMemo, useState } from 'react';
import { useCatalog } from '@/api/queries/catalog';
import { usePillars } from '@/api/queries/pillars';
import { useStageStandings } from '@/api/queries/stage-standings';
import { useStages } from '@/api/queries/stages';
import type { Catalog } from '@/api/schemas';
import { EmbedButton } from '@/components/embed-button';
import { WidgetErrorBoundary } from '@/components/error-boundary';
import { Panel } from '@/components/panel';
import { useI18n } from '@/i18n/use-i18n';
import { stageWindow, stageSteps } from '@/domain/stages';
import { useViewState } from '@/lib/url-state';
import { StageProgressionChart } from './components/stage-progression-chart';
import { outlookSentence } from './components/stage-outlook';
import { StageStandings } from './components/stage-standings';
import { StageWhy } from './components/stage-why';
import './stages.css';

function StagesView({ catalog }: { catalog: Catalog }) {
  const { locale, t } = useI18n();
  const { unit, setUnit } = useViewState(catalog);
  // The last three years, whatever range the other views use: the header shows no range here.
  const { from, to } = stageWindow(catalog.dataAsOf);
  const units = catalog.units;
  const standings = useStageStandings(
    units.map((u) => u.id),
    { from, to },
    catalog.stages,
  );
  const stages = useStages({ unit: unit.id, from, to });
  const pillars = usePillars({ unit: unit.id, from, to });
  const [quarter, setQuarter] = useState<string | null>(null);

  const steps = useMemo(
    () => (stages.data ? stageSteps(stages.data.points, catalog.stages) : []),
    [stages.data, catalog.stages],
  );
  const unitName = catalog.units.find((u) => u.id === unit.id)?.name ?? unit.id;

  return (
    <div className="page">
      <h2 className="page-title">{t('stages.title')}</h2>
      <section className="panel" aria-labelledby="standings-heading">
        <h3 id="standings-heading" className="section-title">
          {t('stages.standingsHeading')}
        </h3>
        <WidgetErrorBoundary name={t('stages.standingsHeading')}>
          <StageStandings
            units={units}
            standings={standings}
            stages={catalog.stages}
            selected={unit.id}
            onSelect={setUnit}
            locale={locale}
          />
        </WidgetErrorBoundary>
      </section>
      <section className="panel" aria-labelledby="progression-heading">
        <h3 id="progression-heading" className="section-title">
          {t('stages.climbHeading', { unit: unitName })}
        </h3>
        <p className="stage-note">{t('stages.windowNote')}</p>
        <Panel state={stages} what={t('stages.loadingWhat')} errorWhat={t('stages.errorWhat')}>
          {(data) =>
            steps.length === 0 ? (
              <p className="widget-state widget-state--empty">
                {t('stages.empty', { unit: unitName })}
              </p>
            ) : (
              <div className="two-column">
                <WidgetErrorBoundary name={t('stages.chartBoundary')} resetKey={unit.id}>
                  <StageProgressionChart
                    unitName={unitName}
                    steps={steps}
                    stages={catalog.stages}
                    locale={locale}
                    actions={
                      <EmbedButton
                        path="/embed/stages"
                        unitId={unit.id}
                        what={t('stages.embedWhat')}
                      />
                    }
                  />
                </WidgetErrorBoundary>
                <div className="stack">
                  <div>
                    <h4 className="subsection-title">{t('stages.whyHeading')}</h4>
                    <StageWhy
                      steps={steps}
                      quarter={quarter ?? steps.at(-1)!.period}
                      onQuarter={setQuarter}
                      stages={catalog.stages}
                      pillars={catalog.pillars}
                      pillarData={pillars.data}
                      locale={locale}
                    />
                  </div>
                  <div>
                    <h4 className="subsection-title">{t('stages.outlookHeading')}</h4>
                    <p className="outlook">
                      {outlookSentence(data.points, catalog.stages, locale, t)}
                    </p>
                  </div>
                </div>
              </div>
            )
          }
        </Panel>
      </section>
    </div>
  );
}

export function StagesPage() {
  const catalog = useCatalog();
  if (!catalog.data) return null;
  return <StagesView catalog={catalog.data} />;
}
