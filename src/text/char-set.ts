/**
 * A set of UTF-16 code units as a bitmap (8 KB, small enough to stay in cache when a scan tests every
 * character of a text against several of them). `has` is false for anything outside 0–0xFFFF (NaN
 * included, as `charCodeAt` past the end gives).
 */
export class CharSet {
  private readonly bits = new Uint32Array(0x10000 >>> 5);

  /** The set of the UTF-16 code units of `chars`. */
  static of(chars: string): CharSet {
    const set = new CharSet();
    for (let i = 0; i < chars.length; i++) set.add(chars.charCodeAt(i));
    return set;
  }

  /** Adds the code unit `code`. */
  add(code: number): void {
    this.bits[code >>> 5]! |= 1 << (code & 31);
  }

  /** Whether `code` was added. */
  has(code: number): boolean {
    return code >= 0 && code <= 0xffff && (this.bits[code >>> 5]! & (1 << (code & 31))) !== 0;
  }
}
