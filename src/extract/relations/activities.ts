import type { Mention, Span } from "../../types.js";
import type { RelationCollector } from "./collector.js";
import { clauseAt, entityOf, nestedIn, type RelationContext, type SentenceContext } from "./context.js";
import { organRegionOfText } from "./subjects.js";

const QUOTES_AND_SPACE = /[\s“”"「」『』]+$/;

/**
 * has_industry (region → industry) and implements_program (region or organization → program): every
 * industry or program mention belongs to the subject of its clause (see subjects.ts: a region or
 * organization opening the clause, 我区 …, else the document's subject), never to every region of the
 * sentence. Only regions have industries. A program introduced by an organ that stands for a region
 * (市委“五增”, 省委“三争”行动) is implemented by that region too.
 */
export function extractActivities(ctx: RelationContext, out: RelationCollector): void {
  for (const sentence of ctx.sentences) {
    for (const mention of sentence.mentions) {
      if (mention.kind !== "industry" && mention.kind !== "program") continue;
      const kind = mention.kind === "industry" ? "has_industry" : "implements_program";
      const target = entityOf(mention)!;
      const subject = clauseAt(sentence, mention.span.start)?.subject;
      if (subject && !(subject.organization && kind === "has_industry")) {
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
      if (kind === "implements_program") addOrganProgram(ctx, out, sentence, mention, target);
    }
  }
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
