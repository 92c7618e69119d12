import type { Document, Mention, Span } from "../../types.js";
import { OPENING_QUOTE_OR_SPACE, isIn } from "./chars.js";
import { relationLexicons, type RelationLexicons } from "./lexicons.js";
import { codeLevel, regionCode } from "./region-codes.js";
import { WordIndex } from "./word-index.js";

/** A clause of a sentence: a stretch between commas, colons or semicolons outside quotation marks. */
export interface Clause extends Span {
  /** The entity the clause is about, once resolved (see subjects.ts). */
  subject?: Subject;
}

/** Who or what a clause is about. */
export interface Subject {
  entity: string;
  /** The words that name it, where the clause names it (absent when it is the document's subject by default). */
  span?: Span;
  /** True when the clause itself names its subject (a region or organization at its start, 我区 …). */
  explicit: boolean;
  /** True when the subject is an organization that stands for no region. */
  organization: boolean;
}

/** One sentence with the mentions inside it. */
export interface SentenceContext {
  index: number;
  span: Span;
  /** Index of the paragraph (line) holding the sentence. */
  paragraph: number;
  /** Kept mentions of the sentence, by start. */
  mentions: Mention[];
  clauses: Clause[];
}

/** Everything the relation rules read about one document. Spans are in `doc.text`. */
export interface RelationContext {
  doc: Document;
  subject?: string;
  lexicons: RelationLexicons;
  sentences: SentenceContext[];
  /** Kept mentions by start and by end offset. */
  startsAt: Map<number, Mention>;
  endsAt: Map<number, Mention>;
  /** Nested mentions, by start. */
  nested: Mention[];
  /** Entity ids mentioned anywhere in the document (kept or nested). */
  known: Set<string>;
  /** True when the subject is a county-level city (射洪市): its own 市委 is the county's, not the prefecture's. */
  subjectIsCountyCity: boolean;
  /** Coded region mentions, kept and nested, by start. */
  regions: Mention[];
  /** Coded region → the admin characters its written forms end with (天桥区 → 区). */
  regionSuffixes: Map<string, Set<string>>;
  /** How the document writes its coded regions (游仙区, and 游仙 without the admin suffix) → entity id. */
  regionForms: WordIndex<string>;
}

/** An entity as named at a place in the text. */
export interface Named {
  entity: string;
  span: Span;
}

/** Admin suffixes dropped to get a region's short form (游仙区 → 游仙). */
const ADMIN_SUFFIX = /(?:自治州|自治县|地区|街道|省|市|区|县|镇|乡)$/;
/** The rule of the region recognizer's self-references (我区, 我县). */
const FIRST_PERSON = "first-person";
/** The one-character admin suffixes a bare organ or 该X can name. */
const ADMIN_CHAR = /^[省市州区县旗镇乡]$/;

/** The canonical entity of a mention: its resolved id, else its best candidate. */
export function entityOf(mention: Mention): string | undefined {
  return mention.entity ?? mention.candidates?.[0];
}

/** Builds the per-document context the relation rules share. */
export function buildContext(
  doc: Document,
  mentions: Mention[],
  nested: Mention[],
  subject: string | undefined,
): RelationContext {
  // 我县 is the document's subject, whatever unit the region recognizer's provisional subject was.
  const usable = mentions
    .map((m) => (subject && m.rule === FIRST_PERSON && m.entity !== subject ? { ...m, entity: subject } : m))
    .filter((m) => entityOf(m) !== undefined);
  const startsAt = new Map<number, Mention>();
  const endsAt = new Map<number, Mention>();
  const bySentence = new Map<number, Mention[]>();
  for (const m of usable) {
    startsAt.set(m.span.start, m);
    endsAt.set(m.span.end, m);
    const list = bySentence.get(m.sentence);
    if (list) list.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  const known = new Set<string>();
  const regionForms = new WordIndex<string>();
  let subjectIsCountyCity = false;
  const regions: Mention[] = [];
  const regionSuffixes = new Map<string, Set<string>>();
  for (const m of [...usable, ...nested]) {
    const id = entityOf(m);
    if (!id) continue;
    known.add(id);
    const code = m.kind === "region" ? regionCode(id) : undefined;
    if (!code) continue;
    regions.push(m);
    const last = m.surface[m.surface.length - 1]!;
    if (ADMIN_CHAR.test(last)) {
      const set = regionSuffixes.get(id);
      if (set) set.add(last);
      else regionSuffixes.set(id, new Set([last]));
    }
    regionForms.add(m.surface, id);
    if (id === subject && codeLevel(code) === "county" && m.surface.endsWith("市"))
      subjectIsCountyCity = true;
    const short = m.surface.replace(ADMIN_SUFFIX, "");
    if (short.length >= 2 && short !== m.surface) regionForms.add(short, id);
  }
  let paragraph = 0;
  let scanned = 0;
  const sentences = doc.sentences.map((span, index): SentenceContext => {
    for (; scanned < span.start; scanned++) if (doc.text.charCodeAt(scanned) === 10) paragraph++;
    const own = (bySentence.get(index) ?? []).sort((a, b) => a.span.start - b.span.start);
    return { index, span, paragraph, mentions: own, clauses: splitClauses(doc.text, span) };
  });
  return {
    doc,
    subject,
    lexicons: relationLexicons(),
    sentences,
    startsAt,
    endsAt,
    nested: nested
      .filter((m) => entityOf(m) !== undefined)
      .sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end),
    known,
    subjectIsCountyCity,
    regions: regions.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end),
    regionSuffixes,
    regionForms,
  };
}

/** Cuts a sentence at clause punctuation (，,：:；;) that is not inside quotation marks (“「『《). */
function splitClauses(text: string, sentence: Span): Clause[] {
  const clauses: Clause[] = [];
  let start = sentence.start;
  let depth = 0;
  for (let i = sentence.start; i < sentence.end; i++) {
    switch (text.charCodeAt(i)) {
      case 0x201c: // “
      case 0x300c: // 「
      case 0x300e: // 『
      case 0x300a: // 《
        depth++;
        break;
      case 0x201d: // ”
      case 0x300d: // 」
      case 0x300f: // 』
      case 0x300b: // 》
        if (depth > 0) depth--;
        break;
      case 0xff0c: // ，
      case 0x2c: // ,
      case 0xff1a: // ：
      case 0x3a: // :
      case 0xff1b: // ；
      case 0x3b: // ;
        if (depth === 0) {
          if (i > start) clauses.push({ start, end: i });
          start = i + 1;
        }
    }
  }
  if (sentence.end > start) clauses.push({ start, end: sentence.end });
  return clauses;
}

/** Moves back from `at` over white space and opening quotes, not below `floor`. */
export function backOverQuotes(text: string, at: number, floor: number): number {
  let pos = at;
  while (pos > floor && isIn(OPENING_QUOTE_OR_SPACE, text, pos - 1)) pos--;
  return pos;
}

/** The clause of `sentence` holding offset `at`. */
export function clauseAt(sentence: SentenceContext, at: number): Clause | undefined {
  const { clauses } = sentence;
  for (let i = 0; i < clauses.length; i++) {
    const c = clauses[i]!;
    if (at < c.end) return at >= c.start ? c : undefined;
  }
  return undefined;
}

/** Nested mentions lying inside `outer`'s span, by start. */
export function nestedIn(ctx: RelationContext, outer: Mention): Mention[] {
  const { nested } = ctx;
  let lo = 0;
  let hi = nested.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (nested[mid]!.span.start < outer.span.start) lo = mid + 1;
    else hi = mid;
  }
  const inside: Mention[] = [];
  for (let i = lo; i < nested.length && nested[i]!.span.start < outer.span.end; i++) {
    if (nested[i]!.span.end <= outer.span.end) inside.push(nested[i]!);
  }
  return inside;
}
