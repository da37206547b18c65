// One verdict, six places: each form's words, glyph and tone, so the tile, the review and the wall
// cannot drift apart again.
import { loadedLocale, sourceLocaleId, translatorFor } from '@/i18n/registry';
import { loyaltyIndexFixture as metric } from '@/test/fixtures';
import { verdictView, type VerdictForm } from './verdict-view';

const t = translatorFor(loadedLocale(sourceLocaleId)!);
const view = (change: Parameters<typeof verdictView>[0]['change'], form: VerdictForm) =>
  verdictView({ change, metric, form, locale: 'en-GB', t, comparedWith: 'vs last week' });

const better = { verdict: 'better', delta: 2.4, z: 3 } as const;
const worse = { verdict: 'worse', delta: -3.1, z: -3 } as const;
const noise = { verdict: 'no-significant-change', delta: 0.4, z: 0.5 } as const;
const untested = { verdict: 'untested', delta: 0.4, z: null } as const;
const missing = { verdict: 'not-comparable', delta: null, z: null } as const;
const lowSample = {
  ...missing,
  why: { kind: 'low-sample', side: 'current', n: 37, min: 50 },
} as const;

describe('verdictView', () => {
  it('colours a significant change by better or worse, and points its glyph by direction', () => {
    // Worse is not always down: the glyph follows the figure, the tone the verdict.
    expect(view(better, 'sentence')).toMatchObject({ tone: 'better', glyph: '▲' });
    expect(view(worse, 'sentence')).toMatchObject({ tone: 'worse', glyph: '▼' });
    expect(view({ ...worse, delta: 1.2 }, 'compact')).toMatchObject({ tone: 'worse', glyph: '▲' });
  });

  it('words a significant change in each place as that place always has', () => {
    const delta = view(better, 'card').text;
    expect(delta).toMatch(/^\+2\.4/);
    expect(view(better, 'sentence')).toMatchObject({
      text: `${delta} vs last week`,
      note: '· significant, better',
    });
    expect(view(better, 'card').note).toBe(t('review.headlines.significant'));
    expect(view(better, 'cell')).toMatchObject({
      text: delta,
      mark: '✓',
      spoken: t('review.tables.significantBetter'),
    });
    expect(view(worse, 'cell')).toMatchObject({ mark: '✕' });
    // The wall's words carry their own arrow.
    expect(view(better, 'wall')).toMatchObject({
      glyph: null,
      text: `▲ ${delta} vs last week`,
      tone: 'better',
    });
    expect(view(better, 'wall-figure')).toMatchObject({ glyph: '▲', text: delta });
  });

  it('makes a change within the noise neutral, with a ≈ only where a sentence explains it', () => {
    expect(view(noise, 'sentence')).toMatchObject({
      tone: 'neutral',
      glyph: '≈',
      text: 'No significant change vs last week',
    });
    for (const form of ['compact', 'card', 'wall', 'wall-figure'] as const) {
      expect(view(noise, form)).toMatchObject({ tone: 'neutral', glyph: null });
    }
    // A review cell marks only discoveries.
    expect(view(noise, 'cell').text).toBe('');
    expect(view(untested, 'cell').text).toBe('');
  });

  it('says why there is no call: a sample too small, or no week to compare with', () => {
    expect(view(lowSample, 'compact').text).toMatch(/no change call: .*37.*50.* this week/);
    expect(view(lowSample, 'card').text).toBe(view(lowSample, 'compact').text);
    expect(view(missing, 'sentence').text).toBe(
      'No comparison vs last week: no data for that week',
    );
    expect(view(missing, 'compact').text).toBe('no comparable week');
    expect(view(missing, 'wall').text).toBe(t('wall.overview.noComparison'));
    expect(view(lowSample, 'wall').text).not.toBe(t('wall.overview.noComparison'));
  });

  it('withholds any call when the latest value itself rests on too small a sample', () => {
    const withheld = { n: 12, min: 50 };
    const base = { change: better, metric, locale: 'en-GB', t, withheld } as const;
    expect(verdictView({ ...base, form: 'sentence', comparedWith: 'vs last week' })).toMatchObject({
      tone: 'neutral',
      glyph: null,
      text: 'No change call vs last week',
    });
    expect(verdictView({ ...base, form: 'wall' }).text).toMatch(/^No change call: .*12.*50/);
  });
});
