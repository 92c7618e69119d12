/**
 * Opening a graph: graphology JSON (`graph.export()`) or GEXF, from a URL or a file, into a graph
 * whose every attribute the viewer reads has the right type. Files from elsewhere (Gephi, networkx)
 * get defaults: kind from `kind`/`type`, positions on a circle, sizes and colours per kind. A `type`
 * attribute is removed (sigma would read it as a rendering program).
 */
import { MultiGraph } from "graphology";
import type { AbstractGraph, Attributes, SerializedGraph } from "graphology-types";
import type { DocumentInfo, Evidence } from "../../src/types.js";
import type { ViewerEdge, ViewerGraph, ViewerNode } from "./graph-types.js";

/** Colours for node kinds a graph's palette does not name. */
const FALLBACK_PALETTE = [
  "#1f77b4",
  "#ff7f0e",
  "#2ca02c",
  "#9467bd",
  "#8c564b",
  "#e377c2",
  "#17becf",
  "#bcbd22",
  "#7f7f7f",
];
const DEFAULT_EDGE_COLOR = "#b8b8b8";
const COLOR_PATTERN = /^(#[0-9a-f]{3,8}|rgba?\([\d\s.,%]+\))$/i;

/** A graph that could not be opened, with a message for the status line. */
export class GraphLoadError extends Error {
  override name = "GraphLoadError";
}

/** Which parser a text needs: by file name first, then by its first non-blank character. */
export function detectFormat(text: string, name: string): "gexf" | "json" {
  if (/\.(gexf|xml)$/i.test(name)) return "gexf";
  if (/\.json$/i.test(name)) return "json";
  return text.trimStart().startsWith("<") ? "gexf" : "json";
}

/**
 * Parses graph text (JSON or GEXF, see `detectFormat`) and normalizes it for display. The GEXF
 * parser (it needs the browser's DOMParser) is loaded on first use.
 */
export async function parseGraph(text: string, name: string): Promise<ViewerGraph> {
  const format = detectFormat(text, name);
  let graph: AbstractGraph;
  try {
    if (format === "gexf") {
      const { parse } = await import("graphology-gexf/browser/index.js");
      graph = parse(MultiGraph, text, { addMissingNodes: true });
    } else {
      const data = JSON.parse(text) as Partial<SerializedGraph>;
      if (typeof data !== "object" || data === null || !Array.isArray(data.nodes)) {
        throw new GraphLoadError("not a graphology JSON graph (expected {nodes: [...], edges: [...]})");
      }
      graph = new MultiGraph({ allowSelfLoops: true });
      graph.import(data as SerializedGraph);
    }
  } catch (error) {
    if (error instanceof GraphLoadError) throw new GraphLoadError(`${name}: ${error.message}`);
    const reason = error instanceof Error ? error.message : String(error);
    throw new GraphLoadError(`${name}: cannot read ${format.toUpperCase()} (${reason})`);
  }
  return normalizeGraph(graph);
}

/** Fetches a graph from `url` and parses it. */
export async function fetchGraph(url: string): Promise<ViewerGraph> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new GraphLoadError(`${url}: cannot fetch (${error instanceof Error ? error.message : error})`);
  }
  if (!response.ok) throw new GraphLoadError(`${url}: HTTP ${response.status}`);
  return parseGraph(await response.text(), new URL(url, location.href).pathname);
}

/** Reads a user's file (picker or drop) and parses it. */
export async function readGraphFile(file: File): Promise<ViewerGraph> {
  return parseGraph(await file.text(), file.name);
}

function str(value: unknown, fallback: string): string {
  return typeof value === "string" ? value : typeof value === "number" ? String(value) : fallback;
}

function num(value: unknown, fallback: number): number {
  const parsed = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  return typeof parsed === "number" && Number.isFinite(parsed) ? parsed : fallback;
}

function stringList(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === "string");
  if (typeof value === "string" && value !== "") {
    const parsed = parseJson(value);
    if (Array.isArray(parsed)) return stringList(parsed);
    return value.split(/[|;,]/).filter((item) => item !== "");
  }
  return [];
}

function parseJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

/** Evidence entries with the right shapes; others dropped. Accepts a JSON string (GEXF attribute). */
export function evidenceList(value: unknown): Evidence[] {
  const items = typeof value === "string" ? parseJson(value) : value;
  if (!Array.isArray(items)) return [];
  const result: Evidence[] = [];
  for (const item of items as unknown[]) {
    if (typeof item !== "object" || item === null) continue;
    const raw = item as Record<string, unknown>;
    if (typeof raw.text !== "string") continue;
    const highlights = Array.isArray(raw.highlights)
      ? (raw.highlights as unknown[]).flatMap((span) => {
          const s = span as Record<string, unknown> | null;
          return s && typeof s.start === "number" && typeof s.end === "number"
            ? [{ start: s.start, end: s.end }]
            : [];
        })
      : [];
    result.push({
      doc: str(raw.doc, ""),
      start: num(raw.start, 0),
      end: num(raw.end, 0),
      text: raw.text,
      highlights,
      trigger: typeof raw.trigger === "string" ? raw.trigger : undefined,
      rule: str(raw.rule, ""),
    });
  }
  return result;
}

function documentList(value: unknown): DocumentInfo[] {
  if (!Array.isArray(value)) return [];
  return (value as unknown[]).flatMap((item) => {
    if (typeof item !== "object" || item === null) return [];
    const raw = item as Record<string, unknown>;
    if (typeof raw.id !== "string") return [];
    return [
      {
        id: raw.id,
        path: str(raw.path, ""),
        encoding: "utf-8",
        hash: str(raw.hash, ""),
        chars: num(raw.chars, 0),
        title: typeof raw.title === "string" ? raw.title : undefined,
        date: typeof raw.date === "string" ? raw.date : undefined,
        source: typeof raw.source === "string" ? raw.source : undefined,
      } satisfies DocumentInfo,
    ];
  });
}

/** A colour sigma can parse (hex or rgb/rgba), else null: file values never reach CSS unchecked. */
function validColor(value: unknown): string | null {
  return typeof value === "string" && COLOR_PATTERN.test(value.trim()) ? value.trim() : null;
}

/**
 * Gives every node and edge the attributes the viewer reads, with the right types, in place.
 * Returns the same graph, typed.
 */
export function normalizeGraph(graph: AbstractGraph): ViewerGraph {
  const attrs = graph.getAttributes();
  const palette: Record<string, string> = {};
  if (typeof attrs.palette === "object" && attrs.palette !== null) {
    for (const [kind, value] of Object.entries(attrs.palette as Record<string, unknown>)) {
      if (typeof value === "string" && COLOR_PATTERN.test(value)) palette[kind] = value;
    }
  }
  // Kinds the palette lacks take the colour of their first node that has one, else a fallback.
  const kindColor = (kind: string, own: string | null): string => {
    palette[kind] ??= own ?? FALLBACK_PALETTE[Object.keys(palette).length % FALLBACK_PALETTE.length]!;
    return palette[kind];
  };
  const order = graph.order;
  let index = 0;
  graph.updateEachNodeAttributes((node: string, raw: Attributes): Attributes => {
    const kind = str(raw.kind ?? raw.type, "node");
    const label = str(raw.label ?? raw.name, node);
    const own = validColor(raw.color);
    const fallbackColor = kindColor(kind, own);
    const angle = (2 * Math.PI * index) / Math.max(order, 1);
    index += 1;
    const normalized: ViewerNode = {
      ...raw,
      kind,
      name: str(raw.name, label),
      label,
      aliases: stringList(raw.aliases),
      code: raw.code === undefined ? undefined : str(raw.code, ""),
      parent: typeof raw.parent === "string" ? raw.parent : undefined,
      parentChain: stringList(raw.parentChain),
      mentions: num(raw.mentions, 0),
      documents: num(raw.documents, 0),
      occurrences: evidenceList(raw.occurrences),
      degree: num(raw.degree, graph.degree(node)),
      weightedDegree: num(raw.weightedDegree, graph.degree(node)),
      pagerank: num(raw.pagerank, 0),
      community: num(raw.community, 0),
      x: num(raw.x, 100 * Math.cos(angle)),
      y: num(raw.y, 100 * Math.sin(angle)),
      size: Math.max(1, num(raw.size, 4)),
      color: own ?? fallbackColor,
    };
    delete (normalized as Record<string, unknown>).type;
    return normalized;
  });
  graph.updateEachEdgeAttributes((_edge: string, raw: Attributes): Attributes => {
    const normalized: ViewerEdge = {
      ...raw,
      kind: str(raw.kind ?? raw.type ?? raw.label, "edge"),
      weight: num(raw.weight, 1),
      aspect: typeof raw.aspect === "string" ? raw.aspect : undefined,
      evidence: evidenceList(raw.evidence),
      size: Math.max(0.5, num(raw.size, 1)),
      color: validColor(raw.color) ?? DEFAULT_EDGE_COLOR,
    };
    delete (normalized as Record<string, unknown>).type;
    return normalized;
  });
  graph.replaceAttributes({
    generator: str(attrs.generator, ""),
    documents: documentList(attrs.documents),
    palette,
  });
  return graph as unknown as ViewerGraph;
}
