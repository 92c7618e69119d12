import { describe, expect, it } from "vitest";
import { Matcher } from "../../src/extract/matcher.js";

describe("Matcher", () => {
  const matcher = new Matcher([
    ["电池", "battery"],
    ["动力电池", "power battery"],
    ["动力", "power"],
  ]);

  it("counts distinct keys and looks up exact keys", () => {
    expect(matcher.count).toBe(3);
    expect(matcher.get("动力电池")).toBe("power battery");
    expect(matcher.get("动力电")).toBeUndefined();
  });
  it("finds the longest key at a position, within a limit", () => {
    expect(matcher.longestAt("发展动力电池", 2)).toEqual({ start: 2, end: 6, value: "power battery" });
    expect(matcher.longestAt("发展动力电池", 2, 5)).toEqual({ start: 2, end: 4, value: "power" });
    expect(matcher.longestAt("发展动力电池", 0)).toBeUndefined();
  });
  it("finds the longest key ending at a position, not before a floor", () => {
    expect(matcher.longestEndingAt("发展动力电池", 6)).toEqual({ start: 2, end: 6, value: "power battery" });
    expect(matcher.longestEndingAt("发展动力电池", 6, 3)).toEqual({ start: 4, end: 6, value: "battery" });
  });
  it("scans leftmost-longest without overlaps", () => {
    expect(
      Matcher.of(["电池", "动力电池", "储能"])
        .findAll("动力电池和储能电池")
        .map((h) => h.value),
    ).toEqual(["动力电池", "储能", "电池"]);
  });
  it("finds one-character keys and longer keys sharing their first character, in either order of adding", () => {
    for (const keys of [
      ["茶", "茶叶"],
      ["茶叶", "茶"],
    ]) {
      const m = Matcher.of(keys);
      expect(m.findAll("种茶叶和茶").map((h) => [h.start, h.value])).toEqual([
        [1, "茶叶"],
        [4, "茶"],
      ]);
      expect(m.longestAt("茶叶", 0, 1)).toEqual({ start: 0, end: 1, value: "茶" });
    }
    expect(Matcher.of(["茶叶"]).longestAt("茶", 0)).toBeUndefined();
    expect(Matcher.of(["茶叶"]).longestAt("茶园", 0)).toBeUndefined();
  });
  it("ignores empty keys and keeps the last value of a repeated key", () => {
    const m = new Matcher([
      ["", "x"],
      ["茶", "a"],
      ["茶", "b"],
    ]);
    expect(m.count).toBe(1);
    expect(m.get("茶")).toBe("b");
  });
});
