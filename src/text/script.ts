import * as OpenCC from "opencc-js";
import { to as openccTargets } from "opencc-js/preset";
import { readDataLines } from "../data.js";
import { AlignedBuilder, withText, type AlignedText } from "./aligned.js";

/**
 * Which Traditional standard a document follows, i.e. which opencc source locale converts it:
 * `t` (OpenCC standard), `twp` (Taiwan, with Taiwan vocabulary: 軟體 → 软件), `hk` (Hong Kong).
 */
export type ScriptVariant = "t" | "twp" | "hk";

/** Splits a line whose conversion changed its length into clauses converted one by one. */
const CLAUSE_END = /[，。、；：！？,;:!?\s“”「」『』（）()《》]/g;
/** Distinct Taiwan (or Hong Kong) marker words a document must hold to be converted as such. */
const MIN_MARKERS = 2;

const converters = new Map<ScriptVariant, (text: string) => string>();
let traditionalChars: Set<number> | undefined;
let markers: { variant: ScriptVariant; word: string }[] | undefined;

/**
 * Chooses the variant for a text: `twp` when it holds at least two distinct Taiwan vocabulary words
 * (資料庫, 數位, 軟體 … listed in data/lexicons/script-variants.txt), `hk` likewise for Hong Kong forms,
 * otherwise `t`.
 */
export function chooseScriptVariant(text: string): ScriptVariant {
  markers ??= readDataLines("lexicons/script-variants.txt").map(([variant, word]) => ({
    variant: variant as ScriptVariant,
    word: word!,
  }));
  const found = new Map<ScriptVariant, number>();
  for (const { variant, word } of markers) {
    if (text.includes(word)) found.set(variant, (found.get(variant) ?? 0) + 1);
  }
  if ((found.get("twp") ?? 0) >= MIN_MARKERS) return "twp";
  if ((found.get("hk") ?? 0) >= MIN_MARKERS) return "hk";
  return "t";
}

/** Whether the text holds any character opencc would change from Traditional to Simplified. */
export function hasTraditional(text: string): boolean {
  const chars = traditionalCharacters();
  for (let i = 0; i < text.length; i++) {
    if (chars.has(text.charCodeAt(i))) return true;
  }
  return false;
}

/** Converts a string to mainland Simplified with opencc (no alignment: for titles and aliases). */
export function convertToSimplified(text: string, variant: ScriptVariant = "t"): string {
  return converter(variant)(text);
}

/**
 * Converts an aligned text to mainland Simplified. Lines whose length does not change are mapped
 * character for character; where opencc changed the length (方便麵 ↔ 泡麵 …), the line is converted
 * clause by clause, and inside a clause that still changes length only the changed stretch (found
 * against a character-by-character conversion) is mapped as one block.
 */
export function toSimplified(source: AlignedText, variant: ScriptVariant): AlignedText {
  if (variant === "t" && !hasTraditional(source.text)) return source;
  const convert = converter(variant);
  const text = source.text;
  const whole = convert(text);
  if (whole.length === text.length) return withText(source, whole);
  const out = new AlignedBuilder(source, whole.length + 16);
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    lineEnd = lineEnd < 0 ? text.length : lineEnd + 1;
    convertPiece(out, text, lineStart, lineEnd, convert, true);
    lineStart = lineEnd;
  }
  return out.finish();
}

function convertPiece(
  out: AlignedBuilder,
  text: string,
  from: number,
  to: number,
  convert: (text: string) => string,
  splitClauses: boolean,
): void {
  const piece = text.slice(from, to);
  const converted = convert(piece);
  if (converted.length === piece.length) {
    out.replaceEach(converted, from);
    return;
  }
  if (splitClauses) {
    let clauseStart = from;
    CLAUSE_END.lastIndex = from;
    for (let m = CLAUSE_END.exec(text); m !== null && m.index < to; m = CLAUSE_END.exec(text)) {
      convertPiece(out, text, clauseStart, m.index + 1, convert, false);
      clauseStart = m.index + 1;
    }
    convertPiece(out, text, clauseStart, to, convert, false);
    return;
  }
  alignChanged(out, piece, converted, from, convert);
}

/** Maps a clause whose conversion changed length: common ends 1:1, the changed middle as one block. */
function alignChanged(
  out: AlignedBuilder,
  piece: string,
  converted: string,
  from: number,
  convert: (text: string) => string,
): void {
  let charwise = "";
  for (const ch of piece) charwise += convert(ch);
  if (charwise.length !== piece.length) {
    out.replace(converted, from, from + piece.length);
    return;
  }
  const limit = Math.min(piece.length, converted.length);
  let prefix = 0;
  while (prefix < limit && converted[prefix] === charwise[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < limit - prefix &&
    converted[converted.length - 1 - suffix] === charwise[charwise.length - 1 - suffix]
  ) {
    suffix++;
  }
  out.replaceEach(converted.slice(0, prefix), from);
  out.replace(
    converted.slice(prefix, converted.length - suffix),
    from + prefix,
    from + piece.length - suffix,
  );
  out.replaceEach(converted.slice(converted.length - suffix), from + piece.length - suffix);
}

function converter(variant: ScriptVariant): (text: string) => string {
  const cached = converters.get(variant);
  if (cached !== undefined) return cached;
  const convert = OpenCC.Converter({ from: variant, to: "cn" });
  converters.set(variant, convert);
  return convert;
}

/** Every BMP character that starts or occurs in a key of opencc's Traditional → Simplified tables. */
function traditionalCharacters(): Set<number> {
  if (traditionalChars !== undefined) return traditionalChars;
  const chars = new Set<number>();
  for (const group of openccTargets.cn ?? []) {
    for (const dict of group) {
      if (typeof dict !== "string") continue;
      for (const entry of dict.split("|")) {
        const [from, to] = entry.split(" ");
        if (from === undefined || from === to) continue;
        for (let i = 0; i < from.length; i++) {
          if (from[i] !== to?.[i]) chars.add(from.charCodeAt(i));
        }
      }
    }
  }
  traditionalChars = chars;
  return chars;
}
