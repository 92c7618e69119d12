import { compareStrings } from "../build/entries.js";
import type { KnowledgeGraph } from "../types.js";
import { csvRow } from "./csv.js";
import { flatText } from "./records.js";

/** Co-word matrices of the top entities: raw co-occurrence counts and Jaccard similarity. */
export interface CowordMatrices {
  counts: string;
  jaccard: string;
}

/** The `top` entity nodes with most mentions (ties by key); document nodes are not words. */
export function topByMentions(graph: KnowledgeGraph, top: number): string[] {
  return graph
    .filterNodes((_node, attributes) => attributes.kind !== "document")
    .sort(
      (a, b) =>
        graph.getNodeAttribute(b, "mentions") - graph.getNodeAttribute(a, "mentions") || compareStrings(a, b),
    )
    .slice(0, Math.max(0, top));
}

/** Row/column headers: labels, made unique with the node key where two entities share one. */
function headers(graph: KnowledgeGraph, nodes: string[]): string[] {
  const labels = nodes.map((node) => flatText(graph.getNodeAttribute(node, "label")));
  return labels.map((label, i) =>
    labels.indexOf(label) !== labels.lastIndexOf(label) ? `${label} (${nodes[i]})` : label,
  );
}

function matrix(names: string[], cell: (i: number, j: number) => string): string {
  return (
    csvRow(["", ...names]) +
    names.map((name, i) => csvRow([name, ...names.map((_other, j) => cell(i, j))])).join("")
  );
}

/**
 * Co-word analysis of the `top` entities by mentions, from their occurrence sentences (a sentence is its
 * document and start offset): `counts` holds the number of sentences two entities share (the diagonal:
 * the entity's own sentences), `jaccard` shared / either (4 decimals). Both are square CSV matrices with
 * labels in the first row and column (the adjacency-matrix shape Gephi imports).
 */
export function cowordMatrices(graph: KnowledgeGraph, top: number): CowordMatrices {
  const nodes = topByMentions(graph, top);
  const sentences = nodes.map(
    (node) =>
      new Set(
        graph
          .getNodeAttribute(node, "occurrences")
          .map((evidence) => `${evidence.doc}\u0000${evidence.start}`),
      ),
  );
  const shared = (i: number, j: number): number => {
    let count = 0;
    for (const key of sentences[i]!) if (sentences[j]!.has(key)) count++;
    return count;
  };
  const counts = nodes.map((_a, i) => nodes.map((_b, j) => shared(i, j)));
  const names = headers(graph, nodes);
  return {
    counts: matrix(names, (i, j) => String(counts[i]![j])),
    jaccard: matrix(names, (i, j) => {
      const union = sentences[i]!.size + sentences[j]!.size - counts[i]![j]!;
      return union === 0 ? "0" : String(Math.round((counts[i]![j]! / union) * 10000) / 10000);
    }),
  };
}
