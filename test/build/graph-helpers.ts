import { MultiDirectedGraph } from "graphology";
import { blankNodeAttributes } from "../../src/bench/synthetic-graph.js";
import { NODE_PALETTE } from "../../src/build/palette.js";
import type {
  EdgeKind,
  GraphAttributes,
  GraphEdgeAttributes,
  GraphNodeAttributes,
  KnowledgeGraph,
} from "../../src/types.js";

/** A knowledge graph built by hand: region nodes `nodes`, edges `[source, target, kind, weight]`. */
export function handGraph(nodes: string[], edges: [string, string, EdgeKind, number?][]): KnowledgeGraph {
  const graph = new MultiDirectedGraph<GraphNodeAttributes, GraphEdgeAttributes, GraphAttributes>();
  graph.replaceAttributes({ generator: "test", documents: [], palette: { ...NODE_PALETTE } });
  for (const node of nodes) {
    graph.addNode(node, blankNodeAttributes("region", node, { color: "#000000" }));
  }
  for (const [source, target, kind, weight = 1] of edges) {
    graph.addEdgeWithKey(`${kind}:${source}->${target}`, source, target, {
      kind,
      weight,
      evidence: [],
      size: 1,
      color: "#000000",
    });
  }
  return graph;
}
