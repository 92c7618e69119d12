import type { KnowledgeGraph } from "../types.js";
import { EDGE_COLUMNS, flatRecord, flatText, NODE_COLUMNS, type Cell } from "./records.js";

/** One RFC 4180 field: quoted when it holds a comma, quote or line break. */
function field(value: Cell | undefined): string {
  if (value === undefined) return "";
  const text = Array.isArray(value) ? value.join("|") : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record, CRLF-terminated. */
export function csvRow(values: readonly (Cell | undefined)[]): string {
  return values.map(field).join(",") + "\r\n";
}

/**
 * nodes.csv in the shape Gephi's spreadsheet import expects: `Id`, `Label`, then the flat attributes,
 * position, size and colour. Lists are `|`-joined.
 */
export function toNodesCsv(graph: KnowledgeGraph): string {
  const names = NODE_COLUMNS.map((column) => column.name);
  let out = csvRow(["Id", "Label", ...names, "x", "y", "size", "color"]);
  graph.forEachNode((node, attributes) => {
    const record = flatRecord(NODE_COLUMNS, attributes);
    const label = flatText(attributes.label);
    out += csvRow([
      node,
      label,
      ...names.map((name) => record[name]),
      attributes.x,
      attributes.y,
      attributes.size,
      attributes.color,
    ]);
  });
  return out;
}

/**
 * edges.csv for Gephi: `Source`, `Target`, `Type` (Directed), `Id`, `Label` (= kind), `Weight`, then
 * `kind` and the flat attributes.
 */
export function toEdgesCsv(graph: KnowledgeGraph): string {
  const names = EDGE_COLUMNS.map((column) => column.name);
  let out = csvRow(["Source", "Target", "Type", "Id", "Label", "Weight", "kind", ...names, "color"]);
  graph.forEachEdge((edge, attributes, source, target) => {
    const record = flatRecord(EDGE_COLUMNS, attributes);
    out += csvRow([
      source,
      target,
      "Directed",
      edge,
      attributes.kind,
      attributes.weight,
      attributes.kind,
      ...names.map((name) => record[name]),
      attributes.color,
    ]);
  });
  return out;
}
