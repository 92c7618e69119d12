import { MultiDirectedGraph } from "graphology";
import gexf from "graphology-gexf";
import type { GraphEdgeAttributes, GraphNodeAttributes, KnowledgeGraph } from "../types.js";
import { EDGE_COLUMNS, flatRecord, hexToRgb, NODE_COLUMNS } from "./records.js";

function rgb(hex: string): string {
  const { r, g, b } = hexToRgb(hex);
  return `rgb(${r},${g},${b})`;
}

/**
 * GEXF 1.3 (graphology-gexf, pedantic): node attributes declared and typed from NODE_COLUMNS (lists as
 * `liststring`), viz colour (r/g/b, which every reader accepts), size and position; edges with `kind`
 * (also their label), weight, EDGE_COLUMNS and viz colour/thickness. Meta: creator and description.
 */
export function toGexf(graph: KnowledgeGraph): string {
  // GEXF meta holds only creator, keywords and description: a copy carries those instead.
  const meta = {
    creator: graph.getAttribute("generator"),
    description: `Knowledge graph of ${graph.getAttribute("documents").length} document(s): ${graph.order} nodes, ${graph.size} edges`,
  };
  const copy = new MultiDirectedGraph<GraphNodeAttributes, GraphEdgeAttributes, typeof meta>();
  copy.import({ ...graph.export(), attributes: meta });
  return gexf.write(copy, {
    version: "1.3",
    pedantic: true,
    formatNode: (_key, attributes) => ({
      label: attributes.label,
      attributes: flatRecord(NODE_COLUMNS, attributes),
      viz: { color: rgb(attributes.color), size: attributes.size, x: attributes.x, y: attributes.y },
    }),
    formatEdge: (_key, attributes) => ({
      label: attributes.kind,
      kind: attributes.kind,
      weight: attributes.weight,
      attributes: flatRecord(EDGE_COLUMNS, attributes),
      viz: { color: rgb(attributes.color), thickness: attributes.size },
    }),
  });
}
