import type { Document, EntityKind, Mention, Span } from "../types.js";
import { canonicalName } from "./canonical.js";

/** Index of the sentence of `doc` containing offset `at` (the last sentence starting at or before it). */
export function sentenceIndex(doc: Document, at: number): number {
  const sentences = doc.sentences;
  let lo = 0;
  let hi = sentences.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * A fully filled mention of `kind` at `span` of `doc`: surface, original span, sentence index, rule, and
 * the entity id `<kind>:<canonical name>` made from `name` (the surface unless a rule knows better).
 */
export function createMention(
  doc: Document,
  kind: EntityKind,
  span: Span,
  rule: string,
  name = doc.text.slice(span.start, span.end),
  role?: string,
): Mention {
  const mention: Mention = {
    doc: doc.id,
    kind,
    span: { start: span.start, end: span.end },
    orig: doc.map.toOriginal(span),
    surface: doc.text.slice(span.start, span.end),
    sentence: sentenceIndex(doc, span.start),
    rule,
    entity: `${kind}:${canonicalName(kind, name)}`,
  };
  if (role !== undefined) mention.role = role;
  return mention;
}

/** Mentions sorted by start, then end, then entity id; exact duplicates (same span and entity) removed. */
export function sortMentions(mentions: Mention[]): Mention[] {
  const sorted = [...mentions].sort(
    (a, b) =>
      a.span.start - b.span.start ||
      a.span.end - b.span.end ||
      compareStrings(a.entity ?? "", b.entity ?? "") ||
      compareStrings(a.rule, b.rule),
  );
  return sorted.filter(
    (m, i) =>
      i === 0 ||
      m.span.start !== sorted[i - 1]!.span.start ||
      m.span.end !== sorted[i - 1]!.span.end ||
      m.entity !== sorted[i - 1]!.entity,
  );
}

/** Code-unit order of two strings: fast and the same on every machine (unlike localeCompare). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
