// The outlook in words: when the next stage's band would be reached at the recent pace, honestly.
import type { StageDefinition, StagePoint } from '@/api/schemas';
import { formatNumber } from '@/lib/format';
import { stageOutlook } from '@/lib/stages';

export function outlookSentence(
  points: readonly StagePoint[],
  stages: readonly StageDefinition[],
  locale: string,
): string {
  const o = stageOutlook(points, stages);
  const pace = (slope: number, half: number) =>
    `${slope >= 0 ? '+' : '−'}${formatNumber(Math.abs(slope), locale)} points a quarter${Number.isFinite(half) ? ` (±${formatNumber(half, locale)} at 95%)` : ''}`;
  switch (o.kind) {
    case 'not-enough-data':
      return 'Too few quarterly assessments to judge a trend.';
    case 'top':
      return `Already at the top stage, ${o.stage.name}: the task is to hold it.`;
    case 'already-in-band':
      return o.blockedBy.length
        ? `The score is already in the ${o.next.name} band; the gates (${o.blockedBy.join(', ')}) must be met before promotion.`
        : `The score is already in the ${o.next.name} band; promotion follows a second qualifying quarter.`;
    case 'not-on-trend':
      return `${o.next.name} is not on the current trend: the score moved ${pace(o.slope, Number.NaN)} over the last four quarters.`;
    case 'uncertain':
      return `${o.next.name} is not on the current trend: the score moved ${pace(o.slope, o.halfWidth)} over the last four quarters, a pace that could as well be flat, so no date can be given.`;
    case 'on-trend':
      return `At the pace of the last four quarters, ${pace(o.slope, o.halfWidth)}, ${o.next.name}'s band would be reached ${o.latest ? `between ${o.earliest} and ${o.latest}` : `no earlier than ${o.earliest}`}; promotion needs a second qualifying quarter and the stage's gates.`;
  }
}
