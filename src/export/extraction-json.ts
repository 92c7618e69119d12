import type { Extraction } from "../types.js";

/** One document as the extraction format lists it. */
export interface ExtractionJsonDocument {
  id: string;
  path: string;
  title?: string;
  date?: string;
  source?: string;
  author?: string;
  encoding: string;
  subject?: string;
}

/** One entity of the extraction format: mentions reduced to their original offsets. */
export interface ExtractionJsonEntity {
  id: string;
  type: string;
  name: string;
  aliases: string[];
  code?: string;
  level?: string;
  parent?: string;
  roles?: string[];
  mentions: { doc: string; start: number; end: number }[];
}

/** One relation of the extraction format: one per (type, source, target, doc), its first sentence. */
export interface ExtractionJsonRelation {
  type: string;
  source: string;
  target: string;
  doc: string;
  aspect?: string;
  evidence: string;
  start: number;
  end: number;
  /** Number of sentences of this document that state it. */
  sentences: number;
}

export interface ExtractionJson {
  documents: ExtractionJsonDocument[];
  entities: ExtractionJsonEntity[];
  relations: ExtractionJsonRelation[];
}

/**
 * The JSON that `county-kg extract --json` prints (the format the project's scorer reads): offsets in
 * UTF-16 code units into the original decoded text; relation evidence is the normalized sentence.
 */
export function toExtractionJson(extraction: Extraction): ExtractionJson {
  const documents = extraction.documents.map((d) => {
    const doc: ExtractionJsonDocument = { id: d.id, path: d.path, encoding: d.encoding };
    if (d.title) doc.title = d.title;
    if (d.date) doc.date = d.date;
    if (d.source) doc.source = d.source;
    if (d.author) doc.author = d.author;
    if (d.subject) doc.subject = d.subject;
    return doc;
  });
  const entities = extraction.entities.map((e) => {
    const entity: ExtractionJsonEntity = {
      id: e.id,
      type: e.kind,
      name: e.name,
      aliases: e.aliases,
      mentions: [],
    };
    if (e.code) entity.code = e.code;
    if (e.level) entity.level = e.level;
    if (e.parent) entity.parent = e.parent;
    if (e.roles) entity.roles = e.roles;
    entity.mentions = e.mentions.map((m) => ({ doc: m.doc, start: m.orig.start, end: m.orig.end }));
    return entity;
  });
  const relations: ExtractionJsonRelation[] = [];
  for (const r of extraction.relations) {
    const byDoc = new Map<string, typeof r.evidence>();
    for (const evidence of r.evidence) {
      const list = byDoc.get(evidence.doc);
      if (list) list.push(evidence);
      else byDoc.set(evidence.doc, [evidence]);
    }
    for (const [doc, list] of byDoc) {
      const first = list[0]!;
      const relation: ExtractionJsonRelation = {
        type: r.kind,
        source: r.source,
        target: r.target,
        doc,
        evidence: first.text,
        start: first.start,
        end: first.end,
        sentences: list.length,
      };
      if (r.aspect) relation.aspect = r.aspect;
      relations.push(relation);
    }
  }
  return { documents, entities, relations };
}
