import type { GraphEdgeAttributes, GraphNodeAttributes } from "../types.js";

/** A node to insert into the graph. */
export interface NodeEntry {
  key: string;
  attributes: GraphNodeAttributes;
}

/** An edge to insert into the graph. */
export interface EdgeEntry {
  key: string;
  source: string;
  target: string;
  attributes: GraphEdgeAttributes;
}

/** Code-unit order of strings: the same on every machine and locale (unlike `localeCompare`). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sorts entries by key, in place, and returns them: the one insertion order of the graph. */
export function sortByKey<T extends { key: string }>(entries: T[]): T[] {
  return entries.sort((a, b) => compareStrings(a.key, b.key));
}
