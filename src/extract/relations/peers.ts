import type { Mention } from "../../types.js";
import type { RelationCollector } from "./collector.js";
import { entityOf, type Clause, type RelationContext, type SentenceContext } from "./context.js";
import { matchFrame, type FrameMatch } from "./frames.js";
import { contains, regionCode } from "./region-codes.js";

/** Which mentions may be the peer of each peer relation: benchmarks only between regions. */
const ACCEPT: Record<string, (m: Mention) => boolean> = {
  benchmarks: (m) => m.kind === "region",
  learns_from: (m) => m.kind === "region" || m.kind === "organization",
  cooperates_with: (m) => m.kind === "region" || m.kind === "organization",
};
/** How far back (in sentences of the same paragraph) 两地 and a bare 考察学习 may point. */
const LOOK_BACK = 8;
const REFER_BACK_WINDOW = 3;
/** Words after a host region that make a delegation's trip a visit to learn. */
const VISIT = /(?:来|到|赴|莅临|走进)/;
const STUDY = /(?:考察|学习|参观|调研|观摩|取经)/;

/**
 * Peer relations from the trigger frames of data/lexicons/relation-triggers.txt: benchmarks (与A、B比拼
 * 综合实力, 对标X, 以X为标杆, 向X看齐, 学X比Y, 对标两地…), learns_from (赴X考察学习; X考察团来我区考察:
 * X learns from us; a bare 实地考察学习 after a benchmark sentence: learns from those peers) and
 * cooperates_with (与X山海协作, 对接/融入/联合/牵头X, 苏陕对口协作). The source is the clause's subject.
 * Targets that are the source, contain it (陕 of 苏陕 for a city in Shaanxi) or contain another target
 * are dropped; a slot must start right after its trigger, so 对标“跳出…” and 对标市委要求 yield nothing.
 */
export function extractPeers(ctx: RelationContext, out: RelationCollector): void {
  const frames = ctx.lexicons.frames;
  for (const sentence of ctx.sentences) {
    let learned = false;
    for (const clause of sentence.clauses) {
      for (const frame of frames) {
        if (frame.rule === "refer-back") continue;
        const accept = ACCEPT[frame.kind]!;
        for (const match of matchFrame(ctx, clause, frame, accept, frame.kind === "benchmarks")) {
          if (frame.rule === "delegation") addDelegation(ctx, out, sentence, match);
          else addPeerMatch(ctx, out, sentence, clause, match);
          if (frame.kind === "learns_from") learned = true;
        }
      }
    }
    if (!learned) referBack(ctx, out, sentence);
  }
}

function addPeerMatch(
  ctx: RelationContext,
  out: RelationCollector,
  sentence: SentenceContext,
  clause: Clause,
  match: FrameMatch,
): void {
  const subject = clause.subject;
  if (!subject || subject.organization) return;
  const kind = match.frame.kind;
  const peers: { id: string; mention?: Mention }[] = match.targets.map((m) => ({
    id: entityOf(m)!,
    mention: m,
  }));
  if (match.anaphor) {
    for (const id of peersBefore(ctx, sentence, match.anaphor.count)) peers.push({ id });
  }
  const aspect = kind === "benchmarks" ? aspectOf(ctx, match) : undefined;
  for (const peer of peers) {
    if (peer.id === subject.entity || contains(peer.id, subject.entity)) continue;
    out.add({
      kind,
      source: subject.entity,
      target: peer.id,
      sentence,
      rule: `${kind}/${match.frame.rule}`,
      sourceSpan: subject.span,
      targetSpan: peer.mention?.span ?? match.anaphor?.span,
      trigger: match.trigger,
      aspect,
    });
  }
}

/** X考察团来我区考察: the visitors learn from the host (the region after 来/到, else the document's subject). */
function addDelegation(
  ctx: RelationContext,
  out: RelationCollector,
  sentence: SentenceContext,
  match: FrameMatch,
): void {
  const rest = ctx.doc.text.slice(match.trigger.end, sentence.span.end);
  const visit = VISIT.exec(rest);
  if (!visit || !STUDY.test(rest.slice(visit.index))) return;
  const hostAt = match.trigger.end + visit.index + visit[0].length;
  const hostMention = ctx.startsAt.get(hostAt);
  const selfReference = ctx.lexicons.selfReferences.find((w) => ctx.doc.text.startsWith(w, hostAt));
  const host =
    hostMention?.kind === "region"
      ? { entity: entityOf(hostMention)!, span: hostMention.span }
      : ctx.subject
        ? {
            entity: ctx.subject,
            span: selfReference ? { start: hostAt, end: hostAt + selfReference.length } : undefined,
          }
        : undefined;
  if (!host) return;
  for (const visitor of match.targets) {
    out.add({
      kind: "learns_from",
      source: entityOf(visitor)!,
      target: host.entity,
      sentence,
      rule: "learns_from/delegation",
      sourceSpan: visitor.span,
      targetSpan: host.span,
      trigger: match.trigger,
    });
  }
}

/** A study word with no place of its own: learns_from the benchmark peers of the sentences just before. */
function referBack(ctx: RelationContext, out: RelationCollector, sentence: SentenceContext): void {
  const frame = ctx.lexicons.frames.find((f) => f.rule === "refer-back");
  const words = frame?.items[0];
  if (!words || !("literal" in words)) return;
  const text = ctx.doc.text.slice(sentence.span.start, sentence.span.end);
  const word = words.literal.find((w) => text.includes(w));
  if (!word) return;
  const at = sentence.span.start + text.indexOf(word);
  const clause = sentence.clauses.find((c) => at >= c.start && at < c.end);
  const subject = clause?.subject;
  if (!subject || subject.organization) return;
  for (const before of ctx.sentences.slice(Math.max(0, sentence.index - REFER_BACK_WINDOW), sentence.index)) {
    if (before.paragraph !== sentence.paragraph) continue;
    for (const peer of out.targetsIn("benchmarks", before.index)) {
      out.add({
        kind: "learns_from",
        source: subject.entity,
        target: peer,
        sentence,
        rule: "learns_from/refer-back",
        sourceSpan: subject.span,
        trigger: { start: at, end: at + word.length },
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
