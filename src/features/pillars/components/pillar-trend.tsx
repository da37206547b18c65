// The pillars' scores over the range as lines against the health bands.
import { useMemo } from 'react';
import { Chart } from '@/components/chart';
import type { HealthThresholds } from '@/domain/pillars';
import { useI18n } from '@/i18n/use-i18n';
import { useChartTheme } from '@/components/use-chart-theme';
import { buildPillarTrendOption } from '../charts/build-pillar-trend-option';
import { pillarTrendDescription, pillarTrendTable } from '../model/pillar-trend-model';
import type { PillarHealthModel } from '@/domain/pillar-health';

export function PillarTrend({
  health,
  thresholds,
}: {
  health: Pick<PillarHealthModel, 'rows' | 'months'>;
  thresholds: HealthThresholds;
}) {
  const { locale, t } = useI18n();
  const theme = useChartTheme();
  // Built once per result: the page re-renders as each unit's figures arrive (60 on a large organisation).
  const option = useMemo(
    () =>
      buildPillarTrendOption({
        rows: health.rows,
        months: health.months,
        thresholds,
        theme,
        locale,
        t,
      }),
    [health, thresholds, theme, locale, t],
  );
  const table = useMemo(() => pillarTrendTable(health, locale, t), [health, locale, t]);
  return (
    <Chart
      title={t('pillars.trend.title')}
      description={pillarTrendDescription(thresholds, t)}
      option={option}
      height={340}
      table={table}
    />
  );
}
