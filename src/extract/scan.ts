import type { Span } from "../types.js";
import type { Matcher } from "./matcher.js";
import { loadGazetteer } from "../resolve/gazetteer.js";

/** Whether the UTF-16 code is a CJK unified ideograph (the BMP blocks names use). */
export function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

/** Whether `text` consists of Han characters only. */
export function allHan(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isHan(text.charCodeAt(i))) return false;
  return text.length > 0;
}

/** Opening → closing quotation marks that delimit names, by code unit. */
const QUOTE_CLOSE = new Map<number, string>([
  [0x201c, "”"],
  [0x2018, "’"],
  [0x300c, "」"],
  [0x300e, "』"],
  [0x22, '"'],
]);
/** Content that makes a quoted stretch a sentence, not a name: line breaks, clause punctuation, quotes. */
const NOT_NAME_CONTENT = /[\n“”「」『』"。！？；:：]/;
/** Content that makes a quoted name a phrase: a comma or single quotes inside (“深学某某，‘三争’作表率”). */
const PHRASE_CONTENT = /[，,‘’]/;
/** Phrases longer than this are quoted speech, not names. */
const MAX_PHRASE = 20;

/** A quoted stretch: the span including the marks and the content between them. */
export interface Quoted {
  span: Span;
  content: string;
  /** The content holds a comma or single quotes: a name only where a program noun follows at once. */
  phrase: boolean;
}

let lastText: string | undefined;
let lastQuoted: Quoted[] = [];

/**
 * Quoted stretches of `text` with at most 40 characters of content; content with a line break or
 * sentence punctuation (a quoted sentence, not a name) is skipped, and so is content with a comma or
 * single quotes (a phrase) unless it is short and in double quotes. The last text's result is reused, since
 * several recognizers ask for the same document in turn.
 */
export function quotedSpans(text: string): Quoted[] {
  if (text === lastText) return lastQuoted;
  const maxLength = 40;
  const found: Quoted[] = [];
  for (let i = 0; i < text.length; i++) {
    const close = QUOTE_CLOSE.get(text.charCodeAt(i));
    if (close === undefined) continue;
    let end = i + 1;
    const limit = Math.min(text.length, i + maxLength + 2);
    while (end < limit && text[end] !== close) end++;
    if (end === limit || end === i + 1) continue;
    const content = text.slice(i + 1, end);
    const phrase = PHRASE_CONTENT.test(content);
    if (NOT_NAME_CONTENT.test(content) || (phrase && (close !== "”" || content.length > MAX_PHRASE)))
      continue;
    found.push({ span: { start: i, end: end + 1 }, content, phrase });
    i = end;
  }
  lastText = text;
  lastQuoted = found;
  return found;
}

/**
 * Start of the name head that ends at `end`: scans left over Han characters (and the characters
 * `extra` allows) for at most `max` characters, then moves past the last stop word inside (a verb or
 * function word such as 实施, 推进, 的). Returns `end` when there is no head, and also when the run
 * goes on past `max` characters without a stop word (the head would be cut in the middle of a word).
 */
export function headStart(
  text: string,
  end: number,
  max: number,
  stops: Matcher<string>,
  extra?: RegExp,
): number {
  let start = end;
  const floor = Math.max(0, end - max);
  while (start > floor) {
    const code = text.charCodeAt(start - 1);
    if (isHan(code) || (extra !== undefined && extra.test(text[start - 1]!))) start--;
    else break;
  }
  let cut = start;
  for (let i = start; i < end; i++) {
    const hit = stops.longestAt(text, i, end);
    if (hit && hit.end > cut) cut = hit.end;
  }
  const truncated = start === floor && start > 0 && isHan(text.charCodeAt(start - 1));
  return truncated && cut === start ? end : cut;
}

/** Characters that never occur in a name and close a run of names (punctuation, spaces). */
export function isBoundary(char: string | undefined): boolean {
  return char === undefined || !isHan(char.charCodeAt(0));
}

/**
 * Whether `word` is the name of a region (province, prefecture, county, zone; full or short form) that
 * is no ordinary word: a name head starting or consisting of one leaves the region to the region
 * recognizer (泉州“跨江发展”战略, 平阴主导产业).
 */
export function isRegionName(word: string): boolean {
  const gazetteer = loadGazetteer();
  return gazetteer.names.get(word) !== undefined && !gazetteer.commonWords.has(word);
}
