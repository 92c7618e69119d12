import type { Span } from "../types.js";
import type { Matcher } from "./matcher.js";

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
const NOT_NAME_CONTENT = /[\n“”‘’「」『』"。！？；，,:：]/;

/** A quoted stretch: the span including the marks and the content between them. */
export interface Quoted {
  span: Span;
  content: string;
}

let lastText: string | undefined;
let lastQuoted: Quoted[] = [];

/**
 * Quoted stretches of `text` with at most 40 characters of content; content with a line break or
 * clause punctuation (a quoted sentence, not a name) is skipped. The last text's result is reused, since
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
    if (NOT_NAME_CONTENT.test(content)) continue;
    found.push({ span: { start: i, end: end + 1 }, content });
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
