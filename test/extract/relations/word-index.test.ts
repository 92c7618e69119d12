import { describe, expect, it } from "vitest";
import { WordIndex } from "../../../src/extract/relations/word-index.js";

describe("WordIndex", () => {
  const index = new WordIndex<string>();
  index.add("对标", "a");
  index.add("对标竞进", "b");
  index.add("对标", "c");
  index.add("考察", "d");

  it("finds the longest word at a position, with every value added for it", () => {
    expect(index.at("对标竞进活动", 0, 6)).toEqual({ word: "对标竞进", values: ["b"] });
    expect(index.at("对标竞进活动", 0, 3)).toEqual({ word: "对标", values: ["a", "c"] });
    expect(index.at("活动", 0, 2)).toBeUndefined();
  });

  it("scans every start position in a range", () => {
    const hits: [number, string][] = [];
    index.scan("赴外地考察，对标先进。", 0, 11, (at, word) => hits.push([at, word]));
    expect(hits).toEqual([
      [3, "考察"],
      [6, "对标"],
    ]);
  });
});
