// The pure parts of the speed benchmark (`npm run bench`): arguments, the figures of repeated runs,
// the targets of issue #9 and the printed table. The browser driving is in scripts/bench.ts.

export interface BenchOptions {
  /** Cold loads of the overview on the standard organisation. */
  runs: number;
  /** Runs of each large-organisation measurement. */
  largeRuns: number;
  build: boolean;
  /** Preferred port of `vite preview`; another free one when it is taken. */
  port: number;
  out: string;
  /** The build to serve, relative to the repository: another one (an older build, say) may be compared. */
  dist: string;
  help: boolean;
}

export const DEFAULT_OPTIONS: BenchOptions = {
  runs: 7,
  largeRuns: 3,
  build: true,
  port: 4573,
  out: 'bench-results/bench.json',
  dist: 'dist',
  help: false,
};

export const USAGE = `Usage: npm run bench -- [--runs N] [--large-runs N] [--no-build] [--port N] [--out path] [--dist dir]

Builds the app (npm run build), serves dist/ with vite preview and measures in headless Chromium on
the mock API with no added latency: cold loads of the overview on the standard organisation (headline
numbers visible, LCP), then the large organisation (60 units, 5 years of weekly data): each route's
render, a unit switch and a range switch, and the long tasks during each. Prints a table with the
targets and writes a JSON report.

  --runs N         cold loads of the overview (default ${DEFAULT_OPTIONS.runs})
  --large-runs N   runs of each large-organisation measurement (default ${DEFAULT_OPTIONS.largeRuns})
  --no-build       use the dist/ there is
  --port N         port for vite preview (default ${DEFAULT_OPTIONS.port}; another when taken)
  --out path       JSON report (default ${DEFAULT_OPTIONS.out})
  --dist dir       serve this build rather than dist/ (implies --no-build), e.g. an older version's`;

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
    const eq = arg.indexOf('=');
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const takeValue = (): string | undefined => (eq > 0 ? arg.slice(eq + 1) : argv[++i]);
    switch (flag) {
      case '--help':
      case '-h':
        options.help = true;
        break;
      case '--no-build':
        options.build = false;
        break;
      case '--runs':
        options.runs = positiveInt(flag, takeValue());
        break;
      case '--large-runs':
        options.largeRuns = positiveInt(flag, takeValue());
        break;
      case '--port':
        options.port = positiveInt(flag, takeValue());
        break;
      case '--out': {
        const value = takeValue();
        if (!value) throw new Error('--out: expected a path');
        options.out = value;
        break;
      }
      case '--dist': {
        const value = takeValue();
        if (!value) throw new Error('--dist: expected a directory');
        options.dist = value;
        options.build = false;
        break;
      }
      default:
        throw new Error(`unknown argument ${JSON.stringify(arg)}`);
    }
  }
  return options;
}

// ---------------------------------------------------------------------------------------------
// Figures

/** The median: the middle value, or the mean of the two middle ones. NaN for no values. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface Spread {
  runs: number;
  median: number;
  min: number;
  max: number;
}

/** Median, min and max of the runs that produced a figure; null when none did. */
export function spread(values: readonly (number | null)[]): Spread | null {
  const ok = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (ok.length === 0) return null;
  return { runs: ok.length, median: median(ok), min: Math.min(...ok), max: Math.max(...ok) };
}

/** One run of one measurement: its time (null when it never settled) and its long tasks. */
export interface RunSample {
  ms: number | null;
  /** Durations of the long tasks (> 50 ms) during the measurement, ms. */
  longTasks: number[];
}

/** What is measured: an id for the JSON, a label for the table, and its target if it has one. */
export interface Measure {
  id: string;
  group: 'standard' | 'large';
  label: string;
  /** The median must not exceed this, ms; null: for information. */
  targetMs: number | null;
}

export interface MeasureResult extends Measure {
  time: Spread | null;
  /** Runs that never settled (timed out). */
  failedRuns: number;
  longTasks: { count: number; maxMs: number; totalMs: number };
  ok: boolean | null;
}

export function summariseMeasure(measure: Measure, runs: readonly RunSample[]): MeasureResult {
  const time = spread(runs.map((r) => r.ms));
  const failedRuns = runs.filter((r) => r.ms === null).length;
  const all = runs.flatMap((r) => r.longTasks);
  const ok =
    measure.targetMs === null
      ? null
      : time !== null && failedRuns === 0 && time.median <= measure.targetMs;
  return {
    ...measure,
    time,
    failedRuns,
    longTasks: {
      count: all.length,
      maxMs: all.length ? Math.max(...all) : 0,
      totalMs: all.reduce((a, b) => a + b, 0),
    },
    ok,
  };
}

/** The targets, for the development machine. */
export const TARGETS = {
  headlineMs: 600,
  lcpMs: 800,
  routeMs: 700,
  unitSwitchMs: 200,
  longTaskMs: 200,
} as const;

export interface TargetCheck {
  name: string;
  ok: boolean;
  detail: string;
}

/** One line per target: the timed measures, and no long task over the limit on the large organisation. */
export function checkTargets(
  results: readonly MeasureResult[],
  longTaskLimit: number = TARGETS.longTaskMs,
): TargetCheck[] {
  const timed: TargetCheck[] = results
    .filter((r) => r.targetMs !== null)
    .map((r) => ({
      name: r.label,
      ok: r.ok === true,
      detail:
        r.time === null
          ? 'never settled'
          : `median ${ms(r.time.median)} (target ≤ ${r.targetMs} ms)` +
            (r.failedRuns ? `, ${r.failedRuns} run(s) never settled` : ''),
    }));
  const large = results.filter((r) => r.group === 'large');
  const worst = large.reduce<MeasureResult | null>(
    (w, r) => (w === null || r.longTasks.maxMs > w.longTasks.maxMs ? r : w),
    null,
  );
  const longest = worst?.longTasks.maxMs ?? 0;
  return [
    ...timed,
    {
      name: 'large organisation: no long task over 200 ms',
      ok: longest <= longTaskLimit,
      detail:
        longest === 0
          ? 'no long task'
          : `longest ${ms(longest)} during "${worst!.label}" (target ≤ ${longTaskLimit} ms)`,
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// The table

export function ms(value: number): string {
  return `${Math.round(value)} ms`;
}

function pad(text: string, width: number, right = false): string {
  return right ? text.padStart(width) : text.padEnd(width);
}

/** The printed table: one row per measure, with its spread, long tasks, target and verdict. */
export function formatTable(results: readonly MeasureResult[]): string {
  const header = ['measure', 'runs', 'median', 'min', 'max', 'long tasks', 'target', 'result'];
  const rows = results.map((r) => [
    r.label,
    r.time ? String(r.time.runs) + (r.failedRuns ? `+${r.failedRuns}✗` : '') : `0+${r.failedRuns}✗`,
    r.time ? String(Math.round(r.time.median)) : '–',
    r.time ? String(Math.round(r.time.min)) : '–',
    r.time ? String(Math.round(r.time.max)) : '–',
    r.longTasks.count === 0 ? '–' : `${r.longTasks.count}, max ${Math.round(r.longTasks.maxMs)}`,
    r.targetMs === null ? 'info' : `≤ ${r.targetMs}`,
    r.ok === null ? '' : r.ok ? 'PASS' : 'FAIL',
  ]);
  const numeric = new Set([1, 2, 3, 4]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => pad(c, widths[i]!, numeric.has(i)))
      .join('  ')
      .trimEnd();
  const out = [line(header), line(widths.map((w) => '-'.repeat(w)))];
  let group: string | null = null;
  results.forEach((r, i) => {
    if (r.group !== group) {
      group = r.group;
      out.push(
        r.group === 'standard'
          ? 'standard organisation, overview cold load (ms)'
          : 'large organisation: 60 units, 260 weeks (ms)',
      );
    }
    out.push(line(rows[i]!));
  });
  return out.join('\n');
}
