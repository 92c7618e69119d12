import { describe, expect, it } from "vitest";
import { alignedIdentity } from "../../src/text/aligned.js";
import { dropLostCharacters, repairLatin1Mojibake } from "../../src/text/mojibake.js";

/** How UTF-8 text looks when read as Windows-1252. */
function asCp1252(s: string): string {
  const high: Record<number, string> = { 0x80: "€", 0x82: "‚", 0x84: "„", 0x85: "…", 0x86: "†", 0x87: "‡",
    0x88: "ˆ", 0x89: "‰", 0x8a: "Š", 0x8b: "‹", 0x8c: "Œ", 0x91: "‘", 0x92: "’", 0x93: "“", 0x94: "”",
    0x95: "•", 0x96: "–", 0x97: "—", 0x98: "˜", 0x99: "™", 0x9a: "š", 0x9b: "›", 0x9c: "œ", 0x9f: "Ÿ" }; // prettier-ignore
  return [...new TextEncoder().encode(s)].map((b) => high[b] ?? String.fromCharCode(b)).join("");
}

describe("repairLatin1Mojibake", () => {
  it("decodes a run of UTF-8 read as CP1252 and maps each character to its bytes", () => {
    const broken = `见${asCp1252("白水市")}。`;
    expect(broken).toBe("见ç™½æ°´å¸‚。");
    const out = repairLatin1Mojibake(alignedIdentity(broken));
    expect(out.text).toBe("见白水市。");
    expect([out.start[1], out.end[1]]).toEqual([1, 4]);
    expect([out.start[3], out.end[3]]).toEqual([7, 10]);
    expect([out.start[4], out.end[4]]).toEqual([10, 11]);
  });
  it("leaves Latin text with accents alone", () => {
    const source = alignedIdentity("Café Ã© naïve “quoted”");
    expect(repairLatin1Mojibake(source)).toBe(source);
  });
});

describe("dropLostCharacters", () => {
  it("drops U+FFFD and 锟斤拷 and keeps the rest aligned", () => {
    const out = dropLostCharacters(alignedIdentity("县\uFFFD\uFFFD域锟斤拷锟斤拷经济"));
    expect(out.text).toBe("县域经济");
    expect([out.start[1], out.end[1]]).toEqual([3, 4]);
    expect([out.start[2], out.end[2]]).toEqual([10, 11]);
  });
});
