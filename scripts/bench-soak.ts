// Memory soak of the wall display: `npm run bench:soak -- [--cycles N] [--sample-every N] [--out path]`.
// Serves the production build (run `npm run build` first; it is built here when dist/index.html is
// missing) with `vite preview` on a free port of 127.0.0.1, opens /wall in Chromium with a fake clock
// and drives hours of accelerated time (one cycle = 10 s = one view change and one refresh) with
// flapping API faults, sampling heap, DOM nodes, listeners and live charts after forced GC. Writes a
// JSON report and prints whether the targets hold. A benchmark: it exits 0 whatever the figures say,
// and non-zero only when it could not run at all.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import playwrightConfig from '../playwright.config';
import { HOST, freePort, root, startPreview } from './preview-server';
import {
  CYCLE_MS,
  FAULT_SCENARIO,
  SOAK_CONFIG,
  SOAK_START,
  TARGETS,
  USAGE,
  checkTargets,
  driveSoak,
  formatReport,
  parseArgs,
  pinBuildVersion,
  summarise,
  warmupCycle,
  type SoakSample,
} from './soak-lib';

function log(message: string): void {
  console.log(`[bench:soak] ${message}`);
}

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(2);
}

function progress(s: SoakSample): void {
  const worker = s.serviceWorker;
  const workerMB = worker
    ? mb(worker.heapUsedBytes + worker.embedderHeapBytes + worker.backingStorageBytes)
    : '–';
  log(
    `cycle ${String(s.cycle).padStart(5)}  ${(s.view ?? '–').padEnd(9)}  heap ${mb(s.heapUsedBytes)} MB  ` +
      `Blink ${mb(s.embedderHeapBytes)} MB  nodes ${s.domNodes}  listeners ${s.listeners}  ` +
      `charts ${s.liveCharts}/${s.chartsOnScreen}  mock worker ${workerMB} MB  ` +
      `${s.scenario === 'none' ? 'healthy' : 'faults '}  ${(s.elapsedMs / 1000).toFixed(0)} s`,
  );
}

async function main(): Promise<number> {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    console.log(USAGE);
    return 0;
  }

  if (!existsSync(resolve(root, 'dist/index.html'))) {
    log('dist/index.html is missing: running `npm run build` first');
    const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) {
      console.error('[bench:soak] the build failed');
      return 1;
    }
  }
  const builtConfig = JSON.parse(readFileSync(resolve(root, 'dist/config.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  const config = { ...builtConfig, ...SOAK_CONFIG };

  // The same browser and flags as the end-to-end tests: Debian's Chromium where it exists.
  const launchOptions = playwrightConfig.projects?.[0]?.use?.launchOptions ?? {};
  const port = await freePort();
  const preview = await startPreview(port);
  const baseURL = `http://${HOST}:${port}`;
  log(`vite preview on ${baseURL}`);
  const browser = await chromium.launch(launchOptions);
  log(`browser: ${launchOptions.executablePath ?? "Playwright's Chromium"} ${browser.version()}`);
  const started = Date.now();
  try {
    const context = await browser.newContext({
      baseURL,
      viewport: { width: 1920, height: 1080 },
    });
    // On the context, so that a config.json requested through the mock's service worker is caught too.
    await context.route('**/config.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify(config) }),
    );
    const page = await context.newPage();
    await pinBuildVersion(page);
    await page.clock.install({ time: SOAK_START });
    await page.goto('/wall');
    await page.locator('.wall[data-view]').waitFor();
    await page.clock.runFor(2_000); // first figures in
    log(
      `${options.cycles} cycles of ${CYCLE_MS / 1000} s (${((options.cycles * CYCLE_MS) / 3_600_000).toFixed(1)} h of wall time), ` +
        `a sample every ${options.sampleEvery}, faults in every other phase of ${options.faultEvery} cycles`,
    );

    const run = await driveSoak(page, {
      cycles: options.cycles,
      sampleEvery: options.sampleEvery,
      faultEvery: options.faultEvery,
      onSample: progress,
    });
    const warmup = options.warmup ?? warmupCycle(options.cycles);
    const summary = summarise(run, options.cycles, warmup);
    const targets = checkTargets(summary);
    const report = {
      createdAt: new Date().toISOString(),
      config: {
        cycles: options.cycles,
        sampleEvery: options.sampleEvery,
        faultEvery: options.faultEvery,
        warmupCycles: warmup,
        cycleMs: CYCLE_MS,
        faults: FAULT_SCENARIO,
        clockStart: SOAK_START.toISOString(),
        appConfig: config,
        browser: {
          executablePath: launchOptions.executablePath ?? null,
          version: browser.version(),
        },
        targets: TARGETS,
      },
      realMs: run.realMs,
      samples: run.samples,
      chartProbes: run.charts,
      pageErrors: run.pageErrors,
      summary,
      targets,
    };
    const out = resolve(root, options.out);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);

    console.log(`\n${formatReport(summary, targets)}`);
    const failing = targets.filter((t) => !t.ok).length;
    console.log(
      `\n${failing === 0 ? 'ALL TARGETS HOLD' : `${failing} TARGET(S) MISSED`} · ${options.cycles} cycles in ` +
        `${((Date.now() - started) / 1000).toFixed(0)} s · report: ${options.out}`,
    );
    return 0;
  } finally {
    await browser.close();
    preview.kill();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('[bench:soak] could not run:', error);
    process.exit(1);
  },
);
