import source from '@/i18n/locales/en-GB';
import { loadLocale, translatorFor } from '@/i18n/registry';
import { resolveReviewWeek, reviewWeeks } from './review-week';

const t = translatorFor(source);

const asOf = '2026-11-20T06:00:00Z';

describe('review weeks', () => {
  it('offers the latest thirteen weeks, newest first', () => {
    const weeks = reviewWeeks(asOf);
    expect(weeks).toHaveLength(13);
    expect(weeks[0]).toBe('2026-11-16');
    expect(weeks[12]).toBe('2026-08-24');
  });
  it('takes any day of an offered week as that week', () => {
    expect(resolveReviewWeek('2026-11-11', asOf, t)).toEqual({ week: '2026-11-09', notice: null });
  });
  it('falls back to the latest week with a notice', () => {
    expect(resolveReviewWeek('2025-01-06', asOf, t)).toMatchObject({
      week: '2026-11-16',
      notice: expect.stringContaining('outside the last 13 weeks'),
    });
    expect(resolveReviewWeek('next-week', asOf, t)).toMatchObject({
      week: '2026-11-16',
      notice: expect.stringContaining('not a date'),
    });
  });
  it('words the notice in the locale', async () => {
    const de = translatorFor(await loadLocale('de-DE'));
    expect(resolveReviewWeek('2025-01-06', asOf, de).notice).toBe(
      'Die Woche 2025-01-06 im Link liegt außerhalb der letzten 13 Wochen; angezeigt wird die neueste Woche.',
    );
  });
});
