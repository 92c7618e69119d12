import type { Document, Mention, Span } from "../../types.js";
import { relationLexicons, type RelationLexicons } from "./lexicons.js";

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
  nested: Mention[];
  /** Entity ids mentioned anywhere in the document (kept or nested). */
  known: Set<string>;
}

const CLAUSE_BREAKS = new Set(["，", ",", "：", ":", "；", ";"]);
const OPEN_QUOTES = new Set(["“", "「", "『", "《"]);
const CLOSE_QUOTES = new Set(["”", "」", "』", "》"]);

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
  const usable = mentions.filter((m) => entityOf(m) !== undefined);
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
  for (const m of [...usable, ...nested]) {
    const id = entityOf(m);
    if (id) known.add(id);
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
    nested: nested.filter((m) => entityOf(m) !== undefined),
    known,
  };
}

/** Cuts a sentence at clause punctuation that is not inside quotation marks. */
export function splitClauses(text: string, sentence: Span): Clause[] {
  const clauses: Clause[] = [];
  let start = sentence.start;
  let depth = 0;
  for (let i = sentence.start; i < sentence.end; i++) {
    const ch = text[i]!;
    if (OPEN_QUOTES.has(ch)) depth++;
    else if (CLOSE_QUOTES.has(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && CLAUSE_BREAKS.has(ch)) {
      if (i > start) clauses.push({ start, end: i });
      start = i + 1;
    }
  }
  if (sentence.end > start) clauses.push({ start, end: sentence.end });
  return clauses;
}

/** The clause of `sentence` holding offset `at`. */
export function clauseAt(sentence: SentenceContext, at: number): Clause | undefined {
  return sentence.clauses.find((c) => at >= c.start && at < c.end);
}

/** Nested mentions lying inside `outer`'s span, by start. */
export function nestedIn(ctx: RelationContext, outer: Mention): Mention[] {
  return ctx.nested
    .filter((m) => m.span.start >= outer.span.start && m.span.end <= outer.span.end)
    .sort((a, b) => a.span.start - b.span.start);
}
