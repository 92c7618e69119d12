import { describe, expect, it } from "vitest";
import { mergeExtractions } from "../src/merge.js";
import type { DocumentExtraction, Evidence } from "../src/types.js";
import { makeMention } from "./helpers/mention.js";

const evidence = (doc: string): Evidence => ({
  doc,
  start: 0,
  end: 4,
  text: "对标先进",
  highlights: [],
  rule: "t",
});

function part(doc: string, alias: string, aspect: string): DocumentExtraction {
  return {
    document: { id: doc, path: `${doc}.txt`, encoding: "utf-8", hash: doc, chars: 10 },
    entities: [
      {
        id: "region:330523",
        kind: "region",
        name: "安吉县",
        aliases: [alias],
        mentions: [makeMention(doc, "region", "region:330523", 0, alias)],
      },
    ],
    relations: [
      {
        id: "benchmarks:region:510904->region:330523",
        kind: "benchmarks",
        source: "region:510904",
        target: "region:330523",
        aspect,
        evidence: [evidence(doc)],
      },
    ],
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
});
