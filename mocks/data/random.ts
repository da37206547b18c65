// Seeded randomness for the mock data: the same seed and keys always give the same numbers.

/** A 32-bit FNV-1a hash: turns a key such as "20261120:metric:retail:nps" into a sub-seed. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: a tiny, fast PRNG with a 32-bit state; uniform numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform in [min, max). */
  uniform(min: number, max: number): number;
  /** Integer uniform in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** Normal with the given mean and standard deviation. */
  normal(mean?: number, sd?: number): number;
}

/**
 * A stream derived from the seed and keys, so each unit, metric or pillar has its own stream and
 * adding draws to one never shifts the numbers of another.
 */
export function createRng(seed: number, ...keys: ReadonlyArray<string | number>): Rng {
  const next = mulberry32(hashString([seed, ...keys].join(':')));
  const uniform = (min: number, max: number) => min + (max - min) * next();
  return {
    next,
    uniform,
    int: (min, max) => Math.min(max, Math.floor(uniform(min, max + 1))),
    normal: (mean = 0, sd = 1) => mean + sd * standardNormal(next),
  };
}

/** Box–Muller; 1 − u keeps the logarithm's argument in (0, 1]. */
function standardNormal(next: () => number): number {
  const u = 1 - next();
  const v = next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
