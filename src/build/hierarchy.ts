import type { Entity } from "../types.js";
import type { EdgeEntry } from "./entries.js";
import { EDGE_PALETTE } from "./palette.js";

const REGION_PREFIX = "region:";

/**
 * The administrative ancestors a GB/T 2260 (or 9/12-digit statistics) code implies, nearest first:
 * county (first 6 digits) of a township, prefecture (`xxxx00`), province (`xx0000`).
 */
export function codeAncestors(code: string): string[] {
  if (!/^\d{6}(\d{3}|\d{6})?$/.test(code)) return [];
  const candidates = [code.slice(0, 6), `${code.slice(0, 4)}00`, `${code.slice(0, 2)}0000`];
  return [...new Set(candidates)].filter((candidate) => candidate !== code);
}

/** Entity ids that may contain `entity`, nearest first: its parent, then what its code implies. */
export function ancestorIds(entity: Entity): string[] {
  const ids: string[] = [];
  if (entity.parent !== undefined) ids.push(entity.parent);
  const code =
    entity.code ??
    (entity.parent?.startsWith(REGION_PREFIX) ? entity.parent.slice(REGION_PREFIX.length) : "");
  if (code) for (const ancestor of codeAncestors(code)) ids.push(`${REGION_PREFIX}${ancestor}`);
  return [...new Set(ids)].filter((id) => id !== entity.id);
}

/**
 * `part_of` edges of the administrative hierarchy: each entity → its nearest ancestor that is a node of
 * the graph (no node is invented). Pairs already linked by a part_of edge (`taken`) are skipped.
 */
export function hierarchyEdges(
  entities: readonly Entity[],
  nodes: ReadonlySet<string>,
  taken: ReadonlySet<string>,
): EdgeEntry[] {
  const edges: EdgeEntry[] = [];
  for (const entity of entities) {
    const ancestor = ancestorIds(entity).find((id) => nodes.has(id));
    if (ancestor === undefined) continue;
    const key = `part_of:${entity.id}->${ancestor}`;
    if (taken.has(key)) continue;
    edges.push({
      key,
      source: entity.id,
      target: ancestor,
      attributes: { kind: "part_of", weight: 1, evidence: [], size: 1, color: EDGE_PALETTE.part_of },
    });
  }
  return edges;
}
