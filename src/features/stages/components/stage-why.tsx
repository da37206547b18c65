// Why a unit holds its stage in a quarter: the gates that cap it and the pillar scores behind them.
import type { PillarDefinition, PillarsResponse, StageDefinition } from '@/api/schemas';
import { Fragment } from 'react';
import { StageChip } from '@/components/stage-chip';
import { useI18n } from '@/i18n/use-i18n';
import { formatQuarter } from '@/lib/format/dates';
import { formatNumber } from '@/lib/format/format';
import { mean } from '@/domain/stats';
import type { StageStep } from '@/domain/stages';

/**
 * A translated sentence with React parts in it: `text` holds `{name}` where `parts[name]` goes, so
 * the parts can sit wherever the language puts them.
 */
function withParts(text: string, parts: Record<string, React.ReactNode>): React.ReactNode[] {
  return text
    .split(/(\{\w+\})/)
    .map((piece, i) => (
      <Fragment key={i}>
        {/^\{\w+\}$/.test(piece) ? (parts[piece.slice(1, -1)] ?? piece) : piece}
      </Fragment>
    ));
}

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
  const { t } = useI18n();
  const step = steps.find((s) => s.period === quarter) ?? steps.at(-1);
  if (!step) return null;
  const stepQuarter = formatQuarter(step.period, locale);
  const heldKey =
    step.move === 'promotion'
      ? 'stages.why.heldPromoted'
      : step.move === 'demotion'
        ? 'stages.why.heldDemoted'
        : 'stages.why.held';
  return (
    <div className="stage-why">
      <label className="field">
        <span>{t('stages.why.quarter')}</span>
        <select value={step.period} onChange={(e) => onQuarter(e.target.value)}>
          {[...steps].reverse().map((s, i) => (
            <option key={s.period} value={s.period}>
              {i === 0
                ? t('stages.why.latestOption', { quarter: formatQuarter(s.period, locale) })
                : formatQuarter(s.period, locale)}
            </option>
          ))}
        </select>
      </label>
      <p className="stage-why__held">
        {withParts(t(heldKey, { quarter: stepQuarter, stage: '{stage}', score: '{score}' }), {
          stage: <StageChip stageId={step.stage} stages={stages} />,
          score: <strong>{formatNumber(step.score, locale)}</strong>,
        })}
      </p>
      {step.note && <p className="stage-why__note">{step.note}</p>}
      {step.gatesFailed.length > 0 ? (
        <table className="data-table">
          <caption>{t('stages.why.gatesCaption', { quarter: stepQuarter })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('stages.why.pillar')}</th>
              <th scope="col">{t('stages.why.scoreThatQuarter')}</th>
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
        <p>{t('stages.why.noGate')}</p>
      )}
    </div>
  );
}
