import { codesToString, stringToCodes, withText, type AlignedText } from "./aligned.js";
import { isCjkUnit } from "./han.js";

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
  const n = text.length;
  let codes: Uint16Array | undefined;
  let pendingClose = -1;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    let to = code;
    if (code < 0x80) {
      if (code === 0x09) to = 0x20;
      else if (code === 0x0d) to = 0x0a;
      else if (code < 0x21 || code > 0x3f) continue;
      else if (code === 0x28) {
        const close = closingBracket(text, i);
        if (close >= 0 && (isCjkUnit(text.charCodeAt(i - 1)) || holdsCjk(text, i + 1, close))) {
          to = 0xff08;
          pendingClose = close;
        }
      } else if (code === 0x29) {
        if (i === pendingClose) to = 0xff09;
      } else {
        const wide = fullWidthPunctuation(code);
        if (wide !== 0 && isChinesePunctuation(text, i)) to = wide;
      }
    } else if (code < 0x2000) {
      if (code === 0xa0) to = 0x20;
      else continue;
    } else if (code <= 0x200a || code === 0x202f || code === 0x205f || code === 0x3000) {
      to = 0x20;
    } else if (
      (code >= 0xff10 && code <= 0xff19) ||
      (code >= 0xff21 && code <= 0xff3a) ||
      (code >= 0xff41 && code <= 0xff5a)
    ) {
      to = code - 0xfee0;
    }
    if (to === code) continue;
    codes ??= stringToCodes(text);
    codes[i] = to;
  }
  return codes === undefined ? source : withText(source, codesToString(codes, n));
}

function fullWidthPunctuation(code: number): number {
  switch (code) {
    case 0x2c:
      return 0xff0c;
    case 0x3a:
      return 0xff1a;
    case 0x3b:
      return 0xff1b;
    case 0x3f:
      return 0xff1f;
    case 0x21:
      return 0xff01;
    default:
      return 0;
  }
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
