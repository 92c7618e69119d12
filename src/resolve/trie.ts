import { CharSet } from "../text/char-set.js";
import { PairFilter } from "../text/pair-filter.js";

/**
 * One small integer for two characters, exact for Han characters (U+4E00–U+9FFF) and folding others:
 * it stays a small integer for V8 (a product of two char codes would not), so set lookups allocate
 * nothing.
 */
export function pairKey(first: number, second: number): number {
  return (fold(first) << 15) | fold(second);
}

function fold(code: number): number {
  return code >= 0x4e00 && code <= 0x9fff ? code - 0x4e00 + 0x2000 : code & 0x1fff;
}

/** A character trie mapping strings to lists of values: the one matcher of the region recognizer. */
export class Trie<T> {
  private readonly root: TrieNode<T> = { children: new Map() };
  /** The UTF-16 units keys start with, and the one-character keys. */
  private readonly firsts = new CharSet();
  private readonly singles = new CharSet();
  /** The first two characters of every longer key. */
  private readonly pairs = new PairFilter();

  /** Adds `value` under `key` (values of one key keep insertion order). */
  add(key: string, value: T): void {
    const first = key.charCodeAt(0);
    this.firsts.add(first);
    if (key.length === 1) this.singles.add(first);
    else this.pairs.add(first, key.charCodeAt(1));
    let node = this.root;
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i);
      node.children ??= new Map();
      let next = node.children.get(code);
      if (!next) {
        next = {};
        node.children.set(code, next);
      }
      node = next;
    }
    (node.values ??= []).push(value);
  }

  /**
   * Whether some key may start at `start` (a cheap test on its first two characters: false means no
   * key starts there; true may be wrong).
   */
  mayStartAt(text: string, start: number): boolean {
    const code = text.charCodeAt(start);
    if (!this.firsts.has(code)) return false;
    return this.singles.has(code) || this.pairs.has(code, text.charCodeAt(start + 1));
  }

  /** Values stored under exactly `key`. */
  get(key: string): readonly T[] | undefined {
    let node: TrieNode<T> | undefined = this.root;
    for (let i = 0; i < key.length && node; i++) node = node.children?.get(key.charCodeAt(i));
    return node?.values;
  }

  /**
   * Every key that occurs in `text` starting at `start`, longest first, as `[end, values]` pairs.
   * Characters for which `skip` returns true are passed over inside a match (not at its start).
   */
  matchesAt(text: string, start: number, skip?: (code: number) => boolean): [number, readonly T[]][] {
    // Without skipped characters a match needs its first two characters where mayStartAt looks.
    if (skip === undefined ? !this.mayStartAt(text, start) : !this.firsts.has(text.charCodeAt(start)))
      return NONE;
    let node = this.root.children!.get(text.charCodeAt(start));
    if (!node) return NONE;
    let found: [number, readonly T[]][] | undefined;
    if (node.values) found = [[start + 1, node.values]];
    for (let i = start + 1; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const next: TrieNode<T> | undefined = node.children?.get(code);
      if (!next) {
        if (skip?.(code)) continue;
        break;
      }
      node = next;
      if (node.values) (found ??= []).push([i + 1, node.values]);
    }
    if (!found) return NONE;
    return found.length > 1 ? found.reverse() : found;
  }

  /** The longest key at `start` (see {@link matchesAt}), if any. */
  longestAt(
    text: string,
    start: number,
    skip?: (code: number) => boolean,
  ): [number, readonly T[]] | undefined {
    return this.matchesAt(text, start, skip)[0];
  }
}

interface TrieNode<T> {
  children?: Map<number, TrieNode<T>>;
  values?: T[];
}

const NONE: [number, never[]][] = [];
