import type { Document, Mention, Relation } from "../../types.js";
import { extractActivities } from "./activities.js";
import { RelationCollector } from "./collector.js";
import { extractContainment } from "./containment.js";
import { buildContext } from "./context.js";
import { extractLeads } from "./leads.js";
import { extractPeers } from "./peers.js";
import { resolveSubjects } from "./subjects.js";
import { visitsOf } from "./visits.js";

/** What {@link extractRelations} needs besides the document and its kept mentions. */
export interface RelationOptions {
  /** Entity id of the document's own region (its 我区/我市), when known. */
  subject?: string;
  /** Mentions dropped because they lie inside a kept one (a region inside an organization's name). */
  nested: Mention[];
}

/**
 * The typed relations a document states: benchmarks, learns_from, cooperates_with (peer triggers from
 * data/lexicons/relation-triggers.txt), has_industry and implements_program (the clause's subject),
 * part_of and located_in (containment), leads (roles before a name).
 *
 * @param doc the normalized document
 * @param mentions its kept (non-overlapping) resolved mentions of every kind, sorted by start
 * @param options the document's subject region and the nested mentions
 * @returns one relation per (kind, source, target) with one evidence per sentence, sorted by id
 */
export function extractRelations(doc: Document, mentions: Mention[], options: RelationOptions): Relation[] {
  const ctx = buildContext(doc, mentions, options.nested, options.subject);
  const out = new RelationCollector(ctx);
  extractLeads(ctx, out);
  resolveSubjects(ctx, out.leaders());
  extractPeers(ctx, out);
  const visits = visitsOf(ctx);
  extractActivities(ctx, out, visits);
  extractContainment(ctx, out, visits);
  return out.relations();
}
