// @vitest-environment node
import { createRng, hashString, mulberry32 } from './random';

describe('seeded randomness', () => {
  it('repeats for the same seed and keys', () => {
    const a = createRng(1, 'retail', 'nps');
    const b = createRng(1, 'retail', 'nps');
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(
      Array.from({ length: 5 }, () => b.next()),
    );
  });

  it('differs between seeds and between keys', () => {
    expect(createRng(1, 'retail').next()).not.toBe(createRng(2, 'retail').next());
    expect(createRng(1, 'retail').next()).not.toBe(createRng(1, 'online').next());
    expect(hashString('a')).not.toBe(hashString('b'));
  });

  it('draws uniform numbers in [0, 1)', () => {
    const next = mulberry32(42);
    const draws = Array.from({ length: 10_000 }, next);
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    expect(draws.reduce((s, x) => s + x, 0) / draws.length).toBeCloseTo(0.5, 1);
  });

  it('draws integers within both bounds', () => {
    const rng = createRng(7, 'int');
    const draws = new Set(Array.from({ length: 1000 }, () => rng.int(30, 35)));
    expect([...draws].sort()).toEqual([30, 31, 32, 33, 34, 35]);
  });

  it('draws normal numbers with the asked mean and spread', () => {
    const rng = createRng(7, 'normal');
    const draws = Array.from({ length: 20_000 }, () => rng.normal(10, 2));
    const mean = draws.reduce((s, x) => s + x, 0) / draws.length;
    const sd = Math.sqrt(draws.reduce((s, x) => s + (x - mean) ** 2, 0) / draws.length);
    expect(mean).toBeCloseTo(10, 1);
    expect(sd).toBeCloseTo(2, 1);
    expect(draws.every(Number.isFinite)).toBe(true);
  });
});
