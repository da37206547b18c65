// The catalog's definitions: metrics, pillars and stages, written for executives to read.
import type { MetricDefinition, PillarDefinition, StageDefinition } from '@/api/schemas';

export const metricIds = [
  'loyalty-index',
  'share-of-wallet',
  'repurchase-intent',
  'bonding-index',
  'emotion-ratio',
  'advocacy-share',
  'nps',
  'referral-rate',
  'retention-rate',
  'churn-rate',
  'win-back-rate',
] as const;
export type MetricId = (typeof metricIds)[number];

export const pillarIds = [
  'culture',
  'retention',
  'voice-of-customer',
  'measurement',
  'talent',
  'complaints',
  'leadership',
] as const;
export type PillarId = (typeof pillarIds)[number];

export const stageIds = ['awareness', 'sensitivity', 'focus', 'obsession'] as const;
export type StageId = (typeof stageIds)[number];

/** Survey metrics are not reported below this many responses: the interval is too wide to act on. */
const surveyMinN = 50;

const percentRange = { unit: 'percent', min: 0, max: 100 } as const;
const pointsRange = { unit: 'points', min: -100, max: 100 } as const;
// A ratio has no natural ceiling; 50 : 1 is well above the best brands (about 29 : 1).
const ratioRange = { unit: 'ratio', min: 0, max: 50 } as const;

type MetricDefinitionOf = MetricDefinition & { id: MetricId };

export const metricDefinitions: readonly MetricDefinitionOf[] = [
  {
    id: 'loyalty-index',
    family: 'loyalty',
    name: 'Loyalty index',
    ...pointsRange,
    direction: 'higher-is-better',
    headline: true,
    minReportableN: surveyMinN,
    description:
      'Share of customers who say they will buy more, will not switch and would recommend us, minus the share who say the opposite. Ranges from −100 to +100; above +30 is strong.',
  },
  {
    id: 'share-of-wallet',
    family: 'loyalty',
    name: 'Share of wallet',
    ...percentRange,
    direction: 'higher-is-better',
    headline: false,
    minReportableN: surveyMinN,
    description:
      'Of what our customers spend on products like ours, the share they spend with us (as they report it in the survey).',
  },
  {
    id: 'repurchase-intent',
    family: 'loyalty',
    name: 'Repurchase intent',
    ...percentRange,
    direction: 'higher-is-better',
    headline: false,
    minReportableN: surveyMinN,
    description:
      'Share of customers who say they will certainly buy from us again (the top answer on a five-point scale).',
  },
  {
    id: 'bonding-index',
    family: 'bonding',
    name: 'Brand bonding index',
    ...percentRange,
    direction: 'higher-is-better',
    headline: true,
    minReportableN: surveyMinN,
    description:
      'Share of customers who are fully engaged: emotionally attached to us, not just satisfied. These customers buy more and stay longer.',
  },
  {
    id: 'emotion-ratio',
    family: 'bonding',
    name: 'Emotion ratio',
    ...ratioRange,
    direction: 'higher-is-better',
    headline: false,
    minReportableN: surveyMinN,
    description:
      'Positive emotions customers name about us for every negative one, e.g. 12.5 : 1. The best brands reach about 25 to 29 : 1.',
  },
  {
    id: 'advocacy-share',
    family: 'advocacy',
    name: 'Advocacy share',
    ...percentRange,
    direction: 'higher-is-better',
    headline: true,
    minReportableN: surveyMinN,
    description:
      'Share of customers who actively recommend us without being asked: they speak up for us unprompted.',
  },
  {
    id: 'nps',
    family: 'advocacy',
    name: 'Net Promoter Score',
    ...pointsRange,
    direction: 'higher-is-better',
    headline: false,
    minReportableN: surveyMinN,
    description:
      'Share of customers who would recommend us (9–10 of 10) minus the share who would not (0–6). Kept for comparison with the past and with peers.',
  },
  {
    id: 'referral-rate',
    family: 'advocacy',
    name: 'Referral rate',
    ...percentRange,
    direction: 'higher-is-better',
    headline: false,
    // Counted from new customers, not a survey: a few dozen new customers a week already say something.
    minReportableN: 30,
    description:
      'Share of new customers this week who came to us through a recommendation from an existing customer.',
  },
  {
    id: 'retention-rate',
    family: 'retention',
    name: 'Customer retention rate',
    ...percentRange,
    direction: 'higher-is-better',
    headline: true,
    minReportableN: 500,
    description:
      'Share of the customers we had twelve months ago who are still customers today. The sample size is the customer base.',
  },
  {
    id: 'churn-rate',
    family: 'retention',
    name: 'Churn rate',
    ...percentRange,
    direction: 'lower-is-better',
    headline: false,
    minReportableN: 500,
    // Measured to two decimals (about 1.3%, moving by hundredths): the catalog says so.
    decimals: 2,
    description:
      'Share of customers who left us in the last four weeks. Lower is better; the sample size is the customer base.',
  },
  {
    id: 'win-back-rate',
    family: 'retention',
    name: 'Win-back rate',
    ...percentRange,
    direction: 'higher-is-better',
    headline: false,
    minReportableN: 100,
    description:
      'Share of the customers who left us in the last twelve months who have come back. The sample size is those former customers.',
  },
];

export const pillarDefinitions: readonly (PillarDefinition & { id: PillarId })[] = [
  {
    id: 'culture',
    name: 'Culture over strategy',
    description: 'People, not process or tools, carry the commitment to customers.',
  },
  {
    id: 'retention',
    name: 'Retention over acquisition',
    description:
      'A customer-for-life mindset: effort goes to keeping and growing the customers we have.',
  },
  {
    id: 'voice-of-customer',
    name: 'Voice of the customer over ad spend',
    description:
      'Money goes to understanding customers and acting on what they say, ahead of advertising.',
  },
  {
    id: 'measurement',
    name: 'Measure what matters',
    description:
      'What is not measured is not known: emotions and what drives customer value are measured.',
  },
  {
    id: 'talent',
    name: 'Time spent on talent',
    description: 'People are hired deliberately for their values and principles, and developed.',
  },
  {
    id: 'complaints',
    name: 'Easy to complain',
    description: 'Complaints are invited and owned; each one is a chance to learn.',
  },
  {
    id: 'leadership',
    name: 'Leadership driven',
    description: 'The executive team visibly and passionately leads the customer programme.',
  },
];

/** Four stages and no devotion: few organisations reach even the fourth. */
export const stageDefinitions: readonly (StageDefinition & { id: StageId })[] = [
  { id: 'awareness', name: 'Customer awareness', order: 1, minScore: 0 },
  { id: 'sensitivity', name: 'Customer sensitivity', order: 2, minScore: 40 },
  { id: 'focus', name: 'Customer focus', order: 3, minScore: 60 },
  { id: 'obsession', name: 'Customer obsession', order: 4, minScore: 75 },
];

export function metricDefinition(id: MetricId): MetricDefinitionOf {
  const definition = metricDefinitions.find((m) => m.id === id);
  if (definition === undefined) throw new Error(`unknown metric "${id}"`);
  return definition;
}

export function isMetricId(id: string): id is MetricId {
  return (metricIds as readonly string[]).includes(id);
}
