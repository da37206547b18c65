// The seven pillars now, a quarter ago and a year ago, on one radar.
import { useMemo } from 'react';
import { Chart } from '@/components/chart';
import { useI18n } from '@/i18n/use-i18n';
import { useChartTheme } from '@/components/use-chart-theme';
import { buildPillarRadarOption } from '../charts/build-pillar-radar-option';
import { pillarRadarTable, radarLabels, toPillarRadarModel } from '../model/pillar-radar-model';
import type { PillarHealthModel } from '@/domain/pillar-health';

export function PillarRadar({
  health,
  latest,
}: {
  health: Pick<PillarHealthModel, 'rows'>;
  latest: string;
}) {
  const { locale, t } = useI18n();
  const theme = useChartTheme();
  const model = useMemo(() => toPillarRadarModel(health, latest), [health, latest]);
  const option = useMemo(() => {
    const labels = radarLabels(model, locale, t);
    return buildPillarRadarOption({
      pillars: model.pillars,
      snapshots: model.snapshots.map((s, i) => ({ label: labels[i]!, scores: s.scores })),
      theme,
    });
  }, [model, locale, t, theme]);
  return (
    <Chart
      title={t('pillars.radar.title')}
      description={t('pillars.radar.description')}
      option={option}
      height={340}
      table={pillarRadarTable(model, locale, t)}
    />
  );
}
