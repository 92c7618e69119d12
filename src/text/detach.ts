/** Below this length V8 copies a slice instead of pointing into the string it was cut from. */
const SLICE_MIN_LENGTH = 13;

/**
 * A copy of `text` that does not keep alive the string it was sliced from. V8 represents a long
 * `slice` as a pointer into its parent, so a sentence kept from a document would keep the whole
 * document's text in memory; concatenating and slicing again forces a fresh, flat copy.
 */
export function detach(text: string): string {
  return text.length < SLICE_MIN_LENGTH ? text : (" " + text).slice(1);
}
