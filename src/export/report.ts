import { compareStrings } from "../build/entries.js";
import type { EdgeKind, Evidence, GraphEdgeAttributes, KnowledgeGraph } from "../types.js";
import { flatText } from "./records.js";

/** Relation kinds read as "A takes B as a peer to learn from": the peer network of the report. */
export const PEER_KINDS: ReadonlySet<EdgeKind> = new Set(["benchmarks", "learns_from"]);

/** Longest stretch of an evidence sentence the benchmark table quotes. */
export const QUOTE_LIMIT = 80;

function cell(text: string): string {
  return flatText(text).replace(/\\/g, "\\\\").replace(/\|/g, "\\|");
}

function table(header: string[], rows: string[][]): string[] {
  return [
    `| ${header.join(" | ")} |`,
    `|${header.map(() => " --- ").join("|")}|`,
    ...rows.map((row) => `| ${row.join(" | ")} |`),
  ];
}

function percent(part: number, whole: number): string {
  return whole === 0 ? "n/a" : `${Math.round((part / whole) * 1000) / 10}%`;
}

function countBy<T>(items: Iterable<T>, key: (item: T) => string): [string, number][] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].sort((a, b) => compareStrings(a[0], b[0]));
}

/**
 * The evidence sentence, or when longer than QUOTE_LIMIT the stretch around its highlights (the
 * endpoints and the trigger; the last ones where they spread wider), cut ends marked with "…".
 */
export function excerpt(evidence: Evidence): string {
  const { text, highlights } = evidence;
  if (text.length <= QUOTE_LIMIT) return text;
  const from = highlights.length > 0 ? Math.min(...highlights.map((h) => h.start)) : 0;
  const to = highlights.length > 0 ? Math.max(...highlights.map((h) => h.end)) : 0;
  const center = to - from <= QUOTE_LIMIT ? (from + to) / 2 : to - QUOTE_LIMIT / 2;
  const start = Math.max(0, Math.min(Math.round(center - QUOTE_LIMIT / 2), text.length - QUOTE_LIMIT));
  const end = start + QUOTE_LIMIT;
  return `${start > 0 ? "…" : ""}${text.slice(start, end)}${end < text.length ? "…" : ""}`;
}

interface PeerEdge {
  source: string;
  target: string;
  attributes: GraphEdgeAttributes;
}

/** The province part (first two digits) of a node's region code, if it has one. */
function province(graph: KnowledgeGraph, node: string): string | undefined {
  const code = graph.getNodeAttribute(node, "code");
  return code && /^\d{6}/.test(code) ? code.slice(0, 2) : undefined;
}

function countsSection(graph: KnowledgeGraph): string[] {
  const nodeKinds = countBy(graph.nodes(), (node) => graph.getNodeAttribute(node, "kind"));
  const edgeKinds = countBy(graph.edges(), (edge) => graph.getEdgeAttribute(edge, "kind"));
  return [
    "## Counts",
    "",
    `${graph.order} nodes, ${graph.size} edges, ${graph.getAttribute("documents").length} documents.`,
    "",
    ...table(
      ["Node kind", "Nodes"],
      nodeKinds.map(([kind, count]) => [kind, String(count)]),
    ),
    "",
    ...table(
      ["Edge kind", "Edges"],
      edgeKinds.map(([kind, count]) => [kind, String(count)]),
    ),
  ];
}

/** Entity nodes (documents left out), highest PageRank first, ties by key. */
function byPagerank(graph: KnowledgeGraph): string[] {
  return graph
    .filterNodes((_node, attributes) => attributes.kind !== "document")
    .sort(
      (a, b) =>
        graph.getNodeAttribute(b, "pagerank") - graph.getNodeAttribute(a, "pagerank") || compareStrings(a, b),
    );
}

/** How many communities, and members of each, the report names. */
const COMMUNITIES_LISTED = 10;
const MEMBERS_LISTED = 8;

function communitiesSection(graph: KnowledgeGraph, ranked: string[]): string[] {
  const members = new Map<number, string[]>();
  for (const node of ranked) {
    const community = graph.getNodeAttribute(node, "community");
    members.set(community, [...(members.get(community) ?? []), node]);
  }
  const rows = [...members]
    .sort((a, b) => b[1].length - a[1].length || a[0] - b[0])
    .slice(0, COMMUNITIES_LISTED)
    .map(([community, nodes]) => [
      String(community),
      String(nodes.length),
      nodes
        .slice(0, MEMBERS_LISTED)
        .map((node) => cell(graph.getNodeAttribute(node, "label")))
        .join(", "),
    ]);
  return [
    "## Communities",
    "",
    `${members.size} Louvain communities; the largest, with their members of highest PageRank:`,
    "",
    ...table(["Community", "Entities", "Leading members"], rows),
  ];
}

function topSection(graph: KnowledgeGraph, ranked: string[], top: number): string[] {
  const nodes = ranked.slice(0, top);
  const rows = nodes.map((node, i) => {
    const a = graph.getNodeAttributes(node);
    return [
      String(i + 1),
      cell(a.label),
      a.kind,
      a.pagerank.toFixed(4),
      String(a.mentions),
      String(a.documents),
      String(a.degree),
      String(a.community),
    ];
  });
  return [
    `## Top ${nodes.length} entities by PageRank`,
    "",
    ...table(["#", "Entity", "Kind", "PageRank", "Mentions", "Documents", "Degree", "Community"], rows),
  ];
}

function benchmarkSection(graph: KnowledgeGraph, peers: PeerEdge[]): string[] {
  const label = (node: string): string => cell(graph.getNodeAttribute(node, "label"));
  const rows = peers.map(({ source, target, attributes }) => {
    const first = attributes.evidence[0];
    const more = attributes.evidence.length > 1 ? `, +${attributes.evidence.length - 1} more` : "";
    const quote = first ? `${cell(excerpt(first))} (${cell(first.doc)}${more})` : "";
    return [label(source), attributes.kind, label(target), cell(attributes.aspect ?? ""), quote];
  });
  return [
    "## Benchmarks: who benchmarks whom",
    "",
    peers.length === 0 ? "No benchmarking or learning relations were found." : `${peers.length} relations.`,
    ...(peers.length === 0 ? [] : ["", ...table(["Who", "Relation", "Whom", "Aspect", "Evidence"], rows)]),
  ];
}

function peerNetworkSection(graph: KnowledgeGraph, peers: PeerEdge[], top: number): string[] {
  const label = (node: string): string => cell(graph.getNodeAttribute(node, "label"));
  const pairs = new Map<string, { source: string; target: string }>();
  for (const { source, target } of peers)
    if (source !== target) pairs.set(`${source}\u0000${target}`, { source, target });
  const links = [...pairs.values()];
  const sourcesOf = new Map<string, string[]>();
  for (const { source, target } of links) sourcesOf.set(target, [...(sourcesOf.get(target) ?? []), source]);
  const most = [...sourcesOf]
    .sort((a, b) => b[1].length - a[1].length || compareStrings(a[0], b[0]))
    .slice(0, top)
    .map(([target, sources]) => [label(target), String(sources.length), sources.map(label).join(", ")]);
  const reciprocal = links
    .filter(
      ({ source, target }) => compareStrings(source, target) < 0 && pairs.has(`${target}\u0000${source}`),
    )
    .map(({ source, target }) => `- ${label(source)} ↔ ${label(target)}`);
  const coded = links.filter(({ source, target }) => province(graph, source) && province(graph, target));
  const crossing = coded.filter(({ source, target }) => province(graph, source) !== province(graph, target));
  return [
    "## Peer network",
    "",
    `Benchmarking and learning read as a directed network: ${links.length} peer links (distinct who → whom pairs) among ${
      new Set(links.flatMap(({ source, target }) => [source, target])).size
    } entities.`,
    "",
    "### Most-benchmarked",
    "",
    ...(most.length === 0 ? ["None."] : table(["Entity", "Benchmarked by", "By whom"], most)),
    "",
    "### Reciprocal pairs",
    "",
    ...(reciprocal.length === 0 ? ["None."] : reciprocal),
    "",
    "### Across provinces",
    "",
    `${crossing.length} of ${coded.length} peer links between coded regions (${percent(crossing.length, coded.length)}) point to a region in another province (province = first two digits of the region code).`,
  ];
}

/**
 * report.md: counts by kind, the top `top` entities by PageRank, the largest communities, the
 * benchmark table (who benchmarks or learns from whom, aspect, first evidence sentence) and the peer
 * network (most-benchmarked entities, reciprocal pairs, share of peer links crossing a province border).
 */
export function toReport(graph: KnowledgeGraph, top: number): string {
  const peers: PeerEdge[] = [];
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (PEER_KINDS.has(attributes.kind)) peers.push({ source, target, attributes });
  });
  peers.sort(
    (a, b) =>
      compareStrings(a.attributes.kind, b.attributes.kind) ||
      compareStrings(a.source, b.source) ||
      compareStrings(a.target, b.target),
  );
  const ranked = byPagerank(graph);
  return [
    "# County knowledge graph report",
    "",
    `Built by ${graph.getAttribute("generator")} from ${graph.getAttribute("documents").length} document(s).`,
    "",
    ...countsSection(graph),
    "",
    ...topSection(graph, ranked, top),
    "",
    ...communitiesSection(graph, ranked),
    "",
    ...benchmarkSection(graph, peers),
    "",
    ...peerNetworkSection(graph, peers, top),
    "",
  ].join("\n");
}
