/**
 * The lookup index of a graph's entities, built once per graph and cached: every form a node can be
 * named by (id, code, name, aliases, qualified and short names; pinyin on first use) → the nodes.
 */
import type { KnowledgeGraph } from "../types.js";
import { normalizeName, pinyinKeys, shortNames } from "./names.js";

/** How a query matched an entity, best first. */
export type MatchKind =
  "id" | "code" | "name" | "alias" | "qualified" | "short" | "pinyin" | "initials" | "partial" | "similar";

/** Rank of each match kind: lower is better; equal ranks of different entities are ambiguous. */
export const MATCH_RANK: Readonly<Record<MatchKind, number>> = {
  id: 0,
  code: 1,
  name: 2,
  alias: 3,
  qualified: 3,
  short: 4,
  pinyin: 5,
  initials: 6,
  partial: 7,
  similar: 8,
};

/** One way of naming one node. */
export interface IndexEntry {
  node: string;
  by: MatchKind;
  /** The indexed form (normalized). */
  form: string;
}

export interface EntityIndex {
  /** Normalized form → entries, for id, code, names, aliases, qualified and short names. */
  readonly forms: Map<string, IndexEntry[]>;
  /** Pinyin (full and initials, letters only) → entries; built on the first pinyin query. */
  pinyin(): Map<string, IndexEntry[]>;
}

/** Kinds whose names carry administrative suffixes worth stripping (foreign graphs: "unknown"). */
const SHORTENED_KINDS: ReadonlySet<string> = new Set(["region", "unknown"]);
const HAN = /[\u3400-\u9fff]/u;

const cache = new WeakMap<KnowledgeGraph, { order: number; size: number; index: EntityIndex }>();

/**
 * The index of `graph`, built on first use and cached for the graph's lifetime (rebuilt when nodes or
 * edges were added or removed since).
 */
export function entityIndex(graph: KnowledgeGraph): EntityIndex {
  const cached = cache.get(graph);
  if (cached && cached.order === graph.order && cached.size === graph.size) return cached.index;
  const index = buildIndex(graph);
  cache.set(graph, { order: graph.order, size: graph.size, index });
  return index;
}

function add(map: Map<string, IndexEntry[]>, form: string, node: string, by: MatchKind): void {
  if (form.length === 0) return;
  const entries = map.get(form);
  if (!entries) {
    map.set(form, [{ node, by, form }]);
    return;
  }
  // Nodes are indexed one after the other, so an entry of the same node can only be the last one.
  const same = entries[entries.length - 1]!;
  if (same.node !== node) entries.push({ node, by, form });
  else if (MATCH_RANK[by] < MATCH_RANK[same.by]) same.by = by;
}

function buildIndex(graph: KnowledgeGraph): EntityIndex {
  const forms = new Map<string, IndexEntry[]>();
  graph.forEachNode((node, attributes) => {
    add(forms, normalizeName(node), node, "id");
    if (attributes.code) add(forms, normalizeName(attributes.code), node, "code");
    const name = normalizeName(attributes.name);
    add(forms, name, node, "name");
    const others = [attributes.label, ...attributes.aliases].map(normalizeName);
    for (const other of others) add(forms, other, node, "alias");
    if (!SHORTENED_KINDS.has(attributes.kind)) return;
    const parent = attributes.parentChain?.at(-1);
    if (parent !== undefined) {
      const parentName = normalizeName(parent);
      add(forms, parentName + name, node, "qualified");
      for (const parentShort of shortNames(parentName)) {
        for (const short of shortNames(name)) add(forms, parentShort + short, node, "qualified");
      }
    }
    for (const form of [name, ...others]) {
      for (const short of shortNames(form)) add(forms, short, node, "short");
    }
  });
  let pinyin: Map<string, IndexEntry[]> | undefined;
  return {
    forms,
    pinyin: () => (pinyin ??= buildPinyinIndex(graph)),
  };
}

function buildPinyinIndex(graph: KnowledgeGraph): Map<string, IndexEntry[]> {
  const map = new Map<string, IndexEntry[]>();
  graph.forEachNode((node, attributes) => {
    const name = normalizeName(attributes.name);
    if (!HAN.test(name)) return;
    const names = SHORTENED_KINDS.has(attributes.kind) ? [name, ...shortNames(name)] : [name];
    for (const form of names) {
      const { full, initials } = pinyinKeys(form);
      add(map, full, node, "pinyin");
      if (initials.length >= 2) add(map, initials, node, "initials");
    }
  });
  return map;
}
