import type { Mention, MentionSummary } from "../types.js";
import { groupBySentence, sentenceEvidence } from "./sentence-evidence.js";

/**
 * How many evidence sentences an entity (its occurrences) or a relation keeps; the counts cover them
 * all. The first ones are kept, in document id order, then position, so the sample is deterministic.
 */
export const EVIDENCE_SAMPLE = 25;

/**
 * The summary of an entity's mentions (see MentionSummary): counts per document and sentence, and one
 * Evidence per sentence for the first `EVIDENCE_SAMPLE` sentences, every mention in it highlighted.
 * Sentences come from the mentions' `context` (the surface stands in without one).
 */
export function summarizeMentions(mentions: readonly Mention[]): MentionSummary {
  const groups = groupBySentence(mentions);
  const documents: string[] = [];
  const perDocument: number[] = [];
  for (const group of groups) {
    const doc = group[0]!.doc;
    if (documents[documents.length - 1] !== doc) {
      documents.push(doc);
      perDocument.push(0);
    }
    perDocument[perDocument.length - 1]! += group.length;
  }
  return {
    mentions: mentions.length,
    documents,
    perDocument,
    sentences: groups.length,
    occurrences: groups
      .slice(0, EVIDENCE_SAMPLE)
      .map((group) => sentenceEvidence(group, group[0]?.rule ?? "mention")),
  };
}
