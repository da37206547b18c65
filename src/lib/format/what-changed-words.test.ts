import { whatChanged } from '@/domain/what-changed';
import { loadedLocale, loadLocale, translatorFor } from '@/i18n/registry';
import { metric, pillarMove, stageMove, summary } from '@/test/what-changed-fixtures';
import { NO_CHANGE_SENTENCE, whatChangedSentences } from './what-changed-words';

const t = translatorFor(loadedLocale('en-GB')!);
const sentences = (
  input: Parameters<typeof whatChanged>[0],
  locale = 'en-GB',
  translate = t,
): string[] => whatChangedSentences(whatChanged(input).items, locale, translate);

const churn = summary(
  { ...metric('churn', 'Churn rate', 'lower-is-better', 'percent'), decimals: 2 },
  1.21,
  -0.4,
  -3,
  'better',
);

describe('whatChangedSentences', () => {
  it('says so when nothing moved significantly', () => {
    const headlines = [
      summary(metric('loyalty-index', 'Loyalty index'), 31.4, 1.1, 0.6, 'no-significant-change'),
    ];
    expect(sentences({ headlines, stageMoves: [], pillarMoves: [] })).toEqual([NO_CHANGE_SENTENCE]);
  });

  it("words stage moves and metrics in the list's order, in each metric's unit and decimals", () => {
    const headlines = [
      summary(metric('a', 'Advocacy share', 'higher-is-better', 'percent'), 28, 2.5, 2.2, 'better'),
      summary(metric('b', 'Loyalty index'), 27.1, -4.3, -3.9, 'worse'),
    ];
    expect(sentences({ headlines, stageMoves: [stageMove], pillarMoves: [pillarMove] })).toEqual([
      'Online & app moved up to Customer focus in Q4 2026.',
      'Loyalty index fell significantly to +27.1 (\u22124.3\u00a0pts vs last week).',
      'Advocacy share rose significantly to 28.0% (+2.5\u00a0pp vs last week).',
    ]);
  });

  it('says whether a lower-is-better move is good news, and names pillar moves', () => {
    expect(sentences({ headlines: [churn], stageMoves: [], pillarMoves: [pillarMove] })).toEqual([
      'Churn rate fell significantly to 1.21% (\u22120.40\u00a0pp vs last week, an improvement).',
      'Culture over strategy (Retail stores) fell 6.2 points to 53.8 in Nov 2026.',
    ]);
  });

  it('words a demotion, a worse rise of a lower-is-better metric and a rising pillar', () => {
    const demotion = { ...stageMove, step: { ...stageMove.step, move: 'demotion' as const } };
    const worse = summary(
      { ...metric('churn', 'Churn rate', 'lower-is-better', 'percent'), decimals: 2 },
      1.61,
      0.4,
      3,
      'worse',
    );
    const rise = { ...pillarMove, from: 53.8, to: 60, change: 6.2 };
    expect(sentences({ headlines: [worse], stageMoves: [demotion], pillarMoves: [rise] })).toEqual([
      'Online & app slipped back to Customer focus in Q4 2026.',
      'Churn rate rose significantly to 1.61% (+0.40\u00a0pp vs last week, a deterioration).',
      'Culture over strategy (Retail stores) rose 6.2 points to 60.0 in Nov 2026.',
    ]);
  });

  it('words the sentences in German, with German numbers, months and quarters', async () => {
    const de = translatorFor(await loadLocale('de-DE'));
    expect(
      sentences(
        { headlines: [churn], stageMoves: [stageMove], pillarMoves: [pillarMove] },
        'de-DE',
        de,
      ),
    ).toEqual([
      'Online & app ist im Q4 2026 auf Customer focus aufgestiegen.',
      'Churn rate sank signifikant auf 1,21\u00a0% (\u22120,40\u00a0Pp. ggü. Vorwoche, eine Verbesserung).',
      'Culture over strategy (Retail stores) sank im Nov. 2026 um 6,2 Punkte auf 53,8.',
    ]);
    expect(sentences({ headlines: [], stageMoves: [], pillarMoves: [] }, 'de-DE', de)).toEqual([
      'Keine signifikanten Veränderungen in dieser Woche.',
    ]);
  });
});
