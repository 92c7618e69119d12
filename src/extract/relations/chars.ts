/**
 * Character classes as bitmaps over UTF-16 code units: tests in the hot loops read a typed array
 * instead of building one-character strings for a regular expression.
 */
import { CharSet } from "../../text/char-set.js";

const SPACES = " \t\n\r\u3000\u00a0";
/** White space, including the ideographic space. */
export const SPACE = CharSet.of(SPACES);
/** What may stand before a clause's subject besides opener words: white space, quotes, brackets. */
export const CLAUSE_LEAD = CharSet.of(`${SPACES}“”"「」『』（）()`);
/** White space and opening quotation marks, stepped over backwards to reach a name before a quote. */
export const OPENING_QUOTE_OR_SPACE = CharSet.of(`${SPACES}“”"「『`);
/** Single characters separating the items of a list: 、 和 及 与 同 跟 / and white space (以及 too). */
export const LIST_SEPARATOR = CharSet.of(`${SPACES}、和及与同跟/`);
/** Punctuation a gap between a list and its trigger may not cross. */
export const GAP_BREAK = CharSet.of("，,。；;：:！？!?（）()");

/** Whether the code unit at `i` of `text` is in `set`. */
export function isIn(set: CharSet, text: string, i: number): boolean {
  return set.has(text.charCodeAt(i));
}

/** The end of a run of list separators starting at `at` (以及 counts as one), not beyond `limit`. */
export function skipListSeparators(text: string, at: number, limit: number): number {
  let pos = at;
  while (pos < limit) {
    if (isIn(LIST_SEPARATOR, text, pos)) pos++;
    else if (text.charCodeAt(pos) === 0x4ee5 && text.charCodeAt(pos + 1) === 0x53ca && pos + 2 <= limit)
      pos += 2;
    else break;
  }
  return pos;
}

/** The start of a run of list separators ending at `at`, not below `floor`. */
export function skipListSeparatorsBack(text: string, at: number, floor: number): number {
  let pos = at;
  while (pos > floor) {
    if (isIn(LIST_SEPARATOR, text, pos - 1)) pos--;
    else if (pos - 2 >= floor && text.charCodeAt(pos - 2) === 0x4ee5 && text.charCodeAt(pos - 1) === 0x53ca)
      pos -= 2;
    else break;
  }
  return pos;
}
