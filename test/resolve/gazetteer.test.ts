import { describe, expect, it } from "vitest";
import { describeRegion } from "../../src/resolve/describe-region.js";
import { ancestry, isBigramAt, loadGazetteer, lookupUnit } from "../../src/resolve/gazetteer.js";
import { Trie } from "../../src/resolve/trie.js";

const gazetteer = loadGazetteer();
const idsNamed = (form: string) => (gazetteer.names.get(form) ?? []).map((f) => f.unit.id).sort();

describe("loadGazetteer", () => {
  it("is parsed once and cached", () => {
    expect(loadGazetteer()).toBe(gazetteer);
  });

  it("derives short names by general rules", () => {
    expect(idsNamed("恩施")).toEqual(["region:422800", "region:422801"]);
    expect(idsNamed("内蒙古")).toEqual(["region:150000"]);
    expect(idsNamed("广西")).toEqual(["region:450000"]);
    expect(idsNamed("游仙")).toEqual(["region:510704"]);
    expect(idsNamed("鄂温克")).toEqual(["region:150724"]);
    expect(idsNamed("万柏林")).toEqual(["region:140109"]);
    // 城区 keeps its full name only: one character would remain.
    expect(idsNamed("城")).toEqual([]);
  });

  it("attaches the counties of municipalities and province-administered counties to the province", () => {
    expect(lookupUnit("region:110105", gazetteer)).toMatchObject({ name: "朝阳区", parent: "region:110000" });
    expect(lookupUnit("region:419001", gazetteer)).toMatchObject({ name: "济源市", parent: "region:410000" });
    expect(lookupUnit("region:110100", gazetteer)).toBeUndefined();
  });

  it("drops pseudo rows and hangs their townships on the prefecture", () => {
    expect(lookupUnit("region:441900", gazetteer)).toMatchObject({ name: "东莞市", level: "prefecture" });
    expect(lookupUnit("region:460321", gazetteer)).toBeUndefined();
    expect(lookupUnit("region:441900003", gazetteer)).toMatchObject({
      name: "东城街道",
      parent: "region:441900",
    });
  });

  it("keeps statistics zones under their prefecture, named by their official name", () => {
    expect(lookupUnit("region:石家庄高新技术产业开发区", gazetteer)).toMatchObject({
      level: "zone",
      parent: "region:130100",
      zoneType: "高新技术产业开发区",
    });
  });

  it("gives townships their 9-digit code", () => {
    expect(lookupUnit("region:510904116", gazetteer)).toMatchObject({ name: "常理镇", level: "township" });
    expect(ancestry("region:510904116", gazetteer)).toEqual([
      "region:510904116",
      "region:510904",
      "region:510900",
      "region:510000",
    ]);
  });
});

describe("isBigramAt", () => {
  it("finds the frequent words of common-bigrams.txt at a position, and nothing past the text's end", () => {
    const gazetteer = loadGazetteer();
    const text = "建设城市群";
    expect(isBigramAt(text, 2, gazetteer)).toBe(true);
    expect(isBigramAt(text, 3, gazetteer)).toBe(false);
    expect(isBigramAt(text, 4, gazetteer)).toBe(false);
  });
});

describe("describeRegion", () => {
  it("gives name, code, level, parent and the containing names outermost first", () => {
    expect(describeRegion("region:510704", gazetteer)).toEqual({
      name: "游仙区",
      code: "510704",
      level: "county",
      parent: "region:510700",
      parentChain: ["四川省", "绵阳市"],
    });
    expect(describeRegion("region:长江三角洲", gazetteer)).toEqual({
      name: "长江三角洲",
      level: "macro_region",
      parentChain: [],
    });
  });

  it("is undefined for an id never seen", () => {
    expect(describeRegion("region:没有这个地方", gazetteer)).toBeUndefined();
  });
});

describe("Trie", () => {
  it("returns every key at a position, longest first, skipping quote marks inside a match", () => {
    const trie = new Trie<number>();
    trie.add("成渝", 1);
    trie.add("成渝双城经济圈", 2);
    const skipQuotes = (code: number) => code === 0x201c || code === 0x201d;
    expect(trie.matchesAt("融入成渝“双城”经济圈", 2, skipQuotes)).toEqual([
      [11, [2]],
      [4, [1]],
    ]);
    expect(trie.matchesAt("融入成渝“双城”经济圈", 2)).toEqual([[4, [1]]]);
    expect(trie.longestAt("成都", 0)).toBeUndefined();
    expect(trie.get("成渝")).toEqual([1]);
  });
});
