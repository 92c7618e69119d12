import { UndirectedGraph } from "graphology";
import forceAtlas2Module, { type ForceAtlas2Settings } from "graphology-layout-forceatlas2";
import type { Progress } from "../context.js";
import type { AbstractGraph } from "graphology-types";
import type { KnowledgeGraph } from "../types.js";
import { cjsDefault } from "./cjs-default.js";
import { removeOverlaps } from "./noverlap.js";
import { seededRandom } from "./random.js";

const forceAtlas2 = cjsDefault(forceAtlas2Module);

/** ForceAtlas2 runs in rounds of this many iterations, reporting progress after each. */
const ROUND = 50;

/** Up to this many nodes, the plain schedule: a disc, 500 iterations (a few seconds at most). */
const SMALL_GRAPH = 1000;

/** The schedule of larger graphs: community start, then these iterations at this Barnes-Hut θ. */
export const LARGE_GRAPH_SCHEDULE = { iterations: 150, barnesHutTheta: 1.2 } as const;

/**
 * ForceAtlas2 iterations for a graph of `order` nodes: 500 for small graphs; 150 for larger ones,
 * which start from their communities' positions (see `assignCommunityPositions`) instead of a disc.
 * `npm run bench` (layout study, docs/SCALING.md) measured this schedule against 500 iterations
 * from a disc at 1k, 10k and 50k nodes: as good on graph-neighbour recall and edge-length spread, as
 * close to that reference as two reference runs are to each other, in under a quarter of the time.
 */
export function layoutIterations(order: number): number {
  return order <= SMALL_GRAPH ? 500 : LARGE_GRAPH_SCHEDULE.iterations;
}

/**
 * ForceAtlas2 settings: graphology's inferred ones (Barnes-Hut above 2,000 nodes, strong gravity,
 * slow-down growing with the size), with a coarser Barnes-Hut approximation (θ = 1.2 instead of 0.5)
 * above SMALL_GRAPH nodes, which makes an iteration about twice as cheap.
 */
export function layoutSettings(graph: AbstractGraph): ForceAtlas2Settings {
  const settings = forceAtlas2.inferSettings(graph);
  return graph.order > SMALL_GRAPH
    ? { ...settings, barnesHutTheta: LARGE_GRAPH_SCHEDULE.barnesHutTheta }
    : settings;
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/**
 * Scatters nodes uniformly over a disc whose area grows with the node count, from a PRNG seeded with
 * `seed` (ForceAtlas2 cannot spread nodes that start at one point).
 */
export function assignInitialPositions(graph: AbstractGraph, seed: number): void {
  const random = seededRandom(seed);
  const radius = 10 * Math.sqrt(graph.order);
  graph.forEachNode((node) => {
    const r = radius * Math.sqrt(random());
    const angle = 2 * Math.PI * random();
    graph.mergeNodeAttributes(node, { x: r * Math.cos(angle), y: r * Math.sin(angle) });
  });
}

/**
 * Starts each node near the others of its community (the numeric `community` attribute, Louvain's,
 * set by assignMetrics): the graph of communities (one node per community, edges weighted by the
 * edges between them; a few hundred nodes) is laid out first by ForceAtlas2 from a disc, scaled to the
 * whole graph, and each node is put on a small seeded disc around its community's position. ForceAtlas2
 * then only has to settle local structure. Returns false (positions untouched) when a node has no
 * community.
 */
export function assignCommunityPositions(graph: AbstractGraph, seed: number): boolean {
  const communityOf = new Map<string, string>();
  let complete = true;
  graph.forEachNode((node, attributes) => {
    if (typeof attributes.community === "number") communityOf.set(node, String(attributes.community));
    else complete = false;
  });
  if (!complete) return false;
  const quotient = new UndirectedGraph();
  for (const community of communityOf.values()) {
    quotient.mergeNode(community);
    quotient.updateNodeAttribute(community, "members", (members?: number) => (members ?? 0) + 1);
  }
  graph.forEachEdge((_edge, _attributes, source, target) => {
    const a = communityOf.get(source)!;
    const b = communityOf.get(target)!;
    if (a === b) return;
    const [edge] = quotient.mergeEdge(a, b);
    quotient.updateEdgeAttribute(edge, "weight", (weight?: number) => (weight ?? 0) + 1);
  });
  assignInitialPositions(quotient, seed);
  forceAtlas2.assign(quotient, {
    iterations: 200,
    settings: forceAtlas2.inferSettings(quotient),
    getEdgeWeight: "weight",
  });
  // The communities' layout has the scale of its own node count: bring it to the whole graph's.
  const scale = Math.sqrt(graph.order / quotient.order);
  const random = seededRandom(seed + 1);
  graph.forEachNode((node) => {
    const community = quotient.getNodeAttributes(communityOf.get(node)!);
    const r = 2 * Math.sqrt((community.members as number) * random());
    const angle = 2 * Math.PI * random();
    graph.mergeNodeAttributes(node, {
      x: (community.x as number) * scale + r * Math.cos(angle),
      y: (community.y as number) * scale + r * Math.sin(angle),
    });
  });
  return true;
}

/**
 * Seeded initial positions (around the node's community on graphs above 1,000 nodes, else on a
 * disc), ForceAtlas2 (`layoutSettings`, `layoutIterations`; edge weight counts), then noverlap (`removeOverlaps`) so node
 * discs (`size`) do not cover each other. Coordinates are rounded to 3 decimals. Deterministic: the
 * same graph and seed give the same positions.
 */
export function assignLayout(graph: KnowledgeGraph, seed: number, progress: Progress): void {
  if (graph.order === 0) return;
  if (graph.order <= SMALL_GRAPH || !assignCommunityPositions(graph, seed))
    assignInitialPositions(graph, seed);
  const iterations = layoutIterations(graph.order);
  const settings = layoutSettings(graph);
  progress.start("layout", iterations);
  for (let done = 0; done < iterations; done += ROUND) {
    forceAtlas2.assign(graph, {
      iterations: Math.min(ROUND, iterations - done),
      settings,
      getEdgeWeight: "weight",
    });
    progress.update(Math.min(done + ROUND, iterations));
  }
  removeOverlaps(graph, { maxIterations: 200, margin: 1, seed });
  graph.forEachNode((_node, attributes) => {
    attributes.x = round3(attributes.x);
    attributes.y = round3(attributes.y);
  });
  progress.end(`${iterations} ForceAtlas2 iterations on ${graph.order} nodes`);
}
