// All units side by side: the stage each holds now, since when, its direction and what blocks it.
import type { BusinessUnit, StageDefinition, StagesResponse } from '@/api/schemas';
import { formatQuarter } from '@/lib/dates';
import { formatNumber } from '@/lib/format';
import { stageStanding, type StageDirection } from '@/lib/stages';
import { StageChip } from '@/components/stage-chip';

const directionText: Record<StageDirection, { icon: string; label: string }> = {
  climbing: { icon: '↗', label: 'Climbing' },
  steady: { icon: '→', label: 'Steady' },
  slipping: { icon: '↘', label: 'Slipping' },
};

interface StageStandingsProps {
  units: readonly BusinessUnit[];
  responses: readonly { data?: StagesResponse; isError: boolean; isPending: boolean }[];
  stages: readonly StageDefinition[];
  selected: string;
  onSelect: (unitId: string) => void;
  locale: string;
}

export function StageStandings({
  units,
  responses,
  stages,
  selected,
  onSelect,
  locale,
}: StageStandingsProps) {
  return (
    <div className="table-scroll">
      <table className="data-table standings">
        <caption className="visually-hidden">
          Stage of every unit now, since when, direction and what blocks the next stage
        </caption>
        <thead>
          <tr>
            <th scope="col">Unit</th>
            <th scope="col">Stage now</th>
            <th scope="col">Since</th>
            <th scope="col">Direction</th>
            <th scope="col">Score</th>
            <th scope="col">What blocks the next stage</th>
          </tr>
        </thead>
        <tbody>
          {units.map((unit, i) => {
            const q = responses[i];
            const standing = q?.data ? stageStanding(q.data.points, stages) : null;
            return (
              <tr key={unit.id} aria-current={unit.id === selected ? 'true' : undefined}>
                <th scope="row">
                  <button type="button" className="link-button" onClick={() => onSelect(unit.id)}>
                    {unit.name}
                  </button>
                </th>
                {standing ? (
                  <>
                    <td>
                      <StageChip stageId={standing.latest.stage} stages={stages} />
                    </td>
                    <td>{formatQuarter(standing.since)}</td>
                    <td className={`direction direction--${standing.direction}`}>
                      <span aria-hidden="true">{directionText[standing.direction].icon} </span>
                      {directionText[standing.direction].label}
                    </td>
                    <td>{formatNumber(standing.latest.score, locale)}</td>
                    <td>
                      {standing.latest.note ||
                        (standing.latest.gatesFailed.length
                          ? standing.latest.gatesFailed.join(', ')
                          : '–')}
                    </td>
                  </>
                ) : (
                  <td colSpan={5}>
                    {q?.isPending
                      ? 'Loading…'
                      : q?.isError
                        ? 'Could not be loaded'
                        : 'No assessments'}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
