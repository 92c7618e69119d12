import { describe, expect, it } from "vitest";
import { createMention, sentenceIndex, sortMentions } from "../../src/extract/mention.js";
import { ArrayOffsetMap } from "../../src/text/offset-map.js";
import { makeDocument } from "../helpers/document.js";

describe("createMention", () => {
  it("maps the span to the original text and finds the sentence", () => {
    // Original "县(xiàn)委。茶叶" normalized to "县委。茶叶": 县 covers its ruby.
    const original = "县(xiàn)委。茶叶";
    const doc = { ...makeDocument("县委。茶叶"), original };
    doc.map = new ArrayOffsetMap(Int32Array.from([0, 7, 8, 9, 10]), Int32Array.from([7, 8, 9, 10, 11]), 11);
    const mention = createMention(doc, "industry", { start: 3, end: 5 }, "test", "茶叶产业");
    expect(mention).toEqual({
      doc: "doc",
      kind: "industry",
      span: { start: 3, end: 5 },
      orig: { start: 9, end: 11 },
      surface: "茶叶",
      sentence: 1,
      rule: "test",
      entity: "industry:茶叶",
    });
    expect(original.slice(mention.orig.start, mention.orig.end)).toBe("茶叶");
  });
  it("keeps a role when one is given", () => {
    const doc = makeDocument("县长王五说。");
    expect(createMention(doc, "person", { start: 2, end: 4 }, "r", undefined, "县长").role).toBe("县长");
  });
});

describe("sentenceIndex and sortMentions", () => {
  it("finds the last sentence starting at or before an offset", () => {
    const doc = makeDocument("一句。二句。三句。");
    expect([0, 2, 3, 7, 8].map((at) => sentenceIndex(doc, at))).toEqual([0, 0, 1, 2, 2]);
  });
  it("sorts by offset and drops exact duplicates", () => {
    const doc = makeDocument("茶叶和魔芋");
    const tea = createMention(doc, "industry", { start: 0, end: 2 }, "b");
    const teaAgain = createMention(doc, "industry", { start: 0, end: 2 }, "a");
    const konjac = createMention(doc, "industry", { start: 3, end: 5 }, "a");
    expect(sortMentions([konjac, tea, teaAgain]).map((m) => [m.surface, m.rule])).toEqual([
      ["茶叶", "a"],
      ["魔芋", "a"],
    ]);
  });
});
