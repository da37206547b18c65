// The stage widget an intranet page can embed: a unit's climb through the stages by quarter.
import { useMemo } from 'react';
import { useStages } from '@/api/queries/stages';
import type { Catalog } from '@/api/schemas';
import { Panel } from '@/components/panel';
import { useI18n } from '@/i18n/use-i18n';
import { stageWindow, stageSteps } from '@/domain/stages';
import { StageProgressionChart } from './components/stage-progression-chart';
import './stages.css';

/** The last three years, as on the stages view, whatever range the embed's URL names. */
export function StageLadderEmbed({ catalog, unitId }: { catalog: Catalog; unitId: string }) {
  const { locale, t } = useI18n();
  const query = useStages({ unit: unitId, ...stageWindow(catalog.dataAsOf) });
  const steps = useMemo(
    () => (query.data ? stageSteps(query.data.points, catalog.stages) : []),
    [query.data, catalog.stages],
  );
  const unitName = catalog.units.find((u) => u.id === unitId)?.name ?? unitId;
  return (
    <Panel state={query} what={t('stages.loadingWhat')} errorWhat={t('stages.errorWhat')}>
      {() => (
        <StageProgressionChart
          unitName={unitName}
          steps={steps}
          stages={catalog.stages}
          locale={locale}
        />
      )}
    </Panel>
  );
}
