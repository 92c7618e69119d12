import type { Span } from "../../types.js";
import type { RelationCollector } from "./collector.js";
import { entityOf, type Clause, type Named, type RelationContext, type SentenceContext } from "./context.js";
import { NUMERALS, innermost, listBefore } from "./frames.js";
import type { TriggerFrame } from "./lexicons.js";
import { placesBefore } from "./anaphora.js";
import { regionCode } from "./region-codes.js";

/** Adverbs between a list and 共同 (庆元县、九寨沟县将共同成立…), stepped over backwards. */
const ADVERB = /[将要也还都均已正]$/;
const MAX_ADVERBS = 2;

/**
 * 两地携手, 双方加强合作, 三地共建: a word standing for several places (the `mutual` frame's first
 * literal) and one of its cooperation words later in the sentence make those places cooperate with each
 * other, pair by pair. The places are the coded regions (counties and above, innermost) named last before
 * the word, as many as it counts; the document's own region completes a pair (双方: us and our hosts), and
 * 两地/双方 in a text about a region is that region and the other place named last.
 * A count right after a list (皋兰、甘谷、临潭三县) is no such word, nor one right after a cooperation
 * word (结对三县: the places paired with someone else).
 */
export function addMutual(
  ctx: RelationContext,
  out: RelationCollector,
  sentence: SentenceContext,
  anaphor: Span,
  frame: TriggerFrame,
): void {
  const words = frame.items[1];
  if (!words || !("literal" in words)) return;
  // 皋兰、甘谷、临潭三县: a count closing a list names the places listed, it points back at none.
  if (ctx.endsAt.get(anaphor.start)?.kind === "region") return;
  // 为结对三县定制方案: places qualified by a cooperation are partners of someone else, not each other's.
  const before = ctx.doc.text.slice(Math.max(sentence.span.start, anaphor.start - 4), anaphor.start);
  if (words.literal.some((w) => before.endsWith(w))) return;
  const trigger = firstWord(ctx.doc.text, anaphor.end, sentence.span.end, words.literal);
  if (!trigger) return;
  const count = NUMERALS[ctx.doc.text[anaphor.start]!];
  // 两地 in a text about one of them: that one and the other place named last.
  const own = count === 2 && ctx.subject ? ctx.subject : undefined;
  const places = own
    ? [{ entity: own, span: anaphor }, ...placesBefore(ctx, sentence, anaphor.start, 1, own)]
    : placesBefore(ctx, sentence, anaphor.start, count);
  addPairs(out, places, sentence, `cooperates_with/${frame.rule}`, trigger, anaphor);
}

/**
 * 庆元县、九寨沟县将共同成立…, A与B、C共同签订…: the regions listed right before the frame's word (an
 * adverb or two between) act together; each pair of them cooperates.
 */
export function addJoint(
  ctx: RelationContext,
  out: RelationCollector,
  sentence: SentenceContext,
  clause: Clause,
  hit: Span,
  frame: TriggerFrame,
): void {
  const text = ctx.doc.text;
  let at = hit.start;
  for (let k = 0; k < MAX_ADVERBS && at > clause.start && !ctx.endsAt.has(at); k++) {
    if (!ADVERB.test(text.slice(at - 1, at))) break;
    at--;
  }
  const listed = listBefore(ctx, at, clause.start, (m) => m.kind === "region" && !!regionCode(entityOf(m)!));
  const places = innermost(listed).map((m) => ({ entity: entityOf(m)!, span: m.span }));
  addPairs(out, places, sentence, `cooperates_with/${frame.rule}`, hit);
}

/** Each pair of `places` (in text order) cooperates. */
function addPairs(
  out: RelationCollector,
  places: Named[],
  sentence: SentenceContext,
  rule: string,
  trigger: Span,
  anaphor?: Span,
): void {
  for (let i = 0; i < places.length; i++) {
    for (let j = i + 1; j < places.length; j++) {
      out.add({
        kind: "cooperates_with",
        source: places[i]!.entity,
        target: places[j]!.entity,
        sentence,
        rule,
        sourceSpan: anaphor ?? places[i]!.span,
        targetSpan: anaphor ? undefined : places[j]!.span,
        trigger,
      });
    }
  }
}

/** The first of `words` starting at or after `at`, ending before `limit`. */
function firstWord(text: string, at: number, limit: number, words: string[]): Span | undefined {
  for (let pos = at; pos < limit; pos++) {
    for (const word of words) {
      if (pos + word.length <= limit && text.startsWith(word, pos))
        return { start: pos, end: pos + word.length };
    }
  }
  return undefined;
}
