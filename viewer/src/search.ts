/**
 * Entity search for the search box: a query in Simplified or Traditional characters, full pinyin
 * (`youxian`), pinyin initials (`yx`) or a short name (游仙 for 游仙区) finds the node.
 */
import { Converter } from "opencc-js/t2cn";
import { pinyin } from "pinyin-pro";
import type { ViewerGraph } from "./graph-types.js";

/** One suggestion. */
export interface SearchHit {
  id: string;
  label: string;
  kind: string;
  /** The indexed form that matched (the alias, pinyin …), for display when it is not the label. */
  matched: string;
}

interface Entry {
  id: string;
  label: string;
  kind: string;
  pagerank: number;
  /** Normalized forms: names, Simplified forms, short names, pinyin, initials. */
  keys: string[];
}

/** Administrative suffixes dropped to make short names (游仙区 → 游仙). Longest first. */
const SUFFIXES = [
  "特别行政区",
  "自治州",
  "自治县",
  "自治区",
  "街道",
  "新区",
  "地区",
  "省",
  "市",
  "区",
  "县",
  "镇",
  "乡",
  "旗",
  "盟",
];
const HAN = /\p{Script=Han}/u;

const toSimplified: (text: string) => string = Converter({ from: "t", to: "cn" });

/** Lower case, Simplified, without spaces and apostrophes (xi'an → xian). */
export function normalizeQuery(query: string): string {
  return toSimplified(
    query
      .normalize("NFKC")
      .toLowerCase()
      .replace(/[\s'’·•]/g, ""),
  );
}

/** The name without its administrative suffix, or null when nothing sensible remains. */
export function shortName(name: string): string | null {
  for (const suffix of SUFFIXES) {
    if (name.endsWith(suffix) && name.length - suffix.length >= 2) return name.slice(0, -suffix.length);
  }
  return null;
}

/** Full pinyin without tones or spaces, and initials: 游仙区 → ["youxianqu", "yxq"]. */
export function pinyinKeys(text: string): string[] {
  if (!HAN.test(text)) return [];
  const syllables = pinyin(text, { toneType: "none", type: "array", nonZh: "consecutive" })
    .map((syllable) => syllable.toLowerCase().replace(/[^a-z0-9]/g, ""))
    .filter((syllable) => syllable !== "");
  return [syllables.join(""), syllables.map((syllable) => syllable[0]).join("")];
}

/** Search index over a graph's nodes. */
export class SearchIndex {
  readonly #entries: Entry[];

  constructor(graph: ViewerGraph) {
    this.#entries = graph.mapNodes((id, attributes) => {
      const names = new Set<string>([attributes.name, attributes.label, ...attributes.aliases]);
      const keys = new Set<string>();
      for (const name of names) {
        const simplified = normalizeQuery(name);
        if (simplified === "") continue;
        keys.add(simplified);
        const short = shortName(simplified);
        if (short !== null) keys.add(short);
        for (const key of pinyinKeys(simplified)) keys.add(key);
        if (short !== null) for (const key of pinyinKeys(short)) keys.add(key);
      }
      if (attributes.code) keys.add(attributes.code.toLowerCase());
      return {
        id,
        label: attributes.label,
        kind: attributes.kind,
        pagerank: attributes.pagerank,
        keys: [...keys],
      };
    });
  }

  /**
   * Up to `limit` nodes matching `query`, best first: exact match of some form, then prefix, then
   * substring (substring only for queries with a Chinese character or of 3+ letters); ties by
   * PageRank, then label.
   */
  search(query: string, limit = 10): SearchHit[] {
    const q = normalizeQuery(query);
    if (q === "") return [];
    const allowSubstring = HAN.test(q) || q.length >= 3;
    const scored: { entry: Entry; score: number; matched: string }[] = [];
    for (const entry of this.#entries) {
      let score = 0;
      let matched = "";
      for (const key of entry.keys) {
        const keyScore = key === q ? 3 : key.startsWith(q) ? 2 : allowSubstring && key.includes(q) ? 1 : 0;
        if (keyScore > score) {
          score = keyScore;
          matched = key;
        }
      }
      if (score > 0) scored.push({ entry, score, matched });
    }
    scored.sort(
      (a, b) =>
        b.score - a.score ||
        b.entry.pagerank - a.entry.pagerank ||
        a.entry.label.localeCompare(b.entry.label, "zh") ||
        (a.entry.id < b.entry.id ? -1 : 1),
    );
    return scored.slice(0, limit).map(({ entry, matched }) => ({
      id: entry.id,
      label: entry.label,
      kind: entry.kind,
      matched,
    }));
  }
}
