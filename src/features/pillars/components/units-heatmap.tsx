// Every child unit's latest pillar scores side by side, in health colours.
import { useMemo } from 'react';
import type { Catalog, PillarsResponse } from '@/api/schemas';
import { Chart } from '@/components/chart';
import type { HealthThresholds } from '@/domain/pillars';
import { useI18n } from '@/i18n/use-i18n';
import { useChartTheme } from '@/components/use-chart-theme';
import { buildHealthHeatmapOption } from '../charts/build-health-heatmap-option';
import { toUnitsPillarModel, unitsPillarTable } from '../model/units-pillar-model';

export function UnitsHeatmap({
  catalog,
  units,
  responses,
  thresholds,
}: {
  catalog: Catalog;
  units: readonly string[];
  responses: readonly (PillarsResponse | undefined)[];
  thresholds: HealthThresholds;
}) {
  const { locale, t } = useI18n();
  const theme = useChartTheme();
  const model = useMemo(
    () => toUnitsPillarModel(responses, catalog, units),
    [responses, catalog, units],
  );
  const option = useMemo(
    () =>
      buildHealthHeatmapOption({
        rows: model.pillars,
        columns: model.units,
        cells: model.scores,
        thresholds,
        theme,
        locale,
        t,
      }),
    [model, thresholds, theme, locale, t],
  );
  return (
    <Chart
      title={t('pillars.units.title')}
      description={t('pillars.units.description')}
      option={option}
      height={340}
      table={unitsPillarTable(model, locale, t)}
    />
  );
}
