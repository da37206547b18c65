// Stage progression: where every unit stands, one unit's climb over time, why, and the outlook.
import { useMemo, useState } from 'react';
import { useCatalog } from '@/api/queries/catalog';
import { usePillars } from '@/api/queries/pillars';
import { useStages, useStagesForUnits } from '@/api/queries/stages';
import type { Catalog } from '@/api/schemas';
import { EmbedButton } from '@/components/embed-button';
import { WidgetErrorBoundary } from '@/components/error-boundary';
import { ErrorState, LoadingState, StaleNotice } from '@/components/query-state';
import { useConfig } from '@/config/config-context';
import { stagesFrom, stageSteps } from '@/lib/stages';
import { useViewState } from '@/lib/url-state';
import { StageProgressionChart } from './components/stage-progression-chart';
import { outlookSentence } from './components/stage-outlook';
import { StageStandings } from './components/stage-standings';
import { StageWhy } from './components/stage-why';

function StagesView({ catalog }: { catalog: Catalog }) {
  const { locale } = useConfig();
  const { unit, range, setUnit } = useViewState(catalog);
  const from = stagesFrom(range.from, catalog.dataAsOf);
  const units = catalog.units;
  const all = useStagesForUnits(
    units.map((u) => u.id),
    { from, to: range.to },
  );
  const stages = useStages({ unit: unit.id, from, to: range.to });
  const pillars = usePillars({ unit: unit.id, from, to: range.to });
  const [quarter, setQuarter] = useState<string | null>(null);

  const steps = useMemo(
    () => (stages.data ? stageSteps(stages.data.points, catalog.stages) : []),
    [stages.data, catalog.stages],
  );
  const unitName = catalog.units.find((u) => u.id === unit.id)?.name ?? unit.id;

  return (
    <div className="page">
      <h2 className="page-title">Stage progression</h2>
      <section className="panel" aria-labelledby="standings-heading">
        <h3 id="standings-heading" className="section-title">
          Where each unit stands
        </h3>
        <WidgetErrorBoundary name="Where each unit stands">
          <StageStandings
            units={units}
            responses={all}
            stages={catalog.stages}
            selected={unit.id}
            onSelect={setUnit}
            locale={locale}
          />
        </WidgetErrorBoundary>
      </section>
      <section className="panel" aria-labelledby="progression-heading">
        <h3 id="progression-heading" className="section-title">
          {unitName}: climb over time
        </h3>
        {stages.isError && stages.data && (
          <StaleNotice updatedAt={stages.dataUpdatedAt} error={stages.error} locale={locale} />
        )}
        {stages.isPending ? (
          <LoadingState what="stage assessments" failure={stages.failureReason} />
        ) : !stages.data ? (
          <ErrorState
            what="Stage assessments"
            error={stages.error}
            onRetry={() => void stages.refetch()}
          />
        ) : steps.length === 0 ? (
          <p className="widget-state widget-state--empty">
            No stage assessments for {unitName} in this period.
          </p>
        ) : (
          <div className="two-column">
            <WidgetErrorBoundary name="Stage progression chart" resetKey={unit.id}>
              <StageProgressionChart
                unitName={unitName}
                steps={steps}
                stages={catalog.stages}
                locale={locale}
                actions={
                  <EmbedButton path="/embed/stages" unitId={unit.id} what="Stage progression" />
                }
              />
            </WidgetErrorBoundary>
            <div className="stack">
              <div>
                <h4 className="subsection-title">Why</h4>
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
                <h4 className="subsection-title">Outlook</h4>
                <p className="outlook">
                  {outlookSentence(stages.data.points, catalog.stages, locale)}
                </p>
              </div>
            </div>
          </div>
        )}
      </section>
    </div>
  );
}

export function StagesPage() {
  const catalog = useCatalog();
  if (!catalog.data) return null;
  return <StagesView catalog={catalog.data} />;
}
