/**
 * One small generic trie for every lexicon (strategies, sectors, suffixes, surnames, stop words): a
 * lexicon is data, this is the one matcher over it. Keys are compared by UTF-16 code unit.
 */

import { CharSet } from "../text/char-set.js";
import { PairFilter } from "../text/pair-filter.js";

interface TrieNode<V> {
  next: Map<number, TrieNode<V>>;
  value?: V;
}

/** A hit of a lexicon key in a text: `[start, end)` and the value stored with the key. */
export interface LexiconHit<V> {
  start: number;
  end: number;
  value: V;
}

/** A trie of string keys, each carrying a value; matches forwards (prefixes) and backwards (suffixes). */
export class Matcher<V> {
  private readonly forward: TrieNode<V> = { next: new Map() };
  private readonly backward: TrieNode<V> = { next: new Map() };
  /** The code units keys start with: lets scans skip most positions with one bit test. */
  private readonly starts = new CharSet();
  /** The one-unit keys. */
  private readonly singles = new CharSet();
  /** The first two units of every longer key: a second cheap test. */
  private readonly pairs = new PairFilter();
  private size = 0;

  /** Builds a matcher from `[key, value]` pairs; empty keys are ignored, a repeated key keeps its last value. */
  constructor(entries: Iterable<readonly [string, V]> = []) {
    for (const [key, value] of entries) this.add(key, value);
  }

  /** A matcher whose values are the keys themselves. */
  static of(keys: Iterable<string>): Matcher<string> {
    const matcher = new Matcher<string>();
    for (const key of keys) matcher.add(key, key);
    return matcher;
  }

  /** Number of distinct keys. */
  get count(): number {
    return this.size;
  }

  /** Adds a key (or replaces its value). */
  add(key: string, value: V): void {
    if (key.length === 0) return;
    const first = key.charCodeAt(0);
    this.starts.add(first);
    if (key.length === 1) this.singles.add(first);
    else this.pairs.add(first, key.charCodeAt(1));
    if (insert(this.forward, key, value, 0, key.length, 1)) this.size++;
    insert(this.backward, key, value, key.length - 1, -1, -1);
  }

  /** The value of exactly `key`, if it is in the lexicon. */
  get(key: string): V | undefined {
    let node: TrieNode<V> | undefined = this.forward;
    for (let i = 0; i < key.length && node; i++) node = node.next.get(key.charCodeAt(i));
    return node?.value;
  }

  /** The longest key starting at `start` in `text` (ending at most at `limit`), if any. */
  longestAt(text: string, start: number, limit = text.length): LexiconHit<V> | undefined {
    if (start >= limit) return undefined;
    const first = text.charCodeAt(start);
    if (!this.starts.has(first)) return undefined;
    if (!this.singles.has(first)) {
      // No one-unit key: the first two units must begin a longer one.
      if (start + 1 >= limit) return undefined;
      if (!this.pairs.has(first, text.charCodeAt(start + 1))) return undefined;
    }
    let node: TrieNode<V> | undefined = this.forward;
    let end = -1;
    let value: V | undefined;
    for (let i = start; i < limit; i++) {
      node = node.next.get(text.charCodeAt(i));
      if (!node) break;
      if (node.value !== undefined) {
        end = i + 1;
        value = node.value;
      }
    }
    return end < 0 ? undefined : { start, end, value: value! };
  }

  /** The longest key ending exactly at `end` in `text` (starting at least at `floor`), if any. */
  longestEndingAt(text: string, end: number, floor = 0): LexiconHit<V> | undefined {
    let node: TrieNode<V> | undefined = this.backward;
    let best: LexiconHit<V> | undefined;
    for (let i = end - 1; i >= floor; i--) {
      node = node.next.get(text.charCodeAt(i));
      if (!node) break;
      if (node.value !== undefined) best = { start: i, end, value: node.value };
    }
    return best;
  }

  /**
   * Leftmost-longest, non-overlapping hits in `text[from, to)`, in order: at each position the longest
   * key wins and scanning resumes after it.
   */
  findAll(text: string, from = 0, to = text.length): LexiconHit<V>[] {
    const hits: LexiconHit<V>[] = [];
    for (let i = from; i < to;) {
      const hit = this.longestAt(text, i, to);
      if (hit) {
        hits.push(hit);
        i = hit.end;
      } else i++;
    }
    return hits;
  }
}

function insert<V>(
  root: TrieNode<V>,
  key: string,
  value: V,
  from: number,
  to: number,
  step: number,
): boolean {
  let node = root;
  for (let i = from; i !== to; i += step) {
    const code = key.charCodeAt(i);
    let child = node.next.get(code);
    if (!child) {
      child = { next: new Map() };
      node.next.set(code, child);
    }
    node = child;
  }
  const fresh = node.value === undefined;
  node.value = value;
  return fresh;
}
