/** The shortest chain of relations between two entities. */
import type { EdgeKind, Evidence, KnowledgeGraph, NodeKind } from "../types.js";
import { adjacency, nodeOf, type EdgeFilter } from "./adjacency.js";

/** An entity on a path. */
export interface PathNode {
  id: string;
  kind: NodeKind;
  name: string;
  code?: string;
}

/** One hop of a path, in walking order. */
export interface PathStep {
  edge: string;
  relation: EdgeKind;
  /** The edge's own endpoints (its direction in the graph). */
  source: string;
  target: string;
  /** "out" when the walk follows the edge's direction, "in" when it goes against it. */
  direction: "out" | "in";
  weight: number;
  evidence: Evidence[];
}

/** A shortest path: `nodes[i]` and `nodes[i + 1]` are joined by `steps[i]`. */
export interface PathResult {
  nodes: PathNode[];
  steps: PathStep[];
  /** Number of hops. */
  length: number;
}

function pathNode(graph: KnowledgeGraph, id: string): PathNode {
  const attributes = graph.getNodeAttributes(id);
  const node: PathNode = { id, kind: attributes.kind, name: attributes.name };
  if (attributes.code !== undefined) node.code = attributes.code;
  return node;
}

/** Co-occurrence and document links explain less than a stated relation: they come last. */
const WEAK_RELATIONS: Readonly<Record<string, number>> = { co_occurs: 1, mentions: 2 };

/** Order of preference between two edges that reach the same node at the same distance. */
function compareSteps(a: PathStep, b: PathStep): number {
  return (
    (WEAK_RELATIONS[a.relation] ?? 0) - (WEAK_RELATIONS[b.relation] ?? 0) ||
    b.weight - a.weight ||
    (a.edge < b.edge ? -1 : a.edge > b.edge ? 1 : 0)
  );
}

/**
 * A shortest path (fewest hops) from `from` to `to`, breadth first over the edges the filter lets
 * through; by default both directions, so "A benchmarks B" links B to A too. Between equally short
 * ways to reach a node, stated relations win over co-occurrence and document links, then heavier
 * edges, then the smaller edge key, so the answer does not depend on the order of the file.
 *
 * @param from - a node id, or anything `findEntity` understands.
 * @param to - likewise.
 * @returns the path, or `null` when the two are not connected.
 * @throws CountyKgError `E_ENTITY_UNKNOWN` / `E_ENTITY_AMBIGUOUS` when an endpoint names no single node.
 */
export function shortestPath(
  graph: KnowledgeGraph,
  from: string,
  to: string,
  options: EdgeFilter = {},
): PathResult | null {
  const start = nodeOf(graph, from);
  const goal = nodeOf(graph, to);
  const walk = adjacency(graph, options);
  const reachedBy = new Map<string, { prev: string; step: PathStep } | null>([[start, null]]);
  let frontier = [start];
  while (frontier.length > 0 && !reachedBy.has(goal)) {
    const layer = new Set<string>();
    for (const node of frontier) {
      walk(node, (edge, attributes, other, direction) => {
        if (reachedBy.has(other) && !layer.has(other)) return;
        const step: PathStep = {
          edge,
          relation: attributes.kind,
          source: direction === "out" ? node : other,
          target: direction === "out" ? other : node,
          direction,
          weight: attributes.weight,
          evidence: attributes.evidence,
        };
        const known = reachedBy.get(other);
        if (known && compareSteps(known.step, step) <= 0) return;
        reachedBy.set(other, { prev: node, step });
        layer.add(other);
      });
    }
    frontier = [...layer];
  }
  if (!reachedBy.has(goal)) return null;
  const nodes = [goal];
  const steps: PathStep[] = [];
  for (let link = reachedBy.get(goal); link; link = reachedBy.get(link.prev)) {
    steps.push(link.step);
    nodes.push(link.prev);
  }
  nodes.reverse();
  steps.reverse();
  return { nodes: nodes.map((id) => pathNode(graph, id)), steps, length: steps.length };
}
