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

/**
 * Sums weights per node pair in first-seen order (self-loops dropped): the same pairs, the same
 * order of edges and the same order of additions as adding each edge to a graphology graph or
 * adding its weight to the existing edge, without a graph lookup and a closure per edge.
 */
class PairWeights {
  private readonly weights = new Map<number, number>();
  private readonly ends: [number, number][] = [];

  constructor(
    private readonly order: number,
    private readonly undirected: boolean,
  ) {}

  add(source: number, target: number, weight: number): void {
    if (source === target) return;
    const key =
      this.undirected && source > target ? target * this.order + source : source * this.order + target;
    const sum = this.weights.get(key);
    if (sum === undefined) this.ends.push([source, target]);
    this.weights.set(key, (sum ?? 0) + weight);
  }

  /** Adds one edge per pair, in first-seen order, to a graph holding nodes `keys` (by index). */
  addTo(
    graph: DirectedGraph<object, { weight: number }> | UndirectedGraph<object, { weight: number }>,
    keys: string[],
  ): void {
    for (const [source, target] of this.ends) {
      const key =
        this.undirected && source > target ? target * this.order + source : source * this.order + target;
      graph.addEdge(keys[source]!, keys[target]!, { weight: this.weights.get(key)! });
    }
  }
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
  const keys: string[] = [];
  const index = new Map<string, number>();
  graph.forEachNode((node) => {
    index.set(node, keys.length);
    keys.push(node);
    directed.addNode(node);
    undirected.addNode(node);
  });
  const directedWeights = new PairWeights(keys.length, false);
  const undirectedWeights = new PairWeights(keys.length, true);
  graph.forEachEdge((_edge, attributes, source, target) => {
    const s = index.get(source)!;
    const t = index.get(target)!;
    directedWeights.add(s, t, attributes.weight);
    if (SYMMETRIC_KINDS.has(attributes.kind)) directedWeights.add(t, s, attributes.weight);
    undirectedWeights.add(s, t, attributes.weight);
  });
  directedWeights.addTo(directed, keys);
  undirectedWeights.addTo(undirected, keys);
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
