/**
 * Loads a built knowledge graph from graph.json (graphology's serialization), from a folder holding
 * it, or from any GEXF file (ours or a foreign one, e.g. written by Gephi).
 */
import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { MultiDirectedGraph } from "graphology";
import type { KnowledgeGraph } from "../types.js";
import { parseGexf } from "./gexf.js";
import { malformed, missing } from "./graph-errors.js";
import {
  fillMissingDegrees,
  normalizeEdgeAttributes,
  normalizeGraphAttributes,
  normalizeNodeAttributes,
} from "./normalize.js";

/** File names looked for, in this order, when `loadGraph` is given a folder. */
const GRAPH_FILES = ["graph.json", "graph.gexf"];

type Raw = Record<string, unknown>;

/** The graph file `path` designates: itself, or graph.json / graph.gexf inside it when a folder. */
async function resolveGraphFile(path: string): Promise<string> {
  const info = await stat(path).catch(() => undefined);
  if (!info) throw missing(`no graph at ${path}`, path);
  if (!info.isDirectory()) return path;
  for (const name of GRAPH_FILES) {
    const file = join(path, name);
    if ((await stat(file).catch(() => undefined))?.isFile()) return file;
  }
  throw missing(`no ${GRAPH_FILES.join(" or ")} in ${path}`, path);
}

/**
 * Loads a knowledge graph.
 *
 * @param path - a folder holding graph.json (or graph.gexf), a graph.json file, or a GEXF file.
 *   Foreign GEXF is brought to our attribute shape as far as it goes (see `normalizeNodeAttributes`).
 * @throws CountyKgError `E_GRAPH_MISSING` when there is no graph there (the hint says how to build
 *   one), `E_GRAPH_MALFORMED` naming the file and what is wrong with it.
 */
export async function loadGraph(path: string): Promise<KnowledgeGraph> {
  const file = await resolveGraphFile(path);
  let content: string;
  try {
    content = await readFile(file, "utf8");
  } catch (cause) {
    throw malformed(file, `cannot be read (${(cause as Error).message})`, cause);
  }
  const first = content.trimStart().charAt(0);
  if (first === "<" || /\.gexf$/iu.test(file)) return parseGexf(content, file);
  if (first !== "{") throw malformed(file, "is neither graph JSON (an object) nor GEXF (XML)");
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (cause) {
    throw malformed(file, `is not valid JSON (${(cause as Error).message})`, cause);
  }
  return graphFromSerialization(data, file);
}

function isObject(value: unknown): value is Raw {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * A knowledge graph from graphology's serialization (`graph.export()`), its attributes normalized.
 * Every problem is reported with the position of the offending node or edge.
 */
export function graphFromSerialization(data: unknown, file: string): KnowledgeGraph {
  if (!isObject(data) || !Array.isArray(data.nodes) || !Array.isArray(data.edges)) {
    throw malformed(file, "has no `nodes` and `edges` arrays: it is not a graphology serialization");
  }
  const graph: KnowledgeGraph = new MultiDirectedGraph();
  graph.replaceAttributes(normalizeGraphAttributes(isObject(data.attributes) ? data.attributes : {}));
  const nodes = data.nodes as unknown[];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    const key = isObject(node) ? node.key : undefined;
    if (typeof key !== "string" && typeof key !== "number") {
      throw malformed(file, `node #${i} has no key`);
    }
    if (graph.hasNode(key)) throw malformed(file, `node #${i} repeats the key "${key}"`);
    const attributes = isObject(node) && isObject(node.attributes) ? node.attributes : {};
    graph.addNode(String(key), normalizeNodeAttributes(String(key), attributes));
  }
  const edges = data.edges as unknown[];
  for (let i = 0; i < edges.length; i++) {
    const edge = edges[i];
    if (!isObject(edge)) throw malformed(file, `edge #${i} is not an object`);
    const { key, source, target } = edge;
    for (const [end, value] of [
      ["source", source],
      ["target", target],
    ] as const) {
      if (typeof value !== "string" && typeof value !== "number") {
        throw malformed(file, `edge #${i} has no ${end}`);
      }
      if (!graph.hasNode(value)) {
        throw malformed(file, `edge #${i} (${String(key ?? "no key")}) points to a missing node "${value}"`);
      }
    }
    const attributes = normalizeEdgeAttributes(isObject(edge.attributes) ? edge.attributes : {});
    if (key === undefined || key === null) {
      graph.addEdge(String(source), String(target), attributes);
    } else if (graph.hasEdge(String(key))) {
      throw malformed(file, `edge #${i} repeats the key "${String(key)}"`);
    } else {
      graph.addEdgeWithKey(String(key), String(source), String(target), attributes);
    }
  }
  fillMissingDegrees(graph);
  return graph;
}
