import { describe, expect, it } from "vitest";
import { composeArticle, fillTemplate } from "../../src/bench/compose.js";
import { generateDocument } from "../../src/bench/corpus.js";
import { dressArticle, gluePinyin } from "../../src/bench/dress.js";
import { encodeGbk } from "../../src/bench/gbk.js";
import { createRng, mixSeed } from "../../src/bench/rng.js";
import type { BenchVocabulary } from "../../src/bench/vocabulary.js";

const vocabulary: BenchVocabulary = {
  regions: [
    { name: "青山区", short: "青山", prefecture: "绿水市", province: "江南省" },
    { name: "白云县", short: "白云", prefecture: "高原地区", province: "西岭省" },
  ],
  industries: ["茶叶"],
  programs: ["乡村振兴战略"],
  surnames: ["林"],
};

describe("createRng", () => {
  it("repeats its stream for the same seed and differs for another", () => {
    const a = createRng(7);
    const b = createRng(7);
    const c = createRng(8);
    const first = [a.next(), a.next(), a.next()];
    expect([b.next(), b.next(), b.next()]).toEqual(first);
    expect(c.next()).not.toBe(first[0]);
  });
  it("draws integers within both bounds", () => {
    const rng = createRng(1);
    const drawn = new Set(Array.from({ length: 200 }, () => rng.int(2, 4)));
    expect([...drawn].sort()).toEqual([2, 3, 4]);
  });
  it("mixes seed parts so neighbouring documents get unrelated seeds", () => {
    expect(mixSeed(1, 2)).not.toBe(mixSeed(2, 1));
    expect(mixSeed(1, 2)).toBe(mixSeed(1, 2));
  });
});

describe("fillTemplate", () => {
  const subject = vocabulary.regions[0]!;
  it("fills the subject, the other region and its prefecture consistently", () => {
    const text = fillTemplate("{T}赴{Q}{O}考察,{s}对标{o}发展{I}", createRng(3), vocabulary, subject);
    expect(text).toBe("区委书记赴高原地区白云县考察,青山对标白云发展茶叶");
  });
  it("names a prefecture's party committee (地区 → 地委)", () => {
    expect(fillTemplate("{C}", createRng(3), vocabulary, vocabulary.regions[1]!)).toBe("高原地委");
    expect(fillTemplate("{C}", createRng(3), vocabulary, subject)).toBe("绿水市委");
  });
  it("rejects an unknown slot", () => {
    expect(() => fillTemplate("{Z}", createRng(3), vocabulary, subject)).toThrow(/unknown slot \{Z\}/);
  });
});

describe("composeArticle", () => {
  it("writes a headline and paragraphs that name the vocabulary's regions", () => {
    const lines = composeArticle(createRng(5), vocabulary, {
      paragraphs: [2, 2],
      sentences: [3, 3],
      filler: 0,
      chrome: 0,
    });
    expect(lines).toHaveLength(3);
    expect(lines.slice(1).every((line) => /青山|白云/.test(line))).toBe(true);
  });
});

describe("gluePinyin", () => {
  it("glues the reading after each character the conversion changed", () => {
    expect(gluePinyin("区域发展", "區域發展")).toBe("區(qū)域發(fā)展");
  });
  it("leaves a conversion that changed the length as it is", () => {
    expect(gluePinyin("方便面", "泡麵")).toBe("泡麵");
  });
});

describe("encodeGbk", () => {
  it("encodes text that GBK decodes back", () => {
    const bytes = encodeGbk("区域ab協調");
    expect(new TextDecoder("gbk").decode(bytes)).toBe("区域ab協調");
    expect(bytes?.length).toBe(10);
  });
  it("gives undefined for a character GBK lacks", () => {
    expect(encodeGbk("区😀")).toBeUndefined();
  });
});

describe("dressArticle", () => {
  it("writes a BOM and CRLF line ends when asked", () => {
    const bytes = dressArticle(["标题", "正文"], {
      script: "simplified",
      pinyin: false,
      encoding: "utf-8-bom",
      crlf: true,
    });
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString("utf8")).toBe("标题\r\n正文\r\n");
  });
  it("converts to Traditional", () => {
    const bytes = dressArticle(["发展"], {
      script: "traditional",
      pinyin: false,
      encoding: "utf-8",
      crlf: false,
    });
    expect(bytes.toString("utf8")).toBe("發展\n");
  });
});

describe("generateDocument", () => {
  it("gives the same bytes for the same index and seed, other bytes for another index", () => {
    const a = generateDocument(12, 99, vocabulary).bytes;
    expect(generateDocument(12, 99, vocabulary).bytes.equals(a)).toBe(true);
    expect(generateDocument(13, 99, vocabulary).bytes.equals(a)).toBe(false);
  });
});
