// All units side by side: the stage each holds now, since when, its direction and what blocks it.
import type { UnitStanding } from '@/api/queries/stage-standings';
import type { BusinessUnit, StageDefinition } from '@/api/schemas';
import { formatQuarter } from '@/lib/format/dates';
import { formatNumber } from '@/lib/format/format';
import type { StageDirection } from '@/domain/stages';
import { StageChip } from '@/components/stage-chip';
import { useI18n } from '@/i18n/use-i18n';

const directionIcon: Record<StageDirection, string> = {
  climbing: '↗',
  steady: '→',
  slipping: '↘',
};

interface StageStandingsProps {
  units: readonly BusinessUnit[];
  /** Per unit, in the order of `units`. */
  standings: readonly UnitStanding[];
  stages: readonly StageDefinition[];
  selected: string;
  onSelect: (unitId: string) => void;
  locale: string;
}

export function StageStandings({
  units,
  standings,
  stages,
  selected,
  onSelect,
  locale,
}: StageStandingsProps) {
  const { t } = useI18n();
  const anyAtLeast = standings.some((s) => s.standing && !s.isTracing && !s.standing.sinceExact);
  return (
    <>
      <div className="table-scroll">
        <table className="data-table standings">
          <caption className="visually-hidden">{t('stages.standings.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('stages.standings.unit')}</th>
              <th scope="col">{t('stages.standings.stageNow')}</th>
              <th scope="col">{t('stages.standings.since')}</th>
              <th scope="col">{t('stages.standings.direction')}</th>
              <th scope="col">{t('stages.standings.score')}</th>
              <th scope="col">{t('stages.standings.blocks')}</th>
            </tr>
          </thead>
          <tbody>
            {units.map((unit, i) => {
              const q = standings[i];
              const standing = q?.standing;
              const since = standing ? formatQuarter(standing.since, locale) : '';
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
                      {/* A quarter ("Q3 2025") never breaks across lines. */}
                      <td style={{ whiteSpace: 'nowrap' }}>
                        {q.isTracing
                          ? '…'
                          : standing.sinceExact
                            ? since
                            : t('stages.standings.sinceAtLeast', { quarter: since })}
                      </td>
                      <td className={`direction direction--${standing.direction}`}>
                        <span aria-hidden="true">{directionIcon[standing.direction]} </span>
                        {t(`stages.standings.${standing.direction}`)}
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
                        ? t('stages.standings.loading')
                        : q?.isError
                          ? t('stages.standings.failed')
                          : t('stages.standings.none')}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="stage-note">{t('stages.standings.rule')}</p>
      {anyAtLeast && <p className="stage-note">{t('stages.standings.atLeastNote')}</p>}
    </>
  );
}
