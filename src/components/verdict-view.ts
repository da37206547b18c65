// What a change's verdict looks like, worked out once for every place that shows one: its tone
// (the colour), its glyph, its words and what a screen reader hears. Pure, so each wording is
// tested without rendering; <Verdict> only lays it out.
import type { MetricDefinition } from '@/api/schemas';
import type { NotComparableWhy } from '@/domain/headline';
import type { Change } from '@/domain/stats';
import type { T } from '@/i18n/registry';
import { changeArrow, formatDelta } from '@/lib/format/format';
import { noCallWords, sampleTooSmall } from '@/lib/format/sample-words';

/**
 * Where a verdict is shown, which sets how many words it gets: the headline tile's sentence, the
 * tile's facts, a review card, a cell of the review's units table, a wall tile, and a figure in the
 * wall's family list.
 */
export type VerdictForm = 'sentence' | 'compact' | 'card' | 'cell' | 'wall' | 'wall-figure';

export type VerdictTone = 'better' | 'worse' | 'neutral';

export interface VerdictView {
  tone: VerdictTone;
  /** ▲ or ▼ for the direction of a significant change, ≈ for one within the noise; hidden from speech. */
  glyph: string | null;
  text: string;
  /** Quieter words after the text (what the verdict rests on). */
  note: string | null;
  /** A mark for better or worse that does not rest on colour (✓/✕); hidden from speech. */
  mark: string | null;
  /** Words only a screen reader hears, when the glyph and mark carry the meaning on screen. */
  spoken: string | null;
}

export interface VerdictInput {
  change: Change & { why?: NotComparableWhy };
  metric: MetricDefinition;
  form: VerdictForm;
  locale: string;
  t: T;
  /** What the change is against, in words, for the tile's sentence: "vs last week". */
  comparedWith?: string;
  /**
   * The latest value's own sample is too small to call any change: the verdict says so instead
   * (on the tile and the wall).
   */
  withheld?: { n: number; min: number };
}

const plain = (text: string, tone: VerdictTone = 'neutral'): VerdictView => ({
  tone,
  glyph: null,
  text,
  note: null,
  mark: null,
  spoken: null,
});

export function verdictView({
  change,
  metric,
  form,
  locale,
  t,
  comparedWith = '',
  withheld,
}: VerdictInput): VerdictView {
  if (withheld) {
    return form === 'wall'
      ? plain(
          t('wall.overview.lowSample', { tooSmall: sampleTooSmall(withheld.n, withheld.min, t) }),
        )
      : plain(t('overview.tile.noChangeCall', { comparedWith }));
  }
  const delta = formatDelta(change.delta, metric, locale);
  const significant = change.verdict === 'better' || change.verdict === 'worse';
  if (significant) {
    const tone = change.verdict as 'better' | 'worse';
    const glyph = changeArrow(change.delta);
    const base = { ...plain('', tone), glyph };
    switch (form) {
      case 'sentence':
        return {
          ...base,
          text: t('overview.tile.change', { delta, comparedWith }),
          note:
            tone === 'better'
              ? t('overview.tile.significantBetter')
              : t('overview.tile.significantWorse'),
        };
      case 'compact':
        return { ...base, text: t('overview.tile.compactSignificant', { delta }) };
      case 'card':
        return { ...base, text: delta, note: t('review.headlines.significant') };
      case 'cell':
        return {
          ...base,
          text: delta,
          mark: tone === 'better' ? '✓' : '✕',
          spoken:
            tone === 'better'
              ? t('review.tables.significantBetter')
              : t('review.tables.significantWorse'),
        };
      case 'wall':
        // The wall's words place the arrow themselves.
        return plain(t('wall.overview.changeVsLastWeek', { arrow: glyph, delta }), tone);
      case 'wall-figure':
        return { ...base, text: delta };
    }
  }
  if (change.verdict === 'no-significant-change') {
    switch (form) {
      case 'sentence':
        return {
          ...plain(t('overview.tile.noSignificantChange', { comparedWith })),
          glyph: '≈',
          note: t('overview.tile.withinNoise', { delta }),
        };
      case 'compact':
        return plain(t('overview.tile.compactNotSignificant', { delta }));
      case 'card':
        return plain(t('review.headlines.notSignificant', { delta }));
      case 'cell':
        return plain('');
      case 'wall':
        return plain(t('wall.overview.noSignificantChange'));
      case 'wall-figure':
        return plain(t('wall.family.noSignificantChange'));
    }
  }
  if (change.verdict === 'untested') {
    switch (form) {
      case 'sentence':
        return {
          ...plain(t('overview.tile.change', { delta, comparedWith })),
          note: t('overview.tile.significanceUnknownNote'),
        };
      case 'compact':
        return plain(t('overview.tile.compactUnknown', { delta }));
      case 'card':
        return plain(t('review.headlines.significanceUnknown', { delta }));
      case 'cell':
        return plain('');
      case 'wall':
        return plain(t('wall.overview.noComparison'));
      case 'wall-figure':
        return plain(t('wall.family.noSignificantChange'));
    }
  }
  // Not comparable: a sample too small says so; otherwise there is nothing to compare with.
  const why = change.why;
  switch (form) {
    case 'sentence':
      return plain(
        why?.kind === 'low-sample'
          ? t('overview.tile.notComparableLowSample', {
              comparedWith,
              tooSmall: sampleTooSmall(why.n, why.min, t),
            })
          : t('overview.tile.notComparable', { comparedWith }),
      );
    case 'compact':
      return plain(noCallWords(why, t) ?? t('overview.tile.compactNotComparable'));
    case 'card':
      return plain(noCallWords(why, t) ?? t('review.headlines.noComparableData'));
    case 'cell':
      return plain('');
    case 'wall':
      return plain(
        why?.kind === 'low-sample'
          ? t('wall.overview.noComparisonLowSample', {
              tooSmall: sampleTooSmall(why.n, why.min, t),
            })
          : t('wall.overview.noComparison'),
      );
    case 'wall-figure':
      return plain(noCallWords(why, t) ?? t('wall.family.noComparison'));
  }
}
