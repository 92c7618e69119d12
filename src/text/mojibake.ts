import { AlignedBuilder, type AlignedText } from "./aligned.js";

/** Windows-1252 characters in 0x80–0x9F, by the byte they stand for. */
const CP1252_HIGH: Record<number, number> = {
  0x20ac: 0x80, 0x201a: 0x82, 0x0192: 0x83, 0x201e: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87,
  0x02c6: 0x88, 0x2030: 0x89, 0x0160: 0x8a, 0x2039: 0x8b, 0x0152: 0x8c, 0x017d: 0x8e, 0x2018: 0x91,
  0x2019: 0x92, 0x201c: 0x93, 0x201d: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02dc: 0x98,
  0x2122: 0x99, 0x0161: 0x9a, 0x203a: 0x9b, 0x0153: 0x9c, 0x017e: 0x9e, 0x0178: 0x9f,
}; // prettier-ignore

/** A character that can begin a UTF-8 sequence of 2–4 bytes when read as Latin-1/CP1252. */
const LEAD = /[\u00c2-\u00f4]/g;
/** The GBK reading of UTF-8 U+FFFD: the trace of bytes lost twice over. */
const KUNJINKAO = "锟斤拷";

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Repairs UTF-8 that was read as Latin-1 or Windows-1252 (`å¸‚` → `市`): each run of characters that
 * re-encodes to valid multi-byte UTF-8 is decoded, every repaired character covering the original
 * characters of its own byte sequence. Runs made only of two-byte sequences (`Ã©`) are left alone:
 * they are as likely to be real Latin text.
 */
export function repairLatin1Mojibake(source: AlignedText): AlignedText {
  const text = source.text;
  let out: AlignedBuilder | undefined;
  let copied = 0;
  LEAD.lastIndex = 0;
  for (let m = LEAD.exec(text); m !== null; m = LEAD.exec(text)) {
    const run = decodeRun(text, m.index);
    if (run === undefined) continue;
    out ??= new AlignedBuilder(source);
    out.copy(copied, m.index);
    for (const piece of run) out.replace(piece.char, piece.from, piece.to);
    copied = run[run.length - 1]!.to;
    LEAD.lastIndex = copied;
  }
  if (out === undefined) return source;
  out.copy(copied, text.length);
  return out.finish();
}

/** Removes replacement characters (U+FFFD) and `锟斤拷` runs: the bytes behind them are lost. */
export function dropLostCharacters(source: AlignedText): AlignedText {
  const text = source.text;
  let out: AlignedBuilder | undefined;
  let copied = 0;
  let replacement = text.indexOf("\uFFFD");
  let kunjinkao = text.indexOf(KUNJINKAO);
  while (replacement >= 0 || kunjinkao >= 0) {
    const useReplacement = kunjinkao < 0 || (replacement >= 0 && replacement < kunjinkao);
    const at = useReplacement ? replacement : kunjinkao;
    out ??= new AlignedBuilder(source);
    out.copy(copied, at);
    copied = at + (useReplacement ? 1 : KUNJINKAO.length);
    if (useReplacement) replacement = text.indexOf("\uFFFD", copied);
    else kunjinkao = text.indexOf(KUNJINKAO, copied);
    if (replacement >= 0 && replacement < copied) replacement = text.indexOf("\uFFFD", copied);
    if (kunjinkao >= 0 && kunjinkao < copied) kunjinkao = text.indexOf(KUNJINKAO, copied);
  }
  if (out === undefined) return source;
  out.copy(copied, text.length);
  return out.finish();
}

interface Piece {
  char: string;
  from: number;
  to: number;
}

/** The UTF-8 characters of a mojibake run starting at `at`, if it holds a sequence of 3+ bytes. */
function decodeRun(text: string, at: number): Piece[] | undefined {
  const pieces: Piece[] = [];
  let long = false;
  let i = at;
  for (;;) {
    const lead = byteOf(text.charCodeAt(i));
    const count = continuationCount(lead);
    if (count < 0 || i + count >= text.length) break;
    let ok = true;
    for (let k = 1; ok && k <= count; k++) {
      const b = byteOf(text.charCodeAt(i + k));
      ok = b >= 0x80 && b <= 0xbf;
    }
    if (!ok) break;
    const bytes = new Uint8Array(count + 1);
    for (let k = 0; k <= count; k++) bytes[k] = byteOf(text.charCodeAt(i + k));
    let char: string;
    try {
      char = utf8.decode(bytes);
    } catch {
      break;
    }
    if (count >= 2) long = true;
    pieces.push({ char, from: i, to: i + count + 1 });
    i += count + 1;
  }
  return long ? pieces : undefined;
}

/** Number of continuation bytes after a UTF-8 lead byte, or -1 if it cannot lead. */
function continuationCount(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 1;
  if (lead >= 0xe0 && lead <= 0xef) return 2;
  if (lead >= 0xf0 && lead <= 0xf4) return 3;
  return -1;
}

/** The byte a Latin-1/CP1252 character stands for, or -1. */
function byteOf(code: number): number {
  if (code >= 0x80 && code <= 0xff) return code;
  return CP1252_HIGH[code] ?? -1;
}
