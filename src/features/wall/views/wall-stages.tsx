// The wall's stage view: each unit's stage and direction in big type.
import { useStageStandings } from '@/api/queries/stage-standings';
import type { Catalog } from '@/api/schemas';
import { StageChip } from '@/components/stage-chip';
import { addMonthsIso } from '@/domain/periods';
import { formatNumber } from '@/lib/format/format';
import { useI18n } from '@/i18n/use-i18n';

const MAX_ROWS = 9;
const arrowKeys = {
  climbing: 'wall.stages.climbing',
  steady: 'wall.stages.steady',
  slipping: 'wall.stages.slipping',
} as const;

export function WallStages({ catalog, unitId }: { catalog: Catalog; unitId: string }) {
  const { t, locale } = useI18n();
  // The chosen unit and its direct children: the organisation and its units by default.
  const units = catalog.units
    .filter((u) => u.id === unitId || u.parentId === unitId)
    .slice(0, MAX_ROWS);
  const more = catalog.units.filter((u) => u.parentId === unitId).length + 1 - units.length;
  // Five quarters: the direction's last four and the one before. The wall shows no "since", so
  // earlier history is asked for only where the direction could hang on it.
  const standings = useStageStandings(
    units.map((u) => u.id),
    { from: addMonthsIso(catalog.dataAsOf.slice(0, 10), -15) },
    catalog.stages,
    { forSince: false },
  );
  return (
    <div className="wall-list">
      <table className="wall-table">
        <caption className="visually-hidden">{t('wall.stages.caption')}</caption>
        <tbody>
          {units.map((u, i) => {
            const standing = standings[i]?.standing;
            return (
              <tr key={u.id}>
                <th scope="row">{u.name}</th>
                <td>
                  {standing ? (
                    <StageChip stageId={standing.latest.stage} stages={catalog.stages} />
                  ) : standings[i]?.isError ? (
                    t('wall.stages.notAvailable')
                  ) : (
                    '…'
                  )}
                </td>
                <td
                  className={standing ? `wall-direction wall-direction--${standing.direction}` : ''}
                >
                  {standing ? t(arrowKeys[standing.direction]) : ''}
                </td>
                <td className="wall-table__number">
                  {standing ? formatNumber(standing.latest.score, locale) : ''}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {more > 0 && <p className="wall-more">{t('wall.stages.more', { count: more })}</p>}
    </div>
  );
}
