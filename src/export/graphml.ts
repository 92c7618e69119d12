import type { KnowledgeGraph } from "../types.js";
import {
  EDGE_COLUMNS,
  flatRecord,
  flatText,
  hexToRgb,
  NODE_COLUMNS,
  type Cell,
  type CellType,
} from "./records.js";
import { escapeXml } from "./xml.js";

interface Key {
  id: string;
  name: string;
  type: "string" | "int" | "double";
}

const GRAPHML_TYPES: Record<CellType, Key["type"]> = {
  string: "string",
  liststring: "string",
  integer: "int",
  double: "double",
};

function keys(prefix: string, columns: readonly { name: string; type: CellType }[]): Key[] {
  return columns.map((column) => ({
    id: `${prefix}_${column.name}`,
    name: column.name,
    type: GRAPHML_TYPES[column.type],
  }));
}

/** Node keys: label, the flat columns, then position, size and colour channels (Gephi reads x/y/size/r/g/b). */
const NODE_KEYS: Key[] = keys("n", [
  { name: "label", type: "string" },
  ...NODE_COLUMNS,
  { name: "x", type: "double" },
  { name: "y", type: "double" },
  { name: "size", type: "double" },
  { name: "r", type: "integer" },
  { name: "g", type: "integer" },
  { name: "b", type: "integer" },
]);

/** Edge keys: label (= kind), kind, weight, the flat columns, colour channels. */
const EDGE_KEYS: Key[] = keys("e", [
  { name: "label", type: "string" },
  { name: "kind", type: "string" },
  { name: "weight", type: "double" },
  ...EDGE_COLUMNS,
  { name: "r", type: "integer" },
  { name: "g", type: "integer" },
  { name: "b", type: "integer" },
]);

function data(keyList: Key[], values: Record<string, Cell>): string {
  let out = "";
  for (const key of keyList) {
    const value = values[key.name];
    if (value === undefined) continue;
    const text = Array.isArray(value) ? value.join("|") : String(value);
    out += `\n      <data key="${key.id}">${escapeXml(text)}</data>`;
  }
  return out;
}

/**
 * GraphML (directed, typed `<key>`s for every attribute): what yEd, Cytoscape, networkx and Gephi read.
 * Lists are `|`-joined strings; evidence is a count and the first sentence, as in GEXF.
 */
export function toGraphml(graph: KnowledgeGraph): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const [owner, keyList] of [["node", NODE_KEYS] as const, ["edge", EDGE_KEYS] as const]) {
    for (const key of keyList) {
      lines.push(`  <key id="${key.id}" for="${owner}" attr.name="${key.name}" attr.type="${key.type}"/>`);
    }
  }
  lines.push('  <graph id="G" edgedefault="directed">');
  graph.forEachNode((node, attributes) => {
    const values = {
      label: flatText(attributes.label),
      ...flatRecord(NODE_COLUMNS, attributes),
      x: attributes.x,
      y: attributes.y,
      size: attributes.size,
      ...hexToRgb(attributes.color),
    };
    lines.push(`    <node id="${escapeXml(node)}">${data(NODE_KEYS, values)}\n    </node>`);
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    const values = {
      label: attributes.kind,
      kind: attributes.kind,
      weight: attributes.weight,
      ...flatRecord(EDGE_COLUMNS, attributes),
      ...hexToRgb(attributes.color),
    };
    lines.push(
      `    <edge id="${escapeXml(edge)}" source="${escapeXml(source)}" target="${escapeXml(target)}">${data(EDGE_KEYS, values)}\n    </edge>`,
    );
  });
  lines.push("  </graph>", "</graphml>", "");
  return lines.join("\n");
}
