/** Code point → two GBK bytes packed as `lead << 8 | trail`, built once by decoding every pair. */
let table: Map<number, number> | undefined;

function gbkTable(): Map<number, number> {
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder("gbk", { fatal: true });
  const pair = new Uint8Array(2);
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      pair[0] = lead;
      pair[1] = trail;
      let decoded: string;
      try {
        decoded = decoder.decode(pair);
      } catch {
        continue;
      }
      const code = decoded.codePointAt(0)!;
      if (decoded.length === 1 && code !== 0xfffd && !table.has(code)) table.set(code, (lead << 8) | trail);
    }
  }
  return table;
}

/**
 * Encodes `text` in GBK (Node has a GBK decoder but no encoder), or returns undefined when a character
 * has no GBK form. ASCII stays one byte.
 */
export function encodeGbk(text: string): Buffer | undefined {
  const codes = gbkTable();
  const out = Buffer.allocUnsafe(text.length * 2);
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      out[length++] = code;
      continue;
    }
    const pair = codes.get(code);
    if (pair === undefined) return undefined;
    out[length++] = pair >> 8;
    out[length++] = pair & 0xff;
  }
  return out.subarray(0, length);
}
