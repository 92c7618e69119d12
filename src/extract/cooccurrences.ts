import type { Cooccurrence, Entity, Mention } from "../types.js";
import { compare } from "./document-entities.js";
import { groupBySentence, sentenceEvidence } from "./sentence-evidence.js";

/** How many shared sentences a co-occurrence keeps as evidence (its count covers them all). */
export const COOCCURRENCE_EVIDENCE_LIMIT = 3;

/**
 * Pairs of entities mentioned in the same sentence, counted per shared sentence, from the smaller id to
 * the larger, sorted by id; each keeps the first few shared sentences (document, then sentence order)
 * with the first mention of either entity in it highlighted.
 */
export function findCooccurrences(entities: readonly Entity[]): Cooccurrence[] {
  const all: Mention[] = [];
  for (const entity of entities) {
    for (const mention of entity.mentions) all.push({ ...mention, entity: entity.id });
  }
  const pairs = new Map<string, Cooccurrence>();
  for (const sentence of groupBySentence(all)) {
    const byEntity = new Map<string, Mention>();
    for (const mention of sentence)
      if (!byEntity.has(mention.entity!)) byEntity.set(mention.entity!, mention);
    const ids = [...byEntity.keys()].sort(compare);
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const source = ids[i]!;
        const target = ids[j]!;
        const id = `co_occurs:${source}->${target}`;
        let pair = pairs.get(id);
        if (!pair) pairs.set(id, (pair = { id, source, target, sentences: 0, evidence: [] }));
        pair.sentences++;
        if (pair.evidence.length < COOCCURRENCE_EVIDENCE_LIMIT) {
          pair.evidence.push(
            sentenceEvidence([byEntity.get(source)!, byEntity.get(target)!], "co_occurrence"),
          );
        }
      }
    }
  }
  return [...pairs.values()].sort((a, b) => compare(a.id, b.id));
}
