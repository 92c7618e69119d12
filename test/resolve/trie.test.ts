import { describe, expect, it } from "vitest";
import { Trie } from "../../src/resolve/trie.js";

describe("Trie", () => {
  const trie = new Trie<string>();
  for (const key of ["成渝", "成渝双城经济圈", "渝"]) trie.add(key, key);

  it("returns every key at a position, longest first", () => {
    expect(trie.matchesAt("成渝双城经济圈建设", 0).map(([end]) => end)).toEqual([7, 2]);
    expect(trie.matchesAt("成都", 0)).toEqual([]);
    expect(trie.matchesAt("重庆渝北", 2)).toEqual([[3, ["渝"]]]);
  });

  it("passes over skipped characters inside a match, never at its start", () => {
    const quote = (code: number) => code === 0x201c || code === 0x201d;
    expect(trie.longestAt("成渝“双城”经济圈", 0, quote)?.[0]).toBe(9);
    expect(trie.longestAt("成“渝双城经济圈", 0, quote)?.[0]).toBe(8);
    expect(trie.longestAt("成“渝双城经济圈", 0)).toBeUndefined();
  });

  it("says where no key can start", () => {
    expect(trie.mayStartAt("成渝", 0)).toBe(true);
    expect(trie.mayStartAt("渝北", 0)).toBe(true);
    expect(trie.mayStartAt("成都", 0)).toBe(false);
    expect(trie.mayStartAt("北京", 0)).toBe(false);
  });
});
