import type { Candidate } from "./candidate.js";
import { bigramKey, lookupUnit, within, type Gazetteer, type RegionUnit } from "./gazetteer.js";

/**
 * Gives accepted zone candidates their entity: a statistics zone of the gazetteer of the same type
 * under the stem's unit where there is exactly one, else a zone named by the longest form the
 * document uses for that unit and type (游仙高新区 and 游仙高新技术产业开发区 → the latter). Named
 * clusters (福州都市圈) become macro-regions; river corridors belong to the subject; a bare 高新区
 * names the document's one 高新区, or the subject's. Zones the table lacks are registered in
 * `gazetteer.discovered` so that describeRegion knows them (the latest reading wins).
 */
export function resolveZoneCandidates(
  text: string,
  candidates: Candidate[],
  gazetteer: Gazetteer,
  subject: string | undefined,
): void {
  const groups = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (!c.zone || !c.accepted) continue;
    if (c.rule === "zone-corridor") {
      if (!subject) c.accepted = false;
      else
        register(gazetteer, {
          id: c.entity!,
          name: text.slice(c.start, c.end),
          level: "zone",
          parent: subject,
        });
      continue;
    }
    if (c.rule === "zone-named") {
      const name = text.slice(c.start, c.end);
      register(gazetteer, {
        id: c.entity!,
        name,
        level: "zone",
        parent: subject,
        zoneType: c.zone.noun.type,
      });
      continue;
    }
    if (c.rule === "zone-of-macro-region") {
      register(gazetteer, { id: c.entity!, name: text.slice(c.start, c.end), level: "zone" });
      continue;
    }
    if (c.rule === "zone-bare" || !c.ranked) continue;
    const stem = lookupUnit(c.ranked[0]!, gazetteer)!;
    if (c.zone.described) {
      // A zone with a descriptive middle is named by its own words and lies in the unit it starts with.
      const name = text.slice(describedNameStart(text, c, stem, gazetteer), c.end);
      c.entity = `region:${name}`;
      register(gazetteer, {
        id: c.entity,
        name,
        level: "zone",
        parent: stem.id,
        zoneType: c.zone.noun.type,
      });
      continue;
    }
    if (c.zone.noun.level === "macro_region") {
      const name = (stem.short ?? stem.name) + c.zone.noun.noun;
      c.entity = `region:${name}`;
      c.rule = "macro-region-cluster";
      register(gazetteer, { id: c.entity, name, level: "macro_region" });
      continue;
    }
    const parent =
      c.zone.parent ??
      (stem.level === "township" && !(subject && within(stem.id, subject, gazetteer))
        ? stem.parent!
        : stemParent(stem, subject, gazetteer));
    const key = `${parent}|${c.zone.noun.type}`;
    const group = groups.get(key);
    if (group) group.push(c);
    else groups.set(key, [c]);
  }
  const byType = new Map<string, Set<string>>();
  for (const [key, group] of groups) {
    const [parent, type] = key.split("|") as [string, string];
    const listed = (gazetteer.zonesByParent.get(parent) ?? []).filter((z) => z.zoneType === type);
    let id: string;
    if (listed.length === 1) id = listed[0]!.id;
    else {
      const name = group
        .map((c) => text.slice(c.start, c.end))
        .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))[0]!;
      id = `region:${name}`;
      register(gazetteer, { id, name, level: "zone", parent, zoneType: type });
    }
    for (const c of group) c.entity = id;
    byType.set(type, (byType.get(type) ?? new Set()).add(id));
  }
  for (const c of candidates) {
    if (c.rule !== "zone-bare" || !c.zone) continue;
    const type = c.zone.noun.type;
    const inDocument = byType.get(type);
    const listed = subject ? subjectZones(subject, type, gazetteer) : [];
    if (inDocument?.size === 1) c.entity = [...inDocument][0];
    else if (!inDocument && listed.length === 1) c.entity = listed[0]!.id;
    c.accepted = c.entity !== undefined;
  }
}

/**
 * Where a described zone's name starts: after a unit's full name that only locates a zone with a
 * proper name of its own (某市 + 青峰山现代农业示范区: the middle opens with no ordinary word), else at the
 * unit's name (某县食品产业园区, 某市国际农产品加工产业园, 某地北湾经济区 after a short name).
 */
function describedNameStart(text: string, c: Candidate, stem: RegionUnit, gazetteer: Gazetteer): number {
  const at = c.zone!.stemEnd;
  const located = text.slice(c.start, at) === stem.name;
  const proper = isHanPair(text, at) && !gazetteer.bigrams.has(bigramKey(text, at));
  return located && proper ? at : c.start;
}

const isHanPair = (text: string, at: number) => /^[\u4e00-\u9fff]{2}/.test(text.slice(at, at + 2));

/** Where a zone named after `stem` belongs: the stem's unit (a township's zone: the subject it lies in). */
function stemParent(stem: RegionUnit, subject: string | undefined, gazetteer: Gazetteer): string {
  if (stem.level === "township" && subject && within(stem.id, subject, gazetteer)) return subject;
  return stem.id;
}

/** Statistics zones of `type` under the subject or under its prefecture. */
function subjectZones(subject: string, type: string, gazetteer: Gazetteer): readonly RegionUnit[] {
  const unit = gazetteer.units.get(subject);
  for (const at of [subject, unit?.parent]) {
    const listed = (at ? (gazetteer.zonesByParent.get(at) ?? []) : []).filter((z) => z.zoneType === type);
    if (listed.length > 0) return listed;
  }
  return [];
}

/**
 * Records a zone found in a text for describeRegion. The latest recognition wins, so that describing
 * right after recognizing a document gives that document's reading whatever ran before (workers).
 */
function register(gazetteer: Gazetteer, unit: RegionUnit): void {
  if (!gazetteer.units.has(unit.id)) gazetteer.discovered.set(unit.id, unit);
}
