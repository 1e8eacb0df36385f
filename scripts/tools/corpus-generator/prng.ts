/**
 * Seeded pseudo-random numbers. The corpus must be byte-identical for the same
 * seed, so nothing here may touch Math.random or the clock.
 */

/** Hash a string and numbers into a 32-bit seed (FNV-1a over the parts). */
export function hashSeed(...parts: Array<string | number>): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    const s = String(part) + '\u0000';
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
  }
  return h >>> 0;
}

/** A small deterministic generator (mulberry32) with the helpers the corpus needs. */
export interface Rng {
  /** Float in [0, 1). */
  next(): number;
  /** Integer in [min, max] inclusive. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Pick an index with a Zipf-like bias towards the front (popular items recur). */
  zipfIndex(n: number, exponent?: number): number;
  /** k distinct items (k ≤ items.length), in random order. */
  sample<T>(items: readonly T[], k: number): T[];
}

export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(next() * items.length)];
    },
    zipfIndex: (n, exponent = 1.1) => {
      // Inverse-CDF of a continuous power law on [1, n+1): cheap, no table needed.
      const u = next();
      const a = 1 - exponent;
      const x = Math.pow(u * (Math.pow(n + 1, a) - 1) + 1, 1 / a);
      return Math.min(n - 1, Math.max(0, Math.floor(x) - 1));
    },
    sample: (items, k) => {
      const pool = items.slice();
      const out: (typeof items)[number][] = [];
      for (let i = 0; i < k && pool.length > 0; i++) {
        const j = Math.floor(next() * pool.length);
        out.push(pool[j]);
        pool[j] = pool[pool.length - 1];
        pool.pop();
      }
      return out;
    },
  };
}
