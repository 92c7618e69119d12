import type { Document } from "../types.js";
import type { Candidate } from "./candidate.js";
import { ancestry, provinceOf, within, type Gazetteer, type RegionUnit } from "./gazetteer.js";
import { rankSubject, type NamedUnit } from "./subject-region.js";

/** Characters that may separate two names of an enumeration (与重庆铜梁、浙江安吉). */
const ENUMERATION_GAP = /^[、和与及]$/;
/** Words after a name that show it is used as a region (安居人民, 安康境内). */
const ADMIN_AFTER = /^(?:人民|党委|区委|县委|市委|全域|境内|籍|城区|地区|一带|片区|各地)/;
/** Longest rest of a quoted phrase after a name for the phrase to count as a brand (“延平1号”). */
const MAX_QUOTED_TAIL = 6;
/** A province's name means the province unless a prefix says otherwise (河北 vs 天津's 河北区). */
const LEVEL_PRIOR: Record<string, number> = { province: 100, prefecture: 2, county: 1, zone: 1, township: 0 };

/** The state the rules read: the document, its candidates and the provisional subject. */
interface Context {
  doc: Document;
  gazetteer: Gazetteer;
  candidates: Candidate[];
  subject?: string;
  /** Units named unambiguously per sentence index. */
  sentenceUnits: Map<number, Set<string>>;
  /** Candidates by sentence index. */
  bySentence: Map<number, Candidate[]>;
  /** Count of unambiguous namings per province. */
  provinceCounts: Map<string, number>;
  sentenceOf: (offset: number) => number;
}

/**
 * Decides which unit candidates are region mentions and ranks what each may be. Prefixes restrict
 * (绵阳游仙 → 游仙区 of 绵阳市); names that are ordinary words need evidence (a containing unit before
 * them, an enumeration with other regions, the document's subject, an admin word after them);
 * townships need the subject county, a county in the same sentence or a unique name. Returns the
 * provisional subject it used.
 */
export function resolveUnitCandidates(
  doc: Document,
  candidates: Candidate[],
  gazetteer: Gazetteer,
  sentenceOf: (offset: number) => number,
): string | undefined {
  linkPrefixes(candidates, gazetteer);
  const named: NamedUnit[] = [];
  for (const c of candidates) {
    if (c.options.length !== 1 || c.zone || c.rule === "township-full-name") continue;
    // An ordinary word counts for the subject only where a title or signature names it.
    const weak = c.common || (c.rule === "region-short-name" && opensQuotedName(doc.text, c));
    named.push({ span: c, unit: c.options[0]!.id, weight: weak ? 0 : 1 });
  }
  const context: Context = {
    doc,
    gazetteer,
    candidates,
    subject: rankSubject(doc, named, gazetteer),
    sentenceUnits: new Map(),
    bySentence: new Map(),
    provinceCounts: new Map(),
    sentenceOf,
  };
  for (const c of candidates) {
    const sentence = sentenceOf(c.start);
    const list = context.bySentence.get(sentence);
    if (list) list.push(c);
    else context.bySentence.set(sentence, [c]);
  }
  for (const c of candidates) {
    if (c.options.length !== 1 || c.common) continue;
    const unit = c.options[0]!.id;
    const sentence = sentenceOf(c.start);
    const set = context.sentenceUnits.get(sentence) ?? new Set<string>();
    for (const at of ancestry(unit, gazetteer)) set.add(at);
    context.sentenceUnits.set(sentence, set);
    const province = provinceOf(unit, gazetteer);
    if (province) context.provinceCounts.set(province, (context.provinceCounts.get(province) ?? 0) + 1);
  }
  for (const c of candidates) if (c.options.length > 0) c.accepted = acceptByRule(c, context);
  // Enumerations spread acceptance from accepted neighbours, twice for chains.
  for (let pass = 0; pass < 2; pass++) {
    candidates.forEach((c, k) => {
      if (c.accepted || c.options.length === 0 || c.rule === "township-full-name" || c.zone) return;
      const before = candidates[k - 1];
      const after = candidates[k + 1];
      const near = (a: Candidate | undefined, gapStart: number, gapEnd: number) =>
        a?.accepted === true &&
        a.rule !== "first-person" &&
        ENUMERATION_GAP.test(doc.text.slice(gapStart, gapEnd));
      if (near(before, before?.end ?? 0, c.start) || near(after, c.end, after?.start ?? 0)) c.accepted = true;
    });
  }
  for (const c of candidates) if (c.accepted && c.options.length > 0) c.ranked = rank(c, context);
  return context.subject;
}

/** A name right after the name of a unit containing it: each restricts the other (绵阳游仙, 江苏省溧阳市). */
function linkPrefixes(candidates: Candidate[], gazetteer: Gazetteer): void {
  for (let k = 1; k < candidates.length; k++) {
    const outer = candidates[k - 1]!;
    const inner = candidates[k]!;
    if (outer.end !== inner.start || outer.zone || outer.options.length === 0 || inner.options.length === 0)
      continue;
    // u lies in o when o is on u's chain of ancestors (u itself included).
    const outerIds = new Set(outer.options.map((o) => o.id));
    const inners = inner.options.filter((u) =>
      ancestry(u.id, gazetteer).some((at) => at !== u.id && outerIds.has(at)),
    );
    if (inners.length === 0) continue;
    const containing = new Set(inners.flatMap((u) => ancestry(u.id, gazetteer)));
    const outers = outer.options.filter((o) => containing.has(o.id));
    inner.options = inners;
    outer.options = outers;
    inner.common = false;
    outer.common = false;
  }
}

function acceptByRule(c: Candidate, context: Context): boolean {
  const { gazetteer, subject } = context;
  if (c.rule === "province-abbreviation" || c.rule === "region-abbreviation") return true;
  if (c.rule === "township-full-name" || (c.zone && c.options.every((u) => u.level === "township"))) {
    const containers = [
      ...(subject ? [subject] : []),
      ...(context.sentenceUnits.get(context.sentenceOf(c.start)) ?? []),
    ];
    const inside = c.options.filter((u) => containers.some((at) => within(u.id, at, gazetteer)));
    if (inside.length > 0) {
      c.options = inside;
      return true;
    }
    return !c.zone && !c.common && c.options.length === 1;
  }
  // A descriptive middle (遂平县食品产业园区) is evidence enough, like a strong zone noun.
  if (c.zone && (c.zone.noun.strong || c.zone.described)) return true;
  if (c.zone && c.zone.noun.level === "zone" && subject) {
    // A weak zone noun (新城, 示范区) after a name from another province is rather a name of its own.
    const province = provinceOf(subject, gazetteer);
    const near = c.options.filter((u) => provinceOf(u.id, gazetteer) === province);
    if (near.length === 0) {
      if (!c.zone.noun.local) return false;
      c.zone.parent = subject;
      return true;
    }
    c.options = near;
  }
  if (c.rule === "region-short-name" && opensQuotedName(context.doc.text, c) && !relatedToSubject(c, context))
    return false;
  if (c.rule === "region-short-name" && subject && farCounty(c, context)) return false;
  if (c.rule === "region-short-name" && insidePersonName(context.doc.text, c.start, gazetteer)) return false;
  if (!c.common) return true;
  if (subject) {
    const related = c.options.filter(
      (u) => within(subject, u.id, gazetteer) || within(u.id, subject, gazetteer),
    );
    if (related.length > 0) {
      c.options = related;
      return true;
    }
  }
  return ADMIN_AFTER.test(context.doc.text.slice(c.end, c.end + 4));
}

/**
 * A bare county short name from another province than the subject's, with none of its containers
 * named nearby (裕民 in 节用裕民): such names come with their province or city when meant.
 */
function farCounty(c: Candidate, context: Context): boolean {
  const { subject, gazetteer } = context;
  if (!c.options.every((u) => u.level === "county")) return false;
  const province = provinceOf(subject!, gazetteer);
  if (c.options.some((u) => provinceOf(u.id, gazetteer) === province)) return false;
  const sentence = context.sentenceOf(c.start);
  const containers = new Set(c.options.flatMap((u) => ancestry(u.id, gazetteer).slice(1)));
  for (let k = sentence - 1; k <= sentence + 1; k++)
    for (const other of context.bySentence.get(k) ?? [])
      if (other !== c && other.options.some((u) => containers.has(u.id))) return false;
  return true;
}

/** Characters of a name list between two persons (市长王某、刘中原). */
const NAME_LIST_SEPARATOR = "、";

/**
 * Whether a short name at `start` follows a surname that opens a person's name: the surname comes
 * right after a title or person word (市长刘中原, 领导刘中原) or after a 、 closing a name that does
 * (嘉宾朱儒林、刘中原).
 */
function insidePersonName(text: string, start: number, gazetteer: Gazetteer): boolean {
  if (!gazetteer.surnames.has(text[start - 1] ?? "")) return false;
  const at = start - 1;
  if (personWordEndsAt(text, at, gazetteer)) return true;
  if (text[at - 1] !== NAME_LIST_SEPARATOR) return false;
  // The previous list item: a surname and one or two characters after a person word.
  for (const length of [2, 3]) {
    const item = at - 1 - length;
    if (item >= 0 && gazetteer.surnames.has(text[item]!) && personWordEndsAt(text, item, gazetteer))
      return true;
  }
  return false;
}

/** Whether a title or person word ends right before `at`. */
function personWordEndsAt(text: string, at: number, gazetteer: Gazetteer): boolean {
  const { words, maxLength } = gazetteer.personContext;
  for (let k = 2; k <= maxLength && k <= at; k++) if (words.has(text.slice(at - k, at))) return true;
  return false;
}

/** A short name that opens a short quoted phrase (“金州英才”) names a brand or a program, not the place. */
function opensQuotedName(text: string, c: Candidate): boolean {
  if (text[c.start - 1] !== "“") return false;
  const close = text.indexOf("”", c.end);
  return close > c.end && close - c.end <= MAX_QUOTED_TAIL;
}

function relatedToSubject(c: Candidate, context: Context): boolean {
  const { subject, gazetteer } = context;
  return (
    subject !== undefined &&
    c.options.some((u) => within(subject, u.id, gazetteer) || within(u.id, subject, gazetteer))
  );
}

/** Options best first: containers named nearby, the subject and its province, other mentions, level. */
function rank(c: Candidate, context: Context): string[] {
  // One option needs no scores (most candidates have one).
  if (c.options.length === 1) return [c.options[0]!.id];
  const { gazetteer, subject } = context;
  const sentence = context.sentenceOf(c.start);
  const nearby = new Set([
    ...(context.sentenceUnits.get(sentence - 1) ?? []),
    ...(context.sentenceUnits.get(sentence) ?? []),
    ...(context.sentenceUnits.get(sentence + 1) ?? []),
  ]);
  const subjectChain = subject ? ancestry(subject, gazetteer) : [];
  const score = (u: RegionUnit) => {
    let s = LEVEL_PRIOR[u.level] ?? 0;
    const chain = ancestry(u.id, gazetteer);
    if (chain.slice(1).some((at) => nearby.has(at))) s += 6;
    if (subject) {
      if (subjectChain.includes(u.id)) s += 5;
      else if (chain.includes(subject)) s += 4;
      else if (
        subjectChain[1] !== undefined &&
        chain.includes(subjectChain.find((at) => isPrefecture(at, gazetteer)) ?? "")
      )
        s += 2;
      if (provinceOf(u.id, gazetteer) === provinceOf(subject, gazetteer)) s += 2;
    }
    s += Math.min(3, context.provinceCounts.get(provinceOf(u.id, gazetteer) ?? "") ?? 0) * 0.5;
    return s;
  };
  return c.options
    .map((u) => [u.id, score(u)] as const)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([id]) => id);
}

function isPrefecture(id: string, gazetteer: Gazetteer): boolean {
  return gazetteer.units.get(id)?.level === "prefecture";
}
