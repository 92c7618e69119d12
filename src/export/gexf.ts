import { MultiDirectedGraph } from "graphology";
import gexf from "graphology-gexf";
import type { GraphEdgeAttributes, GraphNodeAttributes, KnowledgeGraph } from "../types.js";
import { EDGE_COLUMNS, flatRecord, hexToRgb, NODE_COLUMNS } from "./records.js";

function rgb(hex: string): string {
  const { r, g, b } = hexToRgb(hex);
  return `rgb(${r},${g},${b})`;
}

const DECLARED = new Map([...NODE_COLUMNS, ...EDGE_COLUMNS].map((column) => [column.name, column.type]));

/**
 * graphology-gexf infers each attribute's type from the values (a double column whose values happen to
 * be whole numbers becomes `integer`): declare the columns' own types instead, so the file's schema does
 * not depend on the data. Only the declarations, before `<nodes>`, are touched.
 */
function declareTypes(text: string): string {
  const body = text.indexOf("<nodes>");
  const head = text
    .slice(0, body)
    .replace(/<attribute id="([^"]+)" title="\1" type="[a-z]+"\/>/g, (declaration, id: string) => {
      const type = DECLARED.get(id);
      return type ? `<attribute id="${id}" title="${id}" type="${type}"/>` : declaration;
    });
  return head + text.slice(body);
}

/**
 * GEXF 1.3 (graphology-gexf, pedantic): node attributes declared with NODE_COLUMNS' types (lists as
 * `liststring`), viz colour (r/g/b, which every reader accepts), size and position; edges with `kind`
 * (also their label), weight, EDGE_COLUMNS and viz colour/thickness. Meta: creator and description.
 */
export function toGexf(graph: KnowledgeGraph): string {
  // GEXF meta holds only creator, keywords and description: a copy carries those instead.
  const meta = {
    creator: graph.getAttribute("generator"),
    description: `Knowledge graph of ${graph.getAttribute("documents").length} document(s): ${graph.order} nodes, ${graph.size} edges`,
  };
  const copy = new MultiDirectedGraph<GraphNodeAttributes, GraphEdgeAttributes, typeof meta>();
  copy.import({ ...graph.export(), attributes: meta });
  const text = gexf.write(copy, {
    version: "1.3",
    pedantic: true,
    formatNode: (_key, attributes) => ({
      label: attributes.label,
      attributes: flatRecord(NODE_COLUMNS, attributes),
      viz: { color: rgb(attributes.color), size: attributes.size, x: attributes.x, y: attributes.y },
    }),
    formatEdge: (_key, attributes) => ({
      label: attributes.kind,
      kind: attributes.kind,
      weight: attributes.weight,
      attributes: flatRecord(EDGE_COLUMNS, attributes),
      viz: { color: rgb(attributes.color), thickness: attributes.size },
    }),
  });
  return declareTypes(text);
}
