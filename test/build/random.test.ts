import { describe, expect, it } from "vitest";
import { seededRandom } from "../../src/build/random.js";

describe("seededRandom", () => {
  it("repeats its sequence for a seed, differs between seeds, stays in [0, 1)", () => {
    const take = (seed: number) => Array.from({ length: 100 }, seededRandom(seed));
    expect(take(5)).toEqual(take(5));
    expect(take(5)).not.toEqual(take(6));
    for (const value of take(9)) expect(value >= 0 && value < 1).toBe(true);
    expect(new Set(take(9)).size).toBe(100);
  });
});
