import type { KnowledgeGraph } from "../types.js";
import { EDGE_COLUMNS, flatRecord, hexToRgb, NODE_COLUMNS, type Cell, type Column } from "./records.js";

const HEADER =
  '<?xml version="1.0" encoding="UTF-8"?>\n<gexf version="1.3" xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd">';

const ATTRIBUTE_SPECIAL = /[&<"\t\n\r]/;

/** An attribute value escaped as xml-writer (graphology-gexf's writer) escapes it. */
function attr(value: string | number): string {
  const text = String(value);
  if (!ATTRIBUTE_SPECIAL.test(text)) return text;
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/"/g, "&quot;")
    .replace(/\t/g, "&#x9;")
    .replace(/\n/g, "&#xA;")
    .replace(/\r/g, "&#xD;");
}

/** Element text escaped as xml-writer escapes it. */
function text(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** One item of a GEXF 1.3 list value, quoted as graphology-gexf quotes it. */
function listItem(item: string): string {
  if (/[\r\t\n]/.test(item) || item.includes("'")) return JSON.stringify(item);
  return item.includes('"') ? `'${item}'` : item;
}

/** A flat value as graphology-gexf writes it: lists as `[a, b]`, the rest as text. */
function cast(value: Cell): string {
  return Array.isArray(value) ? `[${value.map(listItem).join(", ")}]` : String(value);
}

/** Whether graphology-gexf leaves the value out. */
function isEmpty(value: Cell): boolean {
  return value === "" || (typeof value === "number" && Number.isNaN(value));
}

/** Whether graphology-gexf does not let the value declare its column (a list of empty texts too). */
function declaresNothing(value: Cell): boolean {
  return Array.isArray(value) ? value.every((item) => item === "") : isEmpty(value);
}

/**
 * The columns to declare, in the order graphology-gexf declares them: by first appearance of a
 * non-empty value, scanning the records in order and each record in column order.
 */
function declaredOrder(records: readonly Record<string, Cell>[]): string[] {
  const seen = new Set<string>();
  for (const record of records) {
    for (const name in record) if (!seen.has(name) && !declaresNothing(record[name]!)) seen.add(name);
  }
  return [...seen];
}

function declarations<A>(
  out: string[],
  owner: "node" | "edge",
  names: string[],
  columns: readonly Column<A>[],
): void {
  if (names.length === 0) return;
  const types = new Map(columns.map((column) => [column.name, column.type]));
  out.push(`\n    <attributes class="${owner}">`);
  for (const name of names) {
    out.push(`\n      <attribute id="${attr(name)}" title="${attr(name)}" type="${types.get(name)}"/>`);
  }
  out.push("\n    </attributes>");
}

function attvalues(out: string[], names: string[], record: Record<string, Cell>): void {
  if (names.length === 0) return;
  let written = false;
  for (const name of names) {
    const value = record[name];
    if (value === undefined || isEmpty(value)) continue;
    if (!written) out.push("\n        <attvalues>");
    written = true;
    out.push(`\n          <attvalue for="${attr(name)}" value="${attr(cast(value))}"/>`);
  }
  out.push(written ? "\n        </attvalues>" : "\n        <attvalues/>");
}

function color(hex: string): string {
  const { r, g, b } = hexToRgb(hex);
  return `<viz:color r="${r}" g="${g}" b="${b}"/>`;
}

/**
 * GEXF 1.3: node attributes declared with NODE_COLUMNS' types (lists as `liststring`), viz colour
 * (r/g/b, which every reader accepts), size and position; edges with `kind` (also their label),
 * weight, EDGE_COLUMNS and viz colour/thickness. Meta: creator and description.
 *
 * Written straight into strings, byte for byte what graphology-gexf 0.13 (pedantic, pretty) wrote for
 * these attributes — columns declared in order of first appearance, values escaped and lists quoted
 * the same way — without its copy of the graph, intermediate records and character-level XML writer
 * (most of the export's time and garbage on large graphs). `test/export/gexf.test.ts` holds it to
 * graphology-gexf's output.
 */
export function toGexf(graph: KnowledgeGraph): string {
  const nodeRecords: Record<string, Cell>[] = [];
  graph.forEachNode((_node, attributes) => void nodeRecords.push(flatRecord(NODE_COLUMNS, attributes)));
  const edgeRecords: Record<string, Cell>[] = [];
  graph.forEachEdge((_edge, attributes) => void edgeRecords.push(flatRecord(EDGE_COLUMNS, attributes)));
  const nodeNames = declaredOrder(nodeRecords);
  const edgeNames = declaredOrder(edgeRecords);

  const description = `Knowledge graph of ${graph.getAttribute("documents").length} document(s): ${graph.order} nodes, ${graph.size} edges`;
  const out: string[] = [
    HEADER,
    "\n  <meta>",
    `\n    <creator>${text(String(graph.getAttribute("generator")))}</creator>`,
    `\n    <description>${text(description)}</description>`,
    "\n  </meta>",
    '\n  <graph defaultedgetype="directed">',
  ];
  declarations(out, "node", nodeNames, NODE_COLUMNS);
  declarations(out, "edge", edgeNames, EDGE_COLUMNS);

  let i = 0;
  out.push(graph.order > 0 ? "\n    <nodes>" : "\n    <nodes/>");
  graph.forEachNode((node, attributes) => {
    out.push(`\n      <node id="${attr(node)}"`);
    if (attributes.label) out.push(` label="${attr(attributes.label)}"`);
    out.push(">");
    attvalues(out, nodeNames, nodeRecords[i++]!);
    out.push(
      `\n        ${color(attributes.color)}`,
      `\n        <viz:size value="${attributes.size}"/>`,
      `\n        <viz:position x="${attributes.x}" y="${attributes.y}"/>`,
      "\n      </node>",
    );
  });
  if (graph.order > 0) out.push("\n    </nodes>");

  i = 0;
  out.push(graph.size > 0 ? "\n    <edges>" : "\n    <edges/>");
  graph.forEachEdge((edge, attributes, source, target) => {
    out.push(`\n      <edge id="${attr(edge)}" source="${attr(source)}" target="${attr(target)}"`);
    if (!Number.isNaN(attributes.weight)) out.push(` weight="${attributes.weight}"`);
    if (attributes.kind) out.push(` kind="${attr(attributes.kind)}" label="${attr(attributes.kind)}"`);
    out.push(">");
    attvalues(out, edgeNames, edgeRecords[i++]!);
    out.push(
      `\n        ${color(attributes.color)}`,
      `\n        <viz:thickness value="${attributes.size}"/>`,
      "\n      </edge>",
    );
  });
  if (graph.size > 0) out.push("\n    </edges>");
  out.push("\n  </graph>\n</gexf>");
  return out.join("");
}
