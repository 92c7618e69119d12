/** The ego graph of an entity: everything within a few hops, as a graph of its own. */
import { MultiDirectedGraph } from "graphology";
import type { KnowledgeGraph } from "../types.js";
import { adjacency, nodeOf, type EdgeFilter } from "./adjacency.js";

/**
 * The subgraph around an entity: the nodes within `depth` hops (over the edges the filter lets
 * through) and every such edge among them, attributes copied, graph attributes kept. The result is a
 * `KnowledgeGraph` like any other: write it with the exporters, query it, or serialize it with
 * `graph.export()`.
 *
 * @param entity - a node id, or anything `findEntity` understands.
 * @throws CountyKgError `E_ENTITY_UNKNOWN` / `E_ENTITY_AMBIGUOUS` when `entity` names no single node.
 */
export function egoGraph(
  graph: KnowledgeGraph,
  entity: string,
  depth = 1,
  options: EdgeFilter = {},
): KnowledgeGraph {
  const start = nodeOf(graph, entity);
  const walk = adjacency(graph, options);
  const inside = new Set([start]);
  let frontier = [start];
  for (let d = 1; d <= depth && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const node of frontier) {
      walk(node, (_edge, _attributes, other) => {
        if (!inside.has(other)) {
          inside.add(other);
          next.push(other);
        }
      });
    }
    frontier = next;
  }
  const ego: KnowledgeGraph = new MultiDirectedGraph();
  ego.replaceAttributes({ ...graph.getAttributes() });
  graph.forEachNode((node, attributes) => {
    if (inside.has(node)) ego.addNode(node, { ...attributes });
  });
  const edges = adjacency(graph, { ...options, direction: "out" });
  graph.forEachNode((node) => {
    if (!inside.has(node)) return;
    edges(node, (edge, attributes, other) => {
      if (inside.has(other)) ego.addEdgeWithKey(edge, node, other, { ...attributes });
    });
  });
  return ego;
}
