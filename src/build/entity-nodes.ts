import { summarizeMentions } from "../extract/mention-summary.js";
import type { Entity, GraphNodeAttributes, MentionSummary } from "../types.js";
import type { NodeEntry } from "./entries.js";
import { NODE_PALETTE } from "./palette.js";

/**
 * The attributes every node starts with before metrics, style and layout fill in theirs: zeros, the
 * kind's colour, unit size.
 */
export const UNMEASURED: Pick<
  GraphNodeAttributes,
  "degree" | "weightedDegree" | "pagerank" | "community" | "x" | "y" | "size"
> = { degree: 0, weightedDegree: 0, pagerank: 0, community: 0, x: 0, y: 0, size: 1 };

/** What the graph keeps of an entity's mentions: the pipeline's summary, else one made from the mentions. */
export function entitySummary(entity: Entity): MentionSummary {
  return entity.summary ?? summarizeMentions(entity.mentions);
}

/**
 * The node of one entity: identity, mention counts and the sentences it occurs in (the first
 * `EVIDENCE_SAMPLE`; `sentences` counts them all when there are more).
 */
export function entityNode(entity: Entity): NodeEntry {
  const summary = entitySummary(entity);
  const attributes: GraphNodeAttributes = {
    kind: entity.kind,
    name: entity.name,
    label: entity.name,
    aliases: [...entity.aliases],
    mentions: summary.mentions,
    documents: summary.documents.length,
    occurrences: [...summary.occurrences],
    ...UNMEASURED,
    color: NODE_PALETTE[entity.kind],
  };
  if (summary.sentences > summary.occurrences.length) attributes.sentences = summary.sentences;
  if (entity.code !== undefined) attributes.code = entity.code;
  if (entity.level !== undefined) attributes.level = entity.level;
  if (entity.parent !== undefined) attributes.parent = entity.parent;
  if (entity.parentChain !== undefined) attributes.parentChain = [...entity.parentChain];
  if (entity.roles !== undefined) attributes.roles = [...entity.roles];
  return { key: entity.id, attributes };
}
