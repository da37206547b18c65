// The standard organisation: Acme Group's six units, each with a story an executive recognises.
import type { Organisation, StoryEvent, UnitProfile } from './organisation';

export const acme = { id: 'acme', name: 'Acme Group', currency: 'EUR' };

/** The climbing unit's arc: awareness for years, then a programme that lifts it into focus. */
export const climbingMaturity: UnitProfile['maturity'] = [
  [181, 33.5],
  [100, 37],
];
export const climbingInitiative = {
  weeksBefore: 100,
  effect: { type: 'maturity-shift', size: 31, weeks: 22, customerWeeks: 6 },
} as const;
/** The slipping unit's arc: focus until new leadership pauses the programme, then an outage. */
export const slippingMaturity: UnitProfile['maturity'] = [
  [181, 67],
  [60, 66],
];
export const slippingLeadershipChange = {
  weeksBefore: 60,
  effect: { type: 'maturity-shift', size: -14, weeks: 18, customerWeeks: 10 },
} as const;
export const slippingOutage = {
  weeksBefore: 30,
  effect: { type: 'outcome-dip', size: 24, weeks: 9 },
} as const;

/**
 * The events of the story every organisation tells, with its cast: the climbing unit's initiative,
 * the slipping unit's leadership change and outage, a survey gap, and an NPS method change.
 */
export function storyArcEvents(cast: {
  climbing: string;
  slipping: string;
  surveyGap: string;
}): StoryEvent[] {
  return [
    {
      ...climbingInitiative,
      weekday: 0,
      unit: cast.climbing,
      metric: null,
      kind: 'initiative',
      title: 'Customer journey teams formed',
    },
    {
      ...slippingLeadershipChange,
      weekday: 2,
      unit: cast.slipping,
      metric: null,
      // No kind fits better: it is the event the slip starts from.
      kind: 'incident',
      title: 'Leadership change: customer programme paused',
    },
    {
      ...slippingOutage,
      weekday: 1,
      unit: cast.slipping,
      metric: null,
      kind: 'incident',
      title: 'Billing system outage',
    },
    {
      weeksBefore: 40,
      weekday: 0,
      unit: cast.surveyGap,
      metric: null,
      kind: 'data-issue',
      title: 'Survey platform migration: no survey responses for two weeks',
      effect: { type: 'survey-gap', weeks: 2 },
    },
    {
      weeksBefore: 70,
      weekday: 0,
      unit: null,
      metric: 'nps',
      kind: 'method-change',
      title: 'NPS question wording aligned across all units',
      effect: { type: 'level-shift', size: 2 },
    },
  ];
}

export function standardOrganisation(): Organisation {
  const units: UnitProfile[] = [
    {
      id: 'retail',
      name: 'Retail stores',
      surveyN: [350, 450],
      customerBase: 62_000,
      baseGrowth: 0.02,
      respondents: [45, 60],
      maturity: [
        [181, 66],
        [0, 67.5],
      ],
      pillarOffsets: {
        measurement: 3,
        'voice-of-customer': 2,
        complaints: -2,
        talent: -4,
        culture: 1,
      },
      outcomeOffset: 1,
      seasonPeak: 0.9,
    },
    {
      id: 'online',
      name: 'Online & app',
      surveyN: [220, 320],
      customerBase: 36_000,
      baseGrowth: 0.12,
      respondents: [28, 42],
      maturity: climbingMaturity,
      pillarOffsets: {
        measurement: 3,
        'voice-of-customer': 2,
        culture: -2,
        leadership: -1,
        talent: -2,
      },
      outcomeOffset: 0,
      seasonPeak: 0.95,
    },
    {
      id: 'business',
      name: 'Business customers',
      surveyN: [120, 180],
      customerBase: 9_000,
      baseGrowth: 0.03,
      respondents: [25, 38],
      maturity: [
        [181, 61.5],
        [0, 63.5],
      ],
      // Satisfaction is measured, emotion and value drivers are not: this keeps it out of focus.
      pillarOffsets: { measurement: -10, 'voice-of-customer': 2, culture: 2, leadership: 2 },
      outcomeOffset: -1,
      seasonPeak: 0.3,
    },
    {
      id: 'care',
      name: 'Customer care',
      surveyN: [250, 330],
      customerBase: 41_000,
      baseGrowth: 0.03,
      respondents: [32, 48],
      maturity: [
        [181, 64],
        [0, 66],
      ],
      pillarOffsets: { culture: 3, complaints: 4, talent: -3, leadership: -2, measurement: 1 },
      outcomeOffset: 0,
      seasonPeak: 0.5,
    },
    {
      id: 'finance',
      name: 'Financial services',
      surveyN: [180, 260],
      customerBase: 26_000,
      baseGrowth: 0,
      respondents: [30, 44],
      maturity: slippingMaturity,
      pillarOffsets: { measurement: 2, 'voice-of-customer': 1, leadership: -2, talent: -1 },
      outcomeOffset: -2,
      seasonPeak: 0.15,
    },
    {
      id: 'nordics',
      name: 'Nordics',
      surveyN: [30, 80],
      customerBase: 7_500,
      baseGrowth: 0.04,
      respondents: [15, 24],
      maturity: [
        [181, 47],
        [0, 52.5],
      ],
      pillarOffsets: { complaints: 5, measurement: -3, leadership: 1 },
      outcomeOffset: 2,
      seasonPeak: 0.55,
    },
  ];
  const events: StoryEvent[] = [
    ...storyArcEvents({ climbing: 'online', slipping: 'finance', surveyGap: 'care' }),
    {
      weeksBefore: 45,
      weekday: 0,
      unit: 'nordics',
      metric: null,
      kind: 'method-change',
      title: 'Survey invitations moved from e-mail to SMS',
      effect: { type: 'survey-sample', n: [50, 110] },
    },
    {
      weeksBefore: 40,
      weekday: 3,
      unit: 'retail',
      metric: null,
      kind: 'initiative',
      title: 'Complaints hub launched in all stores',
      effect: { type: 'pillar-shift', pillar: 'complaints', size: 12, weeks: 8 },
    },
    {
      weeksBefore: 20,
      weekday: 0,
      unit: 'business',
      metric: null,
      kind: 'initiative',
      title: 'Key-account advisory board set up',
      effect: { type: 'pillar-shift', pillar: 'voice-of-customer', size: 14, weeks: 6 },
    },
  ];
  const unitTargets = [
    { unit: 'retail', metric: 'loyalty-index' },
    { unit: 'care', metric: 'loyalty-index' },
    { unit: 'online', metric: 'bonding-index' },
    { unit: 'finance', metric: 'retention-rate' },
    { unit: 'nordics', metric: 'advocacy-share' },
  ] as const;
  return {
    organisation: acme,
    units,
    events,
    story: { climbing: 'online', slipping: 'finance' },
    unitTargets,
  };
}
