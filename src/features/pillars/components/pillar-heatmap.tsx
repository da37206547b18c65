// The pillars × months heatmap of one unit, in health colours; on the pillars page and as an embed.
import { useMemo, type ReactNode } from 'react';
import { Chart } from '@/components/chart';
import type { HealthThresholds } from '@/domain/pillars';
import { useI18n } from '@/i18n/use-i18n';
import { useChartTheme } from '@/components/use-chart-theme';
import { formatMonth } from '@/lib/format/dates';
import { buildHealthHeatmapOption } from '../charts/build-health-heatmap-option';
import {
  pillarHeatmapDescription,
  pillarHeatmapTable,
  toPillarHeatmapModel,
} from '../model/pillar-heatmap-model';
import type { PillarHealthModel } from '@/domain/pillar-health';

export function PillarHeatmap({
  health,
  thresholds,
  unitName,
  actions,
}: {
  health: Pick<PillarHealthModel, 'rows' | 'months'>;
  thresholds: HealthThresholds;
  unitName: string;
  actions?: ReactNode;
}) {
  const { locale, t } = useI18n();
  const theme = useChartTheme();
  const model = useMemo(() => toPillarHeatmapModel(health, thresholds), [health, thresholds]);
  const option = useMemo(
    () =>
      buildHealthHeatmapOption({
        rows: model.pillars,
        columns: model.months.map((m) => formatMonth(m, locale)),
        cells: model.scores,
        thresholds,
        theme,
        locale,
        t,
        detail: (r, c) =>
          t('pillars.heatmap.respondents', { count: model.respondents[r]?.[c] ?? 0 }),
      }),
    [model, thresholds, theme, locale, t],
  );
  const table = useMemo(() => pillarHeatmapTable(model, locale, t), [model, locale, t]);
  return (
    <Chart
      title={t('pillars.heatmap.title', { unit: unitName })}
      description={pillarHeatmapDescription(model, t)}
      option={option}
      actions={actions}
      height={340}
      table={table}
    />
  );
}
