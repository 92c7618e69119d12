import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/text/sentences.js";

const slices = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe("splitSentences", () => {
  it("splits after terminators and keeps closing quotes with the sentence", () => {
    expect(slices("他说：“我们要对标先进。”然后出发！再见")).toEqual([
      "他说：“我们要对标先进。”",
      "然后出发！",
      "再见",
    ]);
  });
  it("treats line breaks as boundaries and drops blank lines and edge spaces", () => {
    expect(slices("  标题 \n\n第一段；第二句\n")).toEqual(["标题", "第一段；", "第二句"]);
  });
  it("cuts a very long run without terminators at a comma", () => {
    const text = "甲".repeat(450) + "，" + "乙".repeat(10);
    const spans = splitSentences(text);
    expect(spans).toHaveLength(2);
    expect(spans[0]!.end).toBe(451);
  });
});
