import type { Mention } from "../../types.js";
import type { RelationCollector } from "./collector.js";
import {
  backOverQuotes,
  clauseAt,
  entityOf,
  nestedIn,
  type RelationContext,
  type SentenceContext,
  type Subject,
} from "./context.js";
import { codeLevel, contains, regionCode } from "./region-codes.js";
import { innermostOfChain, regionOpeningName } from "./subjects.js";
import { visitOwner, type Visit } from "./visits.js";

/** Words saying where a zone or organization sits: X位于Y. */
const SITS_IN = /^(?:等)?(?:项目|企业|公司)?(?:位于|坐落于|坐落在|地处|落户于|落户|落地|入驻|设在|设于|建在)/;
const DEPTH: Record<string, number> = { province: 1, prefecture: 2, county: 3, township: 4 };

/**
 * part_of (region → region stated by the text): a region written right after the unit containing it
 * (绵阳市游仙区, 绵阳游仙), or a region name holding its container's name. located_in (zone or
 * organization → region): 位于Y; a region written right before it (常理镇“凯歌公社”); the most specific
 * coded region in its name (福建师范大学泉港实验小学 → 泉港; a province containing the clause's subject
 * gives way to that subject); else the host of the visit it is seen on, or the region its clause is
 * about.
 */
export function extractContainment(
  ctx: RelationContext,
  out: RelationCollector,
  visits: (Visit | undefined)[],
): void {
  const partners = out.targetsOf("cooperates_with");
  for (const sentence of ctx.sentences) {
    const visit = visits[sentence.index];
    for (const mention of sentence.mentions) {
      if (mention.kind === "region") addPartOf(ctx, out, sentence, mention);
      if (isLocatable(ctx, partners, mention)) addLocatedIn(ctx, out, sentence, mention, visit);
    }
  }
}

function addPartOf(
  ctx: RelationContext,
  out: RelationCollector,
  sentence: SentenceContext,
  region: Mention,
): void {
  const id = entityOf(region)!;
  const next = ctx.startsAt.get(region.span.end);
  if (next?.kind === "region" && contains(id, entityOf(next)!)) {
    const rule = "part_of/adjacent";
    out.add({
      kind: "part_of",
      source: entityOf(next)!,
      target: id,
      sentence,
      rule,
      sourceSpan: next.span,
      targetSpan: region.span,
    });
  }
  for (const inner of nestedIn(ctx, region)) {
    if (inner.kind !== "region" || !contains(entityOf(inner)!, id)) continue;
    const rule = "part_of/in-name";
    out.add({
      kind: "part_of",
      source: id,
      target: entityOf(inner)!,
      sentence,
      rule,
      sourceSpan: region.span,
      targetSpan: inner.span,
    });
  }
}

/**
 * Zones (regions without a code whose name ends like a zone's) and organizations other than organs,
 * national bodies, media and funds; never a peer of a cooperation (a partner, not a resident).
 */
function isLocatable(ctx: RelationContext, partners: Set<string>, mention: Mention): boolean {
  const name = mention.surface;
  if (mention.kind === "region") {
    if (regionCode(entityOf(mention)!) || !ctx.lexicons.zoneEndings.some((e) => name.endsWith(e)))
      return false;
  } else if (mention.kind === "organization") {
    const { prefixes, suffixes } = ctx.lexicons.unlocated;
    if (prefixes.some((p) => name.startsWith(p)) || suffixes.some((s) => name.endsWith(s))) return false;
  } else return false;
  return !partners.has(entityOf(mention)!);
}

function addLocatedIn(
  ctx: RelationContext,
  out: RelationCollector,
  sentence: SentenceContext,
  unit: Mention,
  visit: Visit | undefined,
): void {
  const text = ctx.doc.text;
  const add = (target: string, rule: string, targetSpan?: Mention["span"]) =>
    out.add({
      kind: "located_in",
      source: entityOf(unit)!,
      target,
      sentence,
      rule,
      sourceSpan: unit.span,
      targetSpan,
    });
  const sits = SITS_IN.exec(text.slice(unit.span.end, unit.span.end + 8));
  const host = sits ? ctx.startsAt.get(unit.span.end + sits[0].length) : undefined;
  if (host?.kind === "region") {
    const inner = innermostOfChain(ctx, host);
    return add(entityOf(inner)!, "located_in/sits-in", inner.span);
  }
  const adjacent = ctx.endsAt.get(backOverQuotes(text, unit.span.start, sentence.span.start));
  if (adjacent?.kind === "region") return add(entityOf(adjacent)!, "located_in/named-before", adjacent.span);
  // A site seen on a visit lies in the host (or where its name says), not in the visitor.
  const owner = visitOwner(ctx, sentence, visit, unit.span.start);
  const subject: Subject | undefined =
    owner === undefined
      ? clauseAt(sentence, unit.span.start)?.subject
      : owner === null
        ? undefined
        : { entity: owner, explicit: false, organization: false };
  const clauseRegion = subject && !subject.organization ? subject.entity : undefined;
  const nestedRegion = deepestCodedRegion(nestedIn(ctx, unit));
  const named = nestedRegion
    ? { entity: entityOf(nestedRegion)!, span: nestedRegion.span }
    : regionOpeningName(ctx, unit);
  if (named) {
    // 四川烹饪学院 in a text about a county of Sichuan, 宁德时代 in a sentence about 溧阳: the clause's region.
    const yields =
      clauseRegion &&
      (contains(named.entity, clauseRegion) ||
        (subject?.explicit && !contains(clauseRegion, named.entity) && isAboveCounty(named.entity)));
    if (yields) return add(clauseRegion, "located_in/in-name", subject?.span);
    return add(named.entity, "located_in/in-name", named.span);
  }
  if (clauseRegion) add(clauseRegion, "located_in/clause-subject", subject?.span);
}

function isAboveCounty(id: string): boolean {
  const code = regionCode(id);
  return code !== undefined && (codeLevel(code) === "province" || codeLevel(code) === "prefecture");
}

/** The most specific region with a code among `mentions` (the deepest level, the first of equals). */
function deepestCodedRegion(mentions: Mention[]): Mention | undefined {
  let best: Mention | undefined;
  let bestDepth = 0;
  for (const m of mentions) {
    const code = m.kind === "region" ? regionCode(entityOf(m)!) : undefined;
    if (!code) continue;
    const depth = DEPTH[codeLevel(code)]!;
    if (depth > bestDepth) {
      best = m;
      bestDepth = depth;
    }
  }
  return best;
}
