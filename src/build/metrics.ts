import { DirectedGraph, UndirectedGraph } from "graphology";
import louvainModule from "graphology-communities-louvain";
import betweennessModule from "graphology-metrics/centrality/betweenness.js";
import pagerankModule from "graphology-metrics/centrality/pagerank.js";
import { weightedDegree } from "graphology-metrics/node/weighted-degree.js";
import type { EdgeKind, KnowledgeGraph } from "../types.js";
import { cjsDefault } from "./cjs-default.js";
import { compareStrings } from "./entries.js";
import { seededRandom } from "./random.js";

const louvain = cjsDefault(louvainModule);
const betweennessCentrality = cjsDefault(betweennessModule);
const pagerank = cjsDefault(pagerankModule);

/**
 * Exact betweenness costs O(nodes × edges) (72 s at 10k nodes / 50k edges on this project's reference
 * machine): it is computed only for graphs of at most this many nodes, and left out above.
 */
export const BETWEENNESS_MAX_NODES = 5000;

/** Edge kinds without a direction: they count both ways for PageRank. */
const SYMMETRIC_KINDS: ReadonlySet<EdgeKind> = new Set(["co_occurs", "cooperates_with"]);

type WeightedGraph = DirectedGraph<object, { weight: number }> | UndirectedGraph<object, { weight: number }>;

function addWeight(graph: WeightedGraph, source: string, target: string, weight: number): void {
  if (source === target) return;
  const edge = graph.edge(source, target);
  if (edge === undefined) graph.addEdge(source, target, { weight });
  else graph.updateEdgeAttribute(edge, "weight", (value) => (value ?? 0) + weight);
}

/**
 * The knowledge graph reduced to simple weighted graphs (parallel edges summed, self-loops dropped):
 * `directed` (symmetric kinds both ways) for PageRank, `undirected` for communities and betweenness.
 */
function projections(graph: KnowledgeGraph): {
  directed: DirectedGraph<object, { weight: number }>;
  undirected: UndirectedGraph<object, { weight: number }>;
} {
  const directed = new DirectedGraph<object, { weight: number }>();
  const undirected = new UndirectedGraph<object, { weight: number }>();
  graph.forEachNode((node) => {
    directed.addNode(node);
    undirected.addNode(node);
  });
  graph.forEachEdge((_edge, attributes, source, target) => {
    addWeight(directed, source, target, attributes.weight);
    if (SYMMETRIC_KINDS.has(attributes.kind)) addWeight(directed, target, source, attributes.weight);
    addWeight(undirected, source, target, attributes.weight);
  });
  return { directed, undirected };
}

/**
 * Renumbers communities by size (largest first), ties by their smallest node key, so community 0 is
 * the biggest whatever numbering Louvain chose.
 */
function renumber(communities: Record<string, number>): Record<string, number> {
  const members = new Map<number, string[]>();
  for (const node of Object.keys(communities).sort(compareStrings)) {
    const id = communities[node]!;
    const list = members.get(id);
    if (list) list.push(node);
    else members.set(id, [node]);
  }
  const ordered = [...members.values()].sort((a, b) => b.length - a.length || compareStrings(a[0]!, b[0]!));
  const result: Record<string, number> = {};
  ordered.forEach((nodes, index) => nodes.forEach((node) => (result[node] = index)));
  return result;
}

/**
 * Writes degree (edges of any kind), weighted degree, PageRank (weighted, directed), betweenness
 * (normalized, unweighted, undirected; only up to BETWEENNESS_MAX_NODES nodes) and Louvain community
 * (weighted, undirected, RNG seeded with `seed`) on every node.
 */
export function assignMetrics(graph: KnowledgeGraph, seed: number): void {
  const { directed, undirected } = projections(graph);
  const ranks = directed.size > 0 ? pagerank(directed, { getEdgeWeight: "weight" }) : undefined;
  const communities = renumber(louvain(undirected, { getEdgeWeight: "weight", rng: seededRandom(seed) }));
  const betweenness =
    graph.order > 0 && graph.order <= BETWEENNESS_MAX_NODES
      ? betweennessCentrality(undirected, { getEdgeWeight: null, normalized: true })
      : undefined;
  const uniform = graph.order > 0 ? 1 / graph.order : 0;
  graph.forEachNode((node, attributes) => {
    attributes.degree = graph.degree(node);
    attributes.weightedDegree = weightedDegree(graph, node, "weight");
    attributes.pagerank = ranks?.[node] ?? uniform;
    attributes.community = communities[node] ?? 0;
    if (betweenness) attributes.betweenness = betweenness[node] ?? 0;
  });
}
