/**
 * Finding entities by what people type: Simplified or Traditional names, short names (游仙), pinyin
 * (youxian, yx), GB/T 2260 codes and ids.
 */
import { CountyKgError } from "../errors.js";
import type { KnowledgeGraph, NodeKind, RegionLevel } from "../types.js";
import {
  entityIndex,
  MATCH_RANK,
  type EntityIndex,
  type IndexEntry,
  type MatchKind,
} from "./entity-index.js";
import { compactPinyin, isPinyinQuery, normalizeName } from "./names.js";

export type { MatchKind } from "./entity-index.js";

/** An entity that matches a query. */
export interface Hit {
  id: string;
  kind: NodeKind;
  name: string;
  code?: string;
  level?: RegionLevel;
  /** Names of the containing units, outermost first (["四川省", "遂宁市"]); empty when none. */
  parentChain: string[];
  /** How the query matched it. */
  matchedBy: MatchKind;
  /** The form of the entity the query matched (normalized: Simplified, lower case). */
  form: string;
}

/** What `findEntity` found. */
export interface FindResult {
  /**
   * `found`: one entity matches best (`match`); `ambiguous`: several match equally well
   * (`candidates`); `unknown`: none matches, `candidates` are similar names (did you mean).
   */
  status: "found" | "ambiguous" | "unknown";
  match?: Hit;
  /** Every match, best first (the match itself first when found); suggestions when unknown. */
  candidates: Hit[];
}

/** How many suggestions an unknown query gets. */
const SUGGESTIONS = 8;
/** How many candidates an error message lists. */
const LISTED = 10;

function toHit(graph: KnowledgeGraph, entry: IndexEntry): Hit {
  const attributes = graph.getNodeAttributes(entry.node);
  const hit: Hit = {
    id: entry.node,
    kind: attributes.kind,
    name: attributes.name,
    parentChain: attributes.parentChain ?? [],
    matchedBy: entry.by,
    form: entry.form,
  };
  if (attributes.code !== undefined) hit.code = attributes.code;
  if (attributes.level !== undefined) hit.level = attributes.level;
  return hit;
}

/** Best match first; equal matches by mentions, then degree (more first), then id. */
function rankHits(graph: KnowledgeGraph, entries: IndexEntry[]): Hit[] {
  const best = new Map<string, IndexEntry>();
  for (const entry of entries) {
    const seen = best.get(entry.node);
    if (!seen || MATCH_RANK[entry.by] < MATCH_RANK[seen.by]) best.set(entry.node, entry);
  }
  const weight = (node: string) => {
    const attributes = graph.getNodeAttributes(node);
    return [attributes.mentions, attributes.degree] as const;
  };
  return [...best.values()]
    .sort((a, b) => {
      const byRank = MATCH_RANK[a.by] - MATCH_RANK[b.by];
      if (byRank !== 0) return byRank;
      const [mentionsA, degreeA] = weight(a.node);
      const [mentionsB, degreeB] = weight(b.node);
      return mentionsB - mentionsA || degreeB - degreeA || (a.node < b.node ? -1 : a.node > b.node ? 1 : 0);
    })
    .map((entry) => toHit(graph, entry));
}

/** Entries that name the query exactly (in any of the indexed forms, or in pinyin). */
function exactEntries(index: EntityIndex, query: string): IndexEntry[] {
  const entries = index.forms.get(query) ?? [];
  if (entries.length > 0 || !isPinyinQuery(query)) return entries;
  return index.pinyin().get(compactPinyin(query)) ?? [];
}

/** Character bigrams of a text (the text itself when shorter than two). */
function bigrams(text: string): Set<string> {
  const chars = [...text];
  if (chars.length < 2) return new Set(chars);
  const grams = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i]! + chars[i + 1]!);
  return grams;
}

/** Dice coefficient of two bigram sets. */
function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const gram of a) if (b.has(gram)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** Whether two texts are at most `limit` edits (insert, delete, substitute) apart. */
function withinEdits(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      best = Math.min(best, current[j]!);
    }
    if (best > limit) return false;
    previous = current;
  }
  return previous[b.length]! <= limit;
}

/** Whether a form resembles the query: a typo away (one edit, two from five characters) or Dice ≥ 0.5. */
function resembles(query: string, grams: Set<string>, form: string): boolean {
  return withinEdits(query, form, query.length >= 5 ? 2 : 1) || dice(grams, bigrams(form)) >= 0.5;
}

/**
 * Entries whose forms contain the query (`partial`; for pinyin queries: start with it) or resemble it
 * (`similar`). A scan of the index: used for search and suggestions, not lookups.
 */
function looseEntries(index: EntityIndex, query: string): IndexEntry[] {
  const found: IndexEntry[] = [];
  if (isPinyinQuery(query)) {
    const letters = compactPinyin(query);
    if (letters.length < 2) return found;
    for (const [form, entries] of index.pinyin()) {
      if (form !== letters && form.startsWith(letters)) {
        for (const entry of entries) found.push({ ...entry, by: "partial" });
      }
    }
  }
  const grams = bigrams(query);
  for (const [form, entries] of index.forms) {
    if (form === query) continue;
    const by: MatchKind | undefined = form.includes(query)
      ? "partial"
      : query.length >= 2 && resembles(query, grams, form)
        ? "similar"
        : undefined;
    if (by) for (const entry of entries) found.push({ ...entry, by });
  }
  return found;
}

/**
 * Finds the entity a query names. Accepts ids (`region:510904`), GB/T 2260 codes (510904), names in
 * Simplified or Traditional characters (游仙区, 遊仙區), names qualified by their parent (绵阳市游仙区),
 * short names without the administrative suffix (游仙) and pinyin (youxian, yx). The index behind it
 * is built on the first call per graph; later calls are map lookups.
 */
export function findEntity(graph: KnowledgeGraph, query: string): FindResult {
  const index = entityIndex(graph);
  const normalized = normalizeName(query);
  const entries = exactEntries(index, normalized);
  if (entries.length === 0) {
    return {
      status: "unknown",
      candidates: normalized ? rankHits(graph, looseEntries(index, normalized)).slice(0, SUGGESTIONS) : [],
    };
  }
  const candidates = rankHits(graph, entries);
  const best = MATCH_RANK[candidates[0]!.matchedBy];
  const tied = candidates.filter((hit) => MATCH_RANK[hit.matchedBy] === best).length;
  return tied === 1
    ? { status: "found", match: candidates[0]!, candidates }
    : { status: "ambiguous", candidates };
}

/** Options of `searchEntities`. */
export interface SearchOptions {
  /** Only entities of these kinds. */
  kinds?: readonly NodeKind[];
  /** At most this many hits (default 20). */
  limit?: number;
}

/**
 * Every entity a query could mean, best first: exact matches in any form (see `findEntity`), then
 * entities whose names contain the query (or whose pinyin starts with it), then similar names.
 */
export function searchEntities(graph: KnowledgeGraph, query: string, options: SearchOptions = {}): Hit[] {
  const index = entityIndex(graph);
  const normalized = normalizeName(query);
  if (!normalized) return [];
  const kinds = options.kinds && options.kinds.length > 0 ? new Set<string>(options.kinds) : undefined;
  const hits = rankHits(graph, [...exactEntries(index, normalized), ...looseEntries(index, normalized)]);
  return hits.filter((hit) => !kinds || kinds.has(hit.kind)).slice(0, options.limit ?? 20);
}

/** One line describing a hit: name, code, containing units and id (鼓楼区  320106  江苏省 › 南京市  region:320106). */
export function describeHit(hit: Hit): string {
  return [hit.name, hit.code, hit.parentChain.join(" › "), hit.id].filter(Boolean).join("  ");
}

/**
 * The one entity a query names, for commands that need exactly one.
 *
 * @throws CountyKgError `E_ENTITY_UNKNOWN` with "did you mean" suggestions, or
 *   `E_ENTITY_AMBIGUOUS` listing the candidates with their codes and parent chains.
 */
export function resolveEntity(graph: KnowledgeGraph, query: string): Hit {
  const result = findEntity(graph, query);
  if (result.match) return result.match;
  const shown = result.candidates.slice(0, LISTED);
  const more = result.candidates.length - shown.length;
  const list =
    shown.map((hit) => `\n  ${describeHit(hit)}`).join("") + (more > 0 ? `\n  … and ${more} more` : "");
  if (result.status === "ambiguous") {
    throw new CountyKgError(
      "E_ENTITY_AMBIGUOUS",
      `"${query}" names ${result.candidates.length} entities:${list}`,
      {
        hint: "name one by its id or code, or qualify it with its parent (e.g. 南京市鼓楼区)",
      },
    );
  }
  throw new CountyKgError(
    "E_ENTITY_UNKNOWN",
    `no entity is named "${query}"${list ? `; did you mean:${list}` : ""}`,
    { hint: `\`county-kg search ${query}\` lists entities by partial name or pinyin` },
  );
}
