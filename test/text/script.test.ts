import * as OpenCC from "opencc-js";
import { describe, expect, it } from "vitest";
import { alignedIdentity } from "../../src/text/aligned.js";
import {
  chooseScriptVariant,
  convertToSimplified,
  hasTraditional,
  toSimplified,
} from "../../src/text/script.js";

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
  it("tells Traditional from Simplified text", () => {
    expect(hasTraditional("推进城乡融合发展")).toBe(false);
    expect(hasTraditional("推进城乡融合發展")).toBe(true);
  });
});

describe("toSimplified against opencc", () => {
  it.each(["t", "twp", "hk"] as const)("gives exactly opencc's output (%s)", (variant) => {
    const text = "乾隆年間，這裡的資料庫與軟體都很出色；網際網路、計程車，還有裏面的麪包。方便麵或泡麵？";
    const opencc = OpenCC.Converter({ from: variant, to: "cn" });
    expect(toSimplified(alignedIdentity(text), variant).text).toBe(opencc(text));
  });
  it("keeps regional words that are also mainland vocabulary", () => {
    expect(convertToSimplified("建設智慧城市，數位轉型，軟體產業", "twp")).toBe(
      "建设智慧城市，数字转型，软件产业",
    );
  });
});

describe("chooseScriptVariant on mainland Traditional", () => {
  it("does not take words mainland texts also use for Taiwan markers", () => {
    expect(chooseScriptVariant("提升產品品質，發布資訊，拍攝影片，程式化管理")).toBe("t");
  });
});
