import { describe, expect, it } from "vitest";
import { isPinyinQuery, normalizeName, pinyinKeys, shortNames, toSimplified } from "../../src/query/names.js";

describe("lookup forms of names", () => {
  it("normalizes width, space, case and Traditional characters", () => {
    expect(normalizeName(" 遊仙 區 ")).toBe("游仙区");
    expect(normalizeName("Region:５１０９０４")).toBe("region:510904");
    expect(toSimplified("溧陽市")).toBe("溧阳市");
    expect(toSimplified("abc")).toBe("abc");
  });
  it("strips one administrative suffix, keeping stems of two characters or more", () => {
    expect(shortNames("游仙区")).toEqual(["游仙"]);
    expect(shortNames("溧阳市")).toEqual(["溧阳"]);
    expect(shortNames("浦东新区")).toEqual(["浦东"]);
    expect(shortNames("高新区")).toEqual(["高新"]);
    expect(shortNames("峨边彝族自治县")).toEqual(["峨边", "峨边彝族"]);
    expect(shortNames("新疆维吾尔自治区")).toEqual(["新疆", "新疆维吾尔"]);
    expect(shortNames("沙县")).toEqual([]);
    expect(shortNames("乡村振兴")).toEqual([]);
  });
  it("gives pinyin without tones and its initials", () => {
    expect(pinyinKeys("游仙")).toEqual({ full: "youxian", initials: "yx" });
    expect(pinyinKeys("绿色")).toEqual({ full: "lvse", initials: "ls" });
    expect(isPinyinQuery("you'xian")).toBe(true);
    expect(isPinyinQuery("510904")).toBe(false);
    expect(isPinyinQuery("游仙")).toBe(false);
  });
});
