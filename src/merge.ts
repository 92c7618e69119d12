import { compare } from "./extract/document-entities.js";
import type { DocumentExtraction, Entity, Extraction, Relation } from "./types.js";

/**
 * The reduce step: merges per-document extractions by canonical id. Entities keep the union of their
 * aliases, roles and mentions; relations the union of their evidence and aspects. Documents, entities
 * and relations come out sorted (documents by id), so the result does not depend on the order in which
 * the documents were processed.
 */
export function mergeExtractions(parts: readonly DocumentExtraction[]): Extraction {
  const sorted = [...parts].sort((a, b) => compare(a.document.id, b.document.id));
  const entities = new Map<string, Entity>();
  const relations = new Map<string, Relation>();
  for (const part of sorted) {
    for (const entity of part.entities) {
      const known = entities.get(entity.id);
      if (!known) {
        entities.set(entity.id, { ...entity, aliases: [...entity.aliases], mentions: [...entity.mentions] });
        continue;
      }
      known.aliases = union(known.aliases, entity.aliases);
      known.mentions.push(...entity.mentions);
      if (entity.roles) known.roles = union(known.roles ?? [], entity.roles);
    }
    for (const relation of part.relations) {
      const known = relations.get(relation.id);
      if (!known) {
        relations.set(relation.id, { ...relation, evidence: [...relation.evidence] });
        continue;
      }
      known.evidence.push(...relation.evidence);
      if (relation.aspect)
        known.aspect = union(splitAspect(known.aspect), splitAspect(relation.aspect)).join("; ");
    }
  }
  return {
    documents: sorted.map((part) => part.document),
    entities: [...entities.values()].sort((a, b) => compare(a.id, b.id)),
    relations: [...relations.values()].sort((a, b) => compare(a.id, b.id)),
  };
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])].sort(compare);
}

function splitAspect(aspect: string | undefined): string[] {
  return aspect ? aspect.split("; ").filter(Boolean) : [];
}
