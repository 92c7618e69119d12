import type { Evidence, Mention, Span } from "../types.js";
import { compare } from "./document-entities.js";

/** Identifies the sentence of a mention across the corpus. */
function sentenceKey(mention: Mention): string {
  return `${mention.doc}\u0000${mention.sentence}`;
}

/** Orders mentions by document, then sentence, then position. */
function compareMentions(a: Mention, b: Mention): number {
  return compare(a.doc, b.doc) || a.sentence - b.sentence || a.span.start - b.span.start;
}

/**
 * Evidence made of one sentence, highlighting the given mentions (all in that sentence). Uses the
 * mentions' `context`; a mention without one yields its own surface as the text.
 */
export function sentenceEvidence(mentions: readonly Mention[], rule: string): Evidence {
  const first = mentions[0];
  if (!first) throw new Error("sentenceEvidence needs at least one mention");
  const context = first.context;
  if (!context) {
    return {
      doc: first.doc,
      start: first.orig.start,
      end: first.orig.end,
      text: first.surface,
      highlights: [{ start: 0, end: first.surface.length }],
      rule,
    };
  }
  const highlights: Span[] = [];
  const seen = new Set<string>();
  for (const mention of mentions) {
    const at = mention.context?.at;
    if (!at || seen.has(`${at.start}:${at.end}`)) continue;
    seen.add(`${at.start}:${at.end}`);
    highlights.push({ start: at.start, end: at.end });
  }
  highlights.sort((a, b) => a.start - b.start || a.end - b.end);
  return { doc: first.doc, start: context.start, end: context.end, text: context.text, highlights, rule };
}

/** Mentions grouped by sentence, groups in document/sentence order, mentions in text order. */
export function groupBySentence(mentions: readonly Mention[]): Mention[][] {
  const groups = new Map<string, Mention[]>();
  for (const mention of [...mentions].sort(compareMentions)) {
    const key = sentenceKey(mention);
    const group = groups.get(key);
    if (group) group.push(mention);
    else groups.set(key, [mention]);
  }
  return [...groups.values()];
}
