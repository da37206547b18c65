// The wall display's memory soak, shared by the benchmark (`npm run bench:soak`) and the short soak in
// the end-to-end suite (e2e/wall-soak.spec.ts): the accelerated-time driver, the sampler (Chrome
// DevTools Protocol, after forced garbage collection), and the pure parts: arguments, the fault
// schedule, least-squares growth, the summary and the targets.
import type { Browser, CDPSession, Page } from '@playwright/test';

/** One cycle of accelerated time: one view change and one refresh (secondsPerView = refreshSeconds = 10). */
export const CYCLE_MS = 10_000;

/** The config.json overrides a soak runs with. No daily reload: it would clear a leak instead of showing it. */
export const SOAK_CONFIG = {
  refreshSeconds: 10,
  wall: { secondsPerView: 10, reloadDailyAt: null },
} as const;

/**
 * Flapping faults on the endpoints the wall's views read (see the README's "Fault scenarios"). Counts
 * are in requests. With metrics at `@flap:3` the retries (four attempts) absorb the failures and the
 * wall stayed "Live" in 100 of 100 cycles; at `@flap:12` some refreshes exhaust their retries, so
 * error states and their recovery are exercised too.
 */
export const FAULT_SCENARIO = 'metrics:503@flap:12,stages:network@flap:4,pillars:500@flap:5';

/** A fixed start for the fake clock, in daytime (no quiet hours), so runs are comparable. */
export const SOAK_START = new Date('2026-11-16T09:00:00');

export interface SoakTargets {
  /** Heap growth after GC, MB per 1,000 cycles. */
  heapMBPer1000: number;
  /** DOM nodes per 1,000 cycles. */
  domNodesPer1000: number;
  /** Event listeners per 1,000 cycles. */
  listenersPer1000: number;
}

export const TARGETS: SoakTargets = { heapMBPer1000: 1, domNodesPer1000: 50, listenersPer1000: 20 };

// ---------------------------------------------------------------------------------------------
// Arguments

export interface BenchOptions {
  cycles: number;
  sampleEvery: number;
  out: string;
  /** Cycles per phase of the fault schedule (healthy, faults, healthy, …). */
  faultEvery: number;
  /** Cycles left out of the growth figures; null: the first 10%. */
  warmup: number | null;
  help: boolean;
}

export const DEFAULT_OPTIONS: BenchOptions = {
  cycles: 2000,
  sampleEvery: 100,
  out: 'bench-results/soak.json',
  faultEvery: 200,
  warmup: null,
  help: false,
};

export const USAGE = `Usage: npm run bench:soak -- [--cycles N] [--sample-every N] [--out path]
                                 [--fault-every N] [--warmup N]

Runs the wall display (/wall) of the production build in dist/ (run \`npm run build\` first; it is
built when dist/index.html is missing) over accelerated time: one cycle = 10 s = one view change and
one refresh, with flapping API faults every --fault-every cycles, and samples memory after forced GC.

  --cycles N         cycles to run (default ${DEFAULT_OPTIONS.cycles})
  --sample-every N   cycles between samples (default ${DEFAULT_OPTIONS.sampleEvery})
  --out path         JSON report (default ${DEFAULT_OPTIONS.out})
  --fault-every N    cycles per healthy/fault phase (default ${DEFAULT_OPTIONS.faultEvery})
  --warmup N         cycles left out of the growth figures (default: the first 10%)`;

function positiveInt(flag: string, value: string | undefined): number {
  if (value === undefined || !/^\d+$/.test(value) || Number(value) < 1) {
    throw new Error(`${flag}: expected a positive integer, got ${JSON.stringify(value ?? '')}`);
  }
  return Number(value);
}

/** Parses `--flag value` and `--flag=value`; throws on anything unknown or malformed. */
export function parseArgs(argv: readonly string[]): BenchOptions {
  const options = { ...DEFAULT_OPTIONS };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') {
      options.help = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const takeValue = (): string | undefined => (eq > 0 ? arg.slice(eq + 1) : argv[++i]);
    switch (flag) {
      case '--cycles':
        options.cycles = positiveInt(flag, takeValue());
        break;
      case '--sample-every':
        options.sampleEvery = positiveInt(flag, takeValue());
        break;
      case '--fault-every':
        options.faultEvery = positiveInt(flag, takeValue());
        break;
      case '--warmup':
        options.warmup = positiveInt(flag, takeValue());
        break;
      case '--out': {
        const value = takeValue();
        if (!value) throw new Error('--out: expected a path');
        options.out = value;
        break;
      }
      default:
        throw new Error(`unknown argument ${JSON.stringify(arg)}`);
    }
  }
  return options;
}

// ---------------------------------------------------------------------------------------------
// The fault schedule

/**
 * The mock's scenario during cycle `index` (0-based) of `cycles`: phases of `every` cycles, healthy
 * first, then faults, then healthy again, and so on. A fault phase is played only when a whole healthy
 * phase still follows it, so a run always ends healthy and has time to recover.
 */
export function scenarioAt(
  index: number,
  cycles: number,
  every: number,
  faults: string = FAULT_SCENARIO,
): string {
  const phase = Math.floor(index / every);
  const faulty = phase % 2 === 1 && (phase + 2) * every <= cycles;
  return faulty ? faults : 'none';
}

// ---------------------------------------------------------------------------------------------
// Samples and their summary

export interface SoakSample {
  /** Cycles completed when sampled. */
  cycle: number;
  /** Real time since the run started, ms. */
  elapsedMs: number;
  /** The page's (fake) clock since the run started, ms: about cycle × 10 s, plus the time samples take. */
  clockMs: number;
  /** The mock's scenario during the cycle just completed. */
  scenario: string;
  /** The wall's current view (`data-view`). */
  view: string | null;
  /** Charts on screen (`.chart__canvas`). */
  chartsOnScreen: number;
  /** ECharts instances alive (`window.__cxLiveCharts()`). */
  liveCharts: number;
  /** V8 heap used after GC (Runtime.getHeapUsage), bytes. */
  heapUsedBytes: number;
  /** Blink's own heap (DOM and other embedder objects) after GC, bytes. */
  embedderHeapBytes: number;
  /** Performance.getMetrics after GC. */
  domNodes: number;
  listeners: number;
  documents: number;
  /** The mock API's service worker after GC (not the app, but it runs beside it); null if not found. */
  serviceWorker: WorkerHeap | null;
}

export interface WorkerHeap {
  heapUsedBytes: number;
  embedderHeapBytes: number;
  backingStorageBytes: number;
}

export interface ChartViolation {
  cycle: number;
  view: string | null;
  liveCharts: number;
  chartsOnScreen: number;
}

/** Live charts vs charts on screen, checked after every cycle (no GC needed for that). */
export interface ChartProbes {
  probes: number;
  maxLive: number;
  maxOnScreen: number;
  /** Cycles where more charts were alive than on screen, and still were a moment later. */
  violations: ChartViolation[];
}

/** The wall's connection state (live, degraded, offline) at the end of each cycle, by phase. */
export type ConnectionTally = Record<'healthy' | 'faults', Record<string, number>>;

export interface SoakRun {
  samples: SoakSample[];
  charts: ChartProbes;
  connection: ConnectionTally;
  /** Main-frame navigations after the start: a reload resets memory and hides a leak. */
  reloads: number;
  pageErrors: string[];
  realMs: number;
}

/** Least-squares slope of y over x; null with fewer than two distinct x. */
export function slope(points: readonly (readonly [number, number])[]): number | null {
  const n = points.length;
  if (n < 2) return null;
  const mx = points.reduce((s, [x]) => s + x, 0) / n;
  const my = points.reduce((s, [, y]) => s + y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const [x, y] of points) {
    sxx += (x - mx) ** 2;
    sxy += (x - mx) * (y - my);
  }
  return sxx === 0 ? null : sxy / sxx;
}

/**
 * Least-squares slope of y over x within groups (one intercept per group, one common slope): the
 * growth with the difference between groups taken out. Groups with one point drop out; null when no
 * group has two distinct x.
 */
export function slopeWithinGroups(
  points: readonly (readonly [string, number, number])[],
): number | null {
  const groups = new Map<string, (readonly [number, number])[]>();
  for (const [group, x, y] of points) groups.set(group, [...(groups.get(group) ?? []), [x, y]]);
  let sxx = 0;
  let sxy = 0;
  for (const pts of groups.values()) {
    const mx = pts.reduce((a, [x]) => a + x, 0) / pts.length;
    const my = pts.reduce((a, [, y]) => a + y, 0) / pts.length;
    for (const [x, y] of pts) {
      sxx += (x - mx) ** 2;
      sxy += (x - mx) * (y - my);
    }
  }
  return sxx === 0 ? null : sxy / sxx;
}

/** The first cycle counted after warm-up: about the first 10% of the run is left out. */
export function warmupCycle(cycles: number, fraction = 0.1): number {
  return Math.ceil(cycles * fraction);
}

/** Samples from the end of warm-up on. */
export function afterWarmup(samples: readonly SoakSample[], fromCycle: number): SoakSample[] {
  return samples.filter((s) => s.cycle >= fromCycle);
}

/**
 * The sample to compare the last one with: the first after warm-up on the same view as the last (views
 * differ in size), else simply the first after warm-up.
 */
export function baselineSample(
  samples: readonly SoakSample[],
  fromCycle: number,
): SoakSample | undefined {
  const last = samples.at(-1);
  const candidates = afterWarmup(samples, fromCycle).filter((s) => s !== last);
  return candidates.find((s) => s.view === last?.view) ?? candidates[0];
}

const MB = 1024 * 1024;

export interface SoakSummary {
  cycles: number;
  samples: number;
  /** Samples after warm-up, which the growth figures are fitted to. */
  steadySamples: number;
  warmupCycles: number;
  first: SoakSample | null;
  last: SoakSample | null;
  /** Least-squares growth per 1,000 cycles over the samples after warm-up; null with too few. */
  growthPer1000: {
    heapMB: number | null;
    embedderHeapMB: number | null;
    domNodes: number | null;
    listeners: number | null;
    /** The mock's service worker: heap, Blink heap and backing store together. */
    serviceWorkerMB: number | null;
  };
  /**
   * The same, fitted within each view (samples land on different views, which differ by about 1 MB
   * of heap and 100 nodes): steadier on short runs. For information; the targets use the plain fit.
   */
  growthPer1000SameView: {
    heapMB: number | null;
    domNodes: number | null;
    listeners: number | null;
  };
  charts: {
    maxLive: number;
    maxOnScreen: number;
    /** Samples and per-cycle probes where more charts were alive than on screen. */
    violations: ChartViolation[];
  };
  reloads: number;
  pageErrors: number;
  connection: ConnectionTally;
}

export function summarise(
  run: Omit<SoakRun, 'realMs'>,
  cycles: number,
  warmupCycles = warmupCycle(cycles),
): SoakSummary {
  const { samples } = run;
  const steady = afterWarmup(samples, warmupCycles);
  const per1000 = (pick: (s: SoakSample) => number | null, scale = 1) => {
    const points = steady.flatMap((s) => {
      const y = pick(s);
      return y === null ? [] : [[s.cycle, y / scale] as const];
    });
    const k = slope(points);
    return k === null ? null : k * 1000;
  };
  const sameView = (pick: (s: SoakSample) => number, scale = 1) => {
    const k = slopeWithinGroups(
      steady.map((s) => [s.view ?? '', s.cycle, pick(s) / scale] as const),
    );
    return k === null ? null : k * 1000;
  };
  const sampleViolations: ChartViolation[] = samples
    .filter((s) => s.liveCharts > s.chartsOnScreen)
    .map(({ cycle, view, liveCharts, chartsOnScreen }) => ({
      cycle,
      view,
      liveCharts,
      chartsOnScreen,
    }));
  return {
    cycles,
    samples: samples.length,
    steadySamples: steady.length,
    warmupCycles,
    first: samples[0] ?? null,
    last: samples.at(-1) ?? null,
    growthPer1000: {
      heapMB: per1000((s) => s.heapUsedBytes, MB),
      embedderHeapMB: per1000((s) => s.embedderHeapBytes, MB),
      domNodes: per1000((s) => s.domNodes),
      listeners: per1000((s) => s.listeners),
      serviceWorkerMB: per1000(
        (s) =>
          s.serviceWorker &&
          s.serviceWorker.heapUsedBytes +
            s.serviceWorker.embedderHeapBytes +
            s.serviceWorker.backingStorageBytes,
        MB,
      ),
    },
    growthPer1000SameView: {
      heapMB: sameView((s) => s.heapUsedBytes, MB),
      domNodes: sameView((s) => s.domNodes),
      listeners: sameView((s) => s.listeners),
    },
    charts: {
      maxLive: Math.max(run.charts.maxLive, ...samples.map((s) => s.liveCharts)),
      maxOnScreen: Math.max(run.charts.maxOnScreen, ...samples.map((s) => s.chartsOnScreen)),
      violations: [...sampleViolations, ...run.charts.violations],
    },
    reloads: run.reloads,
    pageErrors: run.pageErrors.length,
    connection: run.connection,
  };
}

export interface TargetResult {
  name: string;
  ok: boolean;
  detail: string;
}

/** `+1.25`, `-3`, and `0` rather than `-0`. */
export function signed(n: number, digits: number): string {
  const text = n.toFixed(digits);
  if (Number(text) === 0) return (0).toFixed(digits);
  return n > 0 ? `+${text}` : text;
}

export function checkTargets(summary: SoakSummary, targets: SoakTargets = TARGETS): TargetResult[] {
  const growth = (
    name: string,
    value: number | null,
    limit: number,
    unit: string,
    digits: number,
  ): TargetResult =>
    value === null
      ? { name, ok: false, detail: 'too few samples after warm-up to tell' }
      : {
          name,
          ok: value < limit,
          detail: `${signed(value, digits)}${unit} per 1,000 cycles (target < ${limit}${unit})`,
        };
  const { growthPer1000: g, charts } = summary;
  return [
    growth('heap growth after GC', g.heapMB, targets.heapMBPer1000, ' MB', 2),
    growth('DOM nodes flat', g.domNodes, targets.domNodesPer1000, '', 0),
    growth('event listeners flat', g.listeners, targets.listenersPer1000, '', 0),
    {
      name: 'live charts ≤ charts on screen',
      ok: charts.violations.length === 0,
      detail:
        charts.violations.length === 0
          ? `max ${charts.maxLive} alive, max ${charts.maxOnScreen} on screen`
          : `${charts.violations.length} times more alive than on screen, first at cycle ${charts.violations[0]!.cycle} (${charts.violations[0]!.liveCharts} alive, ${charts.violations[0]!.chartsOnScreen} on screen)`,
    },
    {
      name: 'no reload during the run',
      ok: summary.reloads === 0,
      detail:
        summary.reloads === 0
          ? 'none'
          : `${summary.reloads} reload(s): memory was reset, figures are unreliable`,
    },
  ];
}

/** `healthy phases: live 100%; fault phases: live 93%, degraded 7%`. */
export function formatTally(tally: ConnectionTally): string {
  return (['healthy', 'faults'] as const)
    .map((phase) => {
      const counts = Object.entries(tally[phase]);
      const total = counts.reduce((n, [, c]) => n + c, 0);
      const shares = counts
        .sort((a, b) => b[1] - a[1])
        .map(([state, c]) => `${state} ${Math.round((100 * c) / total)}%`);
      return `${phase === 'healthy' ? 'healthy' : 'fault'} phases: ${total ? shares.join(', ') : '–'}`;
    })
    .join('; ');
}

/** The printed result: first and last samples, growth, charts, and whether the targets hold. */
export function formatReport(summary: SoakSummary, targets: readonly TargetResult[]): string {
  const row = (label: string, s: SoakSample | null) =>
    s
      ? [
          label.padEnd(6),
          String(s.cycle).padStart(6),
          (s.clockMs / 3_600_000).toFixed(1).padStart(5),
          (s.view ?? '–').padEnd(10),
          (s.heapUsedBytes / MB).toFixed(2).padStart(7),
          (s.embedderHeapBytes / MB).toFixed(2).padStart(8),
          String(s.domNodes).padStart(5),
          String(s.listeners).padStart(9),
          `${s.liveCharts}/${s.chartsOnScreen}`.padStart(7),
        ].join('  ')
      : `${label.padEnd(6)}  –`;
  const g = summary.growthPer1000;
  const v = summary.growthPer1000SameView;
  const fmt = (v: number | null, digits: number, unit = '') =>
    v === null ? 'n/a' : `${signed(v, digits)}${unit}`;
  const lines = [
    `sample   cycle  hours  view        heap MB  Blink MB  nodes  listeners  charts*`,
    row('first', summary.first),
    row('last', summary.last),
    `* live ECharts instances / charts on screen; hours of the wall's (fake) clock`,
    '',
    `growth per 1,000 cycles (least squares over the ${summary.steadySamples} samples from cycle ${summary.warmupCycles} on):`,
    `  JS heap ${fmt(g.heapMB, 2, ' MB')}   DOM nodes ${fmt(g.domNodes, 0)}   listeners ${fmt(g.listeners, 0)}`,
    `  same view only: JS heap ${fmt(v.heapMB, 2, ' MB')}   DOM nodes ${fmt(v.domNodes, 0)}   listeners ${fmt(v.listeners, 0)}   (fitted within each view; for information)`,
    `  for information: Blink heap ${fmt(g.embedderHeapMB, 2, ' MB')}, mock service worker ${fmt(g.serviceWorkerMB, 2, ' MB')}`,
    `live ECharts instances: max ${summary.charts.maxLive}; charts on screen: max ${summary.charts.maxOnScreen}`,
    `wall's connection state at cycle ends: ${formatTally(summary.connection)}`,
    `page errors: ${summary.pageErrors}; reloads: ${summary.reloads}`,
    '',
    'targets:',
    ...targets.map((t) => `  ${t.ok ? 'PASS' : 'FAIL'}  ${t.name}: ${t.detail}`),
  ];
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// The driver and the sampler (a page on /wall, with the fake clock installed before it loaded)

/** What the app exposes on `window` for soak checks and, in mock mode, for switching faults. */
interface SoakWindow {
  __cxLiveCharts?: () => number;
  __cxMock?: { setScenario(scenario: string): void };
}

interface WallState {
  view: string | null;
  chartsOnScreen: number;
  liveCharts: number;
  /** live, degraded, offline or quiet (the `wall-connection--…` modifier). */
  connection: string | null;
  now: number;
}

const isNavigation = (error: unknown) =>
  /context was destroyed|navigat|Target closed/i.test(String(error));

/** The wall's view, charts and clock; waits for the wall again when a reload interrupts. */
async function wallState(page: Page): Promise<WallState> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await page.evaluate(() => ({
        view: document.querySelector('.wall')?.getAttribute('data-view') ?? null,
        chartsOnScreen: document.querySelectorAll('.chart__canvas').length,
        liveCharts: (window as SoakWindow).__cxLiveCharts?.() ?? -1,
        connection:
          /wall-connection--(\w+)/.exec(
            document.querySelector('.wall-connection')?.className ?? '',
          )?.[1] ?? null,
        now: Date.now(),
      }));
    } catch (error) {
      if (attempt >= 3 || !isNavigation(error)) throw error;
      await page.locator('.wall[data-view]').waitFor();
    }
  }
}

export async function setMockScenario(page: Page, scenario: string): Promise<void> {
  await page.waitForFunction(() => (window as SoakWindow).__cxMock !== undefined);
  await page.evaluate((s) => (window as SoakWindow).__cxMock!.setScenario(s), scenario);
}

/**
 * Keeps the build the page started with: version.json keeps answering what it answered now, so a
 * rebuild of dist/ during a run does not reload the wall (which would reset memory and hide a leak).
 * On the context, to catch the request when the mock's service worker passes it on.
 */
export async function pinBuildVersion(page: Page): Promise<void> {
  const response = await page.request.get('/version.json');
  const body = await response.text();
  await page
    .context()
    .route('**/version.json', (route) =>
      route.fulfill({ status: response.status(), contentType: 'application/json', body }),
    );
}

/** A CDP session on the page with the Performance domain on, for {@link takeSample}. */
export async function openSampler(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return cdp;
}

/**
 * The heap of the mock API's service worker after GC, through a browser-level CDP session (Playwright
 * offers no session on a service worker); null when there is none or it does not answer.
 */
export async function serviceWorkerHeap(browser: Browser): Promise<WorkerHeap | null> {
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const worker = targetInfos.find(
      (t) => t.type === 'service_worker' && t.url.includes('mockServiceWorker'),
    );
    if (!worker) return null;
    const { sessionId } = await cdp.send('Target.attachToTarget', {
      targetId: worker.targetId,
      flatten: false,
    });
    let lastId = 0;
    const call = <T>(method: string) =>
      new Promise<T>((resolve, reject) => {
        const id = ++lastId;
        const timer = setTimeout(() => reject(new Error(`${method}: no answer`)), 5_000);
        const onMessage = (event: { message: string }) => {
          const reply = JSON.parse(event.message) as {
            id?: number;
            result?: T;
            error?: { message: string };
          };
          if (reply.id !== id) return;
          clearTimeout(timer);
          cdp.off('Target.receivedMessageFromTarget', onMessage);
          if (reply.error) reject(new Error(`${method}: ${reply.error.message}`));
          else resolve(reply.result as T);
        };
        cdp.on('Target.receivedMessageFromTarget', onMessage);
        cdp
          .send('Target.sendMessageToTarget', {
            sessionId,
            message: JSON.stringify({ id, method }),
          })
          .catch(reject);
      });
    await call('HeapProfiler.collectGarbage');
    await call('HeapProfiler.collectGarbage');
    const usage = await call<{
      usedSize: number;
      embedderHeapUsedSize: number;
      backingStorageSize: number;
    }>('Runtime.getHeapUsage');
    return {
      heapUsedBytes: usage.usedSize,
      embedderHeapBytes: usage.embedderHeapUsedSize,
      backingStorageBytes: usage.backingStorageSize,
    };
  } catch {
    return null;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/**
 * Waits (two seconds at most) until the wall's view has no fetch in flight (`aria-busy`), so a
 * sample counts a whole view rather than one still filling in: views differ by a hundred nodes or so
 * between "loading" and "shown". In a fault phase retries may keep it busy; then it samples anyway.
 */
async function settle(page: Page): Promise<void> {
  await page
    .waitForFunction(() => !document.querySelector('.wall-content[aria-busy="true"]'), null, {
      timeout: 2_000,
      polling: 100,
    })
    .catch(() => undefined);
}

/** Lets the view settle, forces garbage collection twice, then reads heap, DOM nodes, listeners and the charts. */
export async function takeSample(
  page: Page,
  cdp: CDPSession,
  context: { cycle: number; elapsedMs: number; clockStart: number; scenario: string },
  browser?: Browser | null,
): Promise<SoakSample> {
  await settle(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
  const { now, connection: _connection, ...state } = await wallState(page);
  const { clockStart, ...rest } = context;
  return {
    ...rest,
    clockMs: now - clockStart,
    ...state,
    heapUsedBytes: heap.usedSize,
    embedderHeapBytes: heap.embedderHeapUsedSize,
    domNodes: metric('Nodes'),
    listeners: metric('JSEventListeners'),
    documents: metric('Documents'),
    serviceWorker: browser ? await serviceWorkerHeap(browser) : null,
  };
}

/**
 * A sample on the given view: runs up to one rotation more (healthy, whatever the scenario is then)
 * until the wall shows it. Views differ in heap and nodes, so compare like with like.
 */
export async function sampleOnView(
  page: Page,
  view: string | null,
  afterCycle: number,
  maxCycles = 20,
): Promise<SoakSample> {
  let cycle = afterCycle;
  while ((await wallState(page)).view !== view && cycle < afterCycle + maxCycles) {
    await page.clock.runFor(CYCLE_MS);
    cycle++;
  }
  const cdp = await openSampler(page);
  try {
    const context = { cycle, elapsedMs: 0, clockStart: 0, scenario: 'none' };
    return await takeSample(page, cdp, context, page.context().browser());
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

export interface SoakDriveOptions {
  cycles: number;
  sampleEvery: number;
  faultEvery: number;
  faults?: string;
  /** Called with each sample as it is taken (progress). */
  onSample?: (sample: SoakSample) => void;
}

/**
 * Drives the wall over accelerated time: for each cycle, the scenario of its phase, then
 * `page.clock.runFor(CYCLE_MS)`, then a check of live charts against charts on screen; a full sample
 * (after GC) before the first cycle, every `sampleEvery` cycles and after the last. Between cycles the
 * fake clock runs on in real time (as `page.clock.install()` leaves it), so pending responses arrive.
 */
export async function driveSoak(page: Page, options: SoakDriveOptions): Promise<SoakRun> {
  const { cycles, sampleEvery, faultEvery, faults = FAULT_SCENARIO, onSample } = options;
  const started = Date.now();
  const browser = page.context().browser();
  const pageErrors: string[] = [];
  const onError = (e: Error) => pageErrors.push(e.message);
  let reloads = 0;
  const onNavigate = (frame: { parentFrame(): unknown }) => {
    if (!frame.parentFrame()) reloads++;
  };
  page.on('pageerror', onError);
  page.on('framenavigated', onNavigate);
  const cdp = await openSampler(page);
  const samples: SoakSample[] = [];
  const charts: ChartProbes = { probes: 0, maxLive: 0, maxOnScreen: 0, violations: [] };
  const connection: ConnectionTally = { healthy: {}, faults: {} };
  const { now: clockStart } = await wallState(page);
  let scenario = 'none';
  let reloadsSeen = 0;
  const sample = async (cycle: number) => {
    const context = { cycle, elapsedMs: Date.now() - started, clockStart, scenario };
    const s = await takeSample(page, cdp, context, browser);
    samples.push(s);
    onSample?.(s);
  };

  try {
    await setMockScenario(page, scenario);
    await sample(0);
    for (let i = 0; i < cycles; i++) {
      const next = scenarioAt(i, cycles, faultEvery, faults);
      // A reload starts the mock afresh, healthy: play the phase's scenario again.
      if (next !== scenario || reloads !== reloadsSeen) {
        await setMockScenario(page, next);
        scenario = next;
        reloadsSeen = reloads;
      }
      await page.clock.runFor(CYCLE_MS);
      let state = await wallState(page);
      if (state.liveCharts > state.chartsOnScreen) {
        // A chart is disposed in an effect's cleanup, just after its box has left the page: give the
        // cleanup a moment (at most a second), then look again.
        await page
          .waitForFunction(
            () =>
              ((window as unknown as { __cxLiveCharts?: () => number }).__cxLiveCharts?.() ?? 0) <=
              document.querySelectorAll('.chart__canvas').length,
            null,
            { timeout: 1000 },
          )
          .catch(() => undefined);
        state = await wallState(page);
      }
      const phase = connection[scenario === 'none' ? 'healthy' : 'faults'];
      const key = state.connection ?? 'none';
      phase[key] = (phase[key] ?? 0) + 1;
      charts.probes++;
      charts.maxLive = Math.max(charts.maxLive, state.liveCharts);
      charts.maxOnScreen = Math.max(charts.maxOnScreen, state.chartsOnScreen);
      if (state.liveCharts > state.chartsOnScreen) {
        const { view, liveCharts, chartsOnScreen } = state;
        charts.violations.push({ cycle: i + 1, view, liveCharts, chartsOnScreen });
      }
      if ((i + 1) % sampleEvery === 0 || i + 1 === cycles) await sample(i + 1);
    }
  } finally {
    page.off('pageerror', onError);
    page.off('framenavigated', onNavigate);
    await cdp.detach().catch(() => undefined);
  }
  return { samples, charts, connection, reloads, pageErrors, realMs: Date.now() - started };
}
