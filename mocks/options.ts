// The mock API's options, and how they resolve into the fixed inputs of one data set.
import { UNIT_PILLARS_FEATURE, UNIT_STAGES_FEATURE } from '@/api/schemas';

export interface MockOptions {
  /** Seed of every random draw; default 20261120. */
  seed?: number;
  /**
   * 'YYYY-MM-DD' or an ISO timestamp; default: now. Without a time, the data is as of that day
   * 06:00Z. The latest weekly period is the ISO week (Monday) before the week containing this date,
   * so the data stays the same for a whole week.
   */
  asOf?: string;
  /** Response delay: fixed, or a [min, max] range; default [80, 250] in the browser worker, 0 in node. */
  latencyMs?: number | [number, number];
  /** large = 60 units + 'all' and 5 years of weekly data (for performance work). */
  size?: 'standard' | 'large';
  /**
   * Faults to play, e.g. "metrics:503" or "all:500@2+3,catalog:slow"; default none. The grammar is in
   * scenarios.ts; a bad scenario fails start-up with a message starting "scenario:".
   */
  scenario?: string;
  /**
   * The optional endpoints the mock offers and its catalog names in `features`; default all of them
   * (["unit-stages"]). [] plays a server that speaks only the core of the contract.
   */
  features?: readonly MockFeature[];
}

/** The contract's optional endpoints, by the name a catalog's `features` gives them. */
export const mockFeatures = [UNIT_STAGES_FEATURE, UNIT_PILLARS_FEATURE] as const;
export type MockFeature = (typeof mockFeatures)[number];

export type MockSize = NonNullable<MockOptions['size']>;

export const defaultSeed = 20261120;

/** The inputs that decide the data: two options resolving to the same inputs share one data set. */
export interface ResolvedMockOptions {
  seed: number;
  size: MockSize;
  /** The calendar day (UTC) the data is as of, 'YYYY-MM-DD'. */
  asOfDate: string;
  /** The catalog's `dataAsOf` timestamp. */
  dataAsOf: string;
}

const dateOnly = /^\d{4}-\d{2}-\d{2}$/;
/** The hour of the nightly load that an as-of day without a time stands for. */
const dailyLoadHour = 6;

export function resolveMockOptions(
  options: MockOptions = {},
  now: Date = new Date(),
): ResolvedMockOptions {
  const { asOfDate, dataAsOf } = resolveAsOf(options.asOf, now);
  return {
    seed: options.seed ?? defaultSeed,
    size: options.size ?? 'standard',
    asOfDate,
    dataAsOf,
  };
}

/** A key naming one data set, for memoisation. */
export function dataSetKey(resolved: ResolvedMockOptions): string {
  return `${resolved.seed}|${resolved.size}|${resolved.asOfDate}|${resolved.dataAsOf}`;
}

function resolveAsOf(asOf: string | undefined, now: Date): { asOfDate: string; dataAsOf: string } {
  if (asOf === undefined) {
    // Before the nightly load the freshest data set is yesterday's: never claim data from the future.
    const loaded = new Date(now.getTime() - dailyLoadHour * 3_600_000);
    const day = loaded.toISOString().slice(0, 10);
    return { asOfDate: day, dataAsOf: dailyLoad(day) };
  }
  if (dateOnly.test(asOf)) {
    if (!isRealDate(asOf)) throw new Error(invalidAsOf(asOf));
    return { asOfDate: asOf, dataAsOf: dailyLoad(asOf) };
  }
  const instant = new Date(asOf);
  if (Number.isNaN(instant.getTime())) throw new Error(invalidAsOf(asOf));
  const iso = instant.toISOString().replace('.000Z', 'Z');
  return { asOfDate: iso.slice(0, 10), dataAsOf: iso };
}

function dailyLoad(day: string): string {
  return `${day}T0${dailyLoadHour}:00:00Z`;
}

function isRealDate(day: string): boolean {
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day);
}

function invalidAsOf(asOf: string): string {
  return `asOf: expected a date YYYY-MM-DD or an ISO timestamp, received ${JSON.stringify(asOf)}`;
}
