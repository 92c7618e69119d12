import type { AbstractGraph as Graph } from "graphology-types";
import { createRequire } from "node:module";
import { assignCommunityPositions, assignInitialPositions, LARGE_GRAPH_SCHEDULE } from "../build/layout.js";
import type { ForceAtlas2Settings } from "graphology-layout-forceatlas2";
import {
  distanceCorrelation,
  edgeLengthSpread,
  graphNeighbourRecall,
  neighbourhoodPreservation,
  type Positions,
} from "./layout-quality.js";
import { instant } from "./measure.js";
import { createRng } from "./rng.js";
import { communityGraph } from "./community-graph.js";

// CommonJS packages whose types declare `export default`: loaded as what Node hands over.
const require = createRequire(import.meta.url);
const forceAtlas2 =
  require("graphology-layout-forceatlas2") as typeof import("graphology-layout-forceatlas2").default;
const louvain =
  require("graphology-communities-louvain") as typeof import("graphology-communities-louvain").default;

/** One run of ForceAtlas2 with fixed settings. */
export interface LayoutPhase {
  iterations: number;
  settings: ForceAtlas2Settings;
}

/**
 * How a layout is computed: where nodes start (`disc`: uniformly on a disc of radius 10·√n;
 * `communities`: around the positions of their Louvain communities, laid out first as a small graph)
 * and the ForceAtlas2 phases that follow.
 */
export interface LayoutSchedule {
  name: string;
  start: "disc" | "communities";
  phases: (graph: Graph) => LayoutPhase[];
}

/** graphology's inferred settings with Barnes-Hut always on: the reference's settings. */
export function referenceSettings(graph: Graph): ForceAtlas2Settings {
  return { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: true };
}

/** The reference: 500 iterations from a disc. */
export const REFERENCE_SCHEDULE: LayoutSchedule = {
  name: "reference 500 it",
  start: "disc",
  phases: (graph) => [{ iterations: 500, settings: referenceSettings(graph) }],
};

/** The schedules the study compares with the reference. */
export const CANDIDATE_SCHEDULES: readonly LayoutSchedule[] = [
  {
    name: "disc, 125 it",
    start: "disc",
    phases: (graph) => [{ iterations: 125, settings: referenceSettings(graph) }],
  },
  {
    name: "disc, θ=1.2, 200 it",
    start: "disc",
    phases: (graph) => [{ iterations: 200, settings: { ...referenceSettings(graph), barnesHutTheta: 1.2 } }],
  },
  {
    name: "communities, 100 it",
    start: "communities",
    phases: (graph) => [{ iterations: 100, settings: referenceSettings(graph) }],
  },
  {
    name: `county-kg: communities, θ=${LARGE_GRAPH_SCHEDULE.barnesHutTheta}, ${LARGE_GRAPH_SCHEDULE.iterations} it`,
    start: "communities",
    phases: (graph) => [
      {
        iterations: LARGE_GRAPH_SCHEDULE.iterations,
        settings: { ...referenceSettings(graph), barnesHutTheta: LARGE_GRAPH_SCHEDULE.barnesHutTheta },
      },
    ],
  },
];

/**
 * Louvain communities (seeded), then county-kg's community start (src/build/layout.ts), which
 * production runs on the communities assignMetrics has already computed.
 */
export function communityStart(graph: Graph, seed: number): void {
  louvain.assign(graph, { rng: createRng(seed).next });
  assignCommunityPositions(graph, seed);
}

/**
 * Runs a schedule on `graph` (positions assigned as x, y) and returns the CPU time it took in ms
 * (not wall time: the figures must not depend on what else the machine is doing).
 */
export function runSchedule(graph: Graph, schedule: LayoutSchedule, seed: number): number {
  const start = instant();
  if (schedule.start === "disc") assignInitialPositions(graph, seed);
  else communityStart(graph, seed);
  for (const phase of schedule.phases(graph)) {
    forceAtlas2.assign(graph, { iterations: phase.iterations, settings: phase.settings });
  }
  return instant().cpu - start.cpu;
}

/** One schedule's figures at one size. */
export interface LayoutFigure {
  nodes: number;
  edges: number;
  schedule: string;
  /** CPU time of the whole schedule (start positions included), ms. */
  ms: number;
  /** ms / reference ms (the reference's time is estimated from a shorter run where flagged). */
  timeRatio?: number;
  /** Neighbourhood preservation against the reference layout (10 nearest neighbours, Jaccard). */
  preservation?: number;
  /** Correlation of sampled pair distances with the reference layout's. */
  distanceCorrelation?: number;
  /** Share of graph neighbours among the 10 nearest in the layout. */
  recall: number;
  /** Coefficient of variation of edge lengths. */
  edgeSpread: number;
  estimated?: boolean;
}

/** Options of the layout study. */
export interface LayoutStudyOptions {
  sizes: readonly { nodes: number; edges: number }[];
  /** Above this node count the reference is timed on `probeIterations` iterations and extrapolated. */
  referenceLimit: number;
  probeIterations: number;
  seed: number;
  /** Called after each measurement (progress). */
  onFigure?: (figure: LayoutFigure) => void;
}

/**
 * Times the reference and every candidate schedule at each size and measures layout quality:
 * neighbourhood preservation against the reference (with a second reference run from another seed
 * as the yardstick of what "the same layout" can mean for FA2), graph-neighbour recall and edge-length
 * spread.
 */
export function layoutStudy(options: LayoutStudyOptions): LayoutFigure[] {
  const figures: LayoutFigure[] = [];
  const record = (figure: LayoutFigure) => {
    figures.push(figure);
    options.onFigure?.(figure);
  };
  warmUp(options.seed);
  for (const { nodes, edges } of options.sizes) {
    const base = communityGraph(nodes, edges, options.seed);
    const index = indexGraph(base);
    const rng = createRng(options.seed + nodes);
    const sample = Array.from({ length: Math.min(nodes, 1000) }, () => rng.int(0, nodes - 1));
    const pairs = Array.from({ length: 20000 }, (): [number, number] => [
      rng.int(0, nodes - 1),
      rng.int(0, nodes - 1),
    ]);
    const measure = (graph: Graph) => positionsOf(graph, index.keys);
    let reference: Positions | undefined;
    let referenceMs: number;
    const describe = (name: string, ms: number, positions: Positions, estimated?: boolean): LayoutFigure => ({
      nodes,
      edges: base.size,
      schedule: name,
      ms,
      timeRatio: ms / referenceMs,
      preservation: reference ? neighbourhoodPreservation(reference, positions, sample) : undefined,
      distanceCorrelation: reference ? distanceCorrelation(reference, positions, pairs) : undefined,
      recall: graphNeighbourRecall(positions, index.neighbours, sample),
      edgeSpread: edgeLengthSpread(positions, index.edges),
      estimated,
    });
    if (nodes <= options.referenceLimit) {
      const first = base.copy();
      referenceMs = runSchedule(first, REFERENCE_SCHEDULE, options.seed);
      reference = measure(first);
      record(describe(REFERENCE_SCHEDULE.name, referenceMs, reference));
      const second = base.copy();
      const secondMs = runSchedule(second, REFERENCE_SCHEDULE, options.seed + 1);
      record(describe(`${REFERENCE_SCHEDULE.name}, other seed`, secondMs, measure(second)));
    } else {
      const probe = base.copy();
      const probeSchedule: LayoutSchedule = {
        ...REFERENCE_SCHEDULE,
        phases: (graph) => [{ iterations: options.probeIterations, settings: referenceSettings(graph) }],
      };
      referenceMs = (runSchedule(probe, probeSchedule, options.seed) * 500) / options.probeIterations;
      record({
        nodes,
        edges: base.size,
        schedule: REFERENCE_SCHEDULE.name,
        ms: referenceMs,
        recall: NaN,
        edgeSpread: NaN,
        estimated: true,
      });
    }
    for (const schedule of CANDIDATE_SCHEDULES) {
      const graph = base.copy();
      const ms = runSchedule(graph, schedule, options.seed);
      record(describe(schedule.name, ms, measure(graph)));
    }
  }
  return figures;
}

/** Runs every schedule once on a small graph so the JIT has compiled ForceAtlas2 before timing. */
function warmUp(seed: number): void {
  const graph = communityGraph(500, 2500, seed);
  for (const schedule of [REFERENCE_SCHEDULE, ...CANDIDATE_SCHEDULES]) runSchedule(graph, schedule, seed);
}

/** Node order, adjacency and edge list of a graph as indices. */
function indexGraph(graph: Graph): { keys: string[]; neighbours: number[][]; edges: [number, number][] } {
  const keys = graph.nodes();
  const at = new Map(keys.map((key, i) => [key, i]));
  const neighbours = keys.map((key) => graph.neighbors(key).map((other) => at.get(other)!));
  const edges = graph.mapEdges((_edge, _attributes, source, target): [number, number] => [
    at.get(source)!,
    at.get(target)!,
  ]);
  return { keys, neighbours, edges };
}

function positionsOf(graph: Graph, keys: readonly string[]): Positions {
  const x = new Float64Array(keys.length);
  const y = new Float64Array(keys.length);
  keys.forEach((key, i) => {
    x[i] = graph.getNodeAttribute(key, "x") as number;
    y[i] = graph.getNodeAttribute(key, "y") as number;
  });
  return { x, y };
}
