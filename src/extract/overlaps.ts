import type { EntityKind, Mention } from "../types.js";
import { compareStrings } from "./mention.js";

/**
 * Which kind wins when two mentions cover the very same span: a region (matched against the gazetteer,
 * zones included) first, then the more specific names.
 */
const KIND_PRIORITY: Record<EntityKind, number> = {
  region: 0,
  organization: 1,
  program: 2,
  industry: 3,
  person: 4,
};

/**
 * Resolves overlapping mentions of ALL kinds, spaCy-style: longest first, ties broken by kind priority
 * (region, organization, program, industry, person) then by start. A mention overlapping a kept one is
 * dropped; it goes to `nested` when it lies wholly inside a kept mention (a region inside
 * 某某师范大学, a program inside an honour), and is discarded when the overlap is partial. Both lists are
 * sorted by start.
 */
export function resolveOverlaps(mentions: Mention[]): { kept: Mention[]; nested: Mention[] } {
  const order = [...mentions].sort(
    (a, b) =>
      b.span.end - b.span.start - (a.span.end - a.span.start) ||
      KIND_PRIORITY[a.kind] - KIND_PRIORITY[b.kind] ||
      a.span.start - b.span.start ||
      compareStrings(a.entity ?? "", b.entity ?? ""),
  );
  const kept: Mention[] = [];
  const nested: Mention[] = [];
  // owner[i] = index in `kept` of the mention covering character i, or -1.
  const owner = new Int32Array(mentions.reduce((max, m) => Math.max(max, m.span.end), 0)).fill(-1);
  for (const mention of order) {
    const { start, end } = mention.span;
    const first = owner[start] ?? -1;
    let clash = false;
    let inside = first >= 0;
    for (let i = start; i < end; i++) {
      if (owner[i]! >= 0) clash = true;
      if (owner[i] !== first) inside = false;
    }
    if (!clash) {
      owner.fill(kept.length, start, end);
      kept.push(mention);
    } else if (inside) nested.push(mention);
  }
  const byStart = (a: Mention, b: Mention) =>
    a.span.start - b.span.start || a.span.end - b.span.end || KIND_PRIORITY[a.kind] - KIND_PRIORITY[b.kind];
  return { kept: kept.sort(byStart), nested: nested.sort(byStart) };
}
