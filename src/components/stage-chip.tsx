// A stage's name on its colour: the same colour as the stage's band in every chart.
import type { StageDefinition } from '@/api/schemas';
import { useI18n } from '@/i18n/use-i18n';
import { stageColour } from '@/lib/charts/palette';
import { useChartTheme } from '@/components/use-chart-theme';

export function StageChip({
  stageId,
  stages,
}: {
  stageId: string;
  stages: readonly StageDefinition[];
}) {
  const { t } = useI18n();
  const theme = useChartTheme();
  const sorted = [...stages].sort((a, b) => a.order - b.order);
  const index = sorted.findIndex((s) => s.id === stageId);
  const stage = sorted[index];
  if (!stage) {
    return (
      <span className="stage-chip stage-chip--unknown">
        {t('components.stage.unknown', { id: stageId })}
      </span>
    );
  }
  return (
    <span className="stage-chip" style={{ borderColor: stageColour(index, theme.name) }}>
      <span
        className="stage-chip__swatch"
        style={{ background: stageColour(index, theme.name) }}
        aria-hidden="true"
      />
      {stage.name}
      <span className="stage-chip__step">
        {' '}
        {t('components.stage.step', { index: index + 1, total: sorted.length })}
      </span>
    </span>
  );
}
