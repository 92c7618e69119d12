import type { EntityKind } from "../types.js";
import { entityLexicons } from "./lexicons.js";
import type { Matcher } from "./matcher.js";

/** Marks that only delimit a name: quotation marks and title brackets. */
const NAME_MARKS = /[“”‘’「」『』《》〈〉"']/g;
/** Generic nouns after a program's name (放管服改革, 乡村振兴战略) dropped when the rest is a known strategy. */
const PROGRAM_SUFFIX = /(?:改革|行动|战略|工作|建设)$/;
/** Industry suffixes dropped from a canonical name when at least two characters remain. */
const INDUSTRY_SUFFIX = /(?:产业集群|产业链|产业)$/;

/**
 * The canonical (Simplified) name of an entity of `kind` written `surface`, so that variants merge:
 * quotation marks and title brackets that only mark the name are removed (“四送”行动 → 四送行动),
 * variant characters opencc keeps become standard ones (`char-variants.txt`: 陜西 → 陕西),
 * half-width parentheses become full-width, variant tables in the lexicons apply (乡村全面振兴 →
 * 乡村振兴, 双碳 → 碳达峰碳中和, 电商 → 电子商务), a program's generic noun (战略, 改革, 行动 …) is dropped where the rest is
 * a known strategy (乡村振兴战略 → 乡村振兴, “最多跑一次”改革 → 最多跑一次), and an industry's 产业/产业链/产业集群 suffix is dropped where two or more characters remain
 * (茶叶产业 → 茶叶, but 竹产业 and 三个一特色产业 stay); an organization's abbreviated suffix is spelled out
 * (云南省农科院 → 云南省农业科学院).
 */
export function canonicalName(kind: EntityKind, surface: string): string {
  let cache = caches.get(kind);
  if (cache === undefined) caches.set(kind, (cache = new Map()));
  let name = cache.get(surface);
  if (name === undefined) {
    if (cache.size >= MAX_CACHE) cache.clear();
    name = computeCanonicalName(kind, surface);
    cache.set(surface, name);
  }
  return name;
}

/** Names already computed, per kind: a corpus repeats the same few thousand surfaces. */
const caches = new Map<EntityKind, Map<string, string>>();
const MAX_CACHE = 100_000;

function computeCanonicalName(kind: EntityKind, surface: string): string {
  const lexicons = entityLexicons();
  let name = standardChars(
    surface.replace(NAME_MARKS, "").replace(/\(/g, "（").replace(/\)/g, "）").replace(/\s+/g, ""),
    lexicons.charVariants,
  );
  if (kind === "program") {
    name = lexicons.strategies.get(name) ?? name;
    const noun = PROGRAM_SUFFIX.exec(name);
    if (noun) name = lexicons.strategies.get(name.slice(0, noun.index)) ?? name;
  } else if (kind === "industry") {
    const listed = lexicons.sectors.get(name);
    if (listed !== undefined) return listed;
    const stem = name.replace(INDUSTRY_SUFFIX, "");
    // An umbrella (三个一特色产业) keeps its suffix: without it the name would end in a modifier.
    const ending = lexicons.sectorModifiers.longestEndingAt(stem, stem.length);
    const umbrella = ending !== undefined && ending.value !== "lead";
    if (stem !== name && stem.length >= 2 && !umbrella) name = lexicons.sectors.get(stem) ?? stem;
    else if (stem !== name) name = `${stem}产业`;
  } else if (kind === "organization") {
    const short = lexicons.orgAbbreviations.longestEndingAt(name, name.length);
    if (short) name = name.slice(0, short.start) + short.value;
  }
  return name;
}

/** `name` with the variant characters opencc leaves alone replaced by the standard ones (陜西 → 陕西). */
function standardChars(name: string, variants: Matcher<string>): string {
  let out = "";
  for (const char of name) out += variants.get(char) ?? char;
  return out;
}
