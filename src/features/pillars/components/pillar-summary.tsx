// The pillars in words: the weakest now and the significant movers over the last quarter.
import { FamilyRule } from '@/components/family-rule';
import { useI18n } from '@/i18n/use-i18n';
import { formatMonth } from '@/lib/format/dates';
import { formatNumber } from '@/lib/format/format';
import type { PillarSummaryModel } from '../model/pillar-summary-model';

export function PillarSummary({ model }: { model: PillarSummaryModel }) {
  const { locale, t } = useI18n();
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  const { latest, quarterAgo, weakest, movers } = model;
  return (
    <>
      <ul className="sentences">
        {weakest.length > 0 && (
          <li>
            {t('pillars.summary.weakest', {
              month: formatMonth(latest, locale),
              pillars: list.format(
                weakest.map((w) => `${w.name} (${formatNumber(w.score, locale)})`),
              ),
            })}
          </li>
        )}
        <li>
          {movers.length
            ? t('pillars.summary.movers', {
                month: formatMonth(quarterAgo, locale),
                moves: movers
                  .map((m) =>
                    t(m.change > 0 ? 'pillars.summary.moverUp' : 'pillars.summary.moverDown', {
                      pillar: m.pillar.name,
                      change: formatNumber(Math.abs(m.change), locale),
                      score: formatNumber(m.to, locale),
                    }),
                  )
                  .join('; '),
              })
            : t('pillars.summary.noMovers', { month: formatMonth(quarterAgo, locale) })}
        </li>
      </ul>
      <FamilyRule
        tests={model.tests}
        pillarJudgements={model.judgements}
        untestedPillars={model.untested}
      />
    </>
  );
}
