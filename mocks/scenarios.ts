// Fault scenarios of the mock API: the grammar, its parser, and the per-request decision of which
// fault (if any) to play, so the app's resilience can be tested against failures it cannot provoke.
//
//   scenario = "none" | "" | rule ("," rule)*
//   rule     = [endpoint ":"] fault ["@" schedule]
//   endpoint = catalog | metrics | pillars | stages | annotations | all        (default all)
//   fault    = 500 | 503 | 429 | 401 | 403 | network | slow | hang | malformed-json | wrong-type
//            | out-of-range | non-finite | missing-series | unknown-stage | empty | gaps
//   schedule = N "+" M      the first N requests healthy, the next M failing, then healthy for good
//            | "flap:" K    K healthy, K failing, K healthy, … forever
//
// The first rule whose endpoint matches a request decides it, whether or not its schedule fails that
// request; each rule counts the requests it decides, from 1.
import type { EndpointName } from '@/api/schemas';

export const scenarioEndpoints = [
  'catalog',
  'metrics',
  'pillars',
  'stages',
  'annotations',
] as const;
export type ScenarioEndpoint = EndpointName | 'all';

export const faults = [
  '500',
  '503',
  '429',
  '401',
  '403',
  'network',
  'slow',
  'hang',
  'malformed-json',
  'wrong-type',
  'out-of-range',
  'non-finite',
  'missing-series',
  'unknown-stage',
  'empty',
  'gaps',
] as const;
export type Fault = (typeof faults)[number];

export type Schedule =
  | { kind: 'always' }
  /** `@N+M`: requests N+1 … N+M fail. */
  | { kind: 'window'; healthy: number; failing: number }
  /** `@flap:K`: runs of K healthy and K failing requests, healthy first. */
  | { kind: 'flap'; run: number };

export interface ScenarioRule {
  /** The rule as written, for messages. */
  text: string;
  endpoint: ScenarioEndpoint;
  fault: Fault;
  schedule: Schedule;
}

/** A parsed scenario and how many requests each of its rules has decided so far. */
export interface ScenarioState {
  readonly rules: readonly ScenarioRule[];
  /** Per rule, the requests it has decided. */
  readonly decided: number[];
}

const endpointChoices: readonly ScenarioEndpoint[] = [...scenarioEndpoints, 'all'];
const noFaults = 'none';
const exampleScenario = 'metrics:500,all:slow';
const scheduleHelp = 'expected @N+M, e.g. @2+3, or @flap:K, e.g. @flap:2';

/** Parses a scenario; a bad one throws an Error naming the bad part and what was expected. */
export function parseScenario(text: string): ScenarioRule[] {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed === noFaults) return [];
  const rules = trimmed.split(',').map((part) => parseRule(part.trim(), text));
  rules.forEach((rule, index) => {
    const shadow = rules.slice(0, index).find((earlier) => covers(earlier, rule));
    // Almost always a mistake in the order: "500,metrics:503" meant metrics to answer 503.
    if (shadow !== undefined) {
      throw scenarioError(
        `rule ${quote(rule.text)} is never used in ${quote(text)}: the earlier rule ${quote(shadow.text)} decides every request it would (put the more specific rule first)`,
      );
    }
  });
  return rules;
}

/** A fresh state: every rule's count at zero. */
export function createScenarioState(text: string): ScenarioState {
  const rules = parseScenario(text);
  return { rules, decided: rules.map(() => 0) };
}

/** The fault to play on this request to the endpoint, or null; counts the request for its rule. */
export function decide(state: ScenarioState, endpoint: EndpointName): Fault | null {
  const index = state.rules.findIndex((rule) => matches(rule.endpoint, endpoint));
  const rule = state.rules[index];
  if (rule === undefined) return null;
  const n = (state.decided[index] ?? 0) + 1;
  state.decided[index] = n;
  return fails(rule.schedule, n) ? rule.fault : null;
}

/** Whether the n-th request (from 1) a rule decides fails under its schedule. */
export function fails(schedule: Schedule, n: number): boolean {
  switch (schedule.kind) {
    case 'always':
      return true;
    case 'window':
      return n > schedule.healthy && n <= schedule.healthy + schedule.failing;
    case 'flap':
      return Math.floor((n - 1) / schedule.run) % 2 === 1;
  }
}

function matches(ruleEndpoint: ScenarioEndpoint, endpoint: EndpointName): boolean {
  return ruleEndpoint === 'all' || ruleEndpoint === endpoint;
}

/** Whether an earlier rule takes every request a later one would match. */
function covers(earlier: ScenarioRule, later: ScenarioRule): boolean {
  return earlier.endpoint === 'all' || earlier.endpoint === later.endpoint;
}

function parseRule(rule: string, scenario: string): ScenarioRule {
  if (rule === '') {
    throw scenarioError(
      `empty rule in ${quote(scenario)} (expected rules separated by commas, e.g. "${exampleScenario}")`,
    );
  }
  const [target = '', scheduleText, ...rest] = rule.split('@');
  if (rest.length > 0) throw scenarioError(`more than one "@" in ${quote(rule)} (${scheduleHelp})`);
  const colon = target.indexOf(':');
  const endpointText = colon === -1 ? 'all' : target.slice(0, colon);
  const faultText = colon === -1 ? target : target.slice(colon + 1);
  return {
    text: rule,
    endpoint: parseEndpoint(endpointText, rule),
    fault: parseFault(faultText, rule),
    schedule: scheduleText === undefined ? { kind: 'always' } : parseSchedule(scheduleText, rule),
  };
}

function parseEndpoint(text: string, rule: string): ScenarioEndpoint {
  const endpoint = endpointChoices.find((choice) => choice === text);
  if (endpoint === undefined) {
    throw scenarioError(
      `unknown endpoint ${quote(text)} in ${quote(rule)} (expected one of ${endpointChoices.join(', ')})`,
    );
  }
  return endpoint;
}

function parseFault(text: string, rule: string): Fault {
  const fault = faults.find((choice) => choice === text);
  if (fault !== undefined) return fault;
  const problem = text === '' ? 'missing fault' : `unknown fault ${quote(text)}`;
  throw scenarioError(`${problem} in ${quote(rule)} (expected one of ${faults.join(', ')})`);
}

function parseSchedule(text: string, rule: string): Schedule {
  const flap = /^flap:(\d+)$/.exec(text);
  if (flap !== null) {
    const run = Number(flap[1]);
    if (run < 1) throw badSchedule(text, rule, 'K must be at least 1');
    return { kind: 'flap', run };
  }
  // A '+' in a page address's query decodes as a space (?scenario=503@2+3 reads "503@2 3").
  const window = /^(\d+)[+ ](\d+)$/.exec(text);
  if (window !== null) {
    const failing = Number(window[2]);
    if (failing < 1) throw badSchedule(text, rule, 'M must be at least 1');
    return { kind: 'window', healthy: Number(window[1]), failing };
  }
  throw badSchedule(text, rule, scheduleHelp);
}

function badSchedule(text: string, rule: string, expected: string): Error {
  return scenarioError(`bad schedule ${quote(`@${text}`)} in ${quote(rule)} (${expected})`);
}

/** Every message starts with "scenario:", so start-up can tell where the bad value came from. */
function scenarioError(message: string): Error {
  return new Error(`scenario: ${message}`);
}

function quote(text: string): string {
  return JSON.stringify(text);
}
