import { describe, expect, it } from "vitest";
import { EVIDENCE_SAMPLE, summarizeMentions } from "../../src/extract/mention-summary.js";
import type { Mention } from "../../src/types.js";
import { makeMention } from "../helpers/mention.js";

const SENTENCE = "安吉县对标溧阳市，安吉县学习溧阳市。";

/** A mention of 安吉县 in sentence `sentence` of `doc`, at `at` inside it, with its context. */
function anji(doc: string, sentence: number, at: number): Mention {
  const base = sentence * SENTENCE.length;
  return makeMention(doc, "region", "region:330523", base + at, "安吉县", {
    sentence,
    context: {
      start: base,
      end: base + SENTENCE.length,
      text: SENTENCE,
      at: { start: at, end: at + 3 },
    },
  });
}

describe("summarizeMentions", () => {
  it("counts mentions per document and sentences, one occurrence per sentence", () => {
    const summary = summarizeMentions([anji("b", 0, 0), anji("a", 0, 9), anji("a", 0, 0), anji("a", 2, 0)]);
    expect(summary).toMatchObject({ mentions: 4, documents: ["a", "b"], perDocument: [3, 1], sentences: 3 });
    expect(summary.occurrences.map((o) => [o.doc, o.start])).toEqual([
      ["a", 0],
      ["a", 2 * SENTENCE.length],
      ["b", 0],
    ]);
    expect(summary.occurrences[0]!.highlights).toEqual([
      { start: 0, end: 3 },
      { start: 9, end: 12 },
    ]);
  });

  it("keeps the first EVIDENCE_SAMPLE sentences and counts them all", () => {
    const mentions = Array.from({ length: EVIDENCE_SAMPLE + 5 }, (_, i) => anji("a", i, 0));
    const summary = summarizeMentions(mentions.reverse());
    expect(summary.sentences).toBe(EVIDENCE_SAMPLE + 5);
    expect(summary.occurrences).toHaveLength(EVIDENCE_SAMPLE);
    expect(summary.occurrences.at(-1)!.start).toBe((EVIDENCE_SAMPLE - 1) * SENTENCE.length);
  });
});
