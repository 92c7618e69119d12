import type { Named, RelationContext } from "./context.js";
import { entityOf } from "./context.js";
import { ancestorAt, codeLevel, regionCode, type CodedLevel } from "./region-codes.js";

/**
 * The latest coded region named (kept or nested mention) before `at` whose written form ends with the
 * admin character `suffix` (该市 → the last …市), of `level` when given.
 */
export function latestRegionBefore(
  ctx: RelationContext,
  at: number,
  suffix: string,
  level?: CodedLevel,
): Named | undefined {
  const { regions } = ctx;
  for (let i = regions.length - 1; i >= 0; i--) {
    const m = regions[i]!;
    if (m.span.end > at || !m.surface.endsWith(suffix)) continue;
    const id = entityOf(m)!;
    if (level && codeLevel(regionCode(id)!) !== level) continue;
    return { entity: id, span: m.span };
  }
  return undefined;
}

/**
 * The region a bare organ or role (县委, 区政府, 县长) of admin character `suffix` and `level` stands
 * for at `at`: the document subject's unit of that level, unless the document writes that unit with
 * another admin character (a 区 document saying 县委 means a county it visits): then the latest region
 * of that level written with `suffix` before `at`.
 */
export function bareOrganRegion(
  ctx: RelationContext,
  suffix: string,
  level: "province" | "prefecture" | "county",
  at: number,
): string | undefined {
  // 市委 in a text about a county-level city is that city's own committee.
  const unit = level === "prefecture" && ctx.subjectIsCountyCity ? "county" : level;
  const own = ctx.subject ? ancestorAt(ctx.subject, unit) : undefined;
  const usable = own !== undefined && (own === ctx.subject || ctx.known.has(own));
  const written = own ? ctx.regionSuffixes.get(own) : undefined;
  if (usable && (!written || written.has(suffix))) return own;
  return latestRegionBefore(ctx, at, suffix, level)?.entity ?? (usable ? own : undefined);
}
