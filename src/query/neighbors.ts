/** The neighbourhood of an entity: who it is connected to, how, how strongly and on what evidence. */
import type { EdgeKind, Evidence, KnowledgeGraph, NodeKind } from "../types.js";
import { adjacency, nodeOf, type EdgeFilter } from "./adjacency.js";

/** Options of `neighbors`. */
export interface NeighborOptions extends EdgeFilter {
  /** How many hops away to look (default 1). */
  depth?: number;
  /** Report only neighbours of these kinds (the walk still passes through others). */
  types?: readonly NodeKind[];
  /** At most this many rows (default: all). */
  limit?: number;
}

/** One edge that reaches a neighbour at its shortest distance from the entity. */
export interface Neighbor {
  id: string;
  kind: NodeKind;
  name: string;
  code?: string;
  /** The edge's kind. */
  relation: EdgeKind;
  /** "out": the edge points from `via` to the neighbour; "in": from the neighbour to `via`. */
  direction: "out" | "in";
  /** Hops from the entity (1 = adjacent). */
  depth: number;
  weight: number;
  aspect?: string;
  evidence: Evidence[];
  /** Edge key (the relation id). */
  edge: string;
  /** The node the edge was taken from: the entity itself at depth 1. */
  via: string;
}

function compareNeighbors(a: Neighbor, b: Neighbor): number {
  return (
    a.depth - b.depth ||
    b.weight - a.weight ||
    (a.relation < b.relation ? -1 : a.relation > b.relation ? 1 : 0) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) ||
    (a.edge < b.edge ? -1 : a.edge > b.edge ? 1 : 0)
  );
}

/**
 * Neighbours of an entity up to `depth` hops, breadth first. Each row is one edge from a node at
 * distance d-1 to a node first reached at distance d, so parallel relations (benchmarks and
 * cooperates_with) each get a row. Rows are sorted by depth, weight (heaviest first), relation, id.
 *
 * @param entity - a node id, or anything `findEntity` understands (安吉, 510904, anji).
 * @throws CountyKgError `E_ENTITY_UNKNOWN` / `E_ENTITY_AMBIGUOUS` when `entity` names no single node.
 */
export function neighbors(graph: KnowledgeGraph, entity: string, options: NeighborOptions = {}): Neighbor[] {
  const start = nodeOf(graph, entity);
  const depth = Math.max(1, Math.floor(options.depth ?? 1));
  const types = options.types && options.types.length > 0 ? new Set<string>(options.types) : undefined;
  const walk = adjacency(graph, options);
  const distance = new Map<string, number>([[start, 0]]);
  const rows: Neighbor[] = [];
  let frontier = [start];
  for (let d = 1; d <= depth && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const via of frontier) {
      walk(via, (edge, attributes, other, direction) => {
        const seen = distance.get(other);
        if (seen === undefined) {
          distance.set(other, d);
          next.push(other);
        } else if (seen !== d) return;
        const node = graph.getNodeAttributes(other);
        if (types && !types.has(node.kind)) return;
        const row: Neighbor = {
          id: other,
          kind: node.kind,
          name: node.name,
          relation: attributes.kind,
          direction,
          depth: d,
          weight: attributes.weight,
          evidence: attributes.evidence,
          edge,
          via,
        };
        if (node.code !== undefined) row.code = node.code;
        if (attributes.aspect !== undefined) row.aspect = attributes.aspect;
        rows.push(row);
      });
    }
    frontier = next;
  }
  rows.sort(compareNeighbors);
  return options.limit !== undefined ? rows.slice(0, Math.max(0, options.limit)) : rows;
}
