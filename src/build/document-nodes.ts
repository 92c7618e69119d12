import type { DocumentInfo, Entity } from "../types.js";
import type { EdgeEntry, NodeEntry } from "./entries.js";
import { entitySummary, UNMEASURED } from "./entity-nodes.js";
import { EDGE_PALETTE, NODE_PALETTE } from "./palette.js";

/** Node key of a document: `document:<id>`. */
export function documentKey(id: string): string {
  return `document:${id}`;
}

/**
 * Document nodes (label = title, else id) and `mentions` edges document → entity, weighted by the number
 * of mentions of the entity in the document.
 */
export function documentEntries(
  documents: readonly DocumentInfo[],
  entities: readonly Entity[],
): { nodes: NodeEntry[]; edges: EdgeEntry[] } {
  const known = new Set(documents.map((document) => document.id));
  const mentionsPerDocument = new Map<string, number>();
  const edges: EdgeEntry[] = [];
  for (const entity of entities) {
    const { documents: ids, perDocument } = entitySummary(entity);
    for (const [i, doc] of ids.entries()) {
      if (!known.has(doc)) continue;
      const count = perDocument[i]!;
      mentionsPerDocument.set(doc, (mentionsPerDocument.get(doc) ?? 0) + count);
      edges.push({
        key: `mentions:${documentKey(doc)}->${entity.id}`,
        source: documentKey(doc),
        target: entity.id,
        attributes: { kind: "mentions", weight: count, evidence: [], size: 1, color: EDGE_PALETTE.mentions },
      });
    }
  }
  const nodes = documents.map((document) => ({
    key: documentKey(document.id),
    attributes: {
      kind: "document" as const,
      name: document.title ?? document.id,
      label: document.title ?? document.id,
      aliases: [],
      mentions: mentionsPerDocument.get(document.id) ?? 0,
      documents: 1,
      occurrences: [],
      ...UNMEASURED,
      color: NODE_PALETTE.document,
    },
  }));
  return { nodes, edges };
}
