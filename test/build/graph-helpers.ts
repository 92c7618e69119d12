import { MultiDirectedGraph } from "graphology";
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
    graph.addNode(node, {
      kind: "region",
      name: node,
      label: node,
      aliases: [],
      mentions: 1,
      documents: 1,
      occurrences: [],
      degree: 0,
      weightedDegree: 0,
      pagerank: 0,
      community: 0,
      x: 0,
      y: 0,
      size: 1,
      color: "#000000",
    });
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
