import { describe, expect, it } from "vitest";
import { alignedIdentity } from "../../src/text/aligned.js";
import { chooseScriptVariant, hasTraditional, toSimplified } from "../../src/text/script.js";

describe("chooseScriptVariant", () => {
  it("picks twp when two Taiwan vocabulary words occur", () => {
    expect(chooseScriptVariant("推動數位轉型，發展軟體產業")).toBe("twp");
    expect(chooseScriptVariant("推動數位轉型")).toBe("t");
    expect(chooseScriptVariant("推动数字化转型")).toBe("t");
  });
});

describe("toSimplified", () => {
  it("converts character for character where the length stays", () => {
    const out = toSimplified(alignedIdentity("鄉村振興"), "t");
    expect(out.text).toBe("乡村振兴");
    expect(Array.from(out.end)).toEqual([1, 2, 3, 4]);
  });
  it("converts Taiwan vocabulary with twp", () => {
    expect(toSimplified(alignedIdentity("發展軟體與數位經濟"), "twp").text).toBe("发展软件与数字经济");
  });
  it("maps a stretch whose length changed as one block, the rest 1:1", () => {
    // twp turns 計程車 (3) into 出租车 (3) but 乙太網路 (4) into 以太网 (3)
    const source = "建設乙太網路，方便市民";
    const out = toSimplified(alignedIdentity(source), "twp");
    expect(out.text).toBe("建设以太网，方便市民");
    const net = out.text.indexOf("以太网");
    expect(source.slice(out.start[net]!, out.end[net + 2]!)).toBe("乙太網路");
    const comma = out.text.indexOf("，");
    expect([out.start[comma], out.end[comma]]).toEqual([6, 7]);
  });
  it("leaves Simplified text untouched", () => {
    const source = alignedIdentity("推进城乡融合发展");
    expect(hasTraditional(source.text)).toBe(false);
    expect(toSimplified(source, "t")).toBe(source);
  });
});
