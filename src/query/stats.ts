/** Summary figures of a graph: sizes, counts by kind and relation, connectivity, most central. */
import pagerankModule from "graphology-metrics/centrality/pagerank.js";
import type { KnowledgeGraph, NodeKind } from "../types.js";

/** An entity in a top list. */
export interface RankedEntity {
  id: string;
  kind: NodeKind;
  name: string;
  value: number;
}

/** What `stats` reports. */
export interface GraphStats {
  nodes: number;
  edges: number;
  /** Edges / (nodes × (nodes − 1)): the share of possible directed links present (0 when < 2 nodes). */
  density: number;
  /** Documents the graph was built from. */
  documents: number;
  /** Node count per kind, kinds sorted by name. */
  byKind: Record<string, number>;
  /** Edge count per kind, kinds sorted by name. */
  byRelation: Record<string, number>;
  /** Weakly connected components, the size of the largest, and nodes without any edge. */
  components: number;
  largestComponent: number;
  isolated: number;
  /** Highest PageRank first (the stored values; computed when the file carried none). */
  topByPagerank: RankedEntity[];
  /** Highest degree first. */
  topByDegree: RankedEntity[];
}

/** Options of `stats`. */
export interface StatsOptions {
  /** Length of the top lists (default 10). */
  top?: number;
}

/** The CommonJS module is the function itself; its typings describe it as an ES default export. */
const pagerank = pagerankModule as unknown as typeof pagerankModule.default;

function countBy(keys: Iterable<string>): Record<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return Object.fromEntries([...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Sizes of the weakly connected components (union–find over the edges). */
function componentSizes(graph: KnowledgeGraph): number[] {
  const index = new Map<string, number>();
  graph.forEachNode((node) => index.set(node, index.size));
  const parent = Int32Array.from({ length: graph.order }, (_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  graph.forEachEdge((_edge, _attributes, source, target) => {
    const a = root(index.get(source)!);
    const b = root(index.get(target)!);
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  });
  const sizes = new Map<number, number>();
  for (let i = 0; i < graph.order; i++) sizes.set(root(i), (sizes.get(root(i)) ?? 0) + 1);
  return [...sizes.values()];
}

function top(graph: KnowledgeGraph, value: (node: string) => number, count: number): RankedEntity[] {
  const ranked: RankedEntity[] = [];
  graph.forEachNode((node, attributes) => {
    ranked.push({ id: node, kind: attributes.kind, name: attributes.name, value: value(node) });
  });
  return ranked.sort((a, b) => b.value - a.value || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).slice(0, count);
}

/** Summary figures of a graph (see `GraphStats`). */
export function stats(graph: KnowledgeGraph, options: StatsOptions = {}): GraphStats {
  const count = options.top ?? 10;
  const sizes = componentSizes(graph);
  let stored = false;
  graph.forEachNode((_node, attributes) => {
    if (attributes.pagerank > 0) stored = true;
  });
  const ranks: Record<string, number> = stored || graph.order === 0 ? {} : pagerank(graph);
  return {
    nodes: graph.order,
    edges: graph.size,
    density: graph.order > 1 ? graph.size / (graph.order * (graph.order - 1)) : 0,
    documents: graph.getAttribute("documents").length,
    byKind: countBy(graph.mapNodes((_node, attributes) => attributes.kind)),
    byRelation: countBy(graph.mapEdges((_edge, attributes) => attributes.kind)),
    components: sizes.length,
    largestComponent: Math.max(0, ...sizes),
    isolated: graph.filterNodes((node) => graph.degree(node) === 0).length,
    topByPagerank: top(
      graph,
      (node) => (stored ? graph.getNodeAttribute(node, "pagerank") : (ranks[node] ?? 0)),
      count,
    ),
    topByDegree: top(graph, (node) => graph.degree(node), count),
  };
}
