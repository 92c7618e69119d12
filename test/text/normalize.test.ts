import { describe, expect, it } from "vitest";
import { alignedIdentity } from "../../src/text/aligned.js";
import { normalizeCharacters } from "../../src/text/normalize.js";

const norm = (s: string) => normalizeCharacters(alignedIdentity(s)).text;

describe("normalizeCharacters", () => {
  it("makes half-width punctuation next to Chinese full-width", () => {
    expect(norm("他说:好,我们走;行吗?行!")).toBe("他说：好，我们走；行吗？行！");
  });
  it("keeps half-width punctuation between digits and in Latin text", () => {
    expect(norm("时间 09:15,共1,200人")).toBe("时间 09:15，共1,200人");
    expect(norm("Processed in 0.1 second(s), 16 queries")).toBe("Processed in 0.1 second(s), 16 queries");
  });
  it("makes brackets full-width when they hold Chinese or follow a Han character", () => {
    expect(norm("街道(社区)和中心(B型)及县(Baixian)")).toBe("街道（社区）和中心（B型）及县（Baixian）");
    expect(norm("item(s) and (a)")).toBe("item(s) and (a)");
  });
  it("turns wide spaces into spaces, CR into LF and full-width letters and digits into ASCII", () => {
    expect(norm("\u3000\u3000第１条\u00a0ＡＢｃ\r\n")).toBe("  第1条 ABc\n\n");
  });
  it("keeps every character's alignment", () => {
    const out = normalizeCharacters(alignedIdentity("甲,乙"));
    expect(Array.from(out.start)).toEqual([0, 1, 2]);
  });
});
