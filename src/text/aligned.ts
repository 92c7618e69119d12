import { ArrayOffsetMap } from "./offset-map.js";

/**
 * A text with, for every UTF-16 unit `i`, the range `[start[i], end[i])` of the ORIGINAL text it came
 * from. Every cleaning stage reads one AlignedText and writes another, always relative to the original,
 * so no composition of maps is ever needed. Typed arrays keep memory at 8 bytes per character.
 */
export interface AlignedText {
  readonly text: string;
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** Length of the original text (where an empty range at the very end points). */
  readonly origLength: number;
}

/** The identity alignment of `text` with itself. */
export function alignedIdentity(text: string): AlignedText {
  const n = text.length;
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    start[i] = i;
    end[i] = i + 1;
  }
  return { text, start, end, origLength: n };
}

/** The same alignment with a new text of the same length (for 1:1 character rewrites). */
export function withText(aligned: AlignedText, text: string): AlignedText {
  if (text.length !== aligned.text.length)
    throw new Error("county-kg: withText needs a text of the same length");
  return { text, start: aligned.start, end: aligned.end, origLength: aligned.origLength };
}

/** The OffsetMap of an aligned text. */
export function offsetMapOf(aligned: AlignedText): ArrayOffsetMap {
  return new ArrayOffsetMap(aligned.start, aligned.end, aligned.origLength);
}

/**
 * Builds a new AlignedText from pieces of a source AlignedText: copied ranges keep their alignment,
 * replacements cover the original range of the source characters they replace.
 */
export class AlignedBuilder {
  private readonly source: AlignedText;
  private readonly parts: string[] = [];
  private start: Int32Array;
  private end: Int32Array;
  private length = 0;

  constructor(source: AlignedText, capacity = source.text.length) {
    this.source = source;
    this.start = new Int32Array(Math.max(16, capacity));
    this.end = new Int32Array(Math.max(16, capacity));
  }

  /** Number of characters written so far. */
  get size(): number {
    return this.length;
  }

  /** Copies source characters `[from, to)` unchanged, with their alignment. */
  copy(from: number, to: number): void {
    if (to <= from) return;
    this.reserve(to - from);
    this.parts.push(this.source.text.slice(from, to));
    this.start.set(this.source.start.subarray(from, to), this.length);
    this.end.set(this.source.end.subarray(from, to), this.length);
    this.length += to - from;
  }

  /**
   * Writes `text` in place of source characters `[from, to)`: every written character covers the
   * original range of the whole replaced piece (an empty piece gives empty ranges at its position).
   */
  replace(text: string, from: number, to: number): void {
    if (text.length === 0) return;
    const { start, end } = this.originalRange(from, to);
    this.reserve(text.length);
    this.parts.push(text);
    this.start.fill(start, this.length, this.length + text.length);
    this.end.fill(end, this.length, this.length + text.length);
    this.length += text.length;
  }

  /** Writes `text` (same length as `[from, to)`) character for character over source `[from, to)`. */
  replaceEach(text: string, from: number): void {
    const n = text.length;
    if (n === 0) return;
    this.reserve(n);
    this.parts.push(text);
    this.start.set(this.source.start.subarray(from, from + n), this.length);
    this.end.set(this.source.end.subarray(from, from + n), this.length);
    this.length += n;
  }

  /** The built text. The builder must not be used afterwards. */
  finish(): AlignedText {
    return {
      text: this.parts.join(""),
      start: this.start.slice(0, this.length),
      end: this.end.slice(0, this.length),
      origLength: this.source.origLength,
    };
  }

  private originalRange(from: number, to: number): { start: number; end: number } {
    const src = this.source;
    if (to > from) return { start: src.start[from]!, end: src.end[to - 1]! };
    const at = from < src.text.length ? src.start[from]! : src.origLength;
    return { start: at, end: at };
  }

  private reserve(extra: number): void {
    const needed = this.length + extra;
    if (needed <= this.start.length) return;
    let capacity = this.start.length * 2;
    while (capacity < needed) capacity *= 2;
    const start = new Int32Array(capacity);
    const end = new Int32Array(capacity);
    start.set(this.start.subarray(0, this.length));
    end.set(this.end.subarray(0, this.length));
    this.start = start;
    this.end = end;
  }
}
