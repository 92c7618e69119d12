import { describe, expect, it } from "vitest";
import { alignedIdentity, offsetMapOf } from "../../src/text/aligned.js";
import { stripRuby, stripRubyAligned } from "../../src/text/ruby.js";
import { isPinyinSyllable } from "../../src/text/pinyin-syllable.js";

describe("stripRuby", () => {
  it("removes a tone-marked syllable glued after a Han character", () => {
    expect(stripRuby("發(fā)揚傳統(tǒng)")).toBe("發揚傳統");
  });
  it("removes a toneless syllable only in a text that has tone-marked ruby", () => {
    expect(stripRuby("措施(a)和办法(b)")).toBe("措施(a)和办法(b)");
    expect(stripRuby("我(wǒ)們(men)的(de)家(jiā)鄉(xiāng)")).toBe("我們的家鄉");
  });
  it("removes syllables with ü and with tone digits", () => {
    expect(stripRuby("綠(lǜ)色")).toBe("綠色");
    expect(stripRuby("绿(lv4)色和(he2)平")).toBe("绿色和平");
  });
  it("keeps real parentheses: Chinese content, English words, multi-syllable glosses", () => {
    const kept = ["研究院(青海)", "常務會(擴大)", "鎮(村、社區)", "中心(A型)", "item(s)", "白河縣(Baihe)"];
    for (const s of kept) expect(stripRuby(s)).toBe(s);
  });
  it("keeps a syllable that does not follow a Han character", () => {
    expect(stripRuby("A(ma) 和 1(yī)")).toBe("A(ma) 和 1(yī)");
  });
  it("drops a damage marker that swallowed a character with its bracket", () => {
    expect(stripRuby("比較?jiào)量")).toBe("比較量");
    expect(stripRuby("比較\uFFFD(jiào)量")).toBe("比較量");
  });
  it("restores a damaged character that the text spells elsewhere with the same ruby and neighbour", () => {
    expect(stripRuby("比?jiào)量，比較(jiào)量")).toBe("比較量，比較量");
    expect(stripRuby("比?jiào)好，比較(jiào)量")).toBe("比好，比較量");
  });
  it("drops a stray ASCII letter left in place of a character before its ruby", () => {
    expect(stripRuby("領先X(lǐng)跑")).toBe("領先跑");
  });
  it("reads a slice of an HTML page: tags dropped, references decoded", () => {
    expect(stripRuby("青山<b>縣(xiàn)</b>&amp;白水")).toBe("青山縣&白水");
    expect(stripRuby("R&D 和 1<2")).toBe("R&D 和 1<2");
  });
  it("leaves a question mark alone when no syllable follows", () => {
    expect(stripRuby("怎麼辦?(上)")).toBe("怎麼辦?(上)");
  });
});

describe("stripRubyAligned", () => {
  it("lets the Han character cover its ruby in the original", () => {
    const out = stripRubyAligned(alignedIdentity("鄉(xiāng)村"));
    expect(out.text).toBe("鄉村");
    expect([out.start[0], out.end[0]]).toEqual([0, 8]);
    expect([out.start[1], out.end[1]]).toEqual([8, 9]);
  });
  it("handles a character outside the BMP", () => {
    const out = stripRubyAligned(alignedIdentity("𠀋(zhàng)山"));
    expect(out.text).toBe("𠀋山");
    expect(offsetMapOf(out).toOriginal({ start: 0, end: 2 })).toEqual({ start: 0, end: 9 });
    expect([out.start[0], out.end[0], out.end[1]]).toEqual([0, 9, 9]);
  });
  it("returns the same object when there is nothing to strip", () => {
    const source = alignedIdentity("沒有注音(的)文字");
    expect(stripRubyAligned(source)).toBe(source);
  });
});

describe("isPinyinSyllable", () => {
  it("accepts syllables and rejects other words", () => {
    expect(["qū", "xiāng", "zhuàng", "lüè", "er", "ng", "hao3"].map(isPinyinSyllable)).toEqual(
      Array(7).fill(true),
    );
    expect(["s", "fujian", "Qu", "qqq", "hao6", "abcdefg"].map(isPinyinSyllable)).toEqual(
      Array(6).fill(false),
    );
  });
});
