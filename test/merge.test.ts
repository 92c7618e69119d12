import { describe, expect, it } from "vitest";
import { COOCCURRENCE_EVIDENCE_LIMIT } from "../src/extract/cooccurrences.js";
import { EVIDENCE_SAMPLE } from "../src/extract/mention-summary.js";
import { ExtractionAccumulator, mergeExtractions } from "../src/merge.js";
import type { Cooccurrence, DocumentExtraction, Evidence } from "../src/types.js";
import { makeMention } from "./helpers/mention.js";

const evidence = (doc: string, start = 0): Evidence => ({
  doc,
  start,
  end: start + 4,
  text: "对标先进",
  highlights: [{ start: 0, end: 2 }],
  trigger: "对标",
  rule: "t",
});

const ANJI = "region:330523";
const ANJU = "region:510904";
const BENCHMARKS = `benchmarks:${ANJU}->${ANJI}`;

function part(doc: string, alias: string, aspect: string, sentences = 1): DocumentExtraction {
  const pair: Cooccurrence = {
    id: `co_occurs:${ANJI}->${ANJU}`,
    source: ANJI,
    target: ANJU,
    sentences,
    evidence: Array.from({ length: Math.min(sentences, COOCCURRENCE_EVIDENCE_LIMIT) }, (_, i) =>
      evidence(doc, 10 * i),
    ),
  };
  return {
    document: { id: doc, path: `${doc}.txt`, encoding: "utf-8", hash: doc, chars: 10 },
    entities: [
      {
        id: ANJI,
        kind: "region",
        name: "安吉县",
        aliases: [alias],
        mentions: [makeMention(doc, "region", ANJI, 0, alias)],
      },
    ],
    relations: [
      {
        id: BENCHMARKS,
        kind: "benchmarks",
        source: ANJU,
        target: ANJI,
        aspect,
        evidence: Array.from({ length: sentences }, (_, i) => evidence(doc, 10 * i)),
      },
    ],
    cooccurrences: [pair],
  };
}

describe("mergeExtractions", () => {
  it("merges entities and relations by id, whatever the order of the documents", () => {
    const a = part("a", "安吉", "优势特色");
    const b = part("b", "安吉縣", "生态");
    const merged = mergeExtractions([b, a]);
    expect(merged).toEqual(mergeExtractions([a, b]));
    expect(merged.documents.map((d) => d.id)).toEqual(["a", "b"]);
    expect(merged.entities).toHaveLength(1);
    expect(merged.entities[0]!.aliases).toEqual(["安吉", "安吉縣"]);
    expect(merged.entities[0]!.mentions.map((m) => m.doc)).toEqual(["a", "b"]);
    expect(merged.relations[0]!.evidence.map((e) => e.doc)).toEqual(["a", "b"]);
    expect(merged.relations[0]!.aspect).toBe("优势特色; 生态");
  });

  it("does not change its inputs", () => {
    const a = part("a", "安吉", "x");
    const copy = structuredClone(a);
    mergeExtractions([a, part("b", "安吉縣", "y")]);
    expect(a).toEqual(copy);
  });

  it("adds up the mention summaries (made from the mentions where a part has none)", () => {
    const a = part("a", "安吉", "x");
    a.entities[0]!.mentions.push(makeMention("a", "region", ANJI, 20, "安吉", { sentence: 1 }));
    const [entity] = mergeExtractions([a, part("b", "安吉縣", "y")]).entities;
    expect(entity!.summary).toMatchObject({
      mentions: 3,
      documents: ["a", "b"],
      perDocument: [2, 1],
      sentences: 3,
    });
    expect(entity!.summary!.occurrences.map((o) => [o.doc, o.text])).toEqual([
      ["a", "安吉"],
      ["a", "安吉"],
      ["b", "安吉縣"],
    ]);
  });

  it("adds up co-occurrences, keeping the first sentences", () => {
    const merged = mergeExtractions([part("a", "安吉", "x", 2), part("b", "安吉", "x", 2)]);
    expect(merged.cooccurrences).toHaveLength(1);
    const [pair] = merged.cooccurrences!;
    expect(pair!.sentences).toBe(4);
    expect(pair!.evidence.map((e) => [e.doc, e.start])).toEqual([
      ["a", 0],
      ["a", 10],
      ["b", 0],
    ]);
  });
});

describe("ExtractionAccumulator", () => {
  it("keeps every mention and evidence sentence by default", () => {
    const merged = new ExtractionAccumulator();
    merged.add(part("a", "安吉", "x", EVIDENCE_SAMPLE));
    merged.add(part("b", "安吉", "x", 2));
    const { entities, relations } = merged.result();
    expect(entities[0]!.mentions).toHaveLength(2);
    expect(relations[0]!.evidence).toHaveLength(EVIDENCE_SAMPLE + 2);
    expect(relations[0]!.sentences).toBeUndefined();
  });

  it("keeps counts and the first EVIDENCE_SAMPLE sentences only, with retain 'sample'", () => {
    const merged = new ExtractionAccumulator("sample");
    merged.add(part("a", "安吉", "x", EVIDENCE_SAMPLE - 1));
    merged.add(part("b", "安吉", "x", 3));
    const { entities, relations } = merged.result();
    expect(entities[0]!.mentions).toEqual([]);
    expect(entities[0]!.summary!.mentions).toBe(2);
    const [relation] = relations;
    expect(relation!.evidence).toHaveLength(EVIDENCE_SAMPLE);
    expect(relation!.evidence.at(-1)).toMatchObject({ doc: "b", start: 0 });
    expect(relation!.sentences).toBe(EVIDENCE_SAMPLE + 2);
  });

  it("leaves co-occurrences out when asked", () => {
    const merged = new ExtractionAccumulator("sample", { cooccurrences: false });
    merged.add(part("a", "安吉", "x"));
    expect(merged.result().cooccurrences).toBeUndefined();
  });

  it("stores a sentence, and a list of highlights, kept twice once", () => {
    const merged = new ExtractionAccumulator("sample");
    merged.add(part("a", "安吉", "x"));
    const { relations, cooccurrences } = merged.result();
    const fromRelation = relations[0]!.evidence[0]!;
    const fromPair = cooccurrences![0]!.evidence[0]!;
    expect(fromRelation.text).toBe("对标先进");
    expect(Object.is(fromRelation.text, fromPair.text)).toBe(true);
    // The same highlight offsets: one shared list.
    expect(fromPair.highlights).toEqual([{ start: 0, end: 2 }]);
    expect(Object.is(fromRelation.highlights, fromPair.highlights)).toBe(true);
  });
});
