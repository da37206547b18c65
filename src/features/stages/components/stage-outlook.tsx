// The outlook in words: when the next stage's band would be reached at the recent pace, honestly.
import type { StageDefinition, StagePoint } from '@/api/schemas';
import type { T } from '@/i18n/registry';
import { formatQuarter } from '@/lib/format/dates';
import { formatNumber } from '@/lib/format/format';
import { stageOutlook } from '@/domain/stages';

export function outlookSentence(
  points: readonly StagePoint[],
  stages: readonly StageDefinition[],
  locale: string,
  t: T,
): string {
  const o = stageOutlook(points, stages);
  const pace = (slope: number, half: number) => {
    const params = {
      sign: slope >= 0 ? '+' : '−',
      slope: formatNumber(Math.abs(slope), locale),
    };
    return Number.isFinite(half)
      ? t('stages.outlook.paceWithInterval', { ...params, half: formatNumber(half, locale) })
      : t('stages.outlook.pace', params);
  };
  switch (o.kind) {
    case 'not-enough-data':
      return t('stages.outlook.notEnoughData');
    case 'top':
      return t('stages.outlook.top', { stage: o.stage.name });
    case 'already-in-band':
      return o.blockedBy.length
        ? t('stages.outlook.inBandGates', { stage: o.next.name, gates: o.blockedBy.join(', ') })
        : t('stages.outlook.inBand', { stage: o.next.name });
    case 'not-on-trend':
      return t('stages.outlook.notOnTrend', {
        stage: o.next.name,
        pace: pace(o.slope, Number.NaN),
      });
    case 'uncertain':
      return t('stages.outlook.uncertain', {
        stage: o.next.name,
        pace: pace(o.slope, o.halfWidth),
      });
    case 'on-trend':
      return o.latest
        ? t('stages.outlook.onTrendBetween', {
            pace: pace(o.slope, o.halfWidth),
            stage: o.next.name,
            earliest: formatQuarter(o.earliest, locale),
            latest: formatQuarter(o.latest, locale),
          })
        : t('stages.outlook.onTrendNoEarlier', {
            pace: pace(o.slope, o.halfWidth),
            stage: o.next.name,
            earliest: formatQuarter(o.earliest, locale),
          });
  }
}
