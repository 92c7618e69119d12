import type { Document, Mention, Span } from "../types.js";
import type { Candidate } from "./candidate.js";
import { lookupUnit, type Gazetteer } from "./gazetteer.js";
import { resolveUnitCandidates } from "./resolve-candidates.js";
import { resolveZoneCandidates } from "./resolve-zones.js";
import { scanCandidates } from "./scan-candidates.js";
import { subjectTownshipCandidates } from "./subject-townships.js";

/** Suffix of 我区/全县 … → the unit levels and name endings it can refer to. */
const FIRST_PERSON_FITS: Record<string, (name: string, level: string) => boolean> = {
  区: (name) => name.endsWith("区"),
  县: (name) => name.endsWith("县"),
  旗: (name) => name.endsWith("旗"),
  州: (name) => name.endsWith("州"),
  市: (name, level) => name.endsWith("市") || level === "prefecture",
  省: (_name, level) => level === "province",
};

/**
 * Finds the region mentions of a document: provinces, prefectures, counties and townships of the
 * gazetteer by full or short name, zones (X高新区, X经开区 …), macro-regions (长三角, 成渝地区双城经济圈),
 * one-character province abbreviations in their patterns (来陕考察, 苏陕协作) and first-person
 * references (我区). Every mention is resolved to an entity id (`region:<code>` where the unit has a
 * code, `region:<name>` for zones and macro-regions); a name that several units share carries its
 * ranked `candidates`. Sorted by offset.
 */
export function recognizeRegions(doc: Document, gazetteer: Gazetteer): Mention[] {
  const sentenceOf = sentenceIndexer(doc.sentences);
  const candidates = scanCandidates(doc.text, gazetteer);
  const subject = resolveUnitCandidates(doc, candidates, gazetteer, sentenceOf);
  for (const c of candidates) if (c.entity) c.accepted = true;
  candidates.push(...subjectTownshipCandidates(doc.text, candidates, subject, gazetteer));
  candidates.sort((a, b) => a.start - b.start);
  resolveZoneCandidates(doc.text, candidates, gazetteer, subject);
  const mentions: Mention[] = [];
  for (const c of candidates) {
    const entity = entityOf(c, doc.text, subject, gazetteer);
    if (!entity) continue;
    const span = { start: c.start, end: c.end };
    const mention: Mention = {
      doc: doc.id,
      kind: "region",
      span,
      orig: doc.map.toOriginal(span),
      surface: doc.text.slice(c.start, c.end),
      sentence: sentenceOf(c.start),
      rule: c.rule,
      entity,
    };
    if (!c.zone && c.ranked && c.ranked.length > 1) mention.candidates = c.ranked;
    mentions.push(mention);
  }
  return mentions;
}

function entityOf(
  c: Candidate,
  text: string,
  subject: string | undefined,
  gazetteer: Gazetteer,
): string | undefined {
  if (c.rule === "first-person") {
    const unit = subject ? lookupUnit(subject, gazetteer) : undefined;
    const fits = FIRST_PERSON_FITS[text[c.start + 1]!];
    return unit && fits?.(unit.name, unit.level) ? unit.id : undefined;
  }
  if (!c.accepted) return undefined;
  if (c.zone || c.entity) return c.entity;
  return c.ranked?.[0];
}

/** Index of the sentence containing an offset (the last one starting at or before it). */
function sentenceIndexer(sentences: readonly Span[]): (offset: number) => number {
  return (offset) => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return Math.max(0, lo);
  };
}
