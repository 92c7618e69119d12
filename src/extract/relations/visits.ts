import type { Mention } from "../../types.js";
import { CharSet } from "../../text/char-set.js";
import { CLAUSE_LEAD, isIn } from "./chars.js";
import { clauseAt, entityOf, type Named, type RelationContext, type SentenceContext } from "./context.js";
import { innermost, listAfter } from "./frames.js";
import { contains, regionCode } from "./region-codes.js";
import { innermostOfChain, regionOpeningName } from "./subjects.js";

/** A word opening a trip to the places listed after it. */
const TRIP_LEADS = ["先后", "相继", "分别"];
const TRIP_WORDS = ["赴", "到", "前往", "走进", "深入", "来", "莅临"];
const VISIT_WORD = new RegExp(`(?:${TRIP_LEADS.join("|")})?(?:${TRIP_WORDS.join("|")})`, "y");
/** A trip word whose host, when it names none, is the writer's unit: 来参观考察, 来我县考察. */
const COMING = /(?:来|莅临)$/;
/** Every word of seeing, for one pass over a sentence. */
const SEE_ALL = /考察|参观|观摩|调研|学习|取经/g;
/** A word of seeing right after a trip word that names no host (来参观考察). */
const SEE_NOW = /考察|参观|观摩|调研|学习|指导/y;
/** Where the last word of seeing in `text` between `start` and `end` starts, or -1. */
function lastSeeIn(text: string, start: number, end: number): number {
  let last = -1;
  for (const m of text.slice(start, end).matchAll(SEE_ALL)) last = start + m.index;
  return last;
}

/** A visiting group: its trip goes on in the next sentences (代表团一行先后考察了…). */
const GROUP = /一行|代表团|考察团|调研组|考察组|学习团/;
/** How many sentences after a trip to one place a group's seeing still happens there. */
const TRIP_WINDOW = 3;
/** After 在 + a place opening a sentence: 在X，/ 在X考察期间，— the whole sentence is seen there. */
const STAY = /(?:考察|调研|参观|学习|期间|时|中)*[，,]/y;
/** A word making the trip a visit to see (考察, 参观 …), closing it or opening a list of sites. */
const SEE = /考察|参观|观摩|调研|学习|取经/;
/** A verb of seeing right before a list of sites: 考察了X、Y. */
const SITE_VERBS = ["考察", "参观", "观摩"];
const SEE_SITES = new RegExp(`(?:${SITE_VERBS.join("|")})了?`, "y");
/** The characters VISIT_WORD and SEE_SITES can start with (derived from their words): other positions are not tried. */
const OPENERS = CharSet.of([...TRIP_LEADS, ...TRIP_WORDS, ...SITE_VERBS].map((word) => word[0]).join(""));

/** A visit stated in a sentence: what follows `from` was seen at the hosts. */
export interface Visit {
  from: number;
  /** The coded regions visited (innermost units; a site counts for the region opening its name). */
  hosts: string[];
}

/**
 * The visit a sentence states, if any: 赴X、Y等地考察 / 到X公司参观 (a trip word, a list of places or
 * sites, a word of seeing later in the sentence) or 考察了X公司、Y园区 (a verb of seeing before a list
 * opening with a company or body; 考察陕西 alone, a leader's inspection, is no trip of the subject's).
 * `hosting` is the region receiving guests, if any: sites that name no place are its. Companies,
 * industries and programs named after `from` belong to the hosts, not to the
 * visiting subject.
 */
function visitIn(ctx: RelationContext, sentence: SentenceContext, hosting?: string): Visit | undefined {
  const text = ctx.doc.text;
  const { start, end } = sentence.span;
  const stay = stayAt(ctx, sentence);
  if (stay) return stay;
  const lastSee = lastSeeIn(text, start, end);
  for (let at = start; at < end; at++) {
    if (!isIn(OPENERS, text, at)) continue;
    VISIT_WORD.lastIndex = at;
    const trip = VISIT_WORD.exec(text);
    if (trip && at < lastSee) {
      const after = at + trip[0].length;
      const hosts = hostsOf(ctx, sentence, after);
      if (hosts.length > 0) return { from: at, hosts };
      if (ctx.subject && COMING.test(trip[0]) && seesNow(ctx, after, end))
        return { from: at, hosts: [ctx.subject] };
      // 一行先后到X公司、Y园区: guests touring sites that name no place tour their host's.
      if (hosting && sitesAfter(ctx, sentence, after).length > 0) return { from: at, hosts: [hosting] };
    }
    SEE_SITES.lastIndex = at;
    const see = SEE_SITES.exec(text);
    // 考察了X集团总部、Y园区: sites, not places (考察陕西 is a leader's inspection). Where a company lies is
    // for its own name to say (or it is the host's, when guests see it); a list opening with a zone
    // (考察了X市Y示范区、…) is a trip to the places the zones' names open with.
    const first = see ? sitesAfter(ctx, sentence, at + see[0].length)[0] : undefined;
    if (first?.kind === "organization") return { from: at, hosts: hosting ? [hosting] : [] };
    if (first && !regionCode(entityOf(first)!)) {
      const hosts = hostsOf(ctx, sentence, at + see![0].length);
      if (hosts.length > 0) return { from: at, hosts };
    }
  }
  return undefined;
}

/**
 * The visit of every sentence, by index. Once a sentence has guests come to the document's own region
 * (来我县考察, 来参观考察), later trips that name only sites are tours of that host.
 */
export function visitsOf(ctx: RelationContext): (Visit | undefined)[] {
  let hosting: string | undefined;
  let trip: { host: string; sentence: number } | undefined;
  return ctx.sentences.map((sentence) => {
    let visit = visitIn(ctx, sentence, hosting);
    if (!visit && trip && sentence.index - trip.sentence <= TRIP_WINDOW) {
      const from = groupSeeing(ctx, sentence);
      if (from !== undefined) visit = { from, hosts: [trip.host] };
    }
    const host = visit?.hosts.length === 1 ? visit.hosts[0]! : undefined;
    if (ctx.subject && host === ctx.subject) hosting = ctx.subject;
    if (host && host !== ctx.subject) trip = { host, sentence: sentence.index };
    return visit;
  });
}

/**
 * Where a visiting group sees things with no place named (…一行先后考察了A项目、B基地): the group word
 * followed by a word of seeing in the sentence; undefined when there is none.
 */
function groupSeeing(ctx: RelationContext, sentence: SentenceContext): number | undefined {
  const text = ctx.doc.text.slice(sentence.span.start, sentence.span.end);
  const group = GROUP.exec(text);
  return group && SEE.test(text.slice(group.index)) ? sentence.span.start + group.index : undefined;
}

/** 在X考察期间，… / 在X，…: a sentence opening with a stay at a coded region is a visit there. */
function stayAt(ctx: RelationContext, sentence: SentenceContext): Visit | undefined {
  const text = ctx.doc.text;
  let at = sentence.span.start;
  while (at < sentence.span.end && isIn(CLAUSE_LEAD, text, at)) at++;
  if (text[at] !== "在") return undefined;
  const place = ctx.startsAt.get(at + 1);
  if (place?.kind !== "region") return undefined;
  const inner = innermostOfChain(ctx, place);
  const id = entityOf(inner)!;
  if (!regionCode(id)) return undefined;
  STAY.lastIndex = inner.span.end;
  return STAY.test(text) ? { from: at, hosts: [id] } : undefined;
}

/** Whether a word of seeing follows right at `at`, past a self-reference (来我县考察). */
function seesNow(ctx: RelationContext, at: number, end: number): boolean {
  const self = ctx.lexicons.selfReferences.at(ctx.doc.text, at, end);
  SEE_NOW.lastIndex = at + (self ? self.word.length : 0);
  return SEE_NOW.test(ctx.doc.text);
}

/** The regions and organizations listed at `at`, up to the end of its clause. */
function sitesAfter(ctx: RelationContext, sentence: SentenceContext, at: number): Mention[] {
  const clause = clauseAt(sentence, at);
  if (!clause) return [];
  return listAfter(ctx, at, clause.end, (m) => m.kind === "region" || m.kind === "organization").items;
}

function hostsOf(ctx: RelationContext, sentence: SentenceContext, at: number): string[] {
  const listed = sitesAfter(ctx, sentence, at);
  const places: Mention[] = [];
  const hosts: string[] = [];
  for (const m of listed) {
    if (m.kind === "region" && regionCode(entityOf(m)!)) places.push(m);
    else {
      const named: Named | undefined = regionOpeningName(ctx, m);
      if (named && !hosts.includes(named.entity)) hosts.push(named.entity);
    }
  }
  for (const m of innermost(places, ctx.doc.text))
    if (!hosts.includes(entityOf(m)!)) hosts.push(entityOf(m)!);
  return hosts.filter((h) => !hosts.some((o) => o !== h && contains(h, o)));
}

/**
 * Who owns what is named at `at` in a sentence with a visit: the host when there is one, nobody
 * (null) when there are several; undefined when `at` is not in the visit or its clause names its own
 * subject after the trip word.
 */
export function visitOwner(
  ctx: RelationContext,
  sentence: SentenceContext,
  visit: Visit | undefined,
  at: number,
): string | null | undefined {
  if (!visit || at < visit.from) return undefined;
  const subject = clauseAt(sentence, at)?.subject;
  // 在X考察期间，我县代表团考察了…: the visitors named after the trip word own nothing they see.
  const visitors =
    subject !== undefined && subject.entity === ctx.subject && !visit.hosts.includes(subject.entity);
  if (subject?.span && subject.span.start >= visit.from && !visitors) return undefined;
  return visit.hosts.length === 1 ? visit.hosts[0]! : null;
}
