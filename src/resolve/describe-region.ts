import type { RegionLevel } from "../types.js";
import { ancestry, lookupUnit, type Gazetteer } from "./gazetteer.js";

/** What the graph needs to know about a region entity. */
export interface RegionDescription {
  /** Official name (zones and macro-regions: canonical name). */
  name: string;
  code?: string;
  level: RegionLevel;
  /** Entity id of the containing unit. */
  parent?: string;
  /** Names of the containing units, outermost first (["四川省", "遂宁市"]). */
  parentChain: string[];
}

/**
 * Describes a region id the recognizer emits: official name, code, level, parent and the names of the
 * containing units, outermost first. Zones the recognizer found in a text (not in the gazetteer) are
 * known from the recognition that emitted them. Undefined for an id never seen.
 */
export function describeRegion(id: string, gazetteer: Gazetteer): RegionDescription | undefined {
  const unit = lookupUnit(id, gazetteer);
  if (!unit) return undefined;
  const parentChain = unit.parent
    ? [...ancestry(unit.parent, gazetteer)]
        .map((at) => lookupUnit(at, gazetteer)?.name)
        .filter((name): name is string => name !== undefined)
        .reverse()
    : [];
  return { name: unit.name, code: unit.code, level: unit.level, parent: unit.parent, parentChain };
}
