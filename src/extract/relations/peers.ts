import type { Mention, Span } from "../../types.js";
import type { RelationCollector } from "./collector.js";
import {
  clauseAt,
  entityOf,
  nestedIn,
  type Clause,
  type Named,
  type RelationContext,
  type SentenceContext,
} from "./context.js";
import { SPACE, isIn } from "./chars.js";
import { innermost, listAfter, matchAnchor, type FrameMatch } from "./frames.js";
import { addJoint, addMutual } from "./mutual.js";
import { contains, regionCode } from "./region-codes.js";

/** Which mentions may be the peer of each peer relation: benchmarks only between regions. */
const ACCEPT: Record<string, (m: Mention) => boolean> = {
  benchmarks: (m) => m.kind === "region",
  learns_from: (m) => m.kind === "region" || m.kind === "organization",
  cooperates_with: (m) => m.kind === "region" || m.kind === "organization",
};
/** What follows a noun modifier: (a quoted epithet and) 的. */
const MODIFIER = /(?:“[^”]{0,12}”)?的/y;
/** Endings of a named kind of cooperation. */
const COOPERATION_NOUN = /(?:协作|合作|帮扶|支援|共建)$/;
/** Conjunctions joining the two sides of a pair: A与B. */
const CONJUNCTIONS = new Set(["与", "同", "和", "跟"]);
/** How far back (in sentences of the same paragraph) 两地 and a bare 考察学习 may point. */
const LOOK_BACK = 8;
const REFER_BACK_WINDOW = 3;
/** Words after a host region that make a delegation's trip a visit to learn. */
const VISIT = /(?:来|到|赴|莅临|走进)/;
const STUDY = /(?:考察|学习|参观|调研|观摩|取经)/;
/** Words after a host region that make a delegation's trip a visit to cooperate (赴X开展对口协作). */
const COOPERATE = /(?:对口|协作|合作|结对|共建|帮扶|共促|对接|援建)/;
/** What may come right before a slogan word (近学X、远学Y, 学X、学Y): a clause or slogan part opens there. */
const SLOGAN_LEAD = /[\s，,、。；;：:“"‘（(近远]$/;
/** Words inviting a delegation: its visit has not happened yet. */
const INVITED = /邀请|邀/;
/** Verbs of leading right before a delegation word: 率考察团, 带领调研组. */
const LEADER_VERB = /(?:率|领|带)$/;

/**
 * Peer relations from the trigger frames of data/lexicons/relation-triggers.txt: benchmarks (与A、B比拼
 * 综合实力, 对标X, 以X为标杆, 向X看齐, 学X比Y, 对标两地…), learns_from (赴X考察学习; X考察团来我区考察:
 * X learns from us; a bare 实地考察学习 after a benchmark sentence: learns from those peers) and
 * cooperates_with (与X山海协作, 对接/融入/联合/牵头X, 苏陕对口协作). The source is the clause's subject.
 * Targets that are the source, contain it (陕 of 苏陕 for a city in Shaanxi) or contain another target
 * are dropped; a slot must start right after its trigger, so 对标“跳出…” and 对标市委要求 yield nothing.
 */
export function extractPeers(ctx: RelationContext, out: RelationCollector): void {
  const text = ctx.doc.text;
  for (const sentence of ctx.sentences) {
    let learned = false;
    let delegated = false;
    let studyWord: Span | undefined;
    // Mentions already taken as list items: a conjunction inside a list (A以及B和C) opens no new frame.
    const listed = new Set<Mention>();
    ctx.lexicons.anchors.scan(text, sentence.span.start, sentence.span.end, (at, word, anchors) => {
      const hit = { start: at, end: at + word.length };
      const clause = clauseAt(sentence, at);
      if (!clause) return;
      for (const anchor of anchors) {
        const { kind, rule } = anchor.frame;
        if (rule === "refer-back") {
          studyWord ??= hit;
          continue;
        }
        if (rule === "slogan" && !opensSlogan(ctx, sentence, at)) continue;
        if (rule === "mutual" || rule === "jointly") {
          if (rule === "mutual") addMutual(ctx, out, sentence, hit, anchor.frame);
          else addJoint(ctx, out, sentence, clause, hit, anchor.frame);
          continue;
        }
        const match = matchAnchor(ctx, clause, anchor, hit, ACCEPT[kind]!, kind === "benchmarks");
        if (!match && rule === "delegation") {
          const leader = ledBy(ctx, clause, hit);
          if (leader) delegated = addDelegation(ctx, out, sentence, hit, [leader]) || delegated;
        }
        if (!match || insideList(ctx, match, listed)) continue;
        for (const m of match.targets) listed.add(m);
        if (rule === "delegation") {
          const visitors = match.targets.map((m) => ({ entity: entityOf(m)!, span: m.span }));
          // 邀请X代表团到我县参观: an invitation is a visit still to come.
          if (!INVITED.test(text.slice(clause.start, match.anchor.start)))
            delegated = addDelegation(ctx, out, sentence, match.trigger, visitors) || delegated;
        }
        // The trip of a delegation named before (X代表团赴Y考察) is the delegation's, not the subject's.
        else if (!(delegated && kind === "learns_from")) addPeerMatch(ctx, out, sentence, clause, match);
        if (kind === "learns_from") learned = true;
      }
    });
    if (!learned && studyWord) referBack(ctx, out, sentence, studyWord);
    addCampaignSlogans(ctx, out, sentence);
  }
}

/**
 * A campaign named by its slogan (“近学X、远学Y”活动) is one program mention holding the places: each
 * coded region inside it right after a slogan word (which opens its part) is a peer of the clause's
 * subject, by every slogan frame with that word.
 */
function addCampaignSlogans(ctx: RelationContext, out: RelationCollector, sentence: SentenceContext): void {
  const text = ctx.doc.text;
  for (const program of sentence.mentions) {
    if (program.kind !== "program") continue;
    const subject = clauseAt(sentence, program.span.start)?.subject;
    if (!subject || subject.organization) continue;
    for (const place of nestedIn(ctx, program)) {
      const id = entityOf(place)!;
      if (place.kind !== "region" || !regionCode(id) || id === subject.entity) continue;
      for (const frame of ctx.lexicons.frames) {
        if (frame.rule !== "slogan") continue;
        const first = frame.items[0];
        const word =
          first && "literal" in first
            ? first.literal.find((w) => text.startsWith(w, place.span.start - w.length))
            : undefined;
        if (!word || !opensSlogan(ctx, sentence, place.span.start - word.length)) continue;
        out.add({
          kind: frame.kind,
          source: subject.entity,
          target: id,
          sentence,
          rule: `${frame.kind}/slogan`,
          sourceSpan: subject.span,
          targetSpan: place.span,
          trigger: { start: place.span.start - word.length, end: place.span.start },
        });
      }
    }
  }
}

function addPeerMatch(
  ctx: RelationContext,
  out: RelationCollector,
  sentence: SentenceContext,
  clause: Clause,
  match: FrameMatch,
): void {
  const kind = match.frame.kind;
  if (kind === "cooperates_with" && modifiesNoun(ctx, match)) return;
  if (kind === "benchmarks" && issuesRequirement(ctx, match)) return;
  const pair = namedPair(ctx, match);
  const subject = pair?.source ?? tripTaker(ctx, clause, match) ?? clause.subject;
  if (!subject || ("organization" in subject && subject.organization)) return;
  if (kind === "learns_from" && guestsTrip(ctx, clause, match)) return;
  if (match.frame.rule === "trip-named" && !STUDY.test(ctx.doc.text.slice(match.tail.start, match.tail.end)))
    return;
  if (match.frame.rule === "worth-learning") {
    addWorthLearning(out, sentence, match, subject);
    return;
  }
  const peers: { id: string; mention?: Mention }[] = (pair?.targets ?? match.targets).map((m) => ({
    id: entityOf(m)!,
    mention: m,
  }));
  if (match.anaphor) {
    for (const id of peersBefore(ctx, sentence, match.anaphor.count)) peers.push({ id });
  }
  if (match.self && ctx.subject) peers.push({ id: ctx.subject });
  const aspect =
    kind === "benchmarks"
      ? aspectOf(ctx, match)
      : kind === "cooperates_with"
        ? cooperationOf(ctx, match)
        : undefined;
  for (const peer of peers) {
    if (peer.id === subject.entity || contains(peer.id, subject.entity)) continue;
    out.add({
      kind,
      source: subject.entity,
      target: peer.id,
      sentence,
      rule: `${kind}/${match.frame.rule}`,
      sourceSpan: subject.span,
      targetSpan:
        peer.mention?.span ?? (peer.id === ctx.subject ? match.self : undefined) ?? match.anaphor?.span,
      trigger: match.trigger,
      aspect,
    });
  }
  if (kind === "cooperates_with") addAbbreviationPairs(ctx, out, sentence, match, aspect);
}

/**
 * 考察团先后到X集团参观考察: a trip made by a delegation word written before the trigger in a clause whose
 * subject is only implied is the guests' trip, not the subject's.
 */
function guestsTrip(ctx: RelationContext, clause: Clause, match: FrameMatch): boolean {
  if (clause.subject?.explicit) return false;
  const before = ctx.doc.text.slice(clause.start, match.anchor.start);
  return ctx.lexicons.delegationWords.some((w) => before.includes(w));
}

/** 义乌之行是…: the place opening the clause is where the trip went; the document's own unit made it. */
function tripTaker(
  ctx: RelationContext,
  clause: Clause,
  match: FrameMatch,
): { entity: string; span?: Span } | undefined {
  if (match.frame.rule !== "trip-named" || !ctx.subject) return undefined;
  const own = clause.subject;
  return own && match.targets.some((m) => entityOf(m) === own.entity) ? { entity: ctx.subject } : undefined;
}

/** Whether a slogan word at `at` opens its sentence, a clause or a slogan part. */
function opensSlogan(ctx: RelationContext, sentence: SentenceContext, at: number): boolean {
  return at === sentence.span.start || SLOGAN_LEAD.test(ctx.doc.text.slice(at - 1, at));
}

/** 值得X学习: the places listed learn from the clause's subject (the one worth learning from). */
function addWorthLearning(
  out: RelationCollector,
  sentence: SentenceContext,
  match: FrameMatch,
  subject: { entity: string; span?: Span },
): void {
  for (const m of match.targets) {
    const learner = entityOf(m)!;
    if (learner === subject.entity || contains(learner, subject.entity)) continue;
    out.add({
      kind: "learns_from",
      source: learner,
      target: subject.entity,
      sentence,
      rule: "learns_from/worth-learning",
      sourceSpan: m.span,
      targetSpan: subject.span,
      trigger: match.trigger,
    });
  }
}

/**
 * 甬蚌合作, 津甘对接: two one-character names written together before the trigger are the two sides of
 * a cooperation; they cooperate with each other too (besides the subject with the other side).
 */
function addAbbreviationPairs(
  ctx: RelationContext,
  out: RelationCollector,
  sentence: SentenceContext,
  match: FrameMatch,
  aspect: string | undefined,
): void {
  for (const first of match.targets) {
    if (first.span.end - first.span.start !== 1 || first.span.end > match.anchor.start) continue;
    const second = ctx.startsAt.get(first.span.end);
    if (!second || second.kind !== "region" || second.span.end - second.span.start !== 1) continue;
    out.add({
      kind: "cooperates_with",
      source: entityOf(first)!,
      target: entityOf(second)!,
      sentence,
      rule: "cooperates_with/abbreviation-pair",
      sourceSpan: first.span,
      targetSpan: second.span,
      trigger: match.trigger,
      aspect,
    });
  }
}

/** 对接福州都市圈“桥头堡”的区位优势: an open cooperation frame followed by 的 describes, it does not act. */
function modifiesNoun(ctx: RelationContext, match: FrameMatch): boolean {
  const last = match.frame.items[match.frame.items.length - 1];
  if (!last || !("slot" in last)) return false;
  MODIFIER.lastIndex = match.tail.start;
  return MODIFIER.test(ctx.doc.text);
}

/**
 * 对标浙江省“十大工程”要求: a region followed by a quoted name, a program or a requirement word issues
 * what is benchmarked; it is no peer.
 */
function issuesRequirement(ctx: RelationContext, match: FrameMatch): boolean {
  const last = match.targets[match.targets.length - 1];
  if (!last) return false;
  const text = ctx.doc.text;
  const at = last.span.end;
  if (text[at] === "“" || ctx.startsAt.get(at)?.kind === "program") return true;
  const from = text[at] === "的" ? at + 1 : at;
  return ctx.lexicons.requirementWords.some((w) => text.startsWith(w, from));
}

/** Whether a conjunction-anchored match starts inside a list an earlier match took (义乌 of 与昆山、义乌和顺德). */
function insideList(ctx: RelationContext, match: FrameMatch, listed: Set<Mention>): boolean {
  if (!isConjunction(ctx, match)) return false;
  const before = ctx.endsAt.get(match.anchor.start);
  return before !== undefined && listed.has(before);
}

function isConjunction(ctx: RelationContext, match: FrameMatch): boolean {
  return match.anchor.end - match.anchor.start === 1 && CONJUNCTIONS.has(ctx.doc.text[match.anchor.start]!);
}

/**
 * A与B…: when the frame opens with a conjunction right after a named unit, or its list is "A与B" before
 * the trigger (A与B结对共建), A is the source and the rest are its peers, whatever the clause is about.
 */
function namedPair(
  ctx: RelationContext,
  match: FrameMatch,
): { source: Named; targets: Mention[] } | undefined {
  const text = ctx.doc.text;
  const accept = ACCEPT[match.frame.kind]!;
  if (isConjunction(ctx, match)) {
    const before = ctx.endsAt.get(match.anchor.start);
    if (before && accept(before))
      return { source: { entity: entityOf(before)!, span: before.span }, targets: match.targets };
    return undefined;
  }
  const [first, second] = match.targets;
  if (!first || !second || first.span.end > match.anchor.start) return undefined;
  const between = text.slice(first.span.end, second.span.start).trim();
  if (!CONJUNCTIONS.has(between)) return undefined;
  return { source: { entity: entityOf(first)!, span: first.span }, targets: match.targets.slice(1) };
}

/**
 * X考察团来我区考察: the visitors learn from the host (the regions listed after 来/到/赴, innermost
 * units only, else the document's subject); X代表团赴Y开展对口协作: a trip to cooperate (a cooperation
 * word before any study word) makes them cooperate with the host instead.
 */
function addDelegation(
  ctx: RelationContext,
  out: RelationCollector,
  sentence: SentenceContext,
  trigger: Span,
  visitors: Named[],
): boolean {
  const rest = ctx.doc.text.slice(trigger.end, sentence.span.end);
  const visit = VISIT.exec(rest);
  if (!visit) return false;
  const study = STUDY.exec(rest.slice(visit.index));
  const cooperate = COOPERATE.exec(rest.slice(visit.index));
  if (!study && !cooperate) return false;
  const kind = cooperate && (!study || cooperate.index < study.index) ? "cooperates_with" : "learns_from";
  const hostAt = trigger.end + visit.index + visit[0].length;
  const listed = innermost(
    listAfter(ctx, hostAt, sentence.span.end, (m) => m.kind === "region").items,
    ctx.doc.text,
  );
  const selfReference = ctx.lexicons.selfReferences.at(ctx.doc.text, hostAt, sentence.span.end)?.word;
  const hosts: Named[] = listed.map((m) => ({ entity: entityOf(m)!, span: m.span }));
  if (hosts.length === 0 && ctx.subject) {
    hosts.push({
      entity: ctx.subject,
      span: { start: hostAt, end: hostAt + (selfReference?.length ?? 0) },
    });
  }
  for (const visitor of visitors) {
    for (const host of hosts) {
      out.add({
        kind,
        source: visitor.entity,
        target: host.entity,
        sentence,
        rule: `${kind}/delegation`,
        sourceSpan: visitor.span,
        targetSpan: host.span.end > host.span.start ? host.span : undefined,
        trigger,
      });
    }
  }
  return hosts.length > 0;
}

/**
 * 县委副书记张三率考察团来…: a delegation named by no place but led by someone (率, 带领 right before the
 * delegation word) is the clause subject's, when that is a region.
 */
function ledBy(ctx: RelationContext, clause: Clause, word: Span): Named | undefined {
  const subject = clause.subject;
  if (!subject || subject.organization) return undefined;
  if (!LEADER_VERB.test(ctx.doc.text.slice(Math.max(clause.start, word.start - 2), word.start)))
    return undefined;
  return { entity: subject.entity, span: subject.span ?? word };
}

/**
 * A study word with no place of its own: learns_from the benchmark peers of its own sentence and of the
 * sentences just before.
 */
function referBack(
  ctx: RelationContext,
  out: RelationCollector,
  sentence: SentenceContext,
  word: Span,
): void {
  const subject = clauseAt(sentence, word.start)?.subject;
  if (!subject || subject.organization) return;
  // The sentence itself counts: 对标X，选派干部“取经”.
  for (const before of ctx.sentences.slice(
    Math.max(0, sentence.index - REFER_BACK_WINDOW),
    sentence.index + 1,
  )) {
    if (before.paragraph !== sentence.paragraph) continue;
    for (const peer of out.targetsIn("benchmarks", before.index)) {
      out.add({
        kind: "learns_from",
        source: subject.entity,
        target: peer,
        sentence,
        rule: "learns_from/refer-back",
        sourceSpan: subject.span,
        trigger: word,
      });
    }
  }
}

/**
 * The regions a word like 两地 points back at: the coded regions other than the document's own that were
 * the explicit subjects of the preceding sentences of the paragraph, the most recent `count` of them.
 */
function peersBefore(ctx: RelationContext, sentence: SentenceContext, count: number | undefined): string[] {
  const found: string[] = [];
  for (let i = sentence.index - 1; i >= Math.max(0, sentence.index - LOOK_BACK); i--) {
    const before = ctx.sentences[i]!;
    if (before.paragraph !== sentence.paragraph) break;
    for (const clause of [...before.clauses].reverse()) {
      const s = clause.subject;
      if (!s || !s.explicit || s.organization || s.entity === ctx.subject || !regionCode(s.entity)) continue;
      if (ctx.subject && contains(s.entity, ctx.subject)) continue;
      if (!found.includes(s.entity)) found.push(s.entity);
    }
    if (count !== undefined && found.length >= count) break;
  }
  return (count === undefined ? found : found.slice(0, count)).reverse();
}

/** The kind of cooperation, when the trigger names one: 山海协作 (与闽侯的山海协作), 对口协作, 战略合作. */
function cooperationOf(ctx: RelationContext, match: FrameMatch): string | undefined {
  const text = ctx.doc.text;
  const last = match.targets[match.targets.length - 1];
  let from = match.trigger.start;
  if (last && last.span.end <= match.trigger.start) {
    from = last.span.end;
    while (from < match.trigger.start && (text[from] === "的" || isIn(SPACE, text, from))) from++;
  }
  const named = text.slice(from, match.trigger.end);
  return named.length >= 4 && named.length <= 8 && COOPERATION_NOUN.test(named) ? named : undefined;
}

/** 比拼综合实力 → 综合实力; 对标嘉陵区城市建设 → 城市建设. Undefined when the rest is no topic. */
function aspectOf(ctx: RelationContext, match: FrameMatch): string | undefined {
  const raw = ctx.doc.text
    .slice(match.tail.start, match.tail.end)
    .replace(/[\s“”"。！？!?；;…]/g, "")
    .replace(/^(?:的|在|上)/, "")
    .replace(/(?:等方面|方面|工作|等)$/, "");
  if (raw.length < 2 || raw.length > 16) return undefined;
  if (/^[找学比看补赶追争抓定为中]/.test(raw)) return undefined;
  return raw;
}
