import type { Span } from "../types.js";

/** Sentences longer than this are cut at the next comma so that evidence stays readable. */
const MAX_SENTENCE = 400;

/**
 * Splits a normalized text into sentences: spans ending after 。！？； or a line break (closing quotes
 * and brackets that follow stay with the sentence), leading and trailing white space excluded, empty
 * sentences dropped. Very long runs without a terminator are cut at a comma.
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) spans.push({ start: s, end: e });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isTerminator(code)) {
      let end = i + 1;
      while (end < text.length && isCloser(text.charCodeAt(end))) end++;
      push(end);
      i = end - 1;
    } else if (i - start >= MAX_SENTENCE && (code === 0xff0c || code === 0x2c)) {
      push(i + 1);
    }
  }
  push(text.length);
  return spans;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x3000 || code === 0xa0;
}

/** 。！？；!?; and line feed. */
function isTerminator(c: number): boolean {
  return (
    c === 0x3002 ||
    c === 0xff01 ||
    c === 0xff1f ||
    c === 0xff1b ||
    c === 0x21 ||
    c === 0x3f ||
    c === 0x3b ||
    c === 0x0a
  );
}

/** ” ’ 」 』 ） ) 》 " */
function isCloser(c: number): boolean {
  return (
    c === 0x201d ||
    c === 0x2019 ||
    c === 0x300d ||
    c === 0x300f ||
    c === 0xff09 ||
    c === 0x29 ||
    c === 0x300b ||
    c === 0x22
  );
}
