/**
 * Reads GEXF (ours, or a foreign file such as Gephi's or networkx's) into a knowledge graph: the
 * streaming reader of `gexf-read.ts`, each node and edge brought to our attribute shape as it is read.
 */
import type { KnowledgeGraph } from "../types.js";
import { readGexf } from "./gexf-read.js";
import {
  fillMissingDegrees,
  normalizeEdgeAttributes,
  normalizeGraphAttributes,
  normalizeNodeAttributes,
} from "./normalize.js";

/**
 * A knowledge graph from GEXF text. Undirected edges become one directed edge from their `source` to
 * their `target` (queries in direction "both", the default, see them either way).
 *
 * @param file - named in errors.
 * @throws CountyKgError `E_GRAPH_MALFORMED` when the XML is not well-formed or is not GEXF (see
 *   `readGexf`).
 */
export function parseGexf(content: string, file: string): KnowledgeGraph {
  const graph: KnowledgeGraph = readGexf(content, file, {
    node: normalizeNodeAttributes,
    edge: normalizeEdgeAttributes,
    graph: normalizeGraphAttributes,
  });
  fillMissingDegrees(graph);
  return graph;
}
