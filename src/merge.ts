import { COOCCURRENCE_EVIDENCE_LIMIT } from "./extract/cooccurrences.js";
import { compare } from "./extract/document-entities.js";
import { EVIDENCE_SAMPLE, summarizeMentions } from "./extract/mention-summary.js";
import { detach } from "./text/detach.js";
import type {
  Cooccurrence,
  DocumentExtraction,
  DocumentInfo,
  Entity,
  Evidence,
  Extraction,
  MentionSummary,
  Relation,
  Span,
} from "./types.js";

/**
 * What the merge keeps. `all`: every mention and every evidence sentence (what `extract --json` lists;
 * memory grows with the corpus). `sample`: per entity, relation and co-occurrence only counts and the
 * first sentences (`EVIDENCE_SAMPLE`, `COOCCURRENCE_EVIDENCE_LIMIT`) — what the graph shows, in memory
 * that grows with the graph. Both give the same graph.
 */
export type Retain = "all" | "sample";

/**
 * The reduce step, one document at a time: `add` each DocumentExtraction in document id order, then
 * take the `result`. Entities keep the union of their aliases and roles and the sum of their mention
 * summaries; relations the union of their aspects and their evidence; co-occurrences the sum of their
 * counts and the first sentences. Strings kept are detached from the documents' texts (see `detach`),
 * and a sentence kept by several entities or relations of one document is stored once.
 */
export class ExtractionAccumulator {
  private readonly retain: Retain;
  private readonly documents: DocumentInfo[] = [];
  private readonly entities = new Map<string, Entity>();
  private readonly relations = new Map<string, Relation>();
  private readonly cooccurrences = new Map<string, Cooccurrence>();
  /** Highlight lists by their offsets, shared by every evidence that has the same. */
  private readonly spanLists = new Map<string, Span[]>();
  /** Rule names and triggers: a handful of distinct strings repeated on every evidence. */
  private readonly words = new Map<string, string>();
  /** The current document's sentences, by original start, so that each is kept once. */
  private sentences = new Map<number, string>();
  private doc = "";

  private readonly withCooccurrences: boolean;

  /** `cooccurrences: false` leaves out the parts' co-occurrences (a graph without `co_occurs` edges). */
  constructor(retain: Retain = "all", { cooccurrences = true }: { cooccurrences?: boolean } = {}) {
    this.retain = retain;
    this.withCooccurrences = cooccurrences;
  }

  /** Merges one document's extraction (not changed, not kept: everything retained is copied). */
  add(part: DocumentExtraction): void {
    const document = detachStrings(part.document);
    this.doc = document.id;
    this.sentences = new Map();
    this.documents.push(document);
    for (const entity of part.entities) this.addEntity(entity);
    for (const relation of part.relations) this.addRelation(relation);
    if (this.withCooccurrences) for (const pair of part.cooccurrences ?? []) this.addCooccurrence(pair);
  }

  /** The merged corpus: entities, relations and co-occurrences sorted by id, documents in merge order. */
  result(): Extraction {
    const byId = <T extends { id: string }>(map: Map<string, T>) =>
      [...map.values()].sort((a, b) => compare(a.id, b.id));
    const extraction: Extraction = {
      documents: [...this.documents],
      entities: byId(this.entities),
      relations: byId(this.relations),
    };
    if (this.cooccurrences.size > 0) extraction.cooccurrences = byId(this.cooccurrences);
    return extraction;
  }

  private addEntity(entity: Entity): void {
    const summary = entity.summary ?? summarizeMentions(entity.mentions);
    const mentions =
      this.retain === "all"
        ? entity.mentions.map((m) => ({ ...m, doc: this.doc, surface: detach(m.surface) }))
        : [];
    const known = this.entities.get(entity.id);
    if (!known) {
      const kept: Entity = {
        ...entity,
        id: detach(entity.id),
        name: detach(entity.name),
        aliases: entity.aliases.map(detach),
        mentions,
        summary: {
          mentions: summary.mentions,
          documents: [],
          perDocument: [],
          sentences: 0,
          occurrences: [],
        },
      };
      if (entity.roles) kept.roles = entity.roles.map(detach);
      this.addSummary(kept.summary!, summary);
      this.entities.set(kept.id, kept);
      return;
    }
    known.aliases = union(known.aliases, entity.aliases.map(detach));
    if (entity.roles) known.roles = union(known.roles ?? [], entity.roles.map(detach));
    for (const mention of mentions) known.mentions.push(mention);
    known.summary!.mentions += summary.mentions;
    this.addSummary(known.summary!, summary);
  }

  private addSummary(into: MentionSummary, from: MentionSummary): void {
    for (const [i, doc] of from.documents.entries()) {
      const count = from.perDocument[i] ?? 0;
      const last = into.documents.length - 1;
      // A document id given twice (two folders) counts as one document, as it does for the mentions.
      if (into.documents[last] === doc) into.perDocument[last]! += count;
      else {
        into.documents.push(this.doc === doc ? this.doc : detach(doc));
        into.perDocument.push(count);
      }
    }
    into.sentences += from.sentences;
    this.addEvidence(into.occurrences, from.occurrences, EVIDENCE_SAMPLE);
  }

  private addRelation(relation: Relation): void {
    const sentences = relation.sentences ?? relation.evidence.length;
    const limit = this.retain === "all" ? Infinity : EVIDENCE_SAMPLE;
    const known = this.relations.get(relation.id);
    if (!known) {
      const { sentences: _counted, ...rest } = relation;
      const kept: Relation = {
        ...rest,
        id: detach(relation.id),
        source: this.entityId(relation.source),
        target: this.entityId(relation.target),
        evidence: [],
      };
      if (relation.aspect) kept.aspect = detach(relation.aspect);
      this.addEvidence(kept.evidence, relation.evidence, limit);
      if (sentences > kept.evidence.length) kept.sentences = sentences;
      this.relations.set(kept.id, kept);
      return;
    }
    const total = (known.sentences ?? known.evidence.length) + sentences;
    this.addEvidence(known.evidence, relation.evidence, limit);
    if (total > known.evidence.length) known.sentences = total;
    if (relation.aspect)
      known.aspect = union(splitAspect(known.aspect), splitAspect(detach(relation.aspect))).join("; ");
  }

  private addCooccurrence(pair: Cooccurrence): void {
    const known = this.cooccurrences.get(pair.id);
    if (known) {
      known.sentences += pair.sentences;
      this.addEvidence(known.evidence, pair.evidence, COOCCURRENCE_EVIDENCE_LIMIT);
      return;
    }
    const kept: Cooccurrence = {
      ...pair,
      id: detach(pair.id),
      source: this.entityId(pair.source),
      target: this.entityId(pair.target),
      evidence: [],
    };
    this.addEvidence(kept.evidence, pair.evidence, COOCCURRENCE_EVIDENCE_LIMIT);
    this.cooccurrences.set(kept.id, kept);
  }

  /** The kept copy of an entity id (relations and pairs name entities merged before them). */
  private entityId(id: string): string {
    return this.entities.get(id)?.id ?? detach(id);
  }

  /** Appends copies of `from` to `into` until it holds `limit`, sharing sentence texts and words. */
  private addEvidence(into: Evidence[], from: readonly Evidence[], limit: number): void {
    for (const evidence of from) {
      if (into.length >= limit) return;
      const copy: Evidence = {
        ...evidence,
        doc: evidence.doc === this.doc ? this.doc : detach(evidence.doc),
        text: this.sentence(evidence),
        highlights: this.highlights(evidence.highlights),
        rule: this.word(evidence.rule),
      };
      if (evidence.trigger !== undefined) copy.trigger = this.word(evidence.trigger);
      into.push(copy);
    }
  }

  /** The one kept copy of an evidence sentence of the current document. */
  private sentence(evidence: Evidence): string {
    if (evidence.doc !== this.doc) return detach(evidence.text);
    let text = this.sentences.get(evidence.start);
    if (text === undefined || text !== evidence.text) {
      text = detach(evidence.text);
      this.sentences.set(evidence.start, text);
    }
    return text;
  }

  /**
   * The one kept copy of a list of highlights: the same offsets recur across sentences (a name at the
   * start, a two-character trigger after it), so lists are shared rather than copied per evidence.
   */
  private highlights(spans: readonly Span[]): Span[] {
    const key = spans.map((span) => `${span.start},${span.end}`).join(";");
    let known = this.spanLists.get(key);
    if (!known)
      this.spanLists.set(key, (known = spans.map((span) => ({ start: span.start, end: span.end }))));
    return known;
  }

  private word(text: string): string {
    let known = this.words.get(text);
    if (known === undefined) this.words.set(text, (known = detach(text)));
    return known;
  }
}

/**
 * Merges per-document extractions by canonical id (see ExtractionAccumulator), in document id order
 * whatever the order given, so the result does not depend on the order the documents were processed in.
 */
export function mergeExtractions(parts: readonly DocumentExtraction[], retain: Retain = "all"): Extraction {
  const accumulator = new ExtractionAccumulator(retain);
  for (const part of [...parts].sort((a, b) => compare(a.document.id, b.document.id))) accumulator.add(part);
  return accumulator.result();
}

/** A copy of `info` whose strings do not keep the document's text alive. */
function detachStrings(info: DocumentInfo): DocumentInfo {
  const copy = { ...info };
  for (const key of ["id", "path", "title", "source", "author"] as const) {
    const value = copy[key];
    if (value !== undefined) copy[key] = detach(value);
  }
  return copy;
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])].sort(compare);
}

function splitAspect(aspect: string | undefined): string[] {
  return aspect ? aspect.split("; ").filter(Boolean) : [];
}
