import type { Mention, Span } from "../../types.js";
import type { RelationCollector } from "./collector.js";
import { clauseAt, entityOf, nestedIn, type RelationContext, type SentenceContext } from "./context.js";
import { contains } from "./region-codes.js";
import { organRegionOfText, regionOpeningName } from "./subjects.js";

const QUOTES_AND_SPACE = /[\s“”"「」『』]+$/;

/**
 * has_industry (region → industry) and implements_program (region or organization → program): every
 * industry or program mention belongs to the subject of its clause (see subjects.ts: a region or
 * organization opening the clause, 我区 …, else the document's subject), never to every region of the
 * sentence. Only regions have industries. A region written right before the name or opening it names
 * the owner: a program (泉州“跨江发展”战略) is that region's too; an industry (涂岭休闲农业) is that
 * region's instead, unless the region contains the subject (遂宁红薯 in a text about a district of 遂宁).
 * A program introduced by an organ that stands for a region (市委“五增”) is that region's too.
 */
export function extractActivities(ctx: RelationContext, out: RelationCollector): void {
  for (const sentence of ctx.sentences) {
    for (const mention of sentence.mentions) {
      if (mention.kind !== "industry" && mention.kind !== "program") continue;
      const kind = mention.kind === "industry" ? "has_industry" : "implements_program";
      const target = entityOf(mention)!;
      const subject = clauseAt(sentence, mention.span.start)?.subject;
      const owner = namingRegion(ctx, sentence, mention);
      const ownerId = owner && entityOf(owner)!;
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
      if (kind === "implements_program") addOrganProgram(ctx, out, sentence, mention, target);
    }
  }
}

/** The region written right before a name (泉州“跨江发展”战略, 涂岭休闲农业) or opening it (安吉白茶). */
function namingRegion(
  ctx: RelationContext,
  sentence: SentenceContext,
  mention: Mention,
): Mention | undefined {
  const inName = regionOpeningName(ctx, mention);
  if (inName) return inName;
  const before = ctx.doc.text.slice(sentence.span.start, mention.span.start);
  const adjacent = ctx.endsAt.get(sentence.span.start + before.replace(QUOTES_AND_SPACE, "").length);
  return adjacent?.kind === "region" ? adjacent : undefined;
}

/** 市委“五增”: the program right after an organ standing for a region is that region's too. */
function addOrganProgram(
  ctx: RelationContext,
  out: RelationCollector,
  sentence: SentenceContext,
  program: Mention,
  target: string,
): void {
  const before = ctx.doc.text.slice(sentence.span.start, program.span.start);
  const end = sentence.span.start + before.replace(QUOTES_AND_SPACE, "").length;
  const organ = ctx.endsAt.get(end);
  let region: string | undefined;
  let span: Span | undefined;
  if (organ?.kind === "organization") {
    region = organRegionOfText(ctx, organ.surface, organ.span.end, nestedIn(ctx, organ));
    span = organ.span;
  } else if (!organ) {
    const head = ctx.doc.text.slice(Math.max(sentence.span.start, end - 4), end);
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
