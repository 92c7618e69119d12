import type { Entity, GraphNodeAttributes } from "../types.js";
import type { NodeEntry } from "./entries.js";
import { mentionOccurrences } from "./occurrences.js";
import { NODE_PALETTE } from "./palette.js";

/**
 * The attributes every node starts with before metrics, style and layout fill in theirs: zeros, the
 * kind's colour, unit size.
 */
export const UNMEASURED: Pick<
  GraphNodeAttributes,
  "degree" | "weightedDegree" | "pagerank" | "community" | "x" | "y" | "size"
> = { degree: 0, weightedDegree: 0, pagerank: 0, community: 0, x: 0, y: 0, size: 1 };

/** The node of one entity: identity, mention counts and the sentences it occurs in. */
export function entityNode(entity: Entity): NodeEntry {
  const attributes: GraphNodeAttributes = {
    kind: entity.kind,
    name: entity.name,
    label: entity.name,
    aliases: [...entity.aliases],
    mentions: entity.mentions.length,
    documents: new Set(entity.mentions.map((mention) => mention.doc)).size,
    occurrences: mentionOccurrences(entity.mentions),
    ...UNMEASURED,
    color: NODE_PALETTE[entity.kind],
  };
  if (entity.code !== undefined) attributes.code = entity.code;
  if (entity.level !== undefined) attributes.level = entity.level;
  if (entity.parent !== undefined) attributes.parent = entity.parent;
  if (entity.parentChain !== undefined) attributes.parentChain = [...entity.parentChain];
  if (entity.roles !== undefined) attributes.roles = [...entity.roles];
  return { key: entity.id, attributes };
}
