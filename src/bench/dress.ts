import { Converter } from "opencc-js";
import { pinyin } from "pinyin-pro";
import { encodeGbk } from "./gbk.js";
import type { Rng } from "./rng.js";

/** How one generated article is written to disk: script, glued pinyin, encoding, line ends. */
export interface Dress {
  script: "simplified" | "traditional";
  /** Pinyin glued after every converted character, as some sites print: 區(qū)域. */
  pinyin: boolean;
  encoding: "utf-8" | "utf-8-bom" | "gbk";
  crlf: boolean;
}

/** Shares of each dress in the corpus. */
export const DRESS_MIX = {
  traditional: 0.2,
  pinyinOfTraditional: 0.5,
  gbkOfSimplified: 0.15,
  bom: 0.05,
  crlf: 0.1,
};

/** Draws how an article is dressed. Traditional articles are UTF-8, as such sites serve them. */
export function drawDress(rng: Rng): Dress {
  const traditional = rng.chance(DRESS_MIX.traditional);
  return {
    script: traditional ? "traditional" : "simplified",
    pinyin: traditional && rng.chance(DRESS_MIX.pinyinOfTraditional),
    encoding:
      !traditional && rng.chance(DRESS_MIX.gbkOfSimplified)
        ? "gbk"
        : rng.chance(DRESS_MIX.bom)
          ? "utf-8-bom"
          : "utf-8",
    crlf: rng.chance(DRESS_MIX.crlf),
  };
}

let toTraditional: ((text: string) => string) | undefined;
const pinyinCache = new Map<string, string>();

/** Turns the lines of a Simplified article into the bytes of a file dressed as `dress` says. */
export function dressArticle(lines: readonly string[], dress: Dress): Buffer {
  let text = lines.join(dress.crlf ? "\r\n" : "\n") + (dress.crlf ? "\r\n" : "\n");
  if (dress.script === "traditional") {
    const convert = (toTraditional ??= Converter({ from: "cn", to: "tw" }));
    const converted = convert(text);
    text = dress.pinyin ? gluePinyin(text, converted) : converted;
  }
  if (dress.encoding === "gbk") {
    const bytes = encodeGbk(text);
    if (bytes) return bytes;
  }
  const utf8 = Buffer.from(text, "utf8");
  return dress.encoding === "utf-8-bom" ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]) : utf8;
}

/**
 * Glues the pinyin of the Simplified character after each character the conversion changed (區(qū)).
 * Where the conversion changed the length, the converted text is returned as it is.
 */
export function gluePinyin(simplified: string, traditional: string): string {
  if (simplified.length !== traditional.length) return traditional;
  let out = "";
  for (let i = 0; i < traditional.length; i++) {
    const char = traditional[i]!;
    out += char;
    const source = simplified[i]!;
    if (source === char) continue;
    let reading = pinyinCache.get(source);
    if (reading === undefined) {
      reading = pinyin(source, { toneType: "symbol" });
      pinyinCache.set(source, reading);
    }
    out += `(${reading})`;
  }
  return out;
}
