import { CharSet } from "../../text/char-set.js";

/**
 * A small dictionary matcher: words grouped by their first character, longest first, so that one pass
 * over a text finds every position where some word starts (each with the longest word there).
 */
export class WordIndex<T> {
  private readonly byFirst = new Map<number, { word: string; values: T[] }[]>();
  /** 1 where some word starts with that UTF-16 code unit: a cheap first test per character. */
  private readonly firsts = new CharSet();

  /** Adds `word` with a value attached; values of the same word accumulate. */
  add(word: string, value: T): void {
    if (word.length === 0) return;
    const code = word.charCodeAt(0);
    this.firsts.add(code);
    let list = this.byFirst.get(code);
    if (!list) this.byFirst.set(code, (list = []));
    const entry = list.find((e) => e.word === word);
    if (entry) entry.values.push(value);
    else {
      list.push({ word, values: [value] });
      list.sort((a, b) => b.word.length - a.word.length);
    }
  }

  /** The longest word starting at `at` and ending by `end`, with its values. */
  at(text: string, at: number, end: number): { word: string; values: T[] } | undefined {
    if (at >= end || !this.firsts.has(text.charCodeAt(at))) return undefined;
    const list = this.byFirst.get(text.charCodeAt(at));
    if (!list) return undefined;
    for (const entry of list) {
      if (at + entry.word.length <= end && text.startsWith(entry.word, at)) return entry;
    }
    return undefined;
  }

  /** Calls `found` for every position in `[start, end)` where a word starts, left to right. */
  scan(
    text: string,
    start: number,
    end: number,
    found: (at: number, word: string, values: T[]) => void,
  ): void {
    const firsts = this.firsts;
    for (let i = start; i < end; i++) {
      const code = text.charCodeAt(i);
      if (!firsts.has(code)) continue;
      const list = this.byFirst.get(code);
      if (!list) continue;
      for (const entry of list) {
        if (i + entry.word.length <= end && text.startsWith(entry.word, i)) {
          found(i, entry.word, entry.values);
          break;
        }
      }
    }
  }
}
