// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_OPTIONS,
  FAULT_SCENARIO,
  baselineSample,
  checkTargets,
  formatReport,
  formatTally,
  parseArgs,
  scenarioAt,
  signed,
  slope,
  slopeWithinGroups,
  summarise,
  type SoakSample,
} from './soak-lib';

const MB = 1024 * 1024;

function sample(cycle: number, changes: Partial<SoakSample> = {}): SoakSample {
  return {
    cycle,
    elapsedMs: cycle * 10,
    clockMs: cycle * 10_000,
    scenario: 'none',
    view: 'overview',
    chartsOnScreen: 0,
    liveCharts: 0,
    heapUsedBytes: 20 * MB,
    embedderHeapBytes: 2 * MB,
    domNodes: 1500,
    listeners: 200,
    documents: 1,
    serviceWorker: null,
    ...changes,
  };
}

const noProbes = { probes: 0, maxLive: 0, maxOnScreen: 0, violations: [] };
const run = (samples: SoakSample[], reloads = 0) => ({
  samples,
  charts: noProbes,
  connection: { healthy: {}, faults: {} },
  reloads,
  pageErrors: [],
});

describe('parseArgs', () => {
  it('has defaults', () => {
    expect(parseArgs([])).toEqual(DEFAULT_OPTIONS);
  });

  it('reads both --flag value and --flag=value', () => {
    expect(
      parseArgs(['--cycles', '1000', '--sample-every=50', '--out', 'x.json', '--warmup', '300']),
    ).toMatchObject({ cycles: 1000, sampleEvery: 50, out: 'x.json', warmup: 300 });
  });

  it('rejects unknown flags and bad numbers', () => {
    expect(() => parseArgs(['--cycle', '5'])).toThrow(/unknown argument/);
    expect(() => parseArgs(['--cycles', '0'])).toThrow(/positive integer/);
    expect(() => parseArgs(['--cycles', '1e3'])).toThrow(/positive integer/);
    expect(() => parseArgs(['--sample-every'])).toThrow(/positive integer/);
  });
});

describe('scenarioAt', () => {
  it('alternates healthy and fault phases, starting healthy', () => {
    expect(scenarioAt(0, 2000, 200)).toBe('none');
    expect(scenarioAt(199, 2000, 200)).toBe('none');
    expect(scenarioAt(200, 2000, 200)).toBe(FAULT_SCENARIO);
    expect(scenarioAt(399, 2000, 200)).toBe(FAULT_SCENARIO);
    expect(scenarioAt(400, 2000, 200)).toBe('none');
  });

  it('always ends with a whole healthy phase', () => {
    // 1800–1999 would be a fault phase with nothing after it: played healthy instead.
    expect(scenarioAt(1500, 2000, 200)).toBe(FAULT_SCENARIO);
    expect(scenarioAt(1900, 2000, 200)).toBe('none');
    // The short soak: a fault phase in the middle.
    const phases = [0, 99, 100, 199, 200, 299].map((i) => scenarioAt(i, 300, 100));
    expect(phases).toEqual(['none', 'none', FAULT_SCENARIO, FAULT_SCENARIO, 'none', 'none']);
  });
});

describe('slope', () => {
  it('is the least-squares slope', () => {
    expect(
      slope([
        [0, 1],
        [1, 3],
        [2, 5],
      ]),
    ).toBeCloseTo(2);
    expect(
      slope([
        [0, 0],
        [1, 1],
        [2, 0],
        [3, 1],
      ]),
    ).toBeCloseTo(0.2);
  });

  it('is null without two distinct x', () => {
    expect(slope([])).toBeNull();
    expect(slope([[1, 2]])).toBeNull();
    expect(
      slope([
        [1, 2],
        [1, 3],
      ]),
    ).toBeNull();
  });
});

describe('slopeWithinGroups', () => {
  it('takes the difference between groups out of the slope', () => {
    // Flat within each view, one view 100 higher; sampled so that the plain slope rises.
    const points = [
      ['a', 0, 0],
      ['b', 100, 100],
      ['a', 200, 0],
      ['b', 300, 100],
      ['b', 400, 100],
    ] as const;
    expect(slope(points.map(([, x, y]) => [x, y] as const))).toBeGreaterThan(0.1);
    expect(slopeWithinGroups(points)).toBeCloseTo(0);
    expect(
      slopeWithinGroups([
        ['a', 0, 0],
        ['a', 10, 5],
        ['b', 3, 9],
      ]),
    ).toBeCloseTo(0.5);
    expect(
      slopeWithinGroups([
        ['a', 0, 0],
        ['b', 10, 5],
      ]),
    ).toBeNull();
  });
});

describe('summarise and checkTargets', () => {
  it('leaves out warm-up and scales growth to 1,000 cycles', () => {
    const samples = [0, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000].map((c) =>
      // A big start-up jump (ignored), then 0.5 MB and 10 nodes per 1,000 cycles.
      sample(c, {
        heapUsedBytes: c === 0 ? 5 * MB : 20 * MB + (c / 1000) * 0.5 * MB,
        domNodes: c === 0 ? 100 : 1500 + (c / 1000) * 10,
      }),
    );
    const summary = summarise(run(samples), 1000);
    expect(summary.warmupCycles).toBe(100);
    expect(summary.growthPer1000.heapMB).toBeCloseTo(0.5);
    expect(summary.growthPer1000.domNodes).toBeCloseTo(10);
    expect(summary.growthPer1000.listeners).toBeCloseTo(0);
    expect(summary.growthPer1000SameView.heapMB).toBeCloseTo(0.5);
    expect(checkTargets(summary).every((t) => t.ok)).toBe(true);
  });

  it('fails a leak, a chart left alive off screen, and a reload', () => {
    const samples = [0, 250, 500, 750, 1000].map((c) =>
      sample(c, {
        heapUsedBytes: 20 * MB + (c / 1000) * 3 * MB,
        listeners: 200 + c / 10,
        liveCharts: c === 750 ? 2 : 0,
        chartsOnScreen: 0,
      }),
    );
    const summary = summarise(run(samples, 1), 1000);
    const failed = checkTargets(summary)
      .filter((t) => !t.ok)
      .map((t) => t.name);
    expect(failed).toEqual([
      'heap growth after GC',
      'event listeners flat',
      'live charts ≤ charts on screen',
      'no reload during the run',
    ]);
    expect(summary.charts.maxLive).toBe(2);
    expect(formatReport(summary, checkTargets(summary))).toMatch(
      /FAIL {2}heap growth after GC: \+3\.00 MB/,
    );
  });

  it('fits only the samples after an explicit warm-up, and the service worker when measured', () => {
    const samples = [0, 250, 500, 750, 1000].map((c) =>
      sample(c, {
        heapUsedBytes: c < 500 ? 10 * MB + c * MB : 20 * MB,
        serviceWorker:
          c === 0
            ? null
            : { heapUsedBytes: c * 1024, embedderHeapBytes: c * 1024, backingStorageBytes: 0 },
      }),
    );
    const summary = summarise(run(samples), 1000, 500);
    expect(summary.steadySamples).toBe(3);
    expect(summary.growthPer1000.heapMB).toBeCloseTo(0);
    expect(summary.growthPer1000.serviceWorkerMB).toBeCloseTo(2000 / 1024);
  });

  it('cannot tell growth from one sample', () => {
    const summary = summarise(run([sample(0)]), 10);
    expect(summary.growthPer1000.heapMB).toBeNull();
    expect(checkTargets(summary)[0]).toMatchObject({
      ok: false,
      detail: expect.stringMatching(/too few samples/),
    });
  });
});

describe('formatTally', () => {
  it('gives the share of each connection state by phase', () => {
    expect(formatTally({ healthy: { live: 10 }, faults: { live: 3, degraded: 1 } })).toBe(
      'healthy phases: live 100%; fault phases: live 75%, degraded 25%',
    );
    expect(formatTally({ healthy: { live: 1 }, faults: {} })).toBe(
      'healthy phases: live 100%; fault phases: –',
    );
  });
});

describe('signed', () => {
  it('signs growth and never prints -0', () => {
    expect(signed(1.234, 2)).toBe('+1.23');
    expect(signed(-3.4, 0)).toBe('-3');
    expect(signed(-0.001, 2)).toBe('0.00');
    expect(signed(-0.2, 0)).toBe('0');
  });
});

describe('baselineSample', () => {
  it('is the first sample after warm-up on the same view as the last', () => {
    const samples = [
      sample(0, { view: 'loyalty' }),
      sample(30, { view: 'stages' }),
      sample(60, { view: 'loyalty' }),
      sample(90, { view: 'stages' }),
      sample(120, { view: 'loyalty' }),
    ];
    expect(baselineSample(samples, 30)?.cycle).toBe(60);
    expect(baselineSample(samples.slice(0, 4), 30)?.cycle).toBe(30);
    expect(baselineSample([sample(0), sample(10, { view: 'pillars' })], 5)).toBeUndefined();
  });
});
