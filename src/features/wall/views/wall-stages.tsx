// The wall's stage view: each unit's stage and direction in big type.
import { useStagesForUnits } from '@/api/queries/stages';
import type { Catalog } from '@/api/schemas';
import { StageChip } from '@/components/stage-chip';
import { addMonthsIso } from '@/lib/dates';
import { formatNumber } from '@/lib/format';
import { stageStanding } from '@/lib/stages';

const MAX_ROWS = 9;
const arrows = { climbing: '↗ Climbing', steady: '→ Steady', slipping: '↘ Slipping' } as const;

export function WallStages({
  catalog,
  unitId,
  locale,
}: {
  catalog: Catalog;
  unitId: string;
  locale: string;
}) {
  // The chosen unit and its direct children: the organisation and its units by default.
  const units = catalog.units
    .filter((u) => u.id === unitId || u.parentId === unitId)
    .slice(0, MAX_ROWS);
  const more = catalog.units.filter((u) => u.parentId === unitId).length + 1 - units.length;
  const queries = useStagesForUnits(
    units.map((u) => u.id),
    { from: addMonthsIso(catalog.dataAsOf.slice(0, 10), -15) },
  );
  return (
    <div className="wall-list">
      <table className="wall-table">
        <caption className="visually-hidden">Stage of each unit now</caption>
        <tbody>
          {units.map((u, i) => {
            const standing = queries[i]?.data
              ? stageStanding(queries[i].data.points, catalog.stages)
              : null;
            return (
              <tr key={u.id}>
                <th scope="row">{u.name}</th>
                <td>
                  {standing ? (
                    <StageChip stageId={standing.latest.stage} stages={catalog.stages} />
                  ) : queries[i]?.isError ? (
                    'Not available'
                  ) : (
                    '…'
                  )}
                </td>
                <td
                  className={standing ? `wall-direction wall-direction--${standing.direction}` : ''}
                >
                  {standing ? arrows[standing.direction] : ''}
                </td>
                <td className="wall-table__number">
                  {standing ? formatNumber(standing.latest.score, locale) : ''}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {more > 0 && <p className="wall-more">and {more} more units</p>}
    </div>
  );
}
