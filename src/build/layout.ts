import forceAtlas2Module from "graphology-layout-forceatlas2";
import noverlapModule from "graphology-layout-noverlap";
import type { Progress } from "../context.js";
import type { KnowledgeGraph } from "../types.js";
import { cjsDefault } from "./cjs-default.js";
import { seededRandom } from "./random.js";

const forceAtlas2 = cjsDefault(forceAtlas2Module);
const noverlap = cjsDefault(noverlapModule);

/** ForceAtlas2 runs in rounds of this many iterations, reporting progress after each. */
const ROUND = 50;

/**
 * ForceAtlas2 iterations for a graph of `order` nodes: many for small graphs (cheap, and they settle
 * better), fewer for large ones (one iteration costs ~O(n log n) with Barnes-Hut: 500 iterations take
 * ~40 s at 10k nodes).
 */
export function layoutIterations(order: number): number {
  if (order <= 1000) return 500;
  if (order <= 10000) return 200;
  return 100;
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/**
 * Scatters nodes uniformly over a disc whose area grows with the node count, from a PRNG seeded with
 * `seed` (ForceAtlas2 cannot spread nodes that start at one point).
 */
export function assignInitialPositions(graph: KnowledgeGraph, seed: number): void {
  const random = seededRandom(seed);
  const radius = 10 * Math.sqrt(graph.order);
  graph.forEachNode((_node, attributes) => {
    const r = radius * Math.sqrt(random());
    const angle = 2 * Math.PI * random();
    attributes.x = r * Math.cos(angle);
    attributes.y = r * Math.sin(angle);
  });
}

/**
 * Seeded initial positions, ForceAtlas2 (settings inferred from the size: Barnes-Hut above 2,000 nodes;
 * edge weight counts), then noverlap so node discs (`size`) do not cover each other. Coordinates are
 * rounded to 3 decimals. Deterministic: the same graph and seed give the same positions.
 */
export function assignLayout(graph: KnowledgeGraph, seed: number, progress: Progress): void {
  if (graph.order === 0) return;
  assignInitialPositions(graph, seed);
  const iterations = layoutIterations(graph.order);
  const settings = forceAtlas2.inferSettings(graph);
  progress.start("layout", iterations);
  for (let done = 0; done < iterations; done += ROUND) {
    forceAtlas2.assign(graph, {
      iterations: Math.min(ROUND, iterations - done),
      settings,
      getEdgeWeight: "weight",
    });
    progress.update(Math.min(done + ROUND, iterations));
  }
  noverlap.assign(graph, { maxIterations: 200, settings: { margin: 1 } });
  graph.forEachNode((_node, attributes) => {
    attributes.x = round3(attributes.x);
    attributes.y = round3(attributes.y);
  });
  progress.end(`${iterations} ForceAtlas2 iterations on ${graph.order} nodes`);
}
