import { MultiDirectedGraph } from "graphology";
import type { RunContext } from "../context.js";
import { CountyKgError } from "../errors.js";
import { findCooccurrences } from "../extract/cooccurrences.js";
import type {
  Entity,
  Extraction,
  GraphAttributes,
  GraphEdgeAttributes,
  GraphNodeAttributes,
  KnowledgeGraph,
} from "../types.js";
import { cooccurrenceEdges } from "./cooccurrence.js";
import { documentEntries } from "./document-nodes.js";
import { compareStrings, sortByKey, type EdgeEntry, type NodeEntry } from "./entries.js";
import { entityNode } from "./entity-nodes.js";
import { hierarchyEdges } from "./hierarchy.js";
import { assignLayout } from "./layout.js";
import { assignMetrics } from "./metrics.js";
import { NODE_PALETTE } from "./palette.js";
import { relationEdges } from "./relation-edges.js";
import { assignStyle } from "./style.js";

/** What `buildGraph` adds beyond entities, relations and the admin hierarchy. */
export interface BuildOptions {
  /** Add `co_occurs` edges between entities mentioned in the same sentence. */
  cooccurrence: boolean;
  /** Add a node per document and `mentions` edges document → entity. */
  documents: boolean;
  /** Seed of the layout's initial positions and of Louvain's RNG. */
  seed: number;
}

/** What `county-kg build` uses unless told otherwise: co-occurrence on, no document nodes, seed 42. */
export const DEFAULT_BUILD_OPTIONS: Readonly<BuildOptions> = {
  cooccurrence: true,
  documents: false,
  seed: 42,
};

/** Value of the graph attribute `generator`. */
const GENERATOR = "county-kg";

/** Entities sorted by id; a repeated id is reported on `ctx` and its later entity skipped. */
function uniqueById(entities: readonly Entity[], ctx: RunContext): Entity[] {
  const sorted = [...entities].sort((a, b) => compareStrings(a.id, b.id));
  return sorted.filter((entity, i) => {
    if (i === 0 || sorted[i - 1]!.id !== entity.id) return true;
    ctx.report(
      new CountyKgError("E_DATA", `entity ${entity.id} appears twice in the extraction`, {
        hint: "the extraction must merge entities by id: report this as a bug",
      }),
    );
    return false;
  });
}

/**
 * Builds the knowledge graph of an extraction: one node per entity (key = entity id), one typed edge
 * per relation (key = relation id), `part_of` edges up the admin hierarchy, and, per `options`,
 * co-occurrence edges and document nodes; then metrics, style and layout. Nodes and edges are inserted
 * in key order and all randomness is seeded, so the same extraction and options give the same graph.
 */
export function buildGraph(extraction: Extraction, options: BuildOptions, ctx: RunContext): KnowledgeGraph {
  const graph = assembleGraph(extraction, options, ctx);
  measureAndLayOut(graph, options.seed, ctx);
  return graph;
}

/**
 * The first half of `buildGraph`: nodes and edges, inserted in key order, without metrics or layout.
 * Nothing of `extraction` but shared evidence is referenced by the graph, so a caller that lets go of
 * the extraction before `measureAndLayOut` does not hold both.
 */
export function assembleGraph(
  extraction: Extraction,
  options: Pick<BuildOptions, "cooccurrence" | "documents">,
  ctx: RunContext,
): KnowledgeGraph {
  const entities = uniqueById(extraction.entities, ctx);
  const nodes: NodeEntry[] = entities.map(entityNode);
  const edges: EdgeEntry[] = [];
  const documents = [...extraction.documents].sort((a, b) => compareStrings(a.id, b.id));
  if (options.documents) {
    const entries = documentEntries(documents, entities);
    nodes.push(...entries.nodes);
    edges.push(...entries.edges);
  }
  const keys = new Set(nodes.map((node) => node.key));
  // Appended one by one: spreading a large corpus's hundreds of thousands of edges into push()
  // overflows the call stack.
  for (const edge of relationEdges(extraction.relations, keys, ctx)) edges.push(edge);
  for (const edge of hierarchyEdges(entities, keys, new Set(edges.map((e) => e.key)))) edges.push(edge);
  if (options.cooccurrence) {
    const pairs = extraction.cooccurrences ?? findCooccurrences(entities);
    for (const edge of cooccurrenceEdges(pairs)) edges.push(edge);
  }

  const graph: KnowledgeGraph = new MultiDirectedGraph<
    GraphNodeAttributes,
    GraphEdgeAttributes,
    GraphAttributes
  >();
  graph.replaceAttributes({ generator: GENERATOR, documents, palette: { ...NODE_PALETTE } });
  ctx.progress.start("graph", nodes.length + edges.length);
  for (const node of sortByKey(nodes)) graph.addNode(node.key, node.attributes);
  for (const edge of sortByKey(edges))
    graph.addEdgeWithKey(edge.key, edge.source, edge.target, edge.attributes);
  ctx.progress.end(`${graph.order} nodes, ${graph.size} edges`);
  return graph;
}

/** The second half of `buildGraph`: metrics, style and the seeded layout. */
export function measureAndLayOut(graph: KnowledgeGraph, seed: number, ctx: RunContext): void {
  ctx.progress.start("metrics", 1);
  assignMetrics(graph, seed);
  assignStyle(graph);
  ctx.progress.end();
  assignLayout(graph, seed, ctx.progress);
}
