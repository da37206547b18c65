// The organisation behind the mock data: what drives a unit, and the story events. Which organisation
// a size of data set has is mock-data's choice (the organisations themselves import these types).
import type { AnnotationKind, BusinessUnit } from '@/api/schemas';
import type { MockSize } from '../options';
import type { MetricId, PillarId } from './definitions';

export interface UnitProfile {
  id: string;
  name: string;
  /** Weekly survey responses, [min, max]. */
  surveyN: readonly [number, number];
  /** Customers at the latest week. */
  customerBase: number;
  /** Yearly growth of the customer base, e.g. 0.05 for 5%. */
  baseGrowth: number;
  /** Monthly respondents of the pillar assessment, [min, max]. */
  respondents: readonly [number, number];
  /** Baseline latent maturity (0–100) as [weeks before the latest week, level] knots; flat outside. */
  maturity: ReadonlyArray<readonly [number, number]>;
  /** How far each pillar sits from the maturity; centred, so the pillars' mean tracks maturity. */
  pillarOffsets: Partial<Record<PillarId, number>>;
  /** Customers' outcomes relative to maturity (market, brand, product), in maturity points. */
  outcomeOffset: number;
  /** Where in the year (0 = 1 January) the unit's customer metrics peak. */
  seasonPeak: number;
}

/** What a story event does to the data, from its date on. */
export type StoryEffect =
  /**
   * Maturity moves by `size` points, approaching it with a time constant of `weeks`; customers may
   * feel it sooner (`customerWeeks`), before the organisation's own assessment catches up.
   */
  | { type: 'maturity-shift'; size: number; weeks: number; customerWeeks?: number }
  /** One pillar moves by `size` points with a time constant of `weeks`. */
  | { type: 'pillar-shift'; pillar: PillarId; size: number; weeks: number }
  /** Customers' experience drops by `size` maturity points at once and recovers over `weeks`. */
  | { type: 'outcome-dip'; size: number; weeks: number }
  /** No survey data for `weeks` weeks. */
  | { type: 'survey-gap'; weeks: number }
  /** The event's metric reads `size` higher (a changed question or method). */
  | { type: 'level-shift'; size: number }
  /** Weekly survey responses move to a new range. */
  | { type: 'survey-sample'; n: readonly [number, number] };

export interface StoryEvent {
  /** The event's week, counted back from the latest week. */
  weeksBefore: number;
  /** Day within that week, 0 = Monday. */
  weekday: number;
  unit: string | null;
  metric: MetricId | null;
  kind: AnnotationKind;
  title: string;
  effect?: StoryEffect;
}

export interface Organisation {
  organisation: { id: string; name: string; currency: string };
  units: readonly UnitProfile[];
  events: readonly StoryEvent[];
  /** The units whose arc the story is about. */
  story: { climbing: string; slipping: string };
  /** Unit-specific targets for the current year, beside the organisation-wide ones. */
  unitTargets: ReadonlyArray<{ unit: string; metric: MetricId }>;
}

export const wholeOrganisation = 'all';

/** Weeks of history: three and a half years, or five for performance work. */
export const historyWeeks: Readonly<Record<MockSize, number>> = { standard: 182, large: 260 };

/** The units as the catalog lists them: the whole organisation first. */
export function businessUnits(organisation: Organisation): BusinessUnit[] {
  return [
    { id: wholeOrganisation, name: organisation.organisation.name, parentId: null },
    ...organisation.units.map((u) => ({ id: u.id, name: u.name, parentId: wholeOrganisation })),
  ];
}
