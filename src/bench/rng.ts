import { seededRandom } from "../build/random.js";

/** A small seeded pseudo-random generator (mulberry32): the same seed always gives the same stream. */
export interface Rng {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max] (both included). */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
}

/** A generator seeded with `seed` (any 32-bit integer). */
export function createRng(seed: number): Rng {
  const next = seededRandom(seed);
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new RangeError("rng.pick: empty list");
      return items[Math.floor(next() * items.length)]!;
    },
  };
}

/** Mixes several integers into one 32-bit seed (FNV-1a over their bytes), e.g. (corpus seed, index). */
export function mixSeed(...parts: number[]): number {
  let hash = 0x811c9dc5;
  for (const part of parts) {
    let value = part >>> 0;
    for (let i = 0; i < 4; i++) {
      hash = Math.imul(hash ^ (value & 0xff), 0x01000193) >>> 0;
      value >>>= 8;
    }
  }
  return hash;
}
