import type { StageDefinition, StagePoint } from '@/api/schemas';
import { loadLocale, translatorFor } from '@/i18n/registry';
import { outlookSentence } from './stage-outlook';

const stages: StageDefinition[] = [
  { id: 'awareness', name: 'Customer awareness', order: 1, minScore: 0 },
  { id: 'sensitivity', name: 'Customer sensitivity', order: 2, minScore: 40 },
  { id: 'focus', name: 'Customer focus', order: 3, minScore: 60 },
];
const quarters = ['2025-10-01', '2026-01-01', '2026-04-01', '2026-07-01'];
const climbing: StagePoint[] = [50, 52.1, 53.9, 56].map((score, i) => ({
  period: quarters[i]!,
  stage: 'sensitivity',
  score,
  gatesFailed: [],
  note: '',
}));

describe('outlookSentence', () => {
  it('names the quarters the next band could be reached in, as the locale names quarters', async () => {
    const en = translatorFor(await loadLocale('en-GB'));
    const de = translatorFor(await loadLocale('de-DE'));
    expect(outlookSentence(climbing, stages, 'en-GB', en)).toBe(
      "At the pace of the last four quarters, +2.0 points a quarter (±0.2 at 95%), Customer focus's band would be reached between Q1 2027 and Q2 2027; promotion needs a second qualifying quarter and the stage's gates.",
    );
    expect(outlookSentence(climbing, stages, 'de-DE', de)).toContain(
      'zwischen Q1 2027 und Q2 2027 erreicht',
    );
  });
});
