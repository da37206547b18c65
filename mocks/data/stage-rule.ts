// The stage rule of domain.md: a quarter's pillar scores, and the stage held before, give the stage
// with its reasons. Pure, so the UI's explanation and the tests can rely on it.
import type { StagePoint } from '@/api/schemas';
import { pillarIds, type PillarId, type StageId } from './definitions';

export type PillarScores = Readonly<Record<PillarId, number>>;

export interface StageStep {
  stage: StageId;
  /** The band: the lowest maturity score of this stage. */
  minScore: number;
  /** Pillars that must each reach `min` before this stage is allowed. */
  gate: { pillars: readonly PillarId[]; min: number };
}

/** The ladder, lowest first: each stage's band and gate. */
export const stageLadder: readonly StageStep[] = [
  { stage: 'awareness', minScore: 0, gate: { pillars: [], min: 0 } },
  { stage: 'sensitivity', minScore: 40, gate: { pillars: ['complaints'], min: 40 } },
  {
    stage: 'focus',
    minScore: 60,
    gate: { pillars: ['measurement', 'voice-of-customer'], min: 60 },
  },
  {
    stage: 'obsession',
    minScore: 75,
    gate: { pillars: ['culture', 'talent', 'leadership'], min: 70 },
  },
];

/**
 * Hysteresis: a held stage is kept until its band (or one of its gates) is missed by more than this,
 * so a unit near a boundary does not flip every quarter on noise.
 */
export const demotionMargin = 5;

export interface QuarterPillars {
  /** The quarter's first day. */
  period: string;
  pillars: PillarScores;
}

/** What the rule remembers between quarters. */
export interface StageState {
  /** Index in `stageLadder` of the stage held. */
  held: number;
  /** The stage the previous quarter qualified for, when above the held one: the first of two. */
  pending: number | null;
}

interface Shortfall {
  what: string;
  value: number;
  min: number;
}

type Outcome =
  | { kind: 'initial' }
  | { kind: 'steady' }
  | { kind: 'holds-within-margin' }
  | { kind: 'qualifies'; level: number }
  | { kind: 'promoted' }
  | { kind: 'demoted' };

/** The maturity score: the mean of the seven pillar scores, to one decimal. */
export function maturityScore(pillars: PillarScores): number {
  const sum = pillarIds.reduce((total, id) => total + pillars[id], 0);
  return round1(sum / pillarIds.length);
}

/**
 * The highest stage the score and gates reach, every lower stage's gate included; with a margin,
 * the highest stage that can still be held.
 */
export function reachableLevel(score: number, pillars: PillarScores, margin = 0): number {
  let level = 0;
  for (let i = 1; i < stageLadder.length; i += 1) {
    if (!meets(step(i), score, pillars, margin)) break;
    level = i;
  }
  return level;
}

/** One quarter's assessment given the state after the previous quarter (null: the first one). */
export function assessQuarter(
  previous: StageState | null,
  quarter: QuarterPillars,
): { point: StagePoint; state: StageState } {
  const score = maturityScore(quarter.pillars);
  const qualified = reachableLevel(score, quarter.pillars);
  const { level, pending, outcome } = decide(previous, qualified, score, quarter.pillars);
  const point: StagePoint = {
    period: quarter.period,
    score,
    stage: step(level).stage,
    gatesFailed: gatesFailed(level, quarter.pillars),
    note: describe(outcome, level, score, quarter.pillars),
  };
  return { point, state: { held: level, pending } };
}

/** The assessments of consecutive quarters, oldest first. */
export function assessStages(quarters: readonly QuarterPillars[]): StagePoint[] {
  let state: StageState | null = null;
  return quarters.map((quarter) => {
    const assessed = assessQuarter(state, quarter);
    state = assessed.state;
    return assessed.point;
  });
}

function decide(
  previous: StageState | null,
  qualified: number,
  score: number,
  pillars: PillarScores,
): { level: number; pending: number | null; outcome: Outcome } {
  if (previous === null) return { level: qualified, pending: null, outcome: { kind: 'initial' } };
  const held = previous.held;
  if (qualified > held) {
    if (previous.pending !== null && previous.pending > held) {
      // Two qualifying quarters in a row: promote to what both quarters reached.
      const level = Math.min(qualified, previous.pending);
      return {
        level,
        pending: qualified > level ? qualified : null,
        outcome: { kind: 'promoted' },
      };
    }
    return { level: held, pending: qualified, outcome: { kind: 'qualifies', level: qualified } };
  }
  const holdable = reachableLevel(score, pillars, demotionMargin);
  if (holdable < held) return { level: holdable, pending: null, outcome: { kind: 'demoted' } };
  const outcome: Outcome = qualified < held ? { kind: 'holds-within-margin' } : { kind: 'steady' };
  return { level: held, pending: null, outcome };
}

/** Pillars whose gate caps the stage or blocks the next one up. */
function gatesFailed(level: number, pillars: PillarScores): string[] {
  const failed: string[] = [];
  for (let i = 1; i <= Math.min(level + 1, stageLadder.length - 1); i += 1) {
    for (const pillar of step(i).gate.pillars) {
      if (pillars[pillar] < step(i).gate.min && !failed.includes(pillar)) failed.push(pillar);
    }
  }
  return failed;
}

function describe(outcome: Outcome, level: number, score: number, pillars: PillarScores): string {
  const stage = step(level).stage;
  switch (outcome.kind) {
    case 'demoted': {
      // The lowest stage no longer held says why: its band or one of its gates, missed by the margin.
      const broken = step(level + 1);
      const [reason] = stepShortfalls(broken, score, pillars, demotionMargin);
      if (reason === undefined) return `Demoted to ${stage}`;
      const threshold =
        reason.what === 'score'
          ? `the ${broken.stage} band`
          : `the ${broken.stage} gate of ${reason.min}`;
      return `Demoted to ${stage}: ${reason.what} ${format(reason.value)} fell 5 points below ${threshold}`;
    }
    case 'promoted':
      return `Promoted to ${stage} after two qualifying quarters`;
    case 'qualifies':
      return `Qualifies for ${step(outcome.level).stage}; promotion confirmed after a second qualifying quarter`;
    case 'holds-within-margin': {
      const shortfalls = stageLadder
        .slice(1, level + 1)
        .flatMap((s) => stepShortfalls(s, score, pillars, 0));
      return `Holds ${stage} within the 5-point margin: ${listShortfalls(shortfalls)}`;
    }
    case 'initial':
    case 'steady':
      return describeNextStage(level, score, pillars);
  }
}

function describeNextStage(level: number, score: number, pillars: PillarScores): string {
  if (level === stageLadder.length - 1)
    return `Holds ${step(level).stage}: every band and gate met`;
  const next = step(level + 1);
  const blockers = gateShortfalls(next, pillars, 0);
  const Next = capitalise(next.stage);
  if (score >= next.minScore) return `${Next} blocked: ${listShortfalls(blockers)}`;
  const needs = `${Next} needs a score of ${next.minScore}; now ${format(score)}`;
  return blockers.length > 0 ? `${needs}, and ${listShortfalls(blockers)}` : needs;
}

/** Whether the score reaches the step's band and every gate, less the margin: no shortfall. */
function meets(s: StageStep, score: number, pillars: PillarScores, margin: number): boolean {
  return (
    score >= s.minScore - margin &&
    s.gate.pillars.every((pillar) => pillars[pillar] >= s.gate.min - margin)
  );
}

function stepShortfalls(
  s: StageStep,
  score: number,
  pillars: PillarScores,
  margin: number,
): Shortfall[] {
  const band =
    score < s.minScore - margin ? [{ what: 'score', value: score, min: s.minScore }] : [];
  return [...band, ...gateShortfalls(s, pillars, margin)];
}

function gateShortfalls(s: StageStep, pillars: PillarScores, margin: number): Shortfall[] {
  return s.gate.pillars
    .filter((pillar) => pillars[pillar] < s.gate.min - margin)
    .map((pillar) => ({ what: pillarLabel(pillar), value: pillars[pillar], min: s.gate.min }));
}

function listShortfalls(shortfalls: readonly Shortfall[]): string {
  return shortfalls.map((s) => `${s.what} ${format(s.value)} < ${s.min}`).join(', ');
}

function step(level: number): StageStep {
  const found = stageLadder[level];
  if (found === undefined) throw new Error(`no stage at level ${level}`);
  return found;
}

/** Pillar names as a sentence reads them. */
function pillarLabel(pillar: PillarId): string {
  return pillar === 'voice-of-customer' ? 'voice of the customer' : pillar;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

function format(value: number): string {
  return String(round1(value));
}
