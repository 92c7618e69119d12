import { describe, expect, it } from "vitest";
import { highlightRuns } from "../../viewer/src/panels/evidence.js";

describe("highlightRuns", () => {
  it("splits text into plain and marked runs in order", () => {
    expect(
      highlightRuns("甲区对标乙区。", [
        { start: 4, end: 6 },
        { start: 0, end: 2 },
      ]),
    ).toEqual([
      { text: "甲区", mark: true },
      { text: "对标", mark: false },
      { text: "乙区", mark: true },
      { text: "。", mark: false },
    ]);
  });

  it("clamps spans to the text and drops overlapping or empty ones", () => {
    expect(
      highlightRuns("甲区对标", [
        { start: 2, end: 99 },
        { start: 3, end: 4 },
        { start: 1, end: 1 },
        { start: -5, end: 1 },
      ]),
    ).toEqual([
      { text: "甲", mark: true },
      { text: "区", mark: false },
      { text: "对标", mark: true },
    ]);
  });
});
