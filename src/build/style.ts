import type { KnowledgeGraph } from "../types.js";
import { EDGE_PALETTE, NODE_PALETTE } from "./palette.js";

/** Node sizes run from MIN_NODE_SIZE (lowest PageRank) to MAX_NODE_SIZE (highest). */
export const MIN_NODE_SIZE = 3;
export const MAX_NODE_SIZE = 20;

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * Colours nodes by kind and edges by kind (NODE_PALETTE, EDGE_PALETTE); sizes nodes by PageRank (square
 * root scale, so area grows with rank) and edges by weight (logarithmic). Needs the metrics assigned.
 */
export function assignStyle(graph: KnowledgeGraph): void {
  let low = Infinity;
  let high = -Infinity;
  graph.forEachNode((_node, attributes) => {
    low = Math.min(low, attributes.pagerank);
    high = Math.max(high, attributes.pagerank);
  });
  const span = high - low;
  graph.forEachNode((_node, attributes) => {
    const share = span > 0 ? Math.sqrt((attributes.pagerank - low) / span) : 0.5;
    attributes.size = round2(MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) * share);
    attributes.color = NODE_PALETTE[attributes.kind];
  });
  graph.forEachEdge((_edge, attributes) => {
    attributes.size = round2(1 + Math.log2(Math.max(1, attributes.weight)));
    attributes.color = EDGE_PALETTE[attributes.kind];
  });
}
