import { Buffer } from "node:buffer";
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
  for (let i = 0; i < n; i++) start[i] = i;
  const end = new Int32Array(n);
  if (n > 0) {
    end.set(start.subarray(1));
    end[n - 1] = n;
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
 * replacements cover the original range of the source characters they replace. Text and alignment are
 * written into typed arrays (no per-piece strings), so millions of small edits stay cheap.
 */
export class AlignedBuilder {
  private readonly source: AlignedText;
  private sourceCodes: Uint16Array | undefined;
  private codes: Uint16Array;
  private start: Int32Array;
  private end: Int32Array;
  private length = 0;

  constructor(source: AlignedText, capacity = source.text.length) {
    this.source = source;
    const size = Math.max(16, capacity);
    this.codes = new Uint16Array(size);
    this.start = new Int32Array(size);
    this.end = new Int32Array(size);
  }

  /** Number of characters written so far. */
  get size(): number {
    return this.length;
  }

  /** Copies source characters `[from, to)` unchanged, with their alignment. */
  copy(from: number, to: number): void {
    const n = to - from;
    if (n <= 0) return;
    this.reserve(n);
    const { text, start, end } = this.source;
    const at = this.length;
    if (n < 32) {
      for (let i = 0; i < n; i++) {
        this.codes[at + i] = text.charCodeAt(from + i);
        this.start[at + i] = start[from + i]!;
        this.end[at + i] = end[from + i]!;
      }
    } else {
      this.sourceCodes ??= stringToCodes(text);
      this.codes.set(this.sourceCodes.subarray(from, to), at);
      this.start.set(start.subarray(from, to), at);
      this.end.set(end.subarray(from, to), at);
    }
    this.length += n;
  }

  /**
   * Writes `text` in place of source characters `[from, to)`: every written character covers the
   * original range of the whole replaced piece (an empty piece gives empty ranges at its position).
   */
  replace(text: string, from: number, to: number): void {
    const n = text.length;
    if (n === 0) return;
    const src = this.source;
    let origStart: number;
    let origEnd: number;
    if (to > from) {
      origStart = src.start[from]!;
      origEnd = src.end[to - 1]!;
    } else {
      origStart = origEnd = from < src.text.length ? src.start[from]! : src.origLength;
    }
    this.reserve(n);
    const at = this.length;
    for (let i = 0; i < n; i++) {
      this.codes[at + i] = text.charCodeAt(i);
      this.start[at + i] = origStart;
      this.end[at + i] = origEnd;
    }
    this.length += n;
  }

  /**
   * Makes the last `units` written UTF-16 units (one character) cover the original up to `origEnd` too:
   * a Han character its ruby.
   */
  extendLast(origEnd: number, units = 1): void {
    for (let i = Math.max(0, this.length - units); i < this.length; i++) {
      if (origEnd > this.end[i]!) this.end[i] = origEnd;
    }
  }

  /** Writes `text` character for character over source characters `[from, from + text.length)`. */
  replaceEach(text: string, from: number): void {
    const n = text.length;
    if (n === 0) return;
    this.reserve(n);
    const at = this.length;
    const { start, end } = this.source;
    for (let i = 0; i < n; i++) {
      this.codes[at + i] = text.charCodeAt(i);
      this.start[at + i] = start[from + i]!;
      this.end[at + i] = end[from + i]!;
    }
    this.length += n;
  }

  /** Appends an aligned text derived from the same original (its ranges are taken as they are). */
  append(piece: AlignedText): void {
    const n = piece.text.length;
    if (n === 0) return;
    this.reserve(n);
    const at = this.length;
    for (let i = 0; i < n; i++) this.codes[at + i] = piece.text.charCodeAt(i);
    this.start.set(piece.start.subarray(0, n), at);
    this.end.set(piece.end.subarray(0, n), at);
    this.length += n;
  }

  /** The built text. The builder must not be used afterwards. */
  finish(): AlignedText {
    return {
      text: codesToString(this.codes, this.length),
      start: trimmed(this.start, this.length),
      end: trimmed(this.end, this.length),
      origLength: this.source.origLength,
    };
  }

  private reserve(extra: number): void {
    const needed = this.length + extra;
    if (needed <= this.codes.length) return;
    let capacity = this.codes.length * 2;
    while (capacity < needed) capacity *= 2;
    const codes = new Uint16Array(capacity);
    const start = new Int32Array(capacity);
    const end = new Int32Array(capacity);
    codes.set(this.codes.subarray(0, this.length));
    start.set(this.start.subarray(0, this.length));
    end.set(this.end.subarray(0, this.length));
    this.codes = codes;
    this.start = start;
    this.end = end;
  }
}

/** The first `length` items: a view when little would be wasted, else a compact copy. */
function trimmed(array: Int32Array, length: number): Int32Array {
  return length * 4 >= array.length * 3 ? array.subarray(0, length) : array.slice(0, length);
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const CHUNK = 8192;

/** The string of the first `length` UTF-16 units of `codes` (lone surrogates kept). */
export function codesToString(codes: Uint16Array, length: number): string {
  if (LITTLE_ENDIAN) return Buffer.from(codes.buffer, codes.byteOffset, length * 2).toString("utf16le");
  const parts: string[] = [];
  for (let i = 0; i < length; i += CHUNK) {
    parts.push(String.fromCharCode(...codes.subarray(i, Math.min(length, i + CHUNK))));
  }
  return parts.join("");
}

/** The UTF-16 units of a string. */
export function stringToCodes(text: string): Uint16Array {
  const codes = new Uint16Array(text.length);
  if (LITTLE_ENDIAN) new Uint8Array(codes.buffer).set(Buffer.from(text, "utf16le"));
  else for (let i = 0; i < text.length; i++) codes[i] = text.charCodeAt(i);
  return codes;
}
