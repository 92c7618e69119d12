import { Buffer, isUtf8 } from "node:buffer";
import { CountyKgError } from "../errors.js";
import { readDataLines } from "../data.js";
import { CharSet } from "../text/char-set.js";
import type { TextEncoding } from "../types.js";

/** A decoded file: its text (BOM removed) and the encoding it was in. */
export interface Decoded {
  text: string;
  encoding: TextEncoding;
}

/** Control bytes are counted in this many leading bytes (NUL bytes anywhere). */
const BINARY_SAMPLE = 1 << 20;
/** Share of control bytes above which a file is taken for binary. */
const MAX_CONTROL_SHARE = 0.01;
/** A legacy decoding must have at least this share of its Han characters among the common ones. */
const MIN_COMMON_SHARE = 0.2;
/** …and at most this share of replacement characters among its non-ASCII characters. */
const MAX_REPLACEMENT_SHARE = 0.05;
/** UTF-8 with at most this share of broken sequences is still UTF-8 (a truncated or damaged file). */
const MAX_BROKEN_UTF8 = 0.001;

/** 1 for every common Han character (data/lexicons/common-han.txt). */
let commonHan: CharSet | undefined;

/**
 * Detects the encoding of a file's bytes and decodes them: a byte-order mark (UTF-8, UTF-16 LE/BE)
 * decides; else valid UTF-8 (or UTF-8 with a few broken bytes) is UTF-8; else the UTF-8, GB18030 and
 * Big5 decodings are compared and the one whose characters are most often common Chinese characters
 * (with fewest replacement characters) wins. Throws CountyKgError E_INPUT_BINARY
 * (NUL or other control bytes), E_INPUT_EMPTY (nothing but white space) or E_DECODE.
 */
export function decodeBytes(bytes: Uint8Array, file: string): Decoded {
  const decoded = decodeAny(bytes, file);
  if (!/\S/.test(decoded.text)) {
    throw new CountyKgError("E_INPUT_EMPTY", `${file} has no text (only white space)`, {
      file,
      hint: "remove the file from the input, or give a file with article text",
    });
  }
  return decoded;
}

function decodeAny(bytes: Uint8Array, file: string): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: utf8Text(bytes.subarray(3)), encoding: "utf-8" };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  }
  if (looksBinary(bytes)) {
    throw new CountyKgError("E_INPUT_BINARY", `${file} is a binary file, not text`, {
      file,
      hint: "give .txt, .md or .html files; convert documents such as PDF or Word to text first",
    });
  }
  const utf8 = utf8Text(bytes);
  if (isUtf8(bytes)) return { text: utf8, encoding: "utf-8" };
  // Not clean UTF-8: damaged UTF-8, or a legacy Chinese encoding.
  if (share(countReplacements(utf8), countNonAscii(utf8)) <= MAX_BROKEN_UTF8) {
    return { text: utf8, encoding: "utf-8" };
  }
  const candidates = (["utf-8", "gb18030", "big5"] as const).map((encoding) => {
    const text = encoding === "utf-8" ? utf8 : new TextDecoder(encoding).decode(bytes);
    return { text, encoding, ...scoreChinese(text) };
  });
  candidates.sort((a, b) => b.score - a.score);
  const best = candidates[0]!;
  if (best.replacementShare > MAX_REPLACEMENT_SHARE || best.commonShare < MIN_COMMON_SHARE) {
    throw new CountyKgError("E_DECODE", `${file} cannot be decoded as UTF-8, UTF-16, GB18030 or Big5`, {
      file,
      hint: "the file is damaged or in another encoding: save it as UTF-8 and run again",
    });
  }
  return { text: best.text, encoding: best.encoding };
}

/** UTF-8 bytes as text, invalid sequences as U+FFFD (Buffer's decoder is the fastest Node has). */
function utf8Text(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
}

/** NUL bytes, or more than 1% of (leading) bytes that are control characters other than tab, CR, LF, FF, ESC. */
function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.indexOf(0) >= 0) return true;
  const sample = Math.min(bytes.length, BINARY_SAMPLE);
  let control = 0;
  for (let i = 0; i < sample; i++) {
    const b = bytes[i]!;
    if (b >= 0x20 || b === 0x09 || b === 0x0a || b === 0x0d || b === 0x0c || b === 0x1b) continue;
    control++;
  }
  return control > sample * MAX_CONTROL_SHARE;
}

/**
 * How Chinese a decoding looks: the share of common Han characters among its letters (Han, kana, Greek
 * … the garbage of a wrong decoding), less replacement characters.
 */
function scoreChinese(text: string): { score: number; commonShare: number; replacementShare: number } {
  const common = commonCharacters();
  let han = 0;
  let hits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x370 || isPunctuation(c)) continue;
    han++;
    if (common.has(c)) hits++;
  }
  const commonShare = share(hits, han);
  const replacementShare = share(countReplacements(text), countNonAscii(text));
  return { score: commonShare - 5 * replacementShare, commonShare, replacementShare };
}

function isPunctuation(code: number): boolean {
  return (
    (code >= 0x2000 && code <= 0x206f) ||
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0xff00 && code <= 0xffef)
  );
}

function commonCharacters(): CharSet {
  commonHan ??= CharSet.of(readDataLines("lexicons/common-han.txt").flat().join(""));
  return commonHan;
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\uFFFD"); i >= 0; i = text.indexOf("\uFFFD", i + 1)) n++;
  return n;
}

function countNonAscii(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) n++;
  return n;
}

function share(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}
