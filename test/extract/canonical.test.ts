import { describe, expect, it } from "vitest";
import { canonicalName } from "../../src/extract/canonical.js";

describe("canonicalName", () => {
  it("drops quotation marks and title brackets that only mark the name", () => {
    expect(canonicalName("program", "“四送”行动")).toBe("四送行动");
    expect(canonicalName("program", "《某县实施方案(2024—2027年)》")).toBe("某县实施方案（2024—2027年）");
  });
  it("merges program variants through the strategy table", () => {
    expect(canonicalName("program", "乡村振兴战略")).toBe("乡村振兴");
    expect(canonicalName("program", "乡村全面振兴")).toBe("乡村振兴");
    expect(canonicalName("program", "双碳")).toBe("碳达峰碳中和");
    expect(canonicalName("program", "“十四五”")).toBe("十四五规划");
  });
  it("drops a generic noun after a known strategy", () => {
    expect(canonicalName("program", "“放管服”改革")).toBe("放管服");
    expect(canonicalName("program", "“最多跑一次”改革")).toBe("最多跑一次");
  });
  it("keeps 战略 when the rest is no known strategy", () => {
    expect(canonicalName("program", "“强县富民”战略")).toBe("强县富民战略");
  });
  it("drops an industry's 产业 suffix only where two characters remain", () => {
    expect(canonicalName("industry", "茶叶产业")).toBe("茶叶");
    expect(canonicalName("industry", "锂电产业集群")).toBe("锂电");
    expect(canonicalName("industry", "竹产业")).toBe("竹产业");
    expect(canonicalName("industry", "电商")).toBe("电子商务");
  });
  it("spells out abbreviated organization suffixes", () => {
    expect(canonicalName("organization", "湖南省农科院")).toBe("湖南省农业科学院");
    expect(canonicalName("organization", "某某师范大学")).toBe("某某师范大学");
  });
});
