// The one line under a list of movements that says how they were decided: significant at 95%,
// corrected for the comparisons the list made, and how pillar changes were judged.
import { useI18n } from '@/i18n/use-i18n';
import type { PillarJudgement } from '@/domain/pillars';

interface FamilyRuleProps {
  /** Significance tests the list made. */
  tests: number;
  /** How the pillar changes among them were judged (none: the list has no pillar changes). */
  pillarJudgements?: ReadonlySet<PillarJudgement>;
  /** Pillar changes that could not be tested. */
  untestedPillars?: number;
}

export function FamilyRule({
  tests,
  pillarJudgements = new Set(),
  untestedPillars = 0,
}: FamilyRuleProps) {
  const { t } = useI18n();
  const parts = [
    tests > 0
      ? t('components.familyRule.corrected', { count: tests })
      : t('components.familyRule.noTests'),
  ];
  const byInterval = pillarJudgements.has('interval');
  const byNoise = pillarJudgements.has('series-noise');
  if (byInterval && byNoise) parts.push(t('components.familyRule.pillarsByBoth'));
  else if (byInterval) parts.push(t('components.familyRule.pillarsByInterval'));
  else if (byNoise) parts.push(t('components.familyRule.pillarsBySeriesNoise'));
  if (untestedPillars > 0)
    parts.push(t('components.familyRule.pillarsUntested', { count: untestedPillars }));
  return <p className="family-rule">{parts.join(' ')}</p>;
}
