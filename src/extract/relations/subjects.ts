import type { Mention, Span } from "../../types.js";
import {
  entityOf,
  nestedIn,
  type Named,
  type RelationContext,
  type SentenceContext,
  type Subject,
} from "./context.js";
import { CLAUSE_LEAD, isIn } from "./chars.js";
import { contains, regionCode } from "./region-codes.js";
import { bareOrganRegion, latestRegionBefore } from "./region-references.js";

/** Numbered clause openers: 一是, 二是, 第三. */
const NUMBERED_OPENER = /[一二三四五六七八九十]+是|第[一二三四五六七八九十]+/y;

/**
 * Fills `subject` of every clause. A clause names its subject when, after an opener (一是, 同时,
 * 其中的 …), it starts with a region (the innermost of a chain like 绵阳市游仙区), an organization, a
 * self-reference (我区, 我们: the document's subject), a person who leads a unit (a speaker: that unit) or
 * a name opening with a region (安吉白茶…: 安吉). An organ that stands for a region (区委, 中共X市委,
 * X县人民政府) names that region. Other clauses inherit the subject of the clause before them in the same
 * sentence; the first clause of a sentence defaults to the document's subject. A sentence that is only
 * a quotation (“…。”) belongs to the speaker named at the start of the next sentence of its paragraph;
 * one opening with a continuation word (特别是, 其中) keeps the subject named in the sentence before.
 */
export function resolveSubjects(ctx: RelationContext, leaders: Map<string, string>): void {
  const fallback: Subject | undefined = ctx.subject
    ? { entity: ctx.subject, explicit: false, organization: false }
    : undefined;
  let previous: SentenceContext | undefined;
  for (const sentence of ctx.sentences) {
    let current = continuedSubject(ctx, previous, sentence) ?? fallback;
    for (const clause of sentence.clauses) {
      current = explicitSubject(ctx, clause, leaders) ?? current;
      clause.subject = current;
    }
    previous = sentence;
  }
  ctx.sentences.forEach((sentence, i) => {
    const next = ctx.sentences[i + 1];
    if (!next || next.paragraph !== sentence.paragraph || !isQuotation(ctx.doc.text, sentence.span)) return;
    if (sentence.clauses.some((c) => c.subject?.explicit)) return;
    const speaker = next.clauses[0]?.subject;
    if (!speaker?.explicit) return;
    for (const clause of sentence.clauses) clause.subject = { ...speaker, span: undefined, explicit: false };
  });
}

/**
 * 特别是采用…: a sentence of the same paragraph opening with a continuation word keeps the subject the
 * sentence before ended with, when that one was named there.
 */
function continuedSubject(
  ctx: RelationContext,
  previous: SentenceContext | undefined,
  sentence: SentenceContext,
): Subject | undefined {
  if (!previous || previous.paragraph !== sentence.paragraph) return undefined;
  let at = sentence.span.start;
  while (at < sentence.span.end && isIn(CLAUSE_LEAD, ctx.doc.text, at)) at++;
  if (!ctx.lexicons.continuationOpeners.at(ctx.doc.text, at, sentence.span.end)) return undefined;
  const last = previous.clauses[previous.clauses.length - 1]?.subject;
  return last?.explicit ? { ...last, span: undefined, explicit: false } : undefined;
}

/** Whether a sentence is a quotation only: it opens with “ and ends with ” (a terminator may follow). */
function isQuotation(text: string, span: Span): boolean {
  return text[span.start] === "“" && text.lastIndexOf("”", span.end - 1) >= span.end - 2;
}
function explicitSubject(
  ctx: RelationContext,
  clause: Span,
  leaders: Map<string, string>,
): Subject | undefined {
  const text = ctx.doc.text;
  const at = skipOpeners(ctx, clause);
  if (at >= clause.end) return undefined;
  const self = ctx.subject ? ctx.lexicons.selfReferences.at(text, at, clause.end) : undefined;
  if (self && ctx.subject) {
    return {
      entity: ctx.subject,
      span: { start: at, end: at + self.word.length },
      explicit: true,
      organization: false,
    };
  }
  const first = ctx.startsAt.get(at);
  if (!first) return referringSubject(ctx, at, clause.end) ?? bareOrganSubject(ctx, at, clause.end);
  if (opensList(ctx, innermostOfChain(ctx, first), clause.end)) return undefined;
  if (first.kind === "region") {
    const inner = innermostOfChain(ctx, first);
    // X代表团来我县考察…: the clause is about the visit to us, not about X.
    if (ctx.lexicons.delegationWords.some((w) => text.startsWith(w, inner.span.end))) return undefined;
    return { entity: entityOf(inner)!, span: inner.span, explicit: true, organization: false };
  }
  if (first.kind === "organization") {
    const region = organRegion(ctx, first);
    return region
      ? { entity: region, span: first.span, explicit: true, organization: false }
      : { entity: entityOf(first)!, span: first.span, explicit: true, organization: true };
  }
  if (first.kind === "person") {
    const unit = leaders.get(entityOf(first)!);
    if (unit)
      return { entity: unit, span: first.span, explicit: true, organization: !unit.startsWith("region:") };
    return undefined;
  }
  const named = regionOpeningName(ctx, first);
  return named ? { ...named, explicit: true, organization: false } : undefined;
}

/**
 * The coded region a name opens with (安吉 of 安吉白茶, 游仙 of 游仙高新区), the innermost of a chain: a
 * region mention nested at its start, else a form the document uses for one of its regions. A name opening
 * with a pair of regions (苏陕对口协作) belongs to neither.
 */
export function regionOpeningName(ctx: RelationContext, mention: Mention): Named | undefined {
  let found: Named | undefined;
  for (const inner of nestedIn(ctx, mention)) {
    if (inner.kind !== "region" || !regionCode(entityOf(inner)!)) continue;
    if (inner.span.start === (found ? found.span.end : mention.span.start)) {
      if (found && !contains(found.entity, entityOf(inner)!)) return undefined;
      found = { entity: entityOf(inner)!, span: inner.span };
    }
  }
  if (found) return found;
  const text = ctx.doc.text;
  // Leave at least one character: a name that is only a region's form is that region.
  for (let at = mention.span.start; at < mention.span.end - 1;) {
    const form = ctx.regionForms.at(text, at, mention.span.end - 1);
    if (!form) break;
    const entity = form.values[0]!;
    if (found && !contains(found.entity, entity)) return undefined;
    found = { entity, span: { start: at, end: at + form.word.length } };
    at += form.word.length;
  }
  return found;
}

/** 该市坚持…: 该 and an admin character name the latest region written with that character. */
function referringSubject(ctx: RelationContext, at: number, end: number): Subject | undefined {
  const text = ctx.doc.text;
  if (text[at] !== "该" || at + 2 > end) return undefined;
  const named = latestRegionBefore(ctx, at, text[at + 1]!);
  return (
    named && { entity: named.entity, span: { start: at, end: at + 2 }, explicit: true, organization: false }
  );
}

/** 市委立足实际…: a bare organ opening a clause (no mention there) names the unit it stands for. */
function bareOrganSubject(ctx: RelationContext, at: number, end: number): Subject | undefined {
  const text = ctx.doc.text;
  for (const { suffix, level } of ctx.lexicons.regionOrgans) {
    if (!level || at + suffix.length > end || !text.startsWith(suffix, at)) continue;
    const region = organRegionOfText(ctx, suffix, at + suffix.length, []);
    if (region)
      return {
        entity: region,
        span: { start: at, end: at + suffix.length },
        explicit: true,
        organization: false,
      };
  }
  return undefined;
}

/** Whether `mention` is the first item of a list (仁寿县人民医院、仁寿一中…): then it is no subject. */
function opensList(ctx: RelationContext, mention: Mention, end: number): boolean {
  const text = ctx.doc.text;
  const after = mention.span.end;
  if (after >= end) return false;
  const sep = text[after]!;
  if (sep === "、") return true;
  return (sep === "和" || sep === "及" || sep === "与") && ctx.startsAt.has(after + 1);
}

/** The offset where a clause's content starts, past white space, quotes and opener words. */
function skipOpeners(ctx: RelationContext, clause: Span): number {
  const text = ctx.doc.text;
  let at = clause.start;
  for (let round = 0; round < 4; round++) {
    while (at < clause.end && isIn(CLAUSE_LEAD, text, at)) at++;
    if (at >= clause.end || ctx.startsAt.has(at)) break;
    NUMBERED_OPENER.lastIndex = at;
    const numbered = NUMBERED_OPENER.exec(text);
    if (numbered && at + numbered[0].length <= clause.end) {
      at += numbered[0].length;
      continue;
    }
    const opener = ctx.lexicons.clauseOpeners.at(text, at, clause.end);
    if (!opener) break;
    at += opener.word.length;
  }
  return at;
}

/**
 * Follows a chain of adjacent regions each containing the next (绵阳市游仙区, 浙江安吉) to its innermost
 * unit: the containers are context, the last is the region meant.
 */
export function innermostOfChain(ctx: RelationContext, first: Mention): Mention {
  let current = first;
  for (;;) {
    const next = ctx.startsAt.get(current.span.end);
    if (!next || next.kind !== "region" || !contains(entityOf(current)!, entityOf(next)!)) return current;
    current = next;
  }
}

/**
 * The region an organ stands for: a party committee or government named after a region (中共安康市委,
 * X县人民政府) stands for that region; a bare one (市委, 省委) for the unit of that level containing the
 * document's subject, when the document mentions it. Undefined for every other organization.
 */
export function organRegion(ctx: RelationContext, organ: Mention): string | undefined {
  return organRegionOfText(ctx, organ.surface, organ.span.end, nestedIn(ctx, organ));
}

/**
 * The region stood for by organ words ending at `end` in the text (`surface` being those words), with
 * `inside` the region mentions they contain.
 */
export function organRegionOfText(
  ctx: RelationContext,
  surface: string,
  end: number,
  inside: Mention[],
): string | undefined {
  const bare = surface.replace(/^(?:中共|中国共产党)/, "");
  for (const { suffix, level } of ctx.lexicons.regionOrgans) {
    if (!bare.endsWith(suffix)) continue;
    if (bare === suffix) {
      if (!level) continue;
      const region = bareOrganRegion(ctx, suffix[0]!, level, end - suffix.length);
      if (region) return region;
      continue;
    }
    const named = inside.find((m) => m.kind === "region" && m.span.end === end - suffix.length);
    if (named) return entityOf(named);
  }
  return undefined;
}
