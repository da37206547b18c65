// The words for a sample below a metric's minimum reportable size, the same on every view:
// "sample too small (n = 37 < 60)", and why a comparison with such a week makes no call.
import type { T } from '@/i18n/registry';
import type { NotComparableWhy } from '@/domain/headline';

/** "sample too small (n = 37 < 60)"; `start` capitalises it for the start of a sentence or badge. */
export function sampleTooSmall(n: number, min: number, t: T, start = false): string {
  return t(start ? 'components.sampleTooSmallStart' : 'components.sampleTooSmall', { n, min });
}

/** A formatted value with its sample too small: "41.0, sample too small (n = 37 < 60)". */
export function valueSampleTooSmall(value: string, n: number, min: number, t: T): string {
  return t('components.valueSampleTooSmall', { value, tooSmall: sampleTooSmall(n, min, t) });
}

/**
 * Why a comparison makes no call when a sample is too small ("no change call: sample too small
 * (n = 41 < 60) that week"), or null when a week or value is missing: only then is there
 * "no comparable data".
 */
export function noCallWords(why: NotComparableWhy | undefined, t: T): string | null {
  switch (why?.kind) {
    case 'low-sample': {
      const tooSmall = sampleTooSmall(why.n, why.min, t);
      return why.side === 'current'
        ? t('components.noCall.thisWeek', { tooSmall })
        : t('components.noCall.thatWeek', { tooSmall });
    }
    case 'low-sample-weeks':
      return t('components.noCall.weeksBefore', { weeks: why.weeks, min: why.min });
    default:
      return null;
  }
}
