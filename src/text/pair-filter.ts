/** Number of slots of a filter: a power of two (16 KB of bits). */
const SLOTS = 1 << 17;

/**
 * A set of pairs of UTF-16 code units as a bitmap of hashed slots, for the hot loops of the tries: `has`
 * never answers false for an added pair, and rarely true for another one (distinct pairs may share a
 * slot). One multiplication and one array read, no allocation.
 */
export class PairFilter {
  private readonly bits = new Uint32Array(SLOTS >>> 5);

  /** Adds the pair `first`, `second`. */
  add(first: number, second: number): void {
    const slot = slotOf(first, second);
    this.bits[slot >>> 5]! |= 1 << (slot & 31);
  }

  /** False when the pair was never added; true when it was (or shares a slot with one that was). */
  has(first: number, second: number): boolean {
    const slot = slotOf(first, second);
    return (this.bits[slot >>> 5]! & (1 << (slot & 31))) !== 0;
  }
}

function slotOf(first: number, second: number): number {
  return (Math.imul(first, 0x9e3779b1) ^ second) & (SLOTS - 1);
}
