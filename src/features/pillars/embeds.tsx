// The pillar widget an intranet page can embed: the pillar heatmap of a unit over a range.
import { useMemo } from 'react';
import { usePillars } from '@/api/queries/pillars';
import type { Catalog } from '@/api/schemas';
import { Panel, withData } from '@/components/panel';
import { useConfig } from '@/config/config-context';
import { useI18n } from '@/i18n/use-i18n';
import type { TimeRange } from '@/domain/time-range';
import { PillarHeatmap } from './components/pillar-heatmap';
import { toPillarHealthModel } from '@/domain/pillar-health';
import './pillars.css';

export function PillarHeatmapEmbed({
  catalog,
  unitId,
  range,
}: {
  catalog: Catalog;
  unitId: string;
  range: TimeRange;
}) {
  const { pillarHealth } = useConfig();
  const { t } = useI18n();
  const query = usePillars({ unit: unitId, from: range.from, to: range.to });
  const health = useMemo(
    () =>
      query.data && toPillarHealthModel(query.data, catalog, { from: range.from, to: range.to }),
    [query.data, catalog, range.from, range.to],
  );
  const unitName = catalog.units.find((u) => u.id === unitId)?.name ?? unitId;
  return (
    <Panel
      state={withData(query, health)}
      what={t('pillars.loadingWhat')}
      errorWhat={t('pillars.errorWhat')}
    >
      {(health) => <PillarHeatmap health={health} thresholds={pillarHealth} unitName={unitName} />}
    </Panel>
  );
}
