// The large organisation for performance work: 10 regions × 6 lines, drawn with the same mechanics,
// one unit climbing and one slipping as in the standard story.
import type { PillarId } from './definitions';
import type { Organisation, StoryEvent, UnitProfile } from './organisation';
import { createRng, type Rng } from './random';
import { acme, climbingMaturity, slippingMaturity, storyArcEvents } from './standard-organisation';

interface Line {
  id: string;
  label: string;
  surveyN: readonly [number, number];
  customerBase: number;
  respondents: readonly [number, number];
  maturity: number;
}

const lines: readonly Line[] = [
  {
    id: 'retail',
    label: 'retail stores',
    surveyN: [220, 320],
    customerBase: 40_000,
    respondents: [35, 55],
    maturity: 64,
  },
  {
    id: 'online',
    label: 'online & app',
    surveyN: [150, 260],
    customerBase: 30_000,
    respondents: [25, 40],
    maturity: 57,
  },
  {
    id: 'business',
    label: 'business customers',
    surveyN: [70, 140],
    customerBase: 6_000,
    respondents: [20, 35],
    maturity: 59,
  },
  {
    id: 'care',
    label: 'customer care',
    surveyN: [140, 240],
    customerBase: 25_000,
    respondents: [30, 45],
    maturity: 62,
  },
  {
    id: 'finance',
    label: 'financial services',
    surveyN: [90, 180],
    customerBase: 15_000,
    respondents: [25, 40],
    maturity: 60,
  },
  {
    id: 'partners',
    label: 'partner channels',
    surveyN: [50, 120],
    customerBase: 5_000,
    respondents: [15, 30],
    maturity: 53,
  },
];

/** Regions and their size relative to an average one: small regions are noisy. */
const regions: ReadonlyArray<readonly [id: string, name: string, size: number]> = [
  ['dach', 'DACH', 1.4],
  ['uki', 'UK & Ireland', 1.3],
  ['france', 'France', 1.2],
  ['italy', 'Italy', 1],
  ['iberia', 'Iberia', 0.9],
  ['benelux', 'Benelux', 0.8],
  ['poland', 'Poland', 0.8],
  ['nordics', 'Nordics', 0.6],
  ['central', 'Central Europe', 0.6],
  ['baltics', 'Baltics', 0.35],
];

const largeStory = { climbing: 'benelux-online', slipping: 'iberia-finance' };

export function largeOrganisation(seed: number, weeks: number): Organisation {
  const rng = createRng(seed, 'large-organisation');
  const units = regions.flatMap(([regionId, regionName, size]) =>
    lines.map((line) => regionalUnit(rng, regionId, regionName, size, line, weeks)),
  );
  const events: StoryEvent[] = [
    ...storyArcEvents({
      climbing: largeStory.climbing,
      slipping: largeStory.slipping,
      surveyGap: 'dach-care',
    }),
    {
      weeksBefore: 150,
      weekday: 0,
      unit: 'baltics-retail',
      metric: null,
      kind: 'method-change',
      title: 'Survey invitations moved from e-mail to SMS',
      effect: { type: 'survey-sample', n: [45, 100] },
    },
    {
      weeksBefore: 35,
      weekday: 3,
      unit: 'uki-care',
      metric: null,
      kind: 'initiative',
      title: 'Complaints hub launched',
      effect: { type: 'pillar-shift', pillar: 'complaints', size: 8, weeks: 8 },
    },
  ];
  const unitTargets = [
    { unit: 'dach-retail', metric: 'loyalty-index' },
    { unit: largeStory.climbing, metric: 'bonding-index' },
    { unit: largeStory.slipping, metric: 'retention-rate' },
    { unit: 'baltics-retail', metric: 'advocacy-share' },
  ] as const;
  return { organisation: acme, units, events, story: largeStory, unitTargets };
}

function regionalUnit(
  rng: Rng,
  regionId: string,
  regionName: string,
  size: number,
  line: Line,
  weeks: number,
): UnitProfile {
  const id = `${regionId}-${line.id}`;
  const scale = (range: readonly [number, number], factor: number, floor: number) =>
    [
      Math.max(floor, Math.round(range[0] * factor)),
      Math.max(floor + 10, Math.round(range[1] * factor)),
    ] as const;
  const start = clampLevel(line.maturity + rng.normal(0, 4));
  const end = clampLevel(start + rng.normal(0, 3));
  const last = weeks - 1;
  const maturity: UnitProfile['maturity'] =
    id === largeStory.climbing
      ? [[last, 32], ...climbingMaturity.slice(1)]
      : id === largeStory.slipping
        ? [[last, 67], ...slippingMaturity.slice(1)]
        : [
            [last, start],
            [0, end],
          ];
  return {
    id,
    name: `${regionName} ${line.label}`,
    surveyN: scale(line.surveyN, size, 25),
    customerBase: Math.round((line.customerBase * size) / 100) * 100,
    baseGrowth: rng.uniform(-0.02, 0.08),
    respondents: scale(line.respondents, Math.min(1, Math.sqrt(size)), 15),
    maturity,
    pillarOffsets: randomPillarOffsets(rng),
    outcomeOffset: rng.normal(0, 1.5),
    seasonPeak: rng.next(),
  };
}

/** Most units have a weak and a strong pillar; a few have one weak enough to fail a gate. */
function randomPillarOffsets(rng: Rng): Partial<Record<PillarId, number>> {
  const offsets: Partial<Record<PillarId, number>> = {
    culture: rng.normal(0, 3),
    retention: rng.normal(0, 3),
    'voice-of-customer': rng.normal(0, 3),
    measurement: rng.normal(0, 3),
    talent: rng.normal(0, 3),
    complaints: rng.normal(0, 3),
    leadership: rng.normal(0, 3),
  };
  if (rng.next() < 0.2) offsets.measurement = -10;
  return offsets;
}

/** Keeps drawn units in sensitivity or focus, as real organisations mostly are. */
function clampLevel(level: number): number {
  return Math.min(70, Math.max(43, level));
}
