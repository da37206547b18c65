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

export function unitTimeline(profile: UnitProfile, events: readonly StoryEvent[]): UnitTimeline {
  const effects = events
    .filter((e) => e.unit === null || e.unit === profile.id)
    .flatMap((e) =>
      e.effect === undefined ? [] : [{ day: eventDay(e), metric: e.metric, effect: e.effect }],
    );
  const knots = [...profile.maturity].sort((a, b) => b[0] - a[0]);
  /** The sum of every effect's contribution at a day, given the weeks since it started. */
  const sum = (day: number, contribution: (effect: StoryEffect, weeksSince: number) => number) =>
    effects.reduce(
      (total, e) => total + (day >= e.day ? contribution(e.effect, (day - e.day) / 7) : 0),
      0,
    );
  return {
    maturityAt: (day) =>
      baseline(knots, -day / 7) +
      sum(day, (effect, weeks) =>
        effect.type === 'maturity-shift' ? approach(effect.size, weeks, effect.weeks) : 0,
      ),
    // Asked once per metric for the same weeks (eleven metrics): worked out once per day.
    customerMaturityAt: byDay(
      (day) =>
        baseline(knots, -day / 7) +
        sum(day, (effect, weeks) =>
          effect.type === 'maturity-shift'
            ? approach(effect.size, weeks, effect.customerWeeks ?? effect.weeks)
            : 0,
        ),
    ),
    pillarShiftAt: (pillar, day) =>
      sum(day, (effect, weeks) =>
        effect.type === 'pillar-shift' && effect.pillar === pillar
          ? approach(effect.size, weeks, effect.weeks)
          : 0,
      ),
    shockAt: byDay((day) =>
      sum(day, (effect, weeks) =>
        effect.type === 'outcome-dip' ? -effect.size * Math.max(0, 1 - weeks / effect.weeks) : 0,
      ),
    ),
    surveyRangeAt: (day) =>
      effects.reduce<readonly [number, number]>(
        (range, e) => (e.effect.type === 'survey-sample' && day >= e.day ? e.effect.n : range),
        profile.surveyN,
      ),
    surveyGapAt: byDay((day) =>
      effects.some(
        (e) => e.effect.type === 'survey-gap' && day >= e.day && day < e.day + 7 * e.effect.weeks,
      ),
    ),
    levelShiftAt: (metric, day) =>
      effects.reduce(
        (total, e) =>
          total +
          (e.effect.type === 'level-shift' && e.metric === metric && day >= e.day
            ? e.effect.size
            : 0),
        0,
      ),
  };
}

/** A pure function of the day, remembered per day. */
function byDay<T>(compute: (day: number) => T): (day: number) => T {
  const values = new Map<number, T>();
  return (day) => {
    let value = values.get(day);
    if (value === undefined) {
      value = compute(day);
      values.set(day, value);
    }
    return value;
  };
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
