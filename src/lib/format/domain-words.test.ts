import { freshnessAt } from '@/domain/freshness';
import { resolveRange } from '@/domain/time-range';
import { loadLocale, translatorFor } from '@/i18n/registry';
import {
  annotationTitle,
  familyName,
  healthWord,
  overdueSentence,
  rangeIssueWords,
  rangeLabel,
} from './domain-words';

const tIn = async (locale: string) => translatorFor(await loadLocale(locale));

const asOf = '2026-11-20T06:00:00Z';
const issueOf = (search: string) => resolveRange(new URLSearchParams(search), asOf).issue!;

describe('rangeIssueWords', () => {
  const en = async () => translatorFor(await loadLocale('en-GB'));
  it('says what was wrong with the link and what is shown instead', async () => {
    const t = await en();
    expect(rangeIssueWords(issueOf('range=forever'), t).notice).toContain('“forever”');
    expect(rangeIssueWords(issueOf('range=custom&from=2026-01-0'), t).notice).toContain(
      'YYYY-MM-DD',
    );
    const reversed = rangeIssueWords(issueOf('range=custom&from=2026-05-01&to=2026-02-01'), t);
    expect(reversed.notice).toContain('after it ends');
    expect(reversed.notice).toMatch(/; showing 52 weeks\.$/);
    expect(reversed.problem).not.toContain('showing');
  });
  it('words the notice and the problem in the locale', async () => {
    const t = translatorFor(await loadLocale('de-DE'));
    const words = rangeIssueWords(issueOf('range=forever'), t);
    expect(words.notice).toBe(
      'Der Zeitraum „forever“ im Link ist keiner von 13w, 26w, 52w, ytd, custom; angezeigt werden 52 Wochen.',
    );
    expect(words.problem).toBe(
      'Der Zeitraum „forever“ im Link ist keiner von 13w, 26w, 52w, ytd, custom.',
    );
    expect(rangeLabel('ytd', t)).toBe('Seit Jahresbeginn');
  });
});

describe('names of families and health bands', () => {
  it('names them in the locale', async () => {
    const en = translatorFor(await loadLocale('en-GB'));
    const de = translatorFor(await loadLocale('de-DE'));
    expect(familyName('loyalty', en)).toBe('Loyalty');
    expect(familyName('loyalty', de)).toBe('Loyalität');
    expect([healthWord('red', en), healthWord('amber', en), healthWord('green', en)]).toEqual([
      'Weak',
      'Developing',
      'Strong',
    ]);
    expect(rangeLabel('13w', en)).toBe('13 weeks');
  });
});

describe('annotationTitle', () => {
  const units = [
    { id: 'all', name: 'Acme' },
    { id: 'cc-north', name: 'Contact centre North' },
  ];
  it("names another unit's event after that unit, and leaves the viewed unit's own alone", async () => {
    const t = translatorFor(await loadLocale('en-GB'));
    const outage = { unit: 'cc-north', title: 'Outage' };
    expect(annotationTitle(outage, 'all', units, t)).toBe('Outage (Contact centre North)');
    expect(annotationTitle(outage, 'cc-north', units, t)).toBe('Outage');
    expect(annotationTitle({ unit: null, title: 'Price change' }, 'cc-north', units, t)).toBe(
      'Price change',
    );
    expect(annotationTitle(outage, 'all', units, t, 'Out…')).toBe('Out… (Contact centre North)');
  });
});

describe('overdueSentence', () => {
  it('names the latest and the expected week as each locale numbers weeks', async () => {
    // Latest W51 2026 (14 Dec), overdue in the week of 28 Dec: ISO W53 2026, but the en-US week
    // holding 1 January 2027 (week 1, Sunday start).
    const f = freshnessAt('2026-12-16T06:00:00Z', new Date(2026, 11, 30, 10).getTime());
    expect(f).toMatchObject({ overdue: true, expectedWeek: '2026-12-28' });
    expect(overdueSentence(f, 'en-GB', await tIn('en-GB'))).toBe(
      'Figures overdue: latest week W51 2026, expected W53 2026',
    );
    expect(overdueSentence(f, 'en-US', await tIn('en-US'))).toBe(
      'Figures overdue: latest week Wk 51 2026, expected Wk 01 2027',
    );
    expect(overdueSentence(f, 'de-DE', await tIn('de-DE'))).toBe(
      'Zahlen überfällig: neueste Woche KW 51/2026, erwartet KW 53/2026',
    );
  });
});
