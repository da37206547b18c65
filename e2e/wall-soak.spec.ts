// A short memory soak of the wall display: 300 cycles of accelerated time (50 minutes of the wall:
// 300 view changes and refreshes) with flapping API faults in the middle, sampled after forced GC.
// The bounds are generous (this is a smoke test, `npm run bench:soak` measures), but a leak of a chart,
// a subscription or a listener per view change or refresh still breaks them.
import { expect, test } from '@playwright/test';
import { expectLiveByItself } from './support/clock';
import {
  CYCLE_MS,
  SOAK_CONFIG,
  SOAK_START,
  baselineSample,
  driveSoak,
  formatTally,
  pinBuildVersion,
  sampleOnView,
  warmupCycle,
} from '../scripts/soak-lib';
import { useConfig } from './support/config';

const CYCLES = 300;
const MB = 1024 * 1024;

test('the wall runs 300 view changes and refreshes with faults without growing', async ({
  page,
}) => {
  // About a minute alone; more when the machine is busy (two cores shared with another worker).
  test.setTimeout(180_000);
  await pinBuildVersion(page); // a rebuild of dist/ meanwhile must not reload the wall
  await page.clock.install({ time: SOAK_START });
  await useConfig(page, SOAK_CONFIG);
  await page.goto('/wall');
  await expect(page.locator('.wall[data-view]')).toBeVisible();
  await page.clock.runFor(2_000); // first figures in

  // Healthy for 100 cycles, flapping faults for 100, healthy for the last 100.
  const run = await driveSoak(page, { cycles: CYCLES, sampleEvery: 30, faultEvery: 100 });
  const { samples } = run;
  expect(run.pageErrors).toEqual([]);
  expect(run.reloads, 'a reload would reset memory and hide a leak').toBe(0);
  expect(samples.some((s) => s.scenario !== 'none')).toBe(true);

  // Charts are disposed with their view: never more alive than on screen (0 or 1), at any cycle.
  for (const s of samples) {
    expect(s.liveCharts, `live charts at cycle ${s.cycle} (${s.view})`).toBeLessThanOrEqual(
      s.chartsOnScreen,
    );
    expect(s.chartsOnScreen).toBeLessThanOrEqual(1);
  }
  expect(run.charts.violations).toEqual([]);
  expect(run.charts.maxLive, 'the chart views were shown').toBe(1);

  // The last sample against the first after warm-up on the same view (views differ in size): the
  // last one of the run when it shows one that was sampled after warm-up, else one a few cycles on.
  const base = baselineSample(samples, warmupCycle(CYCLES))!;
  const last =
    base.view === samples.at(-1)!.view
      ? samples.at(-1)!
      : await sampleOnView(page, base.view, CYCLES);
  expect(last.view).toBe(base.view);
  const figures = `cycle ${base.cycle} → ${last.cycle} on ${last.view}: heap ${(base.heapUsedBytes / MB).toFixed(2)} → ${(last.heapUsedBytes / MB).toFixed(2)} MB, nodes ${base.domNodes} → ${last.domNodes}, listeners ${base.listeners} → ${last.listeners}`;
  test
    .info()
    .annotations.push(
      { type: 'soak', description: figures },
      { type: 'soak', description: `connection at cycle ends: ${formatTally(run.connection)}` },
    );
  expect(last.heapUsedBytes - base.heapUsedBytes, figures).toBeLessThan(8 * MB);
  expect(last.domNodes, figures).toBeLessThanOrEqual(base.domNodes * 1.25);
  expect(last.listeners, figures).toBeLessThanOrEqual(base.listeners * 1.25);

  // Still rotating, and healthy again: a couple more refreshes, no stale banner, live.
  const view = await page.locator('.wall').getAttribute('data-view');
  await page.clock.runFor(CYCLE_MS);
  await expect(page.locator('.wall')).not.toHaveAttribute('data-view', view!);
  await page.clock.runFor(CYCLE_MS);
  await expect(page.locator('.wall-stale')).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expectLiveByItself(page);
});
