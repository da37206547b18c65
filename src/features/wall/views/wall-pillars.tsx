// The wall's pillar view: the seven pillars' latest scores as bars in health colours, weakest named.
import { usePillars } from '@/api/queries/pillars';
import type { Catalog } from '@/api/schemas';
import { useConfig } from '@/config/config-context';
import { formatMonth } from '@/lib/format/dates';
import { addMonthsIso } from '@/domain/periods';
import { formatNumber } from '@/lib/format/format';
import { SCORE_DECIMALS } from '@/domain/precision';
import { asDisplayed } from '@/domain/precision';
import { healthOf, scoreAtOrBefore } from '@/domain/pillars';
import { toPillarHealthModel } from '@/domain/pillar-health';
import { useI18n } from '@/i18n/use-i18n';

export function WallPillars({ catalog, unitId }: { catalog: Catalog; unitId: string }) {
  const { t, locale } = useI18n();
  const { pillarHealth } = useConfig();
  const query = usePillars({ unit: unitId, from: addMonthsIso(catalog.dataAsOf.slice(0, 10), -4) });
  if (!query.data)
    return (
      <p className="wall-empty">
        {query.isError
          ? t('wall.pillars.failed')
          : query.failureReason
            ? t('wall.failingRetrying')
            : t('wall.loading')}
      </p>
    );
  const { rows, latest } = toPillarHealthModel(query.data, catalog);
  if (!latest) return <p className="wall-empty">{t('wall.pillars.noAssessments')}</p>;
  const quarterAgo = addMonthsIso(latest, -3);
  const shown = (score: number) => asDisplayed(score, SCORE_DECIMALS);
  return (
    <div className="wall-list">
      <p className="wall-caption">
        {t('wall.pillars.caption', {
          month: formatMonth(latest, locale),
          since: formatMonth(quarterAgo, locale),
        })}
      </p>
      <ul className="wall-bars">
        {rows.map((r) => {
          const score = r.scores.get(latest) ?? null;
          const before = scoreAtOrBefore(r, quarterAgo)?.score ?? null;
          const health = score == null ? null : healthOf(score, pillarHealth);
          // The change between the scores as shown, so its arrow and figure agree with them.
          const delta =
            score != null && before != null
              ? asDisplayed(shown(score) - shown(before), SCORE_DECIMALS)
              : null;
          return (
            <li key={r.pillar.id} className="wall-bar">
              <span className="wall-bar__name">{r.pillar.name}</span>
              <span className="wall-bar__track" aria-hidden="true">
                <span
                  className={`wall-bar__fill wall-health--${health ?? 'none'}`}
                  style={{ width: `${score ?? 0}%` }}
                />
              </span>
              <span className="wall-bar__score">
                {formatNumber(score, locale)}{' '}
                <span className={`wall-health-word wall-health-word--${health ?? 'none'}`}>
                  {health ? t(`wall.pillars.health.${health}`) : '–'}
                </span>
              </span>
              <span className="wall-bar__delta">
                {delta == null
                  ? ''
                  : `${delta > 0 ? '▲' : delta < 0 ? '▼' : '='} ${formatNumber(Math.abs(delta), locale, 1)}`}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
