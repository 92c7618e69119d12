/**
 * Reads GEXF (ours, or a foreign file such as Gephi's) into a knowledge graph. graphology-gexf does
 * the parsing; xmldom is called first with an error handler so that broken XML is reported instead of
 * being logged and half-read.
 */
import { DOMParser } from "@xmldom/xmldom";
import { MultiDirectedGraph, MultiGraph } from "graphology";
import { parse } from "graphology-gexf";
import type { KnowledgeGraph } from "../types.js";
import { malformed } from "./graph-errors.js";
import {
  fillMissingDegrees,
  normalizeEdgeAttributes,
  normalizeGraphAttributes,
  normalizeNodeAttributes,
} from "./normalize.js";

/**
 * An xmldom message for people: `[xmldom error]\tentity not found:&x;\n@#[line:3,col:9]` becomes
 * `entity not found:&x; (line 3, column 9)`. xmldom calls an element left open an "unclosed xml
 * attribute": that is said plainly.
 */
function xmlProblem(message: string): string {
  const where = /@#\[line:(\d+),col:(\d+)\]/u.exec(message);
  const what = message
    .replace(/^\[xmldom \w+\]\s*/u, "")
    .replace(/\s*@#\[line:\d+,col:\d+\]\s*$/u, "")
    .replace(/^unclosed xml attribute$/u, "an element is not closed")
    .replace(/^element parse error: (?:Error: )?/u, "")
    .trim();
  return where ? `${what} (line ${where[1]}, column ${where[2]})` : what;
}

/**
 * A knowledge graph from GEXF text. Undirected edges become one directed edge from their `source` to
 * their `target` (queries in direction "both", the default, see them either way).
 *
 * @param file - named in errors.
 * @throws CountyKgError `E_GRAPH_MALFORMED` when the XML is not well-formed or is not GEXF.
 */
export function parseGexf(content: string, file: string): KnowledgeGraph {
  const errors: string[] = [];
  const document = new DOMParser({
    locator: {},
    errorHandler: { warning: record, error: record, fatalError: record },
  }).parseFromString(content, "application/xml");
  function record(message: string): void {
    errors.push(xmlProblem(message));
  }
  if (errors.length > 0) throw malformed(file, `is not well-formed XML: ${errors[0]}`);
  const root = document.documentElement;
  if (!root || root.nodeName !== "gexf" || document.getElementsByTagName("graph").length === 0) {
    throw malformed(
      file,
      `is not GEXF: its root element is <${root?.nodeName ?? "none"}>, not <gexf> with a <graph>`,
    );
  }
  let source: MultiGraph;
  try {
    source = parse(MultiGraph, document as unknown as Parameters<typeof parse>[1], {
      addMissingNodes: true,
      allowUndeclaredAttributes: true,
    });
  } catch (cause) {
    throw malformed(file, `is not readable GEXF (${(cause as Error).message})`, cause);
  }
  const graph: KnowledgeGraph = new MultiDirectedGraph();
  graph.replaceAttributes(normalizeGraphAttributes(source.getAttributes()));
  source.forEachNode((node, attributes) => {
    graph.addNode(node, normalizeNodeAttributes(node, attributes));
  });
  source.forEachEdge((edge, attributes, from, to) => {
    graph.addEdgeWithKey(edge, from, to, normalizeEdgeAttributes(attributes));
  });
  fillMissingDegrees(graph);
  return graph;
}
