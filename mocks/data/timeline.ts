// A unit's latent story over time: its maturity, shocks to its customers' experience, and how its
// survey is sampled. Time is in days relative to the latest week's Monday (negative = earlier).
import type { MetricId, PillarId } from './definitions';
import type { StoryEffect, StoryEvent, UnitProfile } from './organisation';

export interface UnitTimeline {
  /** Latent organisational maturity, 0–100: what the pillar assessment sees. */
  maturityAt(day: number): number;
  /** Maturity as the unit's customers feel it; it may run ahead of the organisation's own. */
  customerMaturityAt(day: number): number;
  /** How far a pillar moved through events of its own. */
  pillarShiftAt(pillar: PillarId, day: number): number;
  /** Change in what customers experience, in maturity points (a dip is negative). */
  shockAt(day: number): number;
  /** Weekly survey responses, [min, max]. */
  surveyRangeAt(day: number): readonly [number, number];
  /** Whether the survey collected nothing at that time. */
  surveyGapAt(day: number): boolean;
  /** How much higher a metric reads because of method changes. */
  levelShiftAt(metric: MetricId, day: number): number;
}

/** The day an event happens, relative to the latest week's Monday. */
export function eventDay(event: StoryEvent): number {
  return -7 * event.weeksBefore + event.weekday;
}

/** An effect with the day it starts, narrowed to one kind. */
type Dated<T extends StoryEffect['type']> = {
  day: number;
  metric: MetricId | null;
  effect: Extract<StoryEffect, { type: T }>;
};

export function unitTimeline(profile: UnitProfile, events: readonly StoryEvent[]): UnitTimeline {
  const effects = events
    .filter((e) => e.unit === null || e.unit === profile.id)
    .flatMap((e) =>
      e.effect === undefined ? [] : [{ day: eventDay(e), metric: e.metric, effect: e.effect }],
    );
  // Each question reads only its own kind of effect (asked for every week of every unit): grouped
  // once, in the story's order.
  const ofType = <T extends StoryEffect['type']>(type: T) =>
    effects.filter((e): e is Dated<T> => e.effect.type === type);
  const maturityShifts = ofType('maturity-shift');
  const pillarShifts = ofType('pillar-shift');
  const dips = ofType('outcome-dip');
  const gaps = ofType('survey-gap');
  const levelShifts = ofType('level-shift');
  const samples = ofType('survey-sample');
  const knots = [...profile.maturity].sort((a, b) => b[0] - a[0]);
  return {
    maturityAt: (day) =>
      baseline(knots, -day / 7) +
      sum(maturityShifts, day, (effect, weeks) => approach(effect.size, weeks, effect.weeks)),
    customerMaturityAt: (day) =>
      baseline(knots, -day / 7) +
      sum(maturityShifts, day, (effect, weeks) =>
        approach(effect.size, weeks, effect.customerWeeks ?? effect.weeks),
      ),
    pillarShiftAt: (pillar, day) =>
      sum(pillarShifts, day, (effect, weeks) =>
        effect.pillar === pillar ? approach(effect.size, weeks, effect.weeks) : 0,
      ),
    shockAt: (day) =>
      sum(dips, day, (effect, weeks) => -effect.size * Math.max(0, 1 - weeks / effect.weeks)),
    surveyRangeAt: (day) =>
      samples.reduce<readonly [number, number]>(
        (range, e) => (day >= e.day ? e.effect.n : range),
        profile.surveyN,
      ),
    surveyGapAt: (day) => gaps.some((e) => day >= e.day && day < e.day + 7 * e.effect.weeks),
    levelShiftAt: (metric, day) =>
      levelShifts.reduce(
        (total, e) => total + (e.metric === metric && day >= e.day ? e.effect.size : 0),
        0,
      ),
  };
}

/** The sum of the effects' contributions at a day, given the weeks since each started. */
function sum<T extends StoryEffect['type']>(
  effects: readonly Dated<T>[],
  day: number,
  contribution: (effect: Dated<T>['effect'], weeksSince: number) => number,
): number {
  let total = 0;
  for (const e of effects) {
    if (day >= e.day) total += contribution(e.effect, (day - e.day) / 7);
  }
  return total;
}

/** A change of `size` reached gradually: fastest at first, with the given time constant in weeks. */
function approach(size: number, weeksSince: number, timeConstant: number): number {
  return size * (1 - Math.exp(-weeksSince / timeConstant));
}

/** Piecewise-linear through knots sorted latest-last ([weeks before, level]), flat beyond the ends. */
function baseline(knots: UnitProfile['maturity'], weeksBefore: number): number {
  const first = knots[0];
  if (first === undefined) throw new Error('a maturity path needs at least one knot');
  if (weeksBefore >= first[0]) return first[1];
  for (let i = 1; i < knots.length; i += 1) {
    const earlier = knots[i - 1];
    const later = knots[i];
    if (earlier === undefined || later === undefined) break;
    if (weeksBefore >= later[0]) {
      const share = (earlier[0] - weeksBefore) / (earlier[0] - later[0]);
      return earlier[1] + share * (later[1] - earlier[1]);
    }
  }
  return knots[knots.length - 1]?.[1] ?? first[1];
}
