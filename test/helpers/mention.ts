import type { EntityKind, Mention } from "../../src/types.js";

/** A resolved mention at `[start, end)` of an identity-mapped document, for tests of later stages. */
export function makeMention(
  doc: string,
  kind: EntityKind,
  entity: string,
  start: number,
  surface: string,
  extra: Partial<Mention> = {},
): Mention {
  const end = start + surface.length;
  return {
    doc,
    kind,
    span: { start, end },
    orig: { start, end },
    surface,
    sentence: 0,
    rule: "test",
    entity,
    ...extra,
  };
}
