// How each metric follows a unit's latent maturity and how it is sampled: the levels of domain.md.
import type { MetricId } from './definitions';
import { logRatioSe, netScoreSe, percentSe } from './statistics';

/** Who a point's n counts. */
export type Population = 'respondents' | 'customers' | 'new-customers' | 'lapsed-customers';

export interface MetricModel {
  population: Population;
  /** linear: value in metric units; log: a ratio, modelled and sampled on ln(ratio). */
  scale: 'linear' | 'log';
  /** The expected level at a latent maturity m (0–100), on the model's scale. */
  level(m: number): number;
  /** Standard error of an observed value (model scale) from n. */
  se(value: number, n: number): number;
  /** Size of the yearly cycle, model scale; it peaks at the unit's season peak. */
  seasonAmplitude: number;
  /** How much of a customer-facing shock (in maturity points) reaches this metric. */
  shockWeight: number;
  /** Week-to-week movement that is real, not sampling noise: its spread and persistence. */
  wobble: { sd: number; persistence: number };
  decimals: number;
}

/** Loyalty index: share answering in the middle on buy-more / won't-switch / recommend. */
const loyaltyMiddleShare = 0.35;
/** NPS passives (7–8). */
const npsPassiveShare = 0.33;
/** Emotions named per respondent, and the share of them that are clearly positive or negative. */
const emotionMentions = { perRespondent: 4, emotionalShare: 0.8 };

/** A linear response to maturity: the level at maturity 50 and the change per maturity point. */
function linear(at50: number, perPoint: number): (m: number) => number {
  return (m) => at50 + perPoint * (m - 50);
}

const survey = { population: 'respondents', scale: 'linear', decimals: 1 } as const;
const percentSurvey = { ...survey, se: percentSe } as const;
const behavioural = { scale: 'linear', se: percentSe } as const;

export const metricModels: Readonly<Record<MetricId, MetricModel>> = {
  'loyalty-index': {
    ...survey,
    level: linear(21, 0.8),
    se: (value, n) => netScoreSe(value, n, loyaltyMiddleShare),
    seasonAmplitude: 1.5,
    shockWeight: 1,
    wobble: { sd: 1.2, persistence: 0.8 },
  },
  'share-of-wallet': {
    ...percentSurvey,
    level: linear(31, 0.45),
    seasonAmplitude: 0.8,
    shockWeight: 0.5,
    wobble: { sd: 0.8, persistence: 0.8 },
  },
  'repurchase-intent': {
    ...percentSurvey,
    level: linear(44, 0.55),
    seasonAmplitude: 1.2,
    shockWeight: 1,
    wobble: { sd: 1, persistence: 0.8 },
  },
  'bonding-index': {
    ...percentSurvey,
    level: linear(28, 0.45),
    seasonAmplitude: 0.8,
    shockWeight: 0.8,
    wobble: { sd: 0.8, persistence: 0.8 },
  },
  'emotion-ratio': {
    ...survey,
    scale: 'log',
    // About 9 : 1 at maturity 50, 4 : 1 for the least mature units, 20 : 1 for the most mature.
    level: (m) => Math.log(9) + 0.045 * (m - 50),
    se: (logRatio, n) =>
      logRatioSe(
        Math.exp(logRatio),
        n,
        emotionMentions.perRespondent,
        emotionMentions.emotionalShare,
      ),
    seasonAmplitude: 0.04,
    shockWeight: 1,
    wobble: { sd: 0.04, persistence: 0.8 },
  },
  'advocacy-share': {
    ...percentSurvey,
    level: linear(24, 0.5),
    seasonAmplitude: 1,
    shockWeight: 1,
    wobble: { sd: 0.8, persistence: 0.8 },
  },
  nps: {
    ...survey,
    level: linear(14, 0.9),
    se: (value, n) => netScoreSe(value, n, npsPassiveShare),
    seasonAmplitude: 2,
    shockWeight: 1,
    wobble: { sd: 1.5, persistence: 0.8 },
  },
  'referral-rate': {
    ...behavioural,
    population: 'new-customers',
    level: linear(14, 0.3),
    seasonAmplitude: 1,
    shockWeight: 0.5,
    wobble: { sd: 0.6, persistence: 0.7 },
    decimals: 1,
  },
  'retention-rate': {
    ...behavioural,
    population: 'customers',
    level: linear(84, 0.3),
    seasonAmplitude: 0.1,
    // A rolling twelve-month rate: a few bad weeks barely move it.
    shockWeight: 0.15,
    wobble: { sd: 0.08, persistence: 0.95 },
    decimals: 1,
  },
  'churn-rate': {
    ...behavioural,
    population: 'customers',
    level: linear(1.35, -0.025),
    // Negative: churn falls in the season when the other metrics rise.
    seasonAmplitude: -0.06,
    shockWeight: 1,
    wobble: { sd: 0.04, persistence: 0.8 },
    decimals: 2,
  },
  'win-back-rate': {
    ...behavioural,
    population: 'lapsed-customers',
    level: linear(9, 0.15),
    seasonAmplitude: 0.4,
    shockWeight: 0.5,
    wobble: { sd: 0.3, persistence: 0.8 },
    decimals: 1,
  },
};

/** New customers a week, as a share of the base (about a quarter of the base a year). */
export const weeklyAcquisitionShare = 0.005;
/** Customers lost in the last twelve months, as a share of the base: the pool for win-back. */
export const lapsedShare = 0.16;
