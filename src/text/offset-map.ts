import type { OffsetMap, Span } from "../types.js";

/**
 * An offset map stored as two arrays: for each normalized character `i`, the original range
 * `[origStart[i], origEnd[i])` it came from. A character that replaced several original ones (a Han
 * character with its glued pinyin ruby, an HTML entity) covers all of them; characters produced from
 * nothing (an inserted space) get an empty range at their position.
 */
export class ArrayOffsetMap implements OffsetMap {
  readonly length: number;
  private readonly origStart: Int32Array;
  private readonly origEnd: Int32Array;
  /** Original position just past the last original character (the end of the original text). */
  private readonly origLength: number;

  constructor(origStart: Int32Array, origEnd: Int32Array, origLength: number) {
    if (origStart.length !== origEnd.length) throw new Error("county-kg: offset map arrays differ in length");
    this.length = origStart.length;
    this.origStart = origStart;
    this.origEnd = origEnd;
    this.origLength = origLength;
  }

  /** The identity map of a text of `length` characters. */
  static identity(length: number): ArrayOffsetMap {
    const start = new Int32Array(length);
    const end = new Int32Array(length);
    for (let i = 0; i < length; i++) {
      start[i] = i;
      end[i] = i + 1;
    }
    return new ArrayOffsetMap(start, end, length);
  }

  toOriginal(span: Span): Span {
    const { start, end } = span;
    if (start < 0 || end > this.length || start > end) {
      throw new RangeError(`county-kg: span [${start}, ${end}) outside a text of ${this.length} characters`);
    }
    if (start === end) {
      const at = start < this.length ? this.origStart[start]! : this.origLength;
      return { start: at, end: at };
    }
    return { start: this.origStart[start]!, end: this.origEnd[end - 1]! };
  }

  /** The map of `this` applied after `inner` (inner: original → intermediate, this: intermediate → new). */
  composeOnto(inner: OffsetMap): ArrayOffsetMap {
    const start = new Int32Array(this.length);
    const end = new Int32Array(this.length);
    for (let i = 0; i < this.length; i++) {
      const mid = { start: this.origStart[i]!, end: this.origEnd[i]! };
      const o = inner.toOriginal(mid);
      start[i] = o.start;
      end[i] = o.end;
    }
    const tail = inner.toOriginal({ start: this.origLength, end: this.origLength });
    return new ArrayOffsetMap(start, end, tail.start);
  }
}
