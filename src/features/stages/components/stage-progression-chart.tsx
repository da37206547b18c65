// A unit's maturity score by quarter on the stage bands, with the table behind it.
import { useMemo } from 'react';
import type { StageDefinition } from '@/api/schemas';
import { Chart } from '@/components/chart';
import { useI18n } from '@/i18n/use-i18n';
import { formatQuarter } from '@/lib/format/dates';
import { formatNumber } from '@/lib/format/format';
import { stageBands, stageOf, type StageStep } from '@/domain/stages';
import { useChartTheme } from '@/components/use-chart-theme';
import { buildStageProgressionOption } from '../charts/build-stage-progression-option';

interface StageProgressionChartProps {
  unitName: string;
  steps: readonly StageStep[];
  stages: readonly StageDefinition[];
  locale: string;
  actions?: React.ReactNode;
}

export function StageProgressionChart({
  unitName,
  steps,
  stages,
  locale,
  actions,
}: StageProgressionChartProps) {
  const { t } = useI18n();
  const theme = useChartTheme();
  const bands = useMemo(() => stageBands(stages), [stages]);
  const option = useMemo(
    () => buildStageProgressionOption({ steps, bands, theme, locale, t }),
    [steps, bands, theme, locale, t],
  );
  return (
    <Chart
      title={t('stages.chart.title', { unit: unitName })}
      description={t('stages.chart.description', { count: bands.length })}
      option={option}
      height={360}
      actions={actions}
      table={{
        columns: [
          t('stages.chart.quarter'),
          t('stages.chart.score'),
          t('stages.chart.stageHeld'),
          t('stages.chart.move'),
          t('stages.chart.note'),
        ],
        rows: steps.map((s) => [
          formatQuarter(s.period, locale),
          formatNumber(s.score, locale),
          stageOf(s.stage, stages)?.name ?? t('stages.chart.unknownStage', { stage: s.stage }),
          s.move === 'promotion'
            ? t('stages.chart.promoted')
            : s.move === 'demotion'
              ? t('stages.chart.demoted')
              : '–',
          s.note || '–',
        ]),
      }}
    />
  );
}
