// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_OPTIONS,
  checkTargets,
  formatTable,
  median,
  parseArgs,
  spread,
  summariseMeasure,
  type Measure,
} from './bench-lib';

const route: Measure = { id: 'large.route./x', group: 'large', label: 'route /x', targetMs: 700 };
const info: Measure = { id: 'large.range', group: 'large', label: 'range switch', targetMs: null };
const headline: Measure = {
  id: 'standard.headline',
  group: 'standard',
  label: 'headline numbers visible',
  targetMs: 600,
};

describe('parseArgs', () => {
  it('has defaults', () => {
    expect(parseArgs([])).toEqual(DEFAULT_OPTIONS);
  });

  it('reads every flag, with a space or =', () => {
    expect(
      parseArgs(['--runs', '3', '--large-runs=2', '--no-build', '--port', '5000', '--out=x.json']),
    ).toEqual({
      runs: 3,
      largeRuns: 2,
      build: false,
      port: 5000,
      out: 'x.json',
      dist: 'dist',
      help: false,
    });
    expect(parseArgs(['-h']).help).toBe(true);
  });

  it('serves another build, without building, when told which', () => {
    expect(parseArgs(['--dist', '/tmp/old-dist'])).toMatchObject({
      dist: '/tmp/old-dist',
      build: false,
    });
  });

  it('rejects unknown flags and bad numbers', () => {
    expect(() => parseArgs(['--fast'])).toThrow('unknown argument "--fast"');
    expect(() => parseArgs(['--dist'])).toThrow('--dist: expected a directory');
    expect(() => parseArgs(['--runs', '0'])).toThrow('--runs: expected a positive integer');
    expect(() => parseArgs(['--runs'])).toThrow('--runs: expected a positive integer, got ""');
  });
});

describe('median and spread', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('leaves out runs that gave no figure', () => {
    expect(spread([300, null, 100, 200])).toEqual({ runs: 3, median: 200, min: 100, max: 300 });
    expect(spread([null])).toBeNull();
  });
});

describe('summariseMeasure', () => {
  it('passes when the median is within the target, and gathers the long tasks', () => {
    const r = summariseMeasure(route, [
      { ms: 650, longTasks: [60] },
      { ms: 720, longTasks: [] },
      { ms: 690, longTasks: [120, 80] },
    ]);
    expect(r.time).toEqual({ runs: 3, median: 690, min: 650, max: 720 });
    expect(r.longTasks).toEqual({ count: 3, maxMs: 120, totalMs: 260 });
    expect(r.ok).toBe(true);
  });

  it('fails when the median is over the target, or a run never settled', () => {
    expect(summariseMeasure(route, [{ ms: 701, longTasks: [] }]).ok).toBe(false);
    const timedOut = summariseMeasure(route, [
      { ms: 100, longTasks: [] },
      { ms: null, longTasks: [] },
    ]);
    expect(timedOut.failedRuns).toBe(1);
    expect(timedOut.ok).toBe(false);
  });

  it('has no verdict for a measure without a target', () => {
    expect(summariseMeasure(info, [{ ms: 900, longTasks: [] }]).ok).toBeNull();
  });
});

describe('checkTargets', () => {
  it('checks each timed measure and the longest task on the large organisation', () => {
    const checks = checkTargets([
      summariseMeasure(headline, [{ ms: 500, longTasks: [400] }]),
      summariseMeasure(route, [{ ms: 800, longTasks: [150] }]),
      summariseMeasure(info, [{ ms: 100, longTasks: [210] }]),
    ]);
    expect(checks).toEqual([
      {
        name: 'headline numbers visible',
        ok: true,
        detail: 'median 500 ms (target ≤ 600 ms)',
      },
      { name: 'route /x', ok: false, detail: 'median 800 ms (target ≤ 700 ms)' },
      {
        name: 'large organisation: no long task over 200 ms',
        ok: false,
        detail: 'longest 210 ms during "range switch" (target ≤ 200 ms)',
      },
    ]);
  });

  it('says so when a measure never settled and when there was no long task', () => {
    const checks = checkTargets([summariseMeasure(route, [{ ms: null, longTasks: [] }])]);
    expect(checks[0]).toMatchObject({ ok: false, detail: 'never settled' });
    expect(checks[1]).toMatchObject({ ok: true, detail: 'no long task' });
  });
});

describe('formatTable', () => {
  it('prints one aligned row per measure under its group, with target and verdict', () => {
    const table = formatTable([
      summariseMeasure(headline, [
        { ms: 410.4, longTasks: [] },
        { ms: 380, longTasks: [] },
        { ms: 520, longTasks: [] },
      ]),
      summariseMeasure(route, [
        { ms: 800, longTasks: [51, 230.6] },
        { ms: null, longTasks: [] },
      ]),
      summariseMeasure(info, [{ ms: 90, longTasks: [] }]),
    ]);
    expect(table.split('\n')).toEqual([
      'measure                   runs  median  min  max  long tasks  target  result',
      '------------------------  ----  ------  ---  ---  ----------  ------  ------',
      'standard organisation, overview cold load (ms)',
      'headline numbers visible     3     410  380  520  –           ≤ 600   PASS',
      'large organisation: 60 units, 260 weeks (ms)',
      'route /x                  1+1✗     800  800  800  2, max 231  ≤ 700   FAIL',
      'range switch                 1      90   90   90  –           info',
    ]);
  });
});
