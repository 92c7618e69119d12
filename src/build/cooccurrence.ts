import type { Entity, Evidence, Mention } from "../types.js";
import { compareStrings, type EdgeEntry } from "./entries.js";
import { sentenceEvidence } from "./occurrences.js";
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
 * Indices of `mentions` in document, sentence and position order (ties keep their order), compared
 * as numbers: documents by their rank among the documents' ids.
 */
function sentenceOrder(mentions: readonly Mention[]): number[] {
  const docs = [...new Set(mentions.map((mention) => mention.doc))].sort(compareStrings);
  const docRank = new Map(docs.map((doc, rank) => [doc, rank]));
  const doc = Int32Array.from(mentions, (mention) => docRank.get(mention.doc)!);
  const sentence = Float64Array.from(mentions, (mention) => mention.sentence);
  const start = Float64Array.from(mentions, (mention) => mention.span.start);
  return Array.from(mentions.keys()).sort(
    (a, b) => doc[a]! - doc[b]! || sentence[a]! - sentence[b]! || start[a]! - start[b]!,
  );
}

/**
 * `co_occurs` edges between entities mentioned in the same sentence, weighted by the number of shared
 * sentences. The edge runs from the smaller id to the larger (the relation is symmetric; the key is
 * `co_occurs:<a>-><b>`), and keeps the first few shared sentences as evidence. Entities and pairs are
 * handled as numbers (rank of the id), strings are made once per edge.
 */
export function cooccurrenceEdges(entities: readonly Entity[]): EdgeEntry[] {
  const ids = entities.map((entity) => entity.id).sort(compareStrings);
  const rankOf = new Map(ids.map((id, rank) => [id, rank]));
  const mentions: Mention[] = [];
  const owners: number[] = [];
  for (const entity of entities) {
    const rank = rankOf.get(entity.id)!;
    for (const mention of entity.mentions) {
      mentions.push(mention);
      owners.push(rank);
    }
  }
  const order = sentenceOrder(mentions);
  const pairs = new Map<number, Pair>();
  // Per sentence: its entities (by rank, each with its first mention there), via a per-entity stamp.
  const stamp = new Int32Array(ids.length).fill(-1);
  const firstMention: Mention[] = new Array<Mention>(ids.length);
  const present: number[] = [];
  for (let from = 0, group = 0; from < order.length; group++) {
    const head = mentions[order[from]!]!;
    let to = from;
    present.length = 0;
    for (; to < order.length; to++) {
      const mention = mentions[order[to]!]!;
      if (mention.doc !== head.doc || mention.sentence !== head.sentence) break;
      const owner = owners[order[to]!]!;
      if (stamp[owner] === group) continue;
      stamp[owner] = group;
      firstMention[owner] = mention;
      present.push(owner);
    }
    from = to;
    present.sort((a, b) => a - b);
    for (let i = 0; i < present.length; i++) {
      for (let j = i + 1; j < present.length; j++) {
        const a = present[i]!;
        const b = present[j]!;
        const key = a * ids.length + b;
        let pair = pairs.get(key);
        if (!pair) pairs.set(key, (pair = { source: ids[a]!, target: ids[b]!, weight: 0, evidence: [] }));
        pair.weight++;
        if (pair.evidence.length < COOCCURRENCE_EVIDENCE_LIMIT) {
          pair.evidence.push(sentenceEvidence([firstMention[a]!, firstMention[b]!], "co_occurrence"));
        }
      }
    }
  }
  return [...pairs.values()].map((pair) => ({
    key: `co_occurs:${pair.source}->${pair.target}`,
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
