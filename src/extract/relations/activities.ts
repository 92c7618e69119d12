import type { Mention, Span } from "../../types.js";
import type { RelationCollector } from "./collector.js";
import {
  backOverQuotes,
  clauseAt,
  entityOf,
  nestedIn,
  type Named,
  type RelationContext,
  type SentenceContext,
  type Subject,
} from "./context.js";
import { localPlaces } from "./anaphora.js";
import { contains, regionCode } from "./region-codes.js";
import { organRegionOfText, regionOpeningName } from "./subjects.js";
import { visitOwner, type Visit } from "./visits.js";

/**
 * has_industry (region → industry) and implements_program (region or organization → program): every
 * industry or program mention belongs to the subject of its clause (see subjects.ts: a region or
 * organization opening the clause, 我区 …, else the document's subject), never to every region of the
 * sentence. Only regions have industries. A region written right before the name or opening it names
 * the owner: a program (泉州“跨江发展”战略) is that region's too; an industry (涂岭休闲农业) is that
 * region's instead, unless the region contains the subject (遂宁红薯 in a text about a district of 遂宁).
 * A program introduced by an organ that stands for a region (市委“五增”) is that region's too, and a
 * cooperation program in a sentence where regions cooperate (A与B东西部协作) is each of theirs; a field
 * of a cooperation (在X等领域合作) is nobody's, and 支持当地发展X is the aided places' (anaphora.ts). What a
 * visit sees (赴X考察Y产业) is the host's, or nobody's when several places were visited (visits.ts).
 */
export function extractActivities(
  ctx: RelationContext,
  out: RelationCollector,
  visits: (Visit | undefined)[],
): void {
  for (const sentence of ctx.sentences) {
    const visit = visits[sentence.index];
    let partners: string[] | undefined;
    for (const mention of sentence.mentions) {
      if (mention.kind !== "industry" && mention.kind !== "program") continue;
      if (isCooperationField(ctx, sentence, mention)) continue;
      const kind = mention.kind === "industry" ? "has_industry" : "implements_program";
      const target = entityOf(mention)!;
      const clause = clauseAt(sentence, mention.span.start);
      const local = clause && localPlaces(ctx, sentence, clause.start, mention.span.start);
      if (local) {
        // 支持当地发展X: the aided places', not the helper's.
        for (const place of local) {
          out.add({
            kind,
            source: place.entity,
            target,
            sentence,
            rule: `${kind}/local`,
            targetSpan: mention.span,
          });
        }
        continue;
      }
      const host = visitOwner(ctx, sentence, visit, mention.span.start);
      const subject: Subject | undefined =
        host === undefined
          ? clause?.subject
          : host === null
            ? undefined
            : { entity: host, explicit: false, organization: false };
      const owner = namingRegion(ctx, sentence, mention);
      const ownerId = owner?.entity;
      // 涂岭休闲农业 is the township's industry; 遂宁红薯 (a container of the subject) stays the subject's.
      const ownerTakesIndustry =
        ownerId && !(subject && (ownerId === subject.entity || contains(ownerId, subject.entity)));
      if (subject && !(kind === "has_industry" && (subject.organization || ownerTakesIndustry))) {
        out.add({
          kind,
          source: subject.entity,
          target,
          sentence,
          rule: `${kind}/clause-subject`,
          sourceSpan: subject.span,
          targetSpan: mention.span,
        });
      }
      if (owner && (kind === "implements_program" || ownerTakesIndustry)) {
        out.add({
          kind,
          source: ownerId!,
          target,
          sentence,
          rule: `${kind}/named-region`,
          sourceSpan: owner.span,
          targetSpan: mention.span,
        });
      }
      if (kind === "implements_program") {
        addOrganProgram(ctx, out, sentence, mention, target);
        if (COOPERATION_PROGRAM.test(mention.surface)) {
          partners ??= regionPartners(out, sentence);
          for (const partner of partners) {
            out.add({
              kind,
              source: partner,
              target,
              sentence,
              rule: "implements_program/partners",
              targetSpan: mention.span,
            });
          }
        }
      }
    }
  }
}

/** After the fields of a cooperation, in their clause: …等领域深化合作, …等方面加强交流. */
const FIELD_OF = /(?:方面|领域)[^，,。；;]{0,10}?(?:合作|协作|交流|对接|互通|共享)/;

/**
 * 两地将在X、Y等领域深化合作: a name listed as a field of a cooperation (在 before it, 方面/领域 and a
 * cooperation word after it in its clause) is nobody's industry or program.
 */
function isCooperationField(ctx: RelationContext, sentence: SentenceContext, mention: Mention): boolean {
  const clause = clauseAt(sentence, mention.span.start);
  if (!clause) return false;
  const text = ctx.doc.text;
  let opened = mention.span.start - 1;
  while (opened >= clause.start && text.charCodeAt(opened) !== 0x5728) opened--; // 在
  if (opened < clause.start) return false;
  return FIELD_OF.test(text.slice(mention.span.end, clause.end));
}

/** Programs named for a cooperation (东西部协作, 对口支援, 山海协作, 结对帮扶). */
const COOPERATION_PROGRAM = /(?:协作|合作|帮扶|支援|结对|共建)$/;

/**
 * The coded regions a sentence says cooperate with each other (A与B东西部协作, A与B、C共同签订…): the
 * programs of that sentence are carried out by every one of them.
 */
function regionPartners(out: RelationCollector, sentence: SentenceContext): string[] {
  const partners: string[] = [];
  for (const pair of out.pairsIn("cooperates_with", sentence.index)) {
    if (!pair.every((id) => regionCode(id))) continue;
    for (const id of pair) if (!partners.includes(id)) partners.push(id);
  }
  return partners;
}

/** The region written right before a name (泉州“跨江发展”战略, 涂岭休闲农业) or opening it (安吉白茶). */
function namingRegion(ctx: RelationContext, sentence: SentenceContext, mention: Mention): Named | undefined {
  const inName = regionOpeningName(ctx, mention);
  if (inName) return inName;
  const adjacent = ctx.endsAt.get(backOverQuotes(ctx.doc.text, mention.span.start, sentence.span.start));
  if (adjacent?.kind !== "region") return undefined;
  // 苏陕“对口协作”: a pair of regions owns nothing.
  const pairedWith = ctx.endsAt.get(adjacent.span.start);
  if (pairedWith?.kind === "region" && !contains(entityOf(pairedWith)!, entityOf(adjacent)!))
    return undefined;
  return { entity: entityOf(adjacent)!, span: adjacent.span };
}

/**
 * 市委“五增”, 市委确定的“六大目标”: the program right after an organ standing for a region (or after
 * the organ and a decision verb with 的) is that region's too.
 */
function addOrganProgram(
  ctx: RelationContext,
  out: RelationCollector,
  sentence: SentenceContext,
  program: Mention,
  target: string,
): void {
  const text = ctx.doc.text;
  let end = backOverQuotes(text, program.span.start, sentence.span.start);
  // 市委确定的“六大目标”: step back over the decision verb and 的.
  if (text[end - 1] === "的") {
    const verb = ctx.lexicons.decisionVerbs.find((v) => text.startsWith(v, end - 1 - v.length));
    if (verb && end - 1 - verb.length >= sentence.span.start) end -= 1 + verb.length;
  }
  const organ = ctx.endsAt.get(end);
  let region: string | undefined;
  let span: Span | undefined;
  if (organ?.kind === "organization") {
    region = organRegionOfText(ctx, organ.surface, organ.span.end, nestedIn(ctx, organ));
    span = organ.span;
  } else if (!organ) {
    const head = text.slice(Math.max(sentence.span.start, end - 4), end);
    for (const { suffix, level } of ctx.lexicons.regionOrgans) {
      if (!level || !head.endsWith(suffix)) continue;
      region = organRegionOfText(ctx, suffix, end, []);
      span = { start: end - suffix.length, end };
      break;
    }
  }
  if (!region) return;
  out.add({
    kind: "implements_program",
    source: region,
    target,
    sentence,
    rule: "implements_program/organ",
    sourceSpan: span,
    targetSpan: program.span,
  });
}
