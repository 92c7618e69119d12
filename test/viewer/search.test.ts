import { describe, expect, it } from "vitest";
import { SearchIndex, normalizeQuery, pinyinKeys, shortName } from "../../viewer/src/search.js";
import { loadFixture } from "./fixture.js";

describe("search helpers", () => {
  it("normalizes case, spaces, apostrophes and Traditional characters", () => {
    expect(normalizeQuery(" You Xian ")).toBe("youxian");
    expect(normalizeQuery("xi'an")).toBe("xian");
    expect(normalizeQuery("綿陽")).toBe("绵阳");
  });

  it("drops administrative suffixes only when two characters remain", () => {
    expect(shortName("游仙区")).toBe("游仙");
    expect(shortName("阿坝藏族羌族自治州")).toBe("阿坝藏族羌族");
    expect(shortName("沙区")).toBeNull();
    expect(shortName("电子信息")).toBeNull();
  });

  it("makes full pinyin and initials, nothing for Latin text", () => {
    expect(pinyinKeys("游仙区")).toEqual(["youxianqu", "yxq"]);
    expect(pinyinKeys("abc")).toEqual([]);
  });
});

describe("SearchIndex on the fixture graph", async () => {
  const index = new SearchIndex(await loadFixture());
  const first = (query: string): string | undefined => index.search(query)[0]?.id;

  it("finds a region by official name, short name, Traditional alias, pinyin and initials", () => {
    for (const query of ["游仙区", "游仙", "遊仙", "遊仙區", "youxian", "YouXianQu", "yx", "510704"]) {
      expect(first(query), query).toBe("region:510704");
    }
  });

  it("ranks exact matches before prefixes and PageRank before name", () => {
    // 安居区委 (organization) also starts with 安居; the exact short name 安居 wins.
    expect(index.search("安居").map((hit) => hit.id)).toEqual([
      "region:510904",
      "organization:安居区委",
      "organization:安居区发改局",
    ]);
  });

  it("matches substrings for Chinese queries but not for one or two letters", () => {
    expect(index.search("仙").map((hit) => hit.id)).toContain("region:510704");
    expect(index.search("ia")).toEqual([]);
  });

  it("returns nothing for an empty query and caps the list", () => {
    expect(index.search("  ")).toEqual([]);
    expect(index.search("区", 3)).toHaveLength(3);
  });
});
