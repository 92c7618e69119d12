import { describe, expect, it } from "vitest";
import { toExtractionJson } from "../../src/export/extraction-json.js";
import type { Extraction } from "../../src/types.js";
import { makeMention } from "../helpers/mention.js";

describe("toExtractionJson", () => {
  it("lists mentions by original offsets and one relation per document with its first sentence", () => {
    const ev = (doc: string, start: number) => ({
      doc,
      start,
      end: start + 5,
      text: `句子${start}`,
      highlights: [],
      rule: "r",
    });
    const extraction: Extraction = {
      documents: [
        { id: "a", path: "a.txt", encoding: "big5", hash: "h", chars: 9, title: "标题", subject: "region:1" },
      ],
      entities: [
        {
          id: "region:330523",
          kind: "region",
          name: "安吉县",
          aliases: ["安吉"],
          code: "330523",
          level: "county",
          parent: "region:330500",
          mentions: [
            { ...makeMention("a", "region", "region:330523", 3, "安吉"), orig: { start: 5, end: 12 } },
          ],
        },
      ],
      relations: [
        {
          id: "benchmarks:x->y",
          kind: "benchmarks",
          source: "x",
          target: "y",
          evidence: [ev("a", 1), ev("a", 20), ev("b", 7)],
        },
      ],
    };
    const json = toExtractionJson(extraction);
    expect(json.documents).toEqual([
      { id: "a", path: "a.txt", encoding: "big5", title: "标题", subject: "region:1" },
    ]);
    expect(json.entities[0]).toMatchObject({
      type: "region",
      code: "330523",
      mentions: [{ doc: "a", start: 5, end: 12 }],
    });
    expect(json.relations).toEqual([
      {
        type: "benchmarks",
        source: "x",
        target: "y",
        doc: "a",
        evidence: "句子1",
        start: 1,
        end: 6,
        sentences: 2,
      },
      {
        type: "benchmarks",
        source: "x",
        target: "y",
        doc: "b",
        evidence: "句子7",
        start: 7,
        end: 12,
        sentences: 1,
      },
    ]);
  });
});
