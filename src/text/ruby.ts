import { AlignedBuilder, alignedIdentity, type AlignedText } from "./aligned.js";
import { htmlToText } from "../ingest/html.js";
import { isHanCode } from "./han.js";
import { hasToneMark, isPinyinSyllable } from "./pinyin-syllable.js";

/** Longest bracketed content looked at: a syllable of 6 letters and a tone digit. */
const MAX_RUBY = 7;
/** Characters where ruby can begin: a bracket, or a damage marker standing for a lost character. */
const CANDIDATE = /[(（?？\uFFFD]/g;

/**
 * Removes pinyin ruby glued after Han characters: `區(qū)域` → `區域`. Only one parenthesised pinyin
 * syllable right after a Han character is removed (a toneless one such as `(a)` only in a text that
 * also has tone-marked ruby), and the Han character's alignment grows to cover its
 * ruby (so a mention ending there maps back to `區(qū)`). Real parentheses stay: `中心(福建)`,
 * `縣(市、區)`, `second(s)`, `遂宁市(Suining)`. Ruby whose character was damaged is dropped whole:
 * a `?` (or U+FFFD) that swallowed the character and the opening bracket (`?yōu)`), or a stray ASCII
 * letter left in its place (`I(lǐng)`). The lost character comes back when the same text spells it
 * elsewhere with the same ruby before the same next character: `較量?yōu)勢` with `優(yōu)勢` elsewhere
 * gives `較量優勢`, the `優` covering `?yōu)`.
 */
export function stripRubyAligned(source: AlignedText): AlignedText {
  const text = source.text;
  CANDIDATE.lastIndex = 0;
  let m = CANDIDATE.exec(text);
  // Most texts have no bracket or damage marker at all: nothing to build.
  if (m === null) return source;
  const out = new AlignedBuilder(source);
  const recovered = new Map<string, string | undefined>();
  let tonelessIsRuby: boolean | undefined;
  let copied = 0;
  for (; m !== null; m = CANDIDATE.exec(text)) {
    const at = m.index;
    if (at < copied) continue;
    const ch = text[at]!;
    if (ch === "(" || ch === "（") {
      const close = rubyEnd(text, at + 1, true);
      if (close < 0) continue;
      const syllable = text.slice(at + 1, close);
      const owner = ownerBefore(text, at, copied);
      if (owner > 0 && ((tonelessIsRuby ??= hasTonedRuby(text)) || isToned(syllable))) {
        // Han character (1 or 2 UTF-16 units) followed by its ruby: keep the character, cover the ruby.
        out.copy(copied, at);
        out.extendLast(source.end[close]!, owner);
        copied = close + 1;
      } else if (isStrayLetter(text, at, copied) && hasToneMark(syllable)) {
        out.copy(copied, at - 1);
        copied = close + 1;
      } else if (at > copied && isDamageMarker(text[at - 1]!)) {
        out.copy(copied, at - 1);
        const lost = recover(text, syllable, close + 1, recovered);
        if (lost !== undefined) out.replace(lost, at - 1, close + 1);
        copied = close + 1;
      }
      CANDIDATE.lastIndex = Math.max(CANDIDATE.lastIndex, copied);
    } else {
      // A damage marker that swallowed a character and its opening bracket: `?yōu)`.
      const close = rubyEnd(text, at + 1, false);
      const syllable = close < 0 ? "" : text.slice(at + 1, close);
      if (close < 0 || !isSyllable(syllable)) continue;
      out.copy(copied, at);
      const lost = recover(text, syllable, close + 1, recovered);
      if (lost !== undefined) out.replace(lost, at, close + 1);
      copied = close + 1;
      CANDIDATE.lastIndex = copied;
    }
  }
  if (copied === 0) return source;
  out.copy(copied, text.length);
  return out.finish();
}

/** A toneless syllable after a Han character (`措施(a)`) is ruby only in a text that has this much. */
const MIN_TONED_RUBY = 3;
const TONED_RUBY = /\p{Script=Han}[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/gu;

/** Whether the text carries tone-marked ruby, so that a bare `(de)` is ruby too. */
function hasTonedRuby(text: string): boolean {
  TONED_RUBY.lastIndex = 0;
  for (let n = 0; n < MIN_TONED_RUBY; n++) if (TONED_RUBY.exec(text) === null) return false;
  return true;
}

function isToned(syllable: string): boolean {
  return hasToneMark(syllable) || /[1-5]$/.test(syllable);
}

/** Damaged ruby looked up in one text at most this many times (each lookup scans the text). */
const MAX_RECOVERIES = 64;

/**
 * The character lost before ruby `syllable` (which ends just before `next`): the Han character the text
 * writes elsewhere with the same ruby before the same following character, the most frequent if
 * several (ties: lowest code point); undefined when the text does not say. Lookups are cached in `seen`.
 */
function recover(
  text: string,
  syllable: string,
  next: number,
  seen: Map<string, string | undefined>,
): string | undefined {
  const following = text.codePointAt(next);
  if (following === undefined || !isHanCode(following)) return undefined;
  const pattern = `(${syllable})${String.fromCodePoint(following)}`;
  if (seen.has(pattern)) return seen.get(pattern);
  if (seen.size >= MAX_RECOVERIES) return undefined;
  const counts = new Map<string, number>();
  for (let i = text.indexOf(pattern); i >= 0; i = text.indexOf(pattern, i + 1)) {
    const owner = ownerBefore(text, i, 0);
    if (owner === 0) continue;
    const char = text.slice(i - owner, i);
    counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [char, count] of counts) {
    const bestCount = best === undefined ? 0 : counts.get(best)!;
    if (count > bestCount || (count === bestCount && best !== undefined && char < best)) best = char;
  }
  seen.set(pattern, best);
  return best;
}

/**
 * The readable form of a piece of original text: glued pinyin ruby removed (`安居區(qū)` → `安居區`).
 * Script and punctuation are left as they are; a slice of an HTML page loses its tags and has its
 * character references decoded (`A&amp;B` → `A&B`). Use it to turn
 * `original.slice(orig.start, orig.end)` into an alias.
 */
export function stripRuby(s: string): string {
  const text = MARKUP.test(s) ? htmlToText(s).aligned.text.replace(/\s+/g, " ").trim() : s;
  CANDIDATE.lastIndex = 0;
  return CANDIDATE.test(text) ? stripRubyAligned(alignedIdentity(text)).text : text;
}

/** A tag or a character reference: the slice comes from an HTML page. */
const MARKUP = /<\/?[a-z][^<>]*>|&(?:#\d+|#x[\da-f]+|[a-z]+\d*);/i;

const syllables = new Map<string, boolean>();

/** `isPinyinSyllable`, remembered: ruby repeats a few hundred syllables millions of times. */
function isSyllable(s: string): boolean {
  let known = syllables.get(s);
  if (known === undefined) {
    known = isPinyinSyllable(s);
    if (syllables.size < 10_000) syllables.set(s, known);
  }
  return known;
}

/** Index of the `)` closing a pinyin syllable that starts at `from`, or -1. */
function rubyEnd(text: string, from: number, needSyllable: boolean): number {
  const limit = Math.min(text.length, from + MAX_RUBY + 1);
  for (let i = from; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x29 || c === 0xff09) {
      if (i === from) return -1;
      return !needSyllable || isSyllable(text.slice(from, i)) ? i : -1;
    }
  }
  return -1;
}

/** Length (1 or 2) of the Han character just before `at`, if there is one after `floor`; else 0. */
function ownerBefore(text: string, at: number, floor: number): number {
  if (at - 1 < floor) return 0;
  const last = text.charCodeAt(at - 1);
  if (last >= 0xdc00 && last <= 0xdfff && at - 2 >= floor) {
    const cp = text.codePointAt(at - 2)!;
    return cp > 0xffff && isHanCode(cp) ? 2 : 0;
  }
  return isHanCode(last) ? 1 : 0;
}

/** An ASCII letter standing alone between a non-ASCII character and the bracket: `槿骖I(lǐng)`. */
function isStrayLetter(text: string, at: number, floor: number): boolean {
  if (at - 2 < floor) return false;
  const letter = text.charCodeAt(at - 1);
  const before = text.charCodeAt(at - 2);
  const isLetter = (letter >= 0x41 && letter <= 0x5a) || (letter >= 0x61 && letter <= 0x7a);
  return isLetter && before > 0x2e7f;
}

function isDamageMarker(ch: string): boolean {
  return ch === "?" || ch === "？" || ch === "\uFFFD";
}
