import { describe, expect, it } from "vitest";
import { PairFilter } from "../../src/text/pair-filter.js";

describe("PairFilter", () => {
  it("answers true for every pair added", () => {
    const filter = new PairFilter();
    const words = ["高新", "经开", "长三", "ab", "开发"];
    for (const w of words) filter.add(w.charCodeAt(0), w.charCodeAt(1));
    for (const w of words) expect(filter.has(w.charCodeAt(0), w.charCodeAt(1))).toBe(true);
  });

  it("answers false for pairs never added (an empty filter, and the reversed pair)", () => {
    const filter = new PairFilter();
    expect(filter.has("高".charCodeAt(0), "新".charCodeAt(0))).toBe(false);
    filter.add("高".charCodeAt(0), "新".charCodeAt(0));
    expect(filter.has("新".charCodeAt(0), "高".charCodeAt(0))).toBe(false);
    expect(filter.has("高".charCodeAt(0), "区".charCodeAt(0))).toBe(false);
  });
});
