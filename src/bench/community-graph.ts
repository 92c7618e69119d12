import { UndirectedGraph } from "graphology";
import { createRng } from "./rng.js";

/**
 * A seeded graph shaped like a knowledge graph of the field: `nodes` nodes in about √n communities,
 * `edges` distinct undirected edges, 85% inside a community, endpoints drawn with a heavy tail (a few
 * hubs such as provinces and national programs, many leaves). Node keys are `n0`, `n1` …
 */
export function communityGraph(nodes: number, edges: number, seed: number): UndirectedGraph {
  const rng = createRng(seed);
  const graph = new UndirectedGraph();
  const communities = Math.max(1, Math.round(Math.sqrt(nodes)));
  for (let i = 0; i < nodes; i++) graph.addNode(`n${i}`, { community: i % communities });
  // Nodes of community c are c, c + communities, c + 2·communities …: the low indices are the hubs.
  const members = Math.ceil(nodes / communities);
  const heavyTail = (limit: number) => Math.min(limit - 1, Math.floor(limit * rng.next() ** 2.5));
  const maxEdges = Math.min(edges, (nodes * (nodes - 1)) / 2);
  while (graph.size < maxEdges) {
    const source = heavyTail(nodes);
    let target: number;
    if (rng.chance(0.85)) {
      const community = source % communities;
      target = community + communities * heavyTail(members);
      if (target >= nodes) continue;
    } else target = heavyTail(nodes);
    if (target === source) continue;
    graph.mergeEdge(`n${source}`, `n${target}`);
  }
  return graph;
}
