/**
 * Walking the edges around a node with a relation filter and a direction: the one traversal step
 * shared by neighbours, paths and ego graphs.
 */
import type { EdgeKind, GraphEdgeAttributes, KnowledgeGraph } from "../types.js";
import { resolveEntity } from "./find.js";

/** Which edges of a node to follow: outgoing, incoming, or both. */
export type Direction = "in" | "out" | "both";

export const DIRECTIONS: readonly Direction[] = ["in", "out", "both"];

/** Which edges a traversal follows. */
export interface EdgeFilter {
  /** Follow only edges of these kinds (default: all). */
  relations?: readonly EdgeKind[];
  /** Default "both". */
  direction?: Direction;
}

/** Called for each followed edge with the node at its other end and the side it was taken from. */
export type AdjacentVisitor = (
  edge: string,
  attributes: GraphEdgeAttributes,
  other: string,
  direction: "out" | "in",
) => void;

/** A compiled `EdgeFilter`: calls `visit` for every edge of `node` that passes it (self-loops skipped). */
export type Adjacency = (node: string, visit: AdjacentVisitor) => void;

/** Compiles a filter once for a traversal that calls it on many nodes. */
export function adjacency(graph: KnowledgeGraph, filter: EdgeFilter = {}): Adjacency {
  const relations =
    filter.relations && filter.relations.length > 0 ? new Set<string>(filter.relations) : undefined;
  const direction = filter.direction ?? "both";
  return (node, visit) => {
    if (direction !== "in") {
      graph.forEachOutEdge(node, (edge, attributes, _source, target) => {
        if (target !== node && (!relations || relations.has(attributes.kind))) {
          visit(edge, attributes, target, "out");
        }
      });
    }
    if (direction !== "out") {
      graph.forEachInEdge(node, (edge, attributes, source) => {
        if (source !== node && (!relations || relations.has(attributes.kind))) {
          visit(edge, attributes, source, "in");
        }
      });
    }
  };
}

/** The node an entity argument designates: a node key as is, otherwise what `resolveEntity` finds. */
export function nodeOf(graph: KnowledgeGraph, entity: string): string {
  return graph.hasNode(entity) ? entity : resolveEntity(graph, entity).id;
}
