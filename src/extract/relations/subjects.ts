import type { Mention, Span } from "../../types.js";
import { entityOf, nestedIn, type RelationContext, type Subject } from "./context.js";
import { ancestorAt, contains } from "./region-codes.js";

/** Numbered clause openers: 一是, 二是, 第三. */
const NUMBERED_OPENER = /^(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十]+)/;
const SKIPPABLE = /[\s“”"「」『』（）()]/;

/**
 * Fills `subject` of every clause. A clause names its subject when, after an opener (一是, 同时,
 * 其中的 …), it starts with a region (the innermost of a chain like 绵阳市游仙区), an organization, a
 * self-reference (我区, 我们: the document's subject), a person who leads a unit (a speaker: that unit) or
 * a name opening with a region (安吉白茶…: 安吉). An organ that stands for a region (区委, 中共X市委,
 * X县人民政府) names that region. Other clauses inherit the subject of the clause before them in the same
 * sentence; the first clause of a sentence defaults to the document's subject.
 */
export function resolveSubjects(ctx: RelationContext, leaders: Map<string, string>): void {
  const fallback: Subject | undefined = ctx.subject
    ? { entity: ctx.subject, explicit: false, organization: false }
    : undefined;
  for (const sentence of ctx.sentences) {
    let current = fallback;
    for (const clause of sentence.clauses) {
      current = explicitSubject(ctx, clause, leaders) ?? current;
      clause.subject = current;
    }
  }
}

function explicitSubject(
  ctx: RelationContext,
  clause: Span,
  leaders: Map<string, string>,
): Subject | undefined {
  const text = ctx.doc.text;
  const at = skipOpeners(ctx, clause);
  if (at >= clause.end) return undefined;
  for (const word of ctx.lexicons.selfReferences) {
    if (text.startsWith(word, at) && ctx.subject) {
      return {
        entity: ctx.subject,
        span: { start: at, end: at + word.length },
        explicit: true,
        organization: false,
      };
    }
  }
  const first = ctx.startsAt.get(at);
  if (!first) return undefined;
  if (first.kind === "region") {
    const inner = innermostOfChain(ctx, first);
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
  return named
    ? { entity: entityOf(named)!, span: named.span, explicit: true, organization: false }
    : undefined;
}

/**
 * The region a name opens with (安吉 of 安吉白茶), the innermost of a chain, if any. A name opening with
 * a pair of regions (苏陕对口协作) belongs to neither.
 */
export function regionOpeningName(ctx: RelationContext, mention: Mention): Mention | undefined {
  let found: Mention | undefined;
  for (const inner of nestedIn(ctx, mention)) {
    if (inner.kind !== "region") continue;
    if (inner.span.start === (found ? found.span.end : mention.span.start)) {
      if (found && !contains(entityOf(found)!, entityOf(inner)!)) return undefined;
      found = inner;
    }
  }
  return found;
}

/** The offset where a clause's content starts, past white space, quotes and opener words. */
function skipOpeners(ctx: RelationContext, clause: Span): number {
  const text = ctx.doc.text;
  let at = clause.start;
  for (let round = 0; round < 4; round++) {
    while (at < clause.end && SKIPPABLE.test(text[at]!)) at++;
    const rest = text.slice(at, Math.min(clause.end, at + 8));
    const numbered = NUMBERED_OPENER.exec(rest);
    if (numbered && !ctx.startsAt.has(at)) {
      at += numbered[0].length;
      continue;
    }
    let opener = "";
    for (const word of ctx.lexicons.clauseOpeners) {
      if (word.length > opener.length && rest.startsWith(word) && !ctx.startsAt.has(at)) opener = word;
    }
    if (!opener) break;
    at += opener.length;
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
      if (!level || !ctx.subject) continue;
      const region = ancestorAt(ctx.subject, level);
      if (region && (region === ctx.subject || ctx.known.has(region))) return region;
      continue;
    }
    const named = inside.find((m) => m.kind === "region" && m.span.end === end - suffix.length);
    if (named) return entityOf(named);
  }
  return undefined;
}
