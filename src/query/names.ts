/**
 * The forms under which people look an entity up: Simplified text, short names without the
 * administrative suffix, and pinyin (full and initials).
 */
import { Converter } from "opencc-js";
import { pinyin } from "pinyin-pro";
import { readDataLines } from "../data.js";

let toSimplifiedConverter: ((text: string) => string) | undefined;
let suffixes: string[] | undefined;

/** Ethnic autonomous units: 峨边彝族自治县 → 峨边, 新疆维吾尔自治区 → 新疆. */
const ETHNIC_AUTONOMOUS = /^(.{2,}?)(?:[\u4e00-\u9fff]{1,4}?族|维吾尔)+自治(?:区|州|县|旗)$/u;
const HAN = /[\u3400-\u9fff]/u;
const NOT_LATIN = /[^a-z]/g;

/** A text with Traditional characters converted to mainland Simplified (others unchanged). */
export function toSimplified(text: string): string {
  if (!HAN.test(text)) return text;
  const convert = (toSimplifiedConverter ??= Converter({ from: "t", to: "cn" }));
  return convert(text);
}

/**
 * The canonical lookup form of a name: NFKC (full-width letters and digits become ASCII), no white
 * space, lower case, Traditional characters converted to mainland Simplified.
 */
export function normalizeName(text: string): string {
  return toSimplified(text.normalize("NFKC").replace(/\s+/gu, "").toLowerCase());
}

/**
 * Short forms of a region name: the name without its longest administrative suffix (省 市 区 县
 * 自治州 新区 …) that leaves at least two characters, and for ethnic autonomous units the name
 * without the peoples too. 游仙区 → [游仙]; 高新区 → [高新]; 凉山彝族自治州 → [凉山, 凉山彝族].
 */
export function shortNames(name: string): string[] {
  suffixes ??= readDataLines("query/admin-suffixes.txt")
    .map((fields) => fields[0]!)
    .sort((a, b) => b.length - a.length);
  const forms = new Set<string>();
  const suffix = suffixes.find((s) => name.endsWith(s) && name.length - s.length >= 2);
  if (suffix) forms.add(name.slice(0, name.length - suffix.length));
  const ethnic = ETHNIC_AUTONOMOUS.exec(name);
  if (ethnic) forms.add(ethnic[1]!);
  return [...forms].sort();
}

/** Whether a query is written in Latin letters only (a pinyin query). */
export function isPinyinQuery(normalized: string): boolean {
  return normalized.length > 0 && /^[a-z'-]+$/u.test(normalized);
}

/** Pinyin of a Chinese name without tones or separators, and its initials: 游仙 → [youxian, yx]. */
export function pinyinKeys(name: string): { full: string; initials: string } {
  const syllables = pinyin(name, { toneType: "none", type: "array", v: true }) as string[];
  const full = syllables.join("").toLowerCase().replace(NOT_LATIN, "");
  const initials = syllables
    .map((syllable) => syllable.charAt(0))
    .join("")
    .toLowerCase()
    .replace(NOT_LATIN, "");
  return { full, initials };
}

/** A pinyin query reduced to its letters: "You Xian" → youxian, "you'an" → youan. */
export function compactPinyin(normalized: string): string {
  return normalized.replace(NOT_LATIN, "");
}
