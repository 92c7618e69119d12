import type { Entity, Mention, RegionLevel } from "../types.js";

/** Looks up the official description of a region id (name, code, level, parent entity id). */
export type RegionLookup = (
  id: string,
) =>
  { name: string; code?: string; level?: RegionLevel; parent?: string; parentChain?: string[] } | undefined;

/**
 * Groups one document's resolved mentions into entities: one per `mention.entity`, named by the
 * gazetteer for regions and by the canonical part of the id (`program:乡村振兴` → 乡村振兴) otherwise.
 * `alias` turns a mention into the form the document uses (its original text, ruby removed); forms
 * other than the name become aliases. Entities come out sorted by id, their mentions by offset.
 */
export function entitiesFromMentions(
  mentions: readonly Mention[],
  describe: RegionLookup,
  alias: (mention: Mention) => string,
): Entity[] {
  const byId = new Map<string, Mention[]>();
  for (const mention of mentions) {
    if (!mention.entity) continue;
    const list = byId.get(mention.entity);
    if (list) list.push(mention);
    else byId.set(mention.entity, [mention]);
  }
  const entities: Entity[] = [];
  for (const [id, list] of byId) {
    const first = list[0]!;
    const region = first.kind === "region" ? describe(id) : undefined;
    const name = region?.name ?? id.slice(id.indexOf(":") + 1);
    const aliases = new Set<string>();
    const roles = new Set<string>();
    for (const mention of list) {
      const form = alias(mention);
      if (form && form !== name) aliases.add(form);
      if (mention.role) roles.add(mention.role);
    }
    const entity: Entity = {
      id,
      kind: first.kind,
      name,
      aliases: [...aliases].sort(),
      mentions: [...list].sort((a, b) => a.span.start - b.span.start),
    };
    if (region?.code) entity.code = region.code;
    if (region?.level) entity.level = region.level;
    if (region?.parent) entity.parent = region.parent;
    if (region?.parentChain?.length) entity.parentChain = region.parentChain;
    if (roles.size > 0) entity.roles = [...roles].sort();
    entities.push(entity);
  }
  return entities.sort((a, b) => compare(a.id, b.id));
}

/** Code-unit order: deterministic and locale-free. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
