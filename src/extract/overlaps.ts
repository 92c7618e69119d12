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
  // Sort indices on precomputed keys: this runs over every mention of a document.
  const length = Int32Array.from(mentions, (m) => m.span.end - m.span.start);
  const priority = Int8Array.from(mentions, (m) => KIND_PRIORITY[m.kind]);
  const order = Array.from(mentions, (_, i) => i).sort(
    (a, b) =>
      length[b]! - length[a]! ||
      priority[a]! - priority[b]! ||
      mentions[a]!.span.start - mentions[b]!.span.start ||
      compareStrings(mentions[a]!.entity ?? "", mentions[b]!.entity ?? ""),
  );
  const kept: Mention[] = [];
  const nested: Mention[] = [];
  // owner[i] = index in `kept` of the mention covering character i, or -1.
  const owner = new Int32Array(mentions.reduce((max, m) => Math.max(max, m.span.end), 0)).fill(-1);
  for (const index of order) {
    const mention = mentions[index]!;
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

/**
 * The regions of `nested` named inside a program's name (a plan title 《某市与某市对口合作实施方案》, a
 * slogan “近学某市、远学某市”): the program is about them, so each is also a mention of its region.
 * Regions inside an organization's name (某市人民政府, 某某日报) stay nested: the body is named, not
 * the place. Both lists sorted by start; the result is too.
 */
export function regionsInPrograms(kept: readonly Mention[], nested: readonly Mention[]): Mention[] {
  const programs = kept.filter((m) => m.kind === "program");
  const found: Mention[] = [];
  let k = 0;
  for (const m of nested) {
    if (m.kind !== "region") continue;
    while (k < programs.length && programs[k]!.span.end <= m.span.start) k++;
    const program = programs[k];
    if (program && program.span.start <= m.span.start && program.span.end >= m.span.end) found.push(m);
  }
  return found;
}
