// Speed benchmark (issue #9): `npm run bench -- [--runs N] [--large-runs N] [--no-build] [--port N]`.
// Builds the app, serves dist/ with `vite preview` and drives headless Chromium on the mock API with
// no added latency. Standard organisation: cold loads of the overview, timing the headline numbers
// and LCP. Large organisation (60 units, 260 weeks): each route's render, a unit switch and a range
// switch, with the long tasks during each. Every time is taken in the page (performance.now(), from
// navigation start or from the input event to the frame in which the content is complete and every
// chart has painted its current data). Prints a table with the targets and writes a JSON report.
// A benchmark: it exits 0 whatever the figures say, and non-zero only when it could not run at all.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import playwrightConfig from '../playwright.config';
import {
  TARGETS,
  USAGE,
  checkTargets,
  formatTable,
  parseArgs,
  summariseMeasure,
  type Measure,
  type RunSample,
} from './bench-lib';
import { HOST, freePort, root, startPreview } from './preview-server';

function log(message: string): void {
  console.log(`[bench] ${message}`);
}

/** A fixed as-of date, so runs on different days compare like with like. */
const AS_OF = '2026-11-20';
/** The unit a unit switch goes to (large organisation). */
const SWITCH_UNIT = { id: 'dach-retail', name: 'DACH retail stores' };
/** The route the unit and range switches are measured on. */
const SWITCH_ROUTE = '/metrics/loyalty';
/** Longest wait for a measurement to settle; a run that takes longer counts as failed. */
const SETTLE_TIMEOUT_MS = 30_000;

/** What has to hold for a view to count as shown; checked in the page on every animation frame. */
interface SettleSpec {
  /** location.pathname must be this. */
  path?: string;
  /** The four headline tiles show their values. */
  tiles?: boolean;
  /** At least this many charts, every one painted with its current option. */
  minCharts?: number;
  /** An element matching this selector exists, and contains `text` when given. */
  selector?: string;
  text?: string;
  /** Elements on screen when armed must have left the page (the previous route's). */
  replace?: boolean;
}

interface BenchWindow {
  __bench: {
    longTasks: { start: number; duration: number }[];
    lcp: number | null;
    headlineAt: number | null;
    /** The time stamp of the last click or change event. */
    inputAt: number | null;
    arm(spec: SettleSpec): void;
    settled: Promise<number> | null;
  };
}

/**
 * Installed before any of the app's scripts: long tasks and LCP observers, the time of inputs, the
 * time the headline numbers first show, and `arm(spec)`, which resolves `settled` with the time of
 * the first animation frame in which the spec holds.
 */
function instrument() {
  const w = window as unknown as BenchWindow;
  const bench: BenchWindow['__bench'] = {
    longTasks: [],
    lcp: null,
    headlineAt: null,
    inputAt: null,
    settled: null,
    arm(spec) {
      const stale = spec.replace
        ? [...document.querySelectorAll('#main > *, .chart__canvas, article.tile')]
        : [];
      bench.settled = new Promise((done) => {
        const check = () => {
          if (holds(spec, stale)) done(performance.now());
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      });
    },
  };
  w.__bench = bench;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      bench.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    const last = list.getEntries().at(-1);
    if (last) bench.lcp = last.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  for (const type of ['click', 'change']) {
    document.addEventListener(type, (e) => (bench.inputAt = e.timeStamp), { capture: true });
  }

  function tilesShown(): boolean {
    const tiles = document.querySelectorAll('article.tile[data-metric]');
    if (tiles.length < 4) return false;
    return [...tiles].every(
      (t) =>
        t.getAttribute('aria-busy') !== 'true' &&
        (t.querySelector('.tile__value')?.textContent ?? '').trim() !== '',
    );
  }

  function holds(spec: SettleSpec, stale: readonly Element[]): boolean {
    if (spec.path !== undefined && location.pathname !== spec.path) return false;
    if (stale.some((e) => e.isConnected)) return false;
    if (spec.tiles && !tilesShown()) return false;
    if (spec.selector !== undefined) {
      const el = document.querySelector(spec.selector);
      if (!el || (spec.text !== undefined && !(el.textContent ?? '').includes(spec.text))) {
        return false;
      }
    }
    // Loading states: the shared one, and the words and ellipses of tables still filling in.
    if (document.querySelector('.widget-state--loading')) return false;
    const main = document.querySelector('#main, .wall-content');
    if (!main || (main.textContent ?? '').includes('Loading')) return false;
    if ([...main.querySelectorAll('td')].some((td) => td.textContent === '…')) return false;
    const charts = document.querySelectorAll('.chart__canvas');
    if (charts.length < (spec.minCharts ?? 0)) return false;
    return [...charts].every((c) => c.getAttribute('data-chart-ready') === 'true');
  }

  // The headline numbers, from navigation start.
  const watchHeadline = () => {
    if (tilesShown()) bench.headlineAt = performance.now();
    else requestAnimationFrame(watchHeadline);
  };
  requestAnimationFrame(watchHeadline);
}

type AppConfig = Record<string, unknown>;

async function openPage(browser: Browser, baseURL: string, config: AppConfig): Promise<Page> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1440, height: 900 } });
  // On the context, so that a config.json requested through the mock's service worker is caught too.
  await context.route('**/config.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(config) }),
  );
  // tsx compiles functions with esbuild's keepNames, which wraps nested functions in `__name(…)`; the
  // functions handed to the page need that helper there too.
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  await context.addInitScript(instrument);
  return context.newPage();
}

async function closePage(page: Page): Promise<void> {
  await page.context().close();
}

/** Long tasks that started in [from, to], ms. */
async function longTasksBetween(page: Page, from: number, to: number): Promise<number[]> {
  return page.evaluate(
    ([a, b]) =>
      (window as unknown as BenchWindow).__bench.longTasks
        .filter((t) => t.start >= a && t.start <= b)
        .map((t) => t.duration),
    [from, to] as const,
  );
}

async function waitSettled(page: Page): Promise<number | null> {
  return page
    .evaluate(
      (timeout) =>
        Promise.race([
          (window as unknown as BenchWindow).__bench.settled!,
          new Promise<null>((done) => setTimeout(() => done(null), timeout)),
        ]),
      SETTLE_TIMEOUT_MS,
    )
    .catch((error: unknown) => {
      log(`settling failed: ${String(error).split('\n')[0]}`);
      return null;
    });
}

/** A cold load of `path`, timed from navigation start until `spec` holds. */
async function coldLoad(page: Page, path: string, spec: SettleSpec): Promise<RunSample> {
  await page.addInitScript((s) => {
    // Armed as soon as the document exists, so the first frame is already watched.
    const arm = () => (window as unknown as BenchWindow).__bench.arm(s);
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', arm);
    else arm();
  }, spec);
  await page.goto(path);
  const at = await waitSettled(page);
  return { ms: at, longTasks: await longTasksBetween(page, 0, at ?? Infinity) };
}

/** An input (click or change) on a settled page, timed from the input event until `spec` holds. */
async function timedInput(
  page: Page,
  spec: SettleSpec,
  act: () => Promise<void>,
): Promise<RunSample> {
  await page.evaluate((s) => {
    const bench = (window as unknown as BenchWindow).__bench;
    bench.inputAt = null;
    bench.arm(s);
  }, spec);
  await act();
  const at = await waitSettled(page);
  const inputAt = await page.evaluate(() => (window as unknown as BenchWindow).__bench.inputAt);
  if (inputAt === null) throw new Error('the input was not seen in the page');
  return {
    ms: at === null ? null : at - inputAt,
    longTasks: await longTasksBetween(page, inputAt, at ?? Infinity),
  };
}

// ---------------------------------------------------------------------------------------------

const headlineSpec: SettleSpec = { path: '/', tiles: true };

/** The routes of the large organisation, reached from the overview by the navigation's links. */
const routes: readonly { path: string; link: string; minCharts: number }[] = [
  { path: '/stages', link: 'Stages', minCharts: 1 },
  { path: '/pillars', link: 'Pillars', minCharts: 1 },
  { path: '/metrics/loyalty', link: 'Loyalty', minCharts: 1 },
  { path: '/metrics/bonding', link: 'Bonding', minCharts: 1 },
  { path: '/metrics/advocacy', link: 'Advocacy', minCharts: 1 },
  { path: '/metrics/retention', link: 'Retention', minCharts: 1 },
  { path: '/review', link: 'Weekly review', minCharts: 0 },
];

const measures = {
  headline: {
    id: 'standard.headline',
    group: 'standard',
    label: 'headline numbers visible',
    targetMs: TARGETS.headlineMs,
  },
  lcp: { id: 'standard.lcp', group: 'standard', label: 'LCP', targetMs: TARGETS.lcpMs },
  reload: {
    id: 'standard.reload',
    group: 'standard',
    label: 'headline numbers after a reload',
    targetMs: null,
  },
  overview: {
    id: 'large.route./',
    group: 'large',
    label: 'route / (cold load)',
    targetMs: TARGETS.routeMs,
  },
  ...Object.fromEntries(
    routes.map((r) => [
      r.path,
      {
        id: `large.route.${r.path}`,
        group: 'large',
        label: `route ${r.path} (from /)`,
        targetMs: TARGETS.routeMs,
      },
    ]),
  ),
  overviewCore: {
    id: 'large.route./.core',
    group: 'large',
    label: 'route / (cold, stages unit by unit)',
    targetMs: null,
  },
  wall: {
    id: 'large.route./wall',
    group: 'large',
    label: 'route /wall (cold load)',
    targetMs: TARGETS.routeMs,
  },
  unitSwitch: {
    id: 'large.unit-switch',
    group: 'large',
    label: `unit switch on ${SWITCH_ROUTE}`,
    targetMs: TARGETS.unitSwitchMs,
  },
  rangeSwitch: {
    id: 'large.range-switch',
    group: 'large',
    label: `range switch on ${SWITCH_ROUTE}`,
    targetMs: null,
  },
} satisfies Record<string, Measure>;

type MeasureKey = keyof typeof measures;

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
  if (options.build) {
    log('npm run build');
    const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) {
      console.error('[bench] the build failed');
      return 1;
    }
  }
  const builtConfig = JSON.parse(
    readFileSync(resolve(root, options.dist, 'config.json'), 'utf8'),
  ) as {
    mockOptions?: Record<string, unknown>;
  };
  const mockConfig = (size: 'standard' | 'large'): AppConfig => ({
    ...builtConfig,
    mock: true,
    mockOptions: { ...builtConfig.mockOptions, latencyMs: 0, size, asOf: AS_OF },
  });

  const launchOptions = playwrightConfig.projects?.[0]?.use?.launchOptions ?? {};
  const port = await freePort(options.port);
  const preview = await startPreview(port, options.dist);
  const baseURL = `http://${HOST}:${port}`;
  log(`vite preview of ${options.dist} on ${baseURL}`);
  const browser = await chromium.launch(launchOptions);
  log(`browser: ${launchOptions.executablePath ?? "Playwright's Chromium"} ${browser.version()}`);
  const started = Date.now();
  const samples = Object.fromEntries(
    Object.keys(measures).map((k) => [k, [] as RunSample[]]),
  ) as Record<MeasureKey, RunSample[]>;
  const record = (key: MeasureKey, sample: RunSample) => {
    samples[key].push(sample);
    const tasks = sample.longTasks.length
      ? `, long tasks ${sample.longTasks.map((d) => Math.round(d)).join('/')} ms`
      : '';
    log(
      `  ${measures[key].label}: ${sample.ms === null ? 'never settled' : `${Math.round(sample.ms)} ms`}${tasks}`,
    );
  };

  try {
    // Standard organisation: cold loads of the overview (a fresh context each: no cache, no worker).
    log(`standard organisation: ${options.runs} cold loads of /`);
    for (let i = 0; i < options.runs; i++) {
      const page = await openPage(browser, baseURL, mockConfig('standard'));
      try {
        const load = await coldLoad(page, '/', headlineSpec);
        const headlineAt = await page.evaluate(
          () => (window as unknown as BenchWindow).__bench.headlineAt,
        );
        record('headline', { ms: headlineAt, longTasks: load.longTasks });
        // LCP settles once the page is quiet; it stops at the first input, and there is none here.
        await page.waitForLoadState('networkidle').catch(() => undefined);
        await page.waitForTimeout(300);
        const lcp = await page.evaluate(() => (window as unknown as BenchWindow).__bench.lcp);
        record('lcp', { ms: lcp, longTasks: [] });
        // Then a reload (a user's F5, the wall's daily reload): the browser's cache and the mock's
        // service worker are there already. A reload once waited seconds for the worker here.
        await page.reload();
        const reloaded = await waitSettled(page);
        const reloadHeadlineAt = await page.evaluate(
          () => (window as unknown as BenchWindow).__bench.headlineAt,
        );
        record('reload', {
          ms: reloadHeadlineAt,
          longTasks: await longTasksBetween(page, 0, reloaded ?? Infinity),
        });
      } finally {
        await closePage(page);
      }
    }

    log(`large organisation: ${options.largeRuns} run(s) of each measurement`);
    const large = mockConfig('large');
    for (let i = 0; i < options.largeRuns; i++) {
      // Each route from a fresh page on the overview: its first visit, not helped by another route's cache.
      for (const route of routes) {
        const page = await openPage(browser, baseURL, large);
        try {
          const overview = await coldLoad(page, '/', { ...headlineSpec, minCharts: 0 });
          // Every route starts from a cold load of the overview: each one is a sample of it (7 per
          // run rather than 1, so its median is not three noisy loads).
          record('overview', overview);
          if (overview.ms === null) continue;
          // A route is timed from a settled overview: what changed (60 units' stages) has arrived,
          // so the route's requests do not queue behind the page the user is leaving.
          await page.waitForLoadState('networkidle').catch(() => undefined);
          const sample = await timedInput(
            page,
            { path: route.path, minCharts: route.minCharts, replace: true },
            () =>
              page
                .getByRole('navigation', { name: 'Views' })
                .getByRole('link', { name: route.link, exact: true })
                .click(),
          );
          record(route.path as MeasureKey, sample);
          if (route.path === SWITCH_ROUTE && sample.ms !== null) {
            record(
              'unitSwitch',
              await timedInput(
                page,
                {
                  path: SWITCH_ROUTE,
                  minCharts: 1,
                  selector: '.page-title__unit',
                  text: SWITCH_UNIT.name,
                },
                () =>
                  page
                    .getByLabel('Business unit')
                    .selectOption(SWITCH_UNIT.id)
                    .then(() => undefined),
              ),
            );
            record(
              'rangeSwitch',
              await timedInput(
                page,
                {
                  path: SWITCH_ROUTE,
                  minCharts: 1,
                  selector: '.segmented__option[aria-pressed="true"]',
                  text: '13 weeks',
                },
                () => page.getByRole('button', { name: '13 weeks', exact: true }).click(),
              ),
            );
          }
        } finally {
          await closePage(page);
        }
      }
      // For information: the overview on a server without the optional GET /v1/unit-stages, whose
      // 61 units' stages are asked for one by one (the contract's core), as a real v1 API may be.
      for (let k = 0; k < 3; k++) {
        const core = await openPage(browser, baseURL, {
          ...large,
          mockOptions: { ...(large.mockOptions as object), features: [] },
        });
        try {
          record('overviewCore', await coldLoad(core, '/', { ...headlineSpec, minCharts: 0 }));
        } finally {
          await closePage(core);
        }
      }
      const page = await openPage(browser, baseURL, large);
      try {
        record(
          'wall',
          await coldLoad(page, '/wall', {
            path: '/wall',
            selector: '.wall[data-view]',
            minCharts: 0,
          }),
        );
      } finally {
        await closePage(page);
      }
    }

    const results = (Object.keys(measures) as MeasureKey[]).map((k) =>
      summariseMeasure(measures[k], samples[k]),
    );
    const targets = checkTargets(results);
    const report = {
      createdAt: new Date().toISOString(),
      config: {
        dist: options.dist,
        runs: options.runs,
        largeRuns: options.largeRuns,
        asOf: AS_OF,
        switchRoute: SWITCH_ROUTE,
        switchUnit: SWITCH_UNIT.id,
        appConfig: { standard: mockConfig('standard'), large },
        browser: {
          executablePath: launchOptions.executablePath ?? null,
          version: browser.version(),
        },
        targets: TARGETS,
      },
      realMs: Date.now() - started,
      results: results.map((r) => ({ ...r, samples: samples[keyOf(r.id)] })),
      targets,
    };
    const out = resolve(root, options.out);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);

    console.log(`\n${formatTable(results)}\n\ntargets:`);
    for (const t of targets) console.log(`  ${t.ok ? 'PASS' : 'FAIL'}  ${t.name}: ${t.detail}`);
    const failing = targets.filter((t) => !t.ok).length;
    console.log(
      `\n${failing === 0 ? 'ALL TARGETS HOLD' : `${failing} TARGET(S) MISSED`} · ` +
        `${((Date.now() - started) / 1000).toFixed(0)} s · report: ${options.out}`,
    );
    return 0;
  } finally {
    await browser.close();
    preview.kill();
  }
}

function keyOf(id: string): MeasureKey {
  return (Object.keys(measures) as MeasureKey[]).find((k) => measures[k].id === id)!;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('[bench] could not run:', error);
    process.exit(1);
  },
);
