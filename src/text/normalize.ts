import { withText, type AlignedText } from "./aligned.js";
import { isCjkUnit } from "./han.js";

/** Characters one of the rules below may rewrite. */
const CANDIDATE = /[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\r,:;?!(\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g;
const FULL_WIDTH: Record<string, string> = { ",": "，", ":": "：", ";": "；", "?": "？", "!": "！" };
/** How far a closing bracket is looked for. */
const MAX_BRACKETED = 200;

/**
 * Character-for-character normalization (the alignment is kept as it is):
 * - non-breaking, ideographic, em and other wide spaces and tabs → space; CR → line feed;
 * - full-width ASCII letters and digits → ASCII (`２０２５` → `2025`);
 * - half-width `, : ; ? !` next to Chinese text → full-width (not between two digits: `09:15`, `1,000`);
 * - a half-width bracket pair whose content holds Chinese, or that follows a Han character → `（）`.
 */
export function normalizeCharacters(source: AlignedText): AlignedText {
  const text = source.text;
  const parts: string[] = [];
  let copied = 0;
  const put = (at: number, ch: string) => {
    parts.push(text.slice(copied, at), ch);
    copied = at + 1;
  };
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m !== null; m = CANDIDATE.exec(text)) {
    const at = m.index;
    if (at < copied) continue;
    const ch = m[0];
    const code = ch.charCodeAt(0);
    if (code >= 0xff10) put(at, String.fromCharCode(code - 0xfee0));
    else if (ch === "\r") put(at, "\n");
    else if (ch === "(") {
      const close = closingBracket(text, at);
      if (close >= 0 && (isCjkUnit(text.charCodeAt(at - 1)) || holdsCjk(text, at + 1, close))) {
        put(at, "（");
        parts.push(text.slice(copied, close), "）");
        copied = close + 1;
        CANDIDATE.lastIndex = copied;
      }
    } else if (FULL_WIDTH[ch] !== undefined) {
      if (isChinesePunctuation(text, at)) put(at, FULL_WIDTH[ch]!);
    } else put(at, " ");
  }
  if (copied === 0) return source;
  parts.push(text.slice(copied));
  return withText(source, parts.join(""));
}

/** Index of the `)` closing the `(` at `open` (no nested `(` in between, on the same line), or -1. */
function closingBracket(text: string, open: number): number {
  const limit = Math.min(text.length, open + MAX_BRACKETED);
  for (let i = open + 1; i < limit; i++) {
    const c = text[i];
    if (c === ")") return i;
    if (c === "(" || c === "\n") return -1;
  }
  return -1;
}

function holdsCjk(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isCjkUnit(text.charCodeAt(i))) return true;
  return false;
}

/** Whether the half-width mark at `at` punctuates Chinese: a neighbour (spaces skipped) is Chinese. */
function isChinesePunctuation(text: string, at: number): boolean {
  let p = at - 1;
  while (p >= 0 && text.charCodeAt(p) === 0x20) p--;
  let n = at + 1;
  while (n < text.length && text.charCodeAt(n) === 0x20) n++;
  const prev = p >= 0 ? text.charCodeAt(p) : 0;
  const next = n < text.length ? text.charCodeAt(n) : 0;
  if (isDigit(prev) && isDigit(next)) return false;
  return isCjkUnit(prev) || isCjkUnit(next);
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}
