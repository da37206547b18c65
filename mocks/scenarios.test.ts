// @vitest-environment node
import type { EndpointName } from '@/api/schemas';
import { createScenarioState, decide, fails, faults, parseScenario, type Fault } from './scenarios';

/** What the scenario plays on each of a run of requests to one endpoint. */
function play(text: string, endpoint: EndpointName, requests: number): (Fault | null)[] {
  const state = createScenarioState(text);
  return Array.from({ length: requests }, () => decide(state, endpoint));
}

describe('parseScenario', () => {
  it('reads no faults from an empty string or none', () => {
    expect(parseScenario('')).toEqual([]);
    expect(parseScenario('  ')).toEqual([]);
    expect(parseScenario('none')).toEqual([]);
  });

  it.each(faults)('reads the fault %s, for every endpoint by default', (fault) => {
    expect(parseScenario(fault)).toEqual([
      { text: fault, endpoint: 'all', fault, schedule: { kind: 'always' } },
    ]);
  });

  it('reads endpoints, schedules and several rules', () => {
    expect(parseScenario('metrics:500, catalog:slow@2+3,all:network@flap:2')).toEqual([
      { text: 'metrics:500', endpoint: 'metrics', fault: '500', schedule: { kind: 'always' } },
      {
        text: 'catalog:slow@2+3',
        endpoint: 'catalog',
        fault: 'slow',
        schedule: { kind: 'window', healthy: 2, failing: 3 },
      },
      {
        text: 'all:network@flap:2',
        endpoint: 'all',
        fault: 'network',
        schedule: { kind: 'flap', run: 2 },
      },
    ]);
    for (const endpoint of ['pillars', 'stages', 'annotations'] as const) {
      expect(parseScenario(`${endpoint}:empty`)[0]?.endpoint).toBe(endpoint);
    }
  });

  it('takes a space for the + of a schedule, as a page address decodes it', () => {
    const fromUrl = new URLSearchParams('scenario=503@2+3').get('scenario') ?? '';
    expect(fromUrl).toBe('503@2 3');
    expect(parseScenario(fromUrl)[0]?.schedule).toEqual({ kind: 'window', healthy: 2, failing: 3 });
  });

  it('lets the first N be zero', () => {
    expect(play('500@0+2', 'metrics', 3)).toEqual(['500', '500', null]);
  });

  it.each([
    [
      'metrics:teapot',
      'scenario: unknown fault "teapot" in "metrics:teapot" (expected one of 500, 503, 429, 401, 403, network, slow, hang, malformed-json, wrong-type, out-of-range, non-finite, missing-series, unknown-stage, empty, gaps)',
    ],
    [
      'metric:500',
      'scenario: unknown endpoint "metric" in "metric:500" (expected one of catalog, metrics, pillars, stages, annotations, all)',
    ],
    ['metrics:', 'scenario: missing fault in "metrics:" (expected one of 500, 503,'],
    [
      '500,,503',
      'scenario: empty rule in "500,,503" (expected rules separated by commas, e.g. "metrics:500,all:slow")',
    ],
    ['500,', 'scenario: empty rule in "500,"'],
    [
      '503@2',
      'scenario: bad schedule "@2" in "503@2" (expected @N+M, e.g. @2+3, or @flap:K, e.g. @flap:2)',
    ],
    ['503@2+0', 'scenario: bad schedule "@2+0" in "503@2+0" (M must be at least 1)'],
    ['503@flap:0', 'scenario: bad schedule "@flap:0" in "503@flap:0" (K must be at least 1)'],
    ['503@flap', 'scenario: bad schedule "@flap" in "503@flap"'],
    ['503@-1+2', 'scenario: bad schedule "@-1+2"'],
    ['503@1+2@3+4', 'scenario: more than one "@" in "503@1+2@3+4"'],
    ['NONE', 'scenario: unknown fault "NONE"'],
    [
      'all:500,metrics:503',
      'scenario: rule "metrics:503" is never used in "all:500,metrics:503": the earlier rule "all:500" decides every request it would (put the more specific rule first)',
    ],
    ['metrics:500,metrics:503@1+1', 'scenario: rule "metrics:503@1+1" is never used'],
  ])('rejects %j, naming the bad part', (text, message) => {
    expect(() => parseScenario(text)).toThrow(message);
  });
});

describe('fails', () => {
  it('fails always without a schedule', () => {
    expect([1, 2, 100].map((n) => fails({ kind: 'always' }, n))).toEqual([true, true, true]);
  });

  it('fails requests N+1 to N+M of a window', () => {
    const window = { kind: 'window', healthy: 2, failing: 3 } as const;
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => fails(window, n))).toEqual([
      false,
      false,
      true,
      true,
      true,
      false,
      false,
    ]);
  });

  it('flaps in runs of K, healthy first', () => {
    const flap = { kind: 'flap', run: 2 } as const;
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => fails(flap, n))).toEqual([
      false,
      false,
      true,
      true,
      false,
      false,
      true,
      true,
      false,
    ]);
  });
});

describe('decide', () => {
  it('plays @2+3 over a run of requests, then stays healthy for good', () => {
    expect(play('metrics:503@2+3', 'metrics', 8)).toEqual([
      null,
      null,
      '503',
      '503',
      '503',
      null,
      null,
      null,
    ]);
  });

  it('plays @flap:2 forever', () => {
    expect(play('network@flap:2', 'pillars', 10)).toEqual([
      null,
      null,
      'network',
      'network',
      null,
      null,
      'network',
      'network',
      null,
      null,
    ]);
  });

  it('leaves endpoints no rule names healthy', () => {
    expect(play('metrics:500', 'catalog', 3)).toEqual([null, null, null]);
    expect(play('none', 'metrics', 2)).toEqual([null, null]);
  });

  it('lets the first matching rule decide, even where its schedule keeps a request healthy', () => {
    const state = createScenarioState('metrics:500@1+1,all:slow');
    expect(decide(state, 'metrics')).toBeNull();
    expect(decide(state, 'metrics')).toBe('500');
    expect(decide(state, 'metrics')).toBeNull();
    expect(decide(state, 'catalog')).toBe('slow');
  });

  it('counts each rule over the requests it decided', () => {
    const state = createScenarioState('metrics:500@1+1,all:503@1+1');
    // The all rule's count ignores the metrics requests: its first request is the catalog's.
    expect(decide(state, 'metrics')).toBeNull();
    expect(decide(state, 'catalog')).toBeNull();
    expect(decide(state, 'metrics')).toBe('500');
    expect(decide(state, 'stages')).toBe('503');
    expect(decide(state, 'annotations')).toBeNull();
    expect(state.decided).toEqual([2, 3]);
  });
});
