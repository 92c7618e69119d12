import type { Entity, Evidence, Mention } from "../types.js";
import { compareStrings, type EdgeEntry } from "./entries.js";
import { groupBySentence, sentenceEvidence } from "./occurrences.js";
import { EDGE_PALETTE } from "./palette.js";

/** How many shared sentences a co-occurrence edge keeps as evidence (its weight counts them all). */
export const COOCCURRENCE_EVIDENCE_LIMIT = 3;

interface Pair {
  source: string;
  target: string;
  weight: number;
  evidence: Evidence[];
}

/**
 * `co_occurs` edges between entities mentioned in the same sentence, weighted by the number of shared
 * sentences. The edge runs from the smaller id to the larger (the relation is symmetric; the key is
 * `co_occurs:<a>-><b>`), and keeps the first few shared sentences as evidence.
 */
export function cooccurrenceEdges(entities: readonly Entity[]): EdgeEntry[] {
  const all: Mention[] = [];
  for (const entity of entities) {
    for (const mention of entity.mentions) all.push({ ...mention, entity: entity.id });
  }
  const pairs = new Map<string, Pair>();
  for (const sentence of groupBySentence(all)) {
    const byEntity = new Map<string, Mention>();
    for (const mention of sentence)
      if (!byEntity.has(mention.entity!)) byEntity.set(mention.entity!, mention);
    const ids = [...byEntity.keys()].sort(compareStrings);
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const source = ids[i]!;
        const target = ids[j]!;
        const key = `co_occurs:${source}->${target}`;
        let pair = pairs.get(key);
        if (!pair) pairs.set(key, (pair = { source, target, weight: 0, evidence: [] }));
        pair.weight++;
        if (pair.evidence.length < COOCCURRENCE_EVIDENCE_LIMIT) {
          pair.evidence.push(
            sentenceEvidence([byEntity.get(source)!, byEntity.get(target)!], "co_occurrence"),
          );
        }
      }
    }
  }
  return [...pairs].map(([key, pair]) => ({
    key,
    source: pair.source,
    target: pair.target,
    attributes: {
      kind: "co_occurs",
      weight: pair.weight,
      evidence: pair.evidence,
      size: 1,
      color: EDGE_PALETTE.co_occurs,
    },
  }));
}
