import type { Cooccurrence } from "../types.js";
import type { EdgeEntry } from "./entries.js";
import { EDGE_PALETTE } from "./palette.js";

/**
 * One `co_occurs` edge per co-occurrence (key = its id), weighted by the number of shared sentences,
 * with the shared sentences it kept as evidence.
 */
export function cooccurrenceEdges(cooccurrences: readonly Cooccurrence[]): EdgeEntry[] {
  return cooccurrences.map((pair) => ({
    key: pair.id,
    source: pair.source,
    target: pair.target,
    attributes: {
      kind: "co_occurs",
      weight: pair.sentences,
      evidence: pair.evidence,
      size: 1,
      color: EDGE_PALETTE.co_occurs,
    },
  }));
}
