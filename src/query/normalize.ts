/**
 * Brings node and edge attributes read from a file (our graph.json, our GEXF, or a GEXF written by
 * Gephi or another tool) to the shape of `GraphNodeAttributes` / `GraphEdgeAttributes`: every required
 * field present with the right type, list fields as arrays, evidence as objects.
 */
import type {
  KnowledgeGraph,
  EdgeKind,
  Evidence,
  GraphAttributes,
  GraphEdgeAttributes,
  GraphNodeAttributes,
  NodeKind,
  RegionLevel,
} from "../types.js";
import { EDGE_KINDS, NODE_KINDS, REGION_LEVELS, UNKNOWN_KIND } from "./kinds.js";
import { toSimplified } from "./names.js";

type Raw = Record<string, unknown>;

const NODE_KIND_SET: ReadonlySet<string> = new Set(NODE_KINDS);
const EDGE_KIND_SET: ReadonlySet<string> = new Set(EDGE_KINDS);
const REGION_LEVEL_SET: ReadonlySet<string> = new Set(REGION_LEVELS);

/** Colour of nodes and edges that carry none. */
const DEFAULT_COLOR = "#999999";

/** Our kind for a foreign `kind`/`type` value (case-insensitive), or "unknown". */
function nodeKindOf(value: unknown): NodeKind {
  const text = typeof value === "string" ? value.trim().toLowerCase() : "";
  return (NODE_KIND_SET.has(text) ? text : UNKNOWN_KIND) as NodeKind;
}

function edgeKindOf(...values: unknown[]): EdgeKind {
  for (const value of values) {
    const text = typeof value === "string" ? value.trim().toLowerCase() : "";
    if (EDGE_KIND_SET.has(text)) return text as EdgeKind;
  }
  return UNKNOWN_KIND as EdgeKind;
}

function text(value: unknown): string | undefined {
  if (typeof value === "string") return value.length > 0 ? value : undefined;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return undefined;
}

function number(value: unknown, fallback: number): number {
  const n = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  return typeof n === "number" && Number.isFinite(n) ? n : fallback;
}

/** A JSON text that holds an array or object, parsed; anything else unchanged. */
function parseJsonText(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const trimmed = value.trim();
  if (!(trimmed.startsWith("[") || trimmed.startsWith("{"))) return value;
  try {
    return JSON.parse(trimmed);
  } catch {
    return value;
  }
}

/** A list of strings from an array, a JSON array text or a `|`-separated text. */
function stringList(value: unknown): string[] {
  const parsed = parseJsonText(value);
  if (Array.isArray(parsed)) {
    if (parsed.every((item) => typeof item === "string" && item.length > 0)) return parsed as string[];
    return parsed.map((item) => text(item)).filter((item) => item !== undefined);
  }
  const single = text(parsed);
  return single === undefined
    ? []
    : single
        .split("|")
        .map((item) => item.trim())
        .filter(Boolean);
}

function isEvidence(value: unknown): value is Evidence {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as Evidence).doc === "string" &&
    typeof (value as Evidence).text === "string"
  );
}

/** Whether an evidence object already has every field in the right type (then it is kept as is). */
function isCompleteEvidence(value: Evidence): boolean {
  return (
    typeof value.start === "number" &&
    typeof value.end === "number" &&
    Array.isArray(value.highlights) &&
    typeof value.rule === "string"
  );
}

/** Evidence objects from an array (of objects or of JSON texts) or a JSON text; others dropped. */
function evidenceList(value: unknown): Evidence[] {
  const parsed = parseJsonText(value);
  const items = Array.isArray(parsed) ? parsed : parsed === undefined ? [] : [parsed];
  const evidence: Evidence[] = [];
  for (const item of items) {
    const object = parseJsonText(item);
    if (!isEvidence(object)) continue;
    if (isCompleteEvidence(object)) {
      evidence.push(object);
      continue;
    }
    evidence.push({
      ...object,
      start: number(object.start, 0),
      end: number(object.end, 0),
      highlights: Array.isArray(object.highlights) ? object.highlights : [],
      rule: text(object.rule) ?? "",
    });
  }
  return evidence;
}

/** Sets the optional fields that have a value (absent ones stay absent, not `undefined`). */
function withOptional<T extends object>(object: T, optional: Partial<T>): T {
  for (const key of Object.keys(optional) as (keyof T)[]) {
    if (optional[key] !== undefined) object[key] = optional[key] as T[keyof T];
  }
  return object;
}

/** Names of the node attributes `normalizeNodeAttributes` sets itself. */
const NODE_FIELDS = new Set([
  "type",
  "kind",
  "name",
  "label",
  "aliases",
  "code",
  "level",
  "parent",
  "parentChain",
  "roles",
  "mentions",
  "documents",
  "occurrences",
  "degree",
  "weightedDegree",
  "pagerank",
  "PageRank",
  "pageranks",
  "betweenness",
  "community",
  "Modularity Class",
  "modularity_class",
  "x",
  "y",
  "size",
  "color",
]);
const EDGE_FIELDS = new Set(["type", "kind", "relation", "weight", "aspect", "evidence", "size", "color"]);

/** The attributes of `raw` whose names are not in `known` (Gephi's statistics, GEXF meta …). */
function extras(raw: Raw, known: ReadonlySet<string>): Raw {
  const rest: Raw = {};
  for (const key in raw) if (!known.has(key)) rest[key] = raw[key];
  return rest;
}

/**
 * Node attributes in our shape. Unknown attributes (Gephi's statistics …) are kept; a foreign `type`
 * becomes `kind` (sigma reads `type` as a rendering program), Gephi's `Modularity Class` and
 * `PageRank` (ids `modularity_class`, `pageranks`) become `community` and `pagerank`; a node with a label but no name is named by its label
 * in Simplified characters (the label itself becomes an alias). `degree` and `weightedDegree` are -1 when the file does not say: the loader fills
 * them in from the graph.
 */
export function normalizeNodeAttributes(key: string, raw: Raw): GraphNodeAttributes {
  const label = text(raw.label);
  const name = text(raw.name) ?? (label === undefined ? key : toSimplified(label));
  const aliases = stringList(raw.aliases);
  if (raw.name === undefined && label !== undefined && label !== name) aliases.push(label);
  const level = text(raw.level);
  const node: GraphNodeAttributes = {
    ...extras(raw, NODE_FIELDS),
    kind: nodeKindOf(raw.kind ?? raw.type),
    name,
    label: label ?? name,
    aliases,
    mentions: number(raw.mentions, 0),
    documents: number(raw.documents, 0),
    occurrences: evidenceList(raw.occurrences),
    degree: number(raw.degree, -1),
    weightedDegree: number(raw.weightedDegree, -1),
    pagerank: number(raw.pagerank ?? raw.pageranks ?? raw.PageRank, 0),
    community: number(raw.community ?? raw["Modularity Class"] ?? raw.modularity_class, 0),
    x: number(raw.x, 0),
    y: number(raw.y, 0),
    size: number(raw.size, 1),
    color: text(raw.color) ?? DEFAULT_COLOR,
  };
  return withOptional(node, {
    code: text(raw.code),
    level: level !== undefined && REGION_LEVEL_SET.has(level) ? (level as RegionLevel) : undefined,
    parent: text(raw.parent),
    parentChain: raw.parentChain === undefined ? undefined : stringList(raw.parentChain),
    roles: raw.roles === undefined ? undefined : stringList(raw.roles),
    betweenness: raw.betweenness === undefined ? undefined : number(raw.betweenness, 0),
  });
}

/**
 * Edge attributes in our shape: `kind` from a `kind`, `type`, `relation` or `label` attribute that
 * names one of our edge kinds, otherwise "unknown"; weight 1 where none is given.
 */
export function normalizeEdgeAttributes(raw: Raw): GraphEdgeAttributes {
  const weight = number(raw.weight, 1);
  const edge: GraphEdgeAttributes = {
    ...extras(raw, EDGE_FIELDS),
    kind: edgeKindOf(raw.kind, raw.type, raw.relation, raw.label),
    weight,
    evidence: evidenceList(raw.evidence),
    size: number(raw.size, weight),
    color: text(raw.color) ?? DEFAULT_COLOR,
  };
  return withOptional(edge, { aspect: text(raw.aspect) });
}

/** Graph attributes in our shape; unknown ones (GEXF meta: creator, description …) are kept. */
export function normalizeGraphAttributes(raw: Raw): GraphAttributes {
  const documents = parseJsonText(raw.documents);
  const palette = parseJsonText(raw.palette);
  return {
    ...raw,
    generator: text(raw.generator) ?? text(raw.creator) ?? "unknown",
    documents: Array.isArray(documents) ? (documents as GraphAttributes["documents"]) : [],
    palette:
      typeof palette === "object" && palette !== null && !Array.isArray(palette)
        ? (palette as Record<string, string>)
        : {},
  };
}

/** Sets `degree` and `weightedDegree` where the file did not give them (-1 after normalization). */
export function fillMissingDegrees(graph: KnowledgeGraph): void {
  graph.forEachNode((node, attributes) => {
    if (attributes.degree < 0) attributes.degree = graph.degree(node);
    if (attributes.weightedDegree < 0) {
      let total = 0;
      graph.forEachEdge(node, (_edge, edgeAttributes) => {
        total += edgeAttributes.weight;
      });
      attributes.weightedDegree = total;
    }
  });
}
