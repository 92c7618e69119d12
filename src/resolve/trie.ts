/** A character trie mapping strings to lists of values: the one matcher of the region recognizer. */
export class Trie<T> {
  private readonly root: TrieNode<T> = { children: new Map() };

  /** Adds `value` under `key` (values of one key keep insertion order). */
  add(key: string, value: T): void {
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
