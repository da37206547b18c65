// A unit's maturity score by quarter on the stage bands, with the table behind it.
import { useMemo } from 'react';
import type { StageDefinition } from '@/api/schemas';
import { Chart } from '@/components/chart';
import { formatQuarter } from '@/lib/dates';
import { formatNumber } from '@/lib/format';
import { stageBands, stageOf, type StageStep } from '@/lib/stages';
import { useChartTheme } from '@/lib/use-chart-theme';
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
  const theme = useChartTheme();
  const bands = useMemo(() => stageBands(stages), [stages]);
  const option = useMemo(
    () => buildStageProgressionOption({ steps, bands, theme, locale }),
    [steps, bands, theme, locale],
  );
  return (
    <Chart
      title={`${unitName}: maturity score and stage by quarter`}
      description={`Score 0–100 on the bands of the ${bands.length} stages. Each point is coloured by the stage held; triangles mark promotions (up) and demotions (down).`}
      option={option}
      height={360}
      actions={actions}
      table={{
        columns: ['Quarter', 'Score', 'Stage held', 'Move', 'Note'],
        rows: steps.map((s) => [
          formatQuarter(s.period),
          formatNumber(s.score, locale),
          stageOf(s.stage, stages)?.name ?? `Unknown stage “${s.stage}”`,
          s.move === 'promotion' ? 'Promoted' : s.move === 'demotion' ? 'Demoted' : '–',
          s.note || '–',
        ]),
      }}
    />
  );
}
