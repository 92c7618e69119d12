import { describe, expect, it } from "vitest";
import { CharSet } from "../../src/text/char-set.js";

describe("CharSet", () => {
  it("holds exactly the code units added", () => {
    const set = new CharSet();
    for (const ch of "区县a") set.add(ch.charCodeAt(0));
    expect([..."区县a"].map((ch) => set.has(ch.charCodeAt(0)))).toEqual([true, true, true]);
    expect([..."市b"].map((ch) => set.has(ch.charCodeAt(0)))).toEqual([false, false]);
  });

  it("answers false past the end of a text and outside the code units", () => {
    const set = new CharSet();
    set.add(0);
    expect(set.has("".charCodeAt(0))).toBe(false);
    expect(set.has(0x10000)).toBe(false);
    expect(set.has(-1)).toBe(false);
    expect(set.has(0)).toBe(true);
  });
});
