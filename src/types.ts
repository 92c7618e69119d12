/**
 * The central types of county-kg. No logic lives here: every stage reads and writes these shapes.
 *
 * Offsets are half-open `[start, end)` ranges in UTF-16 code units (what `String.prototype.slice`
 * counts). A `Span` is in the normalized text of a document unless its name says `orig`, in which case
 * it is in the ORIGINAL decoded file text (BOM removed), so `document.original.slice(orig.start, orig.end)`
 * is what the file says there.
 */

import type { MultiDirectedGraph } from "graphology";

/** Half-open character range `[start, end)` in UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
}

/** Maps spans of a normalized text back to the original text it was derived from. */
export interface OffsetMap {
  /** Length of the normalized text this map covers. */
  readonly length: number;
  /** The original span that produced the normalized span `span` (empty spans map to a point). */
  toOriginal(span: Span): Span;
}

/** What the document says about itself (byline, headline), where present. */
export interface DocumentMeta {
  title?: string;
  /** ISO date, `YYYY-MM-DD`. */
  date?: string;
  source?: string;
  author?: string;
  editor?: string;
}

/** Encodings county-kg detects and decodes. */
export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030" | "big5";

/**
 * One input article, the container every per-document stage reads and annotates.
 * `text` is cleaned (web chrome and glued pinyin removed), converted to mainland Simplified and has
 * normalized punctuation; `map` takes its spans back to `original`.
 */
export interface Document {
  /** File base name without extension; unique within a corpus. */
  id: string;
  path: string;
  encoding: TextEncoding;
  /** Decoded file text, BOM removed: the text offsets in `orig` spans refer to. */
  original: string;
  /** Normalized text: what the extractors read. */
  text: string;
  map: OffsetMap;
  /** Sentences as spans of `text`, in order, non-overlapping. */
  sentences: Span[];
  meta: DocumentMeta;
  /** sha256 (hex) of the file's bytes. */
  hash: string;
}

/** The public summary of a document carried into outputs. */
export interface DocumentInfo {
  id: string;
  path: string;
  encoding: TextEncoding;
  hash: string;
  /** Length of the original text in UTF-16 code units. */
  chars: number;
  title?: string;
  date?: string;
  source?: string;
  author?: string;
  /** Entity id of the region the document is about (its 我区/我市), when one could be decided. */
  subject?: string;
}

export type EntityKind = "region" | "program" | "industry" | "organization" | "person";

/** Administrative level of a region entity. Zones and macro-regions have no GB/T 2260 code. */
export type RegionLevel = "province" | "prefecture" | "county" | "township" | "zone" | "macro_region";

export type RelationKind =
  | "benchmarks"
  | "learns_from"
  | "cooperates_with"
  | "has_industry"
  | "implements_program"
  | "part_of"
  | "located_in"
  | "leads";

/**
 * The sentence a mention stands in: what the pipeline attaches while it summarizes a document's
 * mentions (`MentionSummary`, `Cooccurrence`), and removes before the mentions leave the document.
 */
export interface MentionContext {
  /** The sentence's span in the ORIGINAL text. */
  start: number;
  end: number;
  /** The sentence as normalized text. */
  text: string;
  /** The mention's span inside `text`. */
  at: Span;
}

/** One occurrence of an entity in a document. */
export interface Mention {
  doc: string;
  kind: EntityKind;
  /** Span in the normalized text. */
  span: Span;
  /** Span in the original text. */
  orig: Span;
  /** `document.text.slice(span.start, span.end)`. */
  surface: string;
  /** Index into `document.sentences`. */
  sentence: number;
  /** Name of the rule that found it (for debugging and evidence). */
  rule: string;
  /** Canonical entity id once resolved. */
  entity?: string;
  /** Entity ids it could be, best first, when resolution is ambiguous. */
  candidates?: string[];
  /** Role of a person mention (区委书记), when the text gives one. */
  role?: string;
  /** The sentence around the mention, while a document is summarized; without it, the surface stands in. */
  context?: MentionContext;
}

/**
 * What the graph needs of an entity's mentions, in memory that grows with the entity rather than with
 * the corpus: computed per document by the pipeline, added up by the merge.
 */
export interface MentionSummary {
  /** Number of mentions. */
  mentions: number;
  /** Ids of the documents mentioning the entity, in document id order. */
  documents: string[];
  /** Number of mentions in each of `documents`, in the same order. */
  perDocument: number[];
  /** Number of sentences mentioning the entity. */
  sentences: number;
  /**
   * The first sentences mentioning it (document id order, then position), at most `EVIDENCE_SAMPLE`
   * (src/extract/mention-summary.ts), every mention in them highlighted.
   */
  occurrences: Evidence[];
}

/** A canonical entity: every mention of it, in every document and script, points here. */
export interface Entity {
  /** Stable id: `region:<code>` where a code exists, otherwise `<kind>:<canonical name>`. */
  id: string;
  kind: EntityKind;
  /** Canonical name in Simplified Chinese (official name for regions). */
  name: string;
  /** Other forms the documents use: Traditional, short names, quoted variants. Sorted. */
  aliases: string[];
  /** GB/T 2260 code (county level and above) or 9-digit statistics code (townships). */
  code?: string;
  level?: RegionLevel;
  /** Entity id of the containing unit. */
  parent?: string;
  /** Names of the containing units, outermost first (["四川省", "遂宁市"]), for regions. */
  parentChain?: string[];
  /** Role(s) of a person (区委书记 …). */
  roles?: string[];
  /** Every mention; empty when the corpus was merged for a graph only (`retain: "sample"`). */
  mentions: Mention[];
  /** What the graph keeps of the mentions (filled by the pipeline; absent in hand-made extractions). */
  summary?: MentionSummary;
}

/** Why a relation is believed: one sentence of one document. */
export interface Evidence {
  doc: string;
  /** The evidence sentence's span in the ORIGINAL text. */
  start: number;
  end: number;
  /** The sentence as normalized text (readable: no glued pinyin, Simplified). */
  text: string;
  /** Spans inside `text` to highlight: the two endpoints' mentions and the trigger. */
  highlights: Span[];
  /** The word that triggered the relation (对标, 考察学习 …). */
  trigger?: string;
  rule: string;
}

/** A typed, directed relation between two entities, with every sentence that states it. */
export interface Relation {
  /** `<kind>:<source>-><target>`. */
  id: string;
  kind: RelationKind;
  source: string;
  target: string;
  /** What the relation is about (综合实力, 优势特色 …), several joined with "; ". */
  aspect?: string;
  evidence: Evidence[];
  /** How many sentences state it, where `evidence` lists only the first `EVIDENCE_SAMPLE` of them. */
  sentences?: number;
}

/**
 * Two entities named in the same sentences: a `co_occurs` edge to be, from the smaller id to the
 * larger (`co_occurs:<source>-><target>`).
 */
export interface Cooccurrence {
  id: string;
  source: string;
  target: string;
  /** Number of sentences naming both. */
  sentences: number;
  /** The first of those sentences, at most `COOCCURRENCE_EVIDENCE_LIMIT`, both mentions highlighted. */
  evidence: Evidence[];
}

/** What extraction yields for one document: entities local to it and relations stated in it. */
export interface DocumentExtraction {
  document: DocumentInfo;
  entities: Entity[];
  relations: Relation[];
  /** Entities named together in the document's sentences (filled by the pipeline). */
  cooccurrences?: Cooccurrence[];
}

/** A whole corpus after merging documents by canonical id. */
export interface Extraction {
  documents: DocumentInfo[];
  entities: Entity[];
  relations: Relation[];
  /** Co-occurrences merged by id, sorted by id; absent when the parts had none. */
  cooccurrences?: Cooccurrence[];
}

/** Node kinds in the built graph: entities, plus documents when `--documents` is on. */
export type NodeKind = EntityKind | "document";

/** Edge kinds in the built graph: relations, sentence co-occurrence, and document → entity links. */
export type EdgeKind = RelationKind | "co_occurs" | "mentions";

/**
 * Attributes of a node in the built graph (graph.json, GEXF). The node key is the entity id.
 * The entity type is `kind`, never `type`: sigma reads `type` as the name of a rendering program.
 */
export interface GraphNodeAttributes {
  kind: NodeKind;
  name: string;
  label: string;
  aliases: string[];
  code?: string;
  level?: RegionLevel;
  /** Entity id of the containing unit. */
  parent?: string;
  /** Names of the containing units, outermost first (["四川省", "遂宁市"]). */
  parentChain?: string[];
  roles?: string[];
  /** Number of mentions, and of documents mentioning it. */
  mentions: number;
  documents: number;
  /** Sentences where the entity is mentioned, the mention highlighted: the first `EVIDENCE_SAMPLE`. */
  occurrences: Evidence[];
  /** Number of sentences mentioning the entity, where `occurrences` lists only the first of them. */
  sentences?: number;
  degree: number;
  weightedDegree: number;
  pagerank: number;
  /** Present only where the graph was small enough to compute it exactly. */
  betweenness?: number;
  community: number;
  x: number;
  y: number;
  size: number;
  color: string;
}

/** Attributes of an edge in the built graph. The edge key is the relation id. */
export interface GraphEdgeAttributes {
  kind: EdgeKind;
  /** Number of evidence sentences (co-occurrence: number of shared sentences). */
  weight: number;
  aspect?: string;
  evidence: Evidence[];
  size: number;
  color: string;
}

/** Attributes of the graph itself. */
export interface GraphAttributes {
  generator: string;
  documents: DocumentInfo[];
  /** Colour per node kind, as used for `color`. */
  palette: Record<string, string>;
}

/**
 * The built knowledge graph: directed, with parallel edges of different kinds between the same pair
 * (a region can both benchmark and cooperate with another).
 */
export type KnowledgeGraph = MultiDirectedGraph<GraphNodeAttributes, GraphEdgeAttributes, GraphAttributes>;
