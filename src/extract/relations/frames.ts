import type { Mention, Span } from "../../types.js";
import type { Clause, RelationContext } from "./context.js";
import type { TriggerFrame } from "./lexicons.js";
import { entityOf } from "./context.js";
import { codeLevel, contains, regionCode } from "./region-codes.js";
import { GAP_BREAK, SPACE, isIn, skipListSeparators, skipListSeparatorsBack } from "./chars.js";
import { WordIndex } from "./word-index.js";

/** A trigger frame matched in a clause. */
export interface FrameMatch {
  frame: TriggerFrame;
  /** Mentions filling the slots, containers of another member removed (浙江 of 浙江安吉). */
  targets: Mention[];
  /** A self-reference filling a slot (与我县签约): the document's own region. */
  self?: Span;
  /** A word pointing back at regions named earlier (两地, 上述地区), with how many it means. */
  anaphor?: { span: Span; count?: number };
  /** The frame's longest literal: the word that triggered it. */
  trigger: Span;
  /** The anchor word the scan found (与 of 与…比拼, 协作 of 苏陕对口协作). */
  anchor: Span;
  /** From the end of the match to the end of the clause (what the relation is about). */
  tail: Span;
}

/** Words pointing back at places named before: 两地, 三个地区, 上述县区. */
const ANAPHOR =
  /^(两|二|三|四|五|六|七|八|九|十|几|多|上述|以上|这些|这几)个?(?:地区|地方|地|县区|区县|城市|县|区|市)/;
export const NUMERALS: Record<string, number> = {
  两: 2,
  双: 2,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};
/** Longest gap allowed between a list and the literal after it (等地, 等重点区域有效). */
const MAX_GAP = 8;
/**
 * A preposition right after a list opens a phrase before the literal (A与B在…等方面加强合作, A与B通过…的
 * 帮扶): the literal may then come anywhere in the clause, up to PHRASE_GAP characters on.
 */
const PREPOSITION = /(?:在|通过|就|围绕|从)/y;
const PHRASE_GAP = 40;
/** A list closed by 等地 (or nothing) before a comma: the closing literal may open the next clause. */
const BEFORE_COMMA = /(?:等[^\s，,。；;：:！？!?（）()]{0,3})?[，,]/y;
/** How far into the next clause the closing literal may start (实地考察, 深入学习). */
const AFTER_COMMA_GAP = 2;
/** Words joining two triggers before one slot: 对标和学习X. */
const TRIGGER_JOINER = /[和与及、并]/y;
/** An item a list may hold though no recognizer named it: a short name with an admin suffix. */
const UNKNOWN_UNIT = /[\u4e00-\u9fff]{1,4}[县市区旗]/y;

/** Where a frame is anchored: the literal a scan finds first (item 0, or item 1 after an opening slot). */
export interface Anchor {
  frame: TriggerFrame;
  item: 0 | 1;
}

/** The anchor words of `frames` (their first literal), for one scan over a text. */
export function anchorIndex(frames: TriggerFrame[]): WordIndex<Anchor> {
  const index = new WordIndex<Anchor>();
  for (const frame of frames) {
    const [first, second] = frame.items;
    const item = first && "literal" in first ? 0 : 1;
    const literal = item === 0 ? first : second;
    if (!literal || !("literal" in literal)) continue;
    for (const word of literal.literal) index.add(word, { frame, item });
  }
  return index;
}

/**
 * The match of `anchor`'s frame around the anchor word found at `hit` in `clause`, if the frame holds
 * there. `accept` says which mentions may fill a slot; `anaphora` whether a slot may be filled by a
 * word like 两地 instead.
 */
export function matchAnchor(
  ctx: RelationContext,
  clause: Clause,
  anchor: Anchor,
  hit: Span,
  accept: (m: Mention) => boolean,
  anaphora: boolean,
): FrameMatch | undefined {
  const { frame, item } = anchor;
  const rest = frame.items.slice(item + 1);
  // Names written right before a trigger are pairs of places (苏陕对口协作); a body there names a
  // document or a project (“X分中心合作协议”), not a party.
  const before =
    item === 1 ? listBefore(ctx, hit.start, clause.start, (m) => m.kind === "region" && accept(m)) : [];
  if (item === 1 && before.length === 0) return undefined;
  const found = continueFrame(ctx, clause, rest, hit.end, accept, anaphora, [hit], before);
  return found && { frame, anchor: hit, ...found };
}

function continueFrame(
  ctx: RelationContext,
  clause: Clause,
  items: TriggerFrame["items"],
  from: number,
  accept: (m: Mention) => boolean,
  anaphora: boolean,
  literals: Span[],
  targets: Mention[],
): Omit<FrameMatch, "frame" | "anchor"> | undefined {
  const text = ctx.doc.text;
  let anaphor: FrameMatch["anaphor"];
  let self: Span | undefined;
  let at = from;
  let gapAllowed = false;
  let end = clause.end;
  for (const [i, item] of items.entries()) {
    if ("slot" in item) {
      at = afterJoinedTrigger(ctx, at, clause.end, accept);
      const list = listAfter(ctx, at, clause.end, accept);
      if (list.items.length > 0) {
        targets.push(...list.items);
        at = list.end;
      } else if (!self && (self = selfReferenceAt(ctx, at, clause.end))) {
        at = self.end;
      } else {
        const pointer = anaphora ? ANAPHOR.exec(text.slice(at, clause.end)) : null;
        if (!pointer) return undefined;
        const count = NUMERALS[pointer[1]!];
        anaphor = { span: { start: at, end: at + pointer[0].length }, ...(count ? { count } : {}) };
        at += pointer[0].length;
      }
      gapAllowed = true;
      continue;
    }
    let hit =
      literalAfter(text, at, end, item.literal, gapAllowed ? MAX_GAP : 0) ??
      (gapAllowed ? literalAfterPhrase(text, at, end, item.literal) : undefined);
    // 赴A、B等地，实地考察: the closing literal of a frame may open the next clause.
    if (!hit && gapAllowed && i === items.length - 1) {
      const next = nextClauseAfterList(text, at, clause.end);
      if (next) {
        hit = literalAfter(text, next.start, next.end, item.literal, AFTER_COMMA_GAP);
        if (hit) end = next.end;
      }
    }
    if (!hit) return undefined;
    literals.push(hit);
    at = hit.end;
    gapAllowed = false;
  }
  if (targets.length === 0 && !anaphor && !self) return undefined;
  const trigger = literals.reduce((best, s) => (s.end - s.start >= best.end - best.start ? s : best));
  return {
    targets: innermost(targets, ctx.doc.text),
    ...(anaphor ? { anaphor } : {}),
    ...(self ? { self } : {}),
    trigger,
    tail: { start: at, end },
  };
}

/**
 * 对标和学习X: past a joiner and a second trigger word right after the first, when no accepted
 * mention starts at `at`; else `at`.
 */
function afterJoinedTrigger(
  ctx: RelationContext,
  at: number,
  limit: number,
  accept: (m: Mention) => boolean,
): number {
  const m = ctx.startsAt.get(at);
  if (m && accept(m)) return at;
  TRIGGER_JOINER.lastIndex = at;
  if (!TRIGGER_JOINER.test(ctx.doc.text)) return at;
  const second = ctx.lexicons.anchors.at(ctx.doc.text, at + 1, limit);
  return second ? at + 1 + second.word.length : at;
}

/**
 * The clause after the comma that closes a list at `at` (nothing or 等地 between), when the list ends
 * its clause `clauseEnd`: that clause runs to the next punctuation.
 */
function nextClauseAfterList(text: string, at: number, clauseEnd: number): Span | undefined {
  BEFORE_COMMA.lastIndex = at;
  if (!BEFORE_COMMA.test(text) || BEFORE_COMMA.lastIndex !== clauseEnd + 1) return undefined;
  const start = clauseEnd + 1;
  let end = start;
  while (end < text.length && !isIn(GAP_BREAK, text, end)) end++;
  return { start, end };
}

/** A self-reference (我县, 我们) starting at `at`, when the document has a subject for it to mean. */
function selfReferenceAt(ctx: RelationContext, at: number, limit: number): Span | undefined {
  if (!ctx.subject) return undefined;
  const self = ctx.lexicons.selfReferences.at(ctx.doc.text, at, limit);
  return self ? { start: at, end: at + self.word.length } : undefined;
}

/** The first of `words` starting within `gap` characters of `at` (the gap free of punctuation). */
function literalAfter(
  text: string,
  at: number,
  limit: number,
  words: string[],
  gap: number,
): Span | undefined {
  for (let offset = 0; offset <= gap && at + offset < limit; offset++) {
    if (offset > 0 && isIn(GAP_BREAK, text, at + offset - 1)) return undefined;
    for (const word of words) {
      if (at + offset + word.length <= limit && text.startsWith(word, at + offset)) {
        return { start: at + offset, end: at + offset + word.length };
      }
    }
  }
  return undefined;
}

/** The first of `words` in a prepositional phrase opening at `at` (在…方面合作), before `limit`. */
function literalAfterPhrase(text: string, at: number, limit: number, words: string[]): Span | undefined {
  PREPOSITION.lastIndex = at;
  if (!PREPOSITION.test(text)) return undefined;
  const end = Math.min(limit, at + PHRASE_GAP);
  for (let pos = PREPOSITION.lastIndex; pos < end; pos++) {
    for (const word of words) {
      if (pos + word.length <= end && text.startsWith(word, pos))
        return { start: pos, end: pos + word.length };
    }
  }
  return undefined;
}

/** A list of accepted mentions starting at `at` (after white space): X、Y和Z, 绵阳游仙. */
export function listAfter(
  ctx: RelationContext,
  at: number,
  limit: number,
  accept: (m: Mention) => boolean,
): { items: Mention[]; end: number } {
  const text = ctx.doc.text;
  const items: Mention[] = [];
  let pos = at;
  while (pos < limit && isIn(SPACE, text, pos)) pos++;
  let end = at;
  for (;;) {
    const m = ctx.startsAt.get(pos);
    if (!m || m.span.end > limit || !accept(m)) {
      const skipped = items.length > 0 && !m ? unknownUnit(ctx, pos, limit, accept) : undefined;
      if (skipped === undefined) break;
      pos = skipped;
      continue;
    }
    items.push(m);
    end = m.span.end;
    // 延边州龙井市: a left-out admin character between a container and the unit it qualifies.
    const suffixed = LEFT_SUFFIX.test(text[end] ?? "") && ctx.startsAt.has(end + 1) ? end + 1 : end;
    pos = skipListSeparators(text, suffixed, Math.min(limit, suffixed + 4));
  }
  return { items, end };
}

/**
 * 新密市、临某县、漯河市: an unrecognized name with an admin suffix inside a list, followed by a list
 * separator and an accepted mention, does not break the list. Returns where that mention starts.
 */
function unknownUnit(
  ctx: RelationContext,
  at: number,
  limit: number,
  accept: (m: Mention) => boolean,
): number | undefined {
  const text = ctx.doc.text;
  UNKNOWN_UNIT.lastIndex = at;
  const unit = UNKNOWN_UNIT.exec(text);
  if (!unit) return undefined;
  const end = at + unit[0].length;
  for (let k = at + 1; k < end; k++) if (ctx.startsAt.has(k) || ctx.endsAt.has(k)) return undefined;
  const next = skipListSeparators(text, end, Math.min(limit, end + 4));
  const m = ctx.startsAt.get(next);
  return next > end && m && m.span.end <= limit && accept(m) ? next : undefined;
}

/** A list of accepted mentions ending right at `at`, in text order: 苏陕、津陕 before 对口协作. */
export function listBefore(
  ctx: RelationContext,
  at: number,
  limit: number,
  accept: (m: Mention) => boolean,
): Mention[] {
  const text = ctx.doc.text;
  const items: Mention[] = [];
  let pos = at;
  for (;;) {
    const m = ctx.endsAt.get(pos);
    if (!m || m.span.start < limit || !accept(m)) break;
    items.unshift(m);
    pos = skipListSeparatorsBack(text, m.span.start, Math.max(limit, m.span.start - 4));
  }
  return items;
}

/** A single admin character a recognizer left out of a name (延边州龙井市: 州 after 延边). */
const LEFT_SUFFIX = /[州市县区省盟旗]/;

/** Whether `m` is written right before `next`, or only its left-out admin character between. */
function writtenBefore(m: Mention, next: Mention, text: string | undefined): boolean {
  const gap = next.span.start - m.span.end;
  return gap === 0 || (gap === 1 && text !== undefined && LEFT_SUFFIX.test(text[m.span.end]!));
}

/**
 * Drops the qualifiers of a list: a member written right before a unit inside it (浙江 of 浙江安吉), a
 * province containing another member (浙江 of 浙江、安吉), and a coded region written right before a
 * zone (成都 of 成都天府新区): the zone lies in it. A city listed beside a county of its own (X市、Y县)
 * is a place of its own.
 */
export function innermost(mentions: Mention[], text?: string): Mention[] {
  const seen = new Set<string>();
  return mentions.filter((m, i) => {
    const id = entityOf(m)!;
    if (seen.has(id)) return false;
    seen.add(id);
    const next = mentions[i + 1];
    if (next && next.span.start === m.span.end && regionCode(id) && !regionCode(entityOf(next)!))
      return false;
    if (next && writtenBefore(m, next, text) && contains(id, entityOf(next)!)) return false;
    const code = regionCode(id);
    if (code === undefined || codeLevel(code) !== "province") return true;
    return !mentions.some((other) => contains(id, entityOf(other)!));
  });
}
