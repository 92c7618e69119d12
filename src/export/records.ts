import type { GraphEdgeAttributes, GraphNodeAttributes } from "../types.js";

/** Declared type of a flat attribute: GEXF names; GraphML and CSV write `liststring` `|`-joined. */
export type CellType = "string" | "integer" | "double" | "liststring";
/** A flat value: text, number, or a list of texts. */
export type Cell = string | number | string[];

/** One flat attribute of the tabular formats (GEXF attvalues, GraphML keys, CSV columns). */
export interface Column<A> {
  name: string;
  type: CellType;
  value(attributes: A): Cell | undefined;
}

/**
 * Node attributes as flat columns. `occurrences` becomes a count (`sentences`, all of them) and the first sentence
 * (`firstSentence`); label, position, size and colour are written by each format its own way.
 */
export const NODE_COLUMNS: readonly Column<GraphNodeAttributes>[] = [
  { name: "kind", type: "string", value: (a) => a.kind },
  { name: "name", type: "string", value: (a) => a.name },
  { name: "aliases", type: "liststring", value: (a) => a.aliases },
  { name: "code", type: "string", value: (a) => a.code },
  { name: "level", type: "string", value: (a) => a.level },
  { name: "parent", type: "string", value: (a) => a.parent },
  { name: "parentChain", type: "liststring", value: (a) => a.parentChain },
  { name: "roles", type: "liststring", value: (a) => a.roles },
  { name: "mentions", type: "integer", value: (a) => a.mentions },
  { name: "documents", type: "integer", value: (a) => a.documents },
  { name: "sentences", type: "integer", value: (a) => a.sentences ?? a.occurrences.length },
  { name: "firstSentence", type: "string", value: (a) => a.occurrences[0]?.text },
  { name: "degree", type: "integer", value: (a) => a.degree },
  { name: "weightedDegree", type: "double", value: (a) => a.weightedDegree },
  { name: "pagerank", type: "double", value: (a) => a.pagerank },
  { name: "betweenness", type: "double", value: (a) => a.betweenness },
  { name: "community", type: "integer", value: (a) => a.community },
];

/**
 * Edge attributes as flat columns besides kind and weight (which every format has a place for):
 * evidence becomes a count, the first sentence, its document and trigger.
 */
export const EDGE_COLUMNS: readonly Column<GraphEdgeAttributes>[] = [
  { name: "aspect", type: "string", value: (a) => a.aspect },
  { name: "evidenceCount", type: "integer", value: (a) => a.evidence.length },
  { name: "evidence", type: "string", value: (a) => a.evidence[0]?.text },
  { name: "evidenceDoc", type: "string", value: (a) => a.evidence[0]?.doc },
  { name: "trigger", type: "string", value: (a) => a.evidence[0]?.trigger },
];

// Characters XML 1.0 forbids, and line breaks/tabs (attribute values would lose them anyway).
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\ufffe\uffff]/g;

/** A string safe in any of our formats: control characters and line breaks become spaces. */
export function flatText(text: string): string {
  return text.replace(UNSAFE, " ");
}

/**
 * The non-empty flat values of `attributes` by column name (empty strings and empty lists are left
 * out: GEXF drops them anyway).
 */
export function flatRecord<A>(columns: readonly Column<A>[], attributes: A): Record<string, Cell> {
  const record: Record<string, Cell> = {};
  for (const column of columns) {
    const value = column.value(attributes);
    if (value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) continue;
    record[column.name] =
      typeof value === "string" ? flatText(value) : Array.isArray(value) ? value.map(flatText) : value;
  }
  return record;
}

/** `#rrggbb` → its channels (our palette uses only this form). */
export function hexToRgb(hex: string): { r: number; g: number; b: number } {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) return { r: 0, g: 0, b: 0 };
  return { r: parseInt(match[1]!, 16), g: parseInt(match[2]!, 16), b: parseInt(match[3]!, 16) };
}
