// Why a unit holds its stage in a quarter: the gates that cap it and the pillar scores behind them.
import type { PillarDefinition, PillarsResponse, StageDefinition } from '@/api/schemas';
import { StageChip } from '@/components/stage-chip';
import { formatQuarter } from '@/lib/dates';
import { formatNumber } from '@/lib/format';
import { mean } from '@/lib/stats';
import type { StageStep } from '@/lib/stages';

/** A pillar's mean score over the three months of a quarter. */
export function quarterPillarScore(
  pillars: PillarsResponse | undefined,
  pillarId: string,
  quarterStart: string,
): number | null {
  const series = pillars?.series.find((s) => s.pillar === pillarId);
  if (!series) return null;
  const [y, m] = quarterStart.split('-').map(Number) as [number, number];
  const months = [0, 1, 2].map((k) => `${y}-${String(m + k).padStart(2, '0')}-01`);
  return mean(series.points.filter((p) => months.includes(p.period)).map((p) => p.score));
}

interface StageWhyProps {
  steps: readonly StageStep[];
  quarter: string;
  onQuarter: (period: string) => void;
  stages: readonly StageDefinition[];
  pillars: readonly PillarDefinition[];
  pillarData: PillarsResponse | undefined;
  locale: string;
}

export function StageWhy({
  steps,
  quarter,
  onQuarter,
  stages,
  pillars,
  pillarData,
  locale,
}: StageWhyProps) {
  const step = steps.find((s) => s.period === quarter) ?? steps.at(-1);
  if (!step) return null;
  return (
    <div className="stage-why">
      <label className="field">
        <span>Quarter</span>
        <select value={step.period} onChange={(e) => onQuarter(e.target.value)}>
          {[...steps].reverse().map((s, i) => (
            <option key={s.period} value={s.period}>
              {formatQuarter(s.period)}
              {i === 0 ? ' (latest)' : ''}
            </option>
          ))}
        </select>
      </label>
      <p className="stage-why__held">
        Held in {formatQuarter(step.period)}: <StageChip stageId={step.stage} stages={stages} />{' '}
        with a score of <strong>{formatNumber(step.score, locale)}</strong>
        {step.move === 'promotion'
          ? ' (promoted this quarter)'
          : step.move === 'demotion'
            ? ' (demoted this quarter)'
            : ''}
        .
      </p>
      {step.note && <p className="stage-why__note">{step.note}</p>}
      {step.gatesFailed.length > 0 ? (
        <table className="data-table">
          <caption>Gates that cap the stage in {formatQuarter(step.period)}</caption>
          <thead>
            <tr>
              <th scope="col">Pillar</th>
              <th scope="col">Score that quarter</th>
            </tr>
          </thead>
          <tbody>
            {step.gatesFailed.map((id) => (
              <tr key={id}>
                <th scope="row">{pillars.find((p) => p.id === id)?.name ?? id}</th>
                <td>{formatNumber(quarterPillarScore(pillarData, id, step.period), locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>No gate caps the stage this quarter.</p>
      )}
    </div>
  );
}
