/**
 * A deterministic synthetic knowledge graph in our attribute shape, for benchmarks: regions with
 * codes, parents and Chinese names, the other entity kinds, and relation edges with one evidence
 * sentence each, their endpoints skewed so that some nodes are hubs as in real graphs.
 */
import { MultiDirectedGraph } from "graphology";
import { seededRandom } from "../build/random.js";
import type { EdgeKind, GraphNodeAttributes, KnowledgeGraph, NodeKind } from "../types.js";

/** Characters names are drawn from. */
const CHARS =
  "安平和宁阳山江河湖海东西南北中新兴华丰盛昌隆泰康永长清水石林云龙凤金玉春秋明光德福寿嘉祥瑞" +
  "溪川峰岭桥源泉州城乐开远广定武文成庆吉利富贵白青红黄绿高大小上下前后左右天地人民胜利";
const REGION_SUFFIXES = ["县", "区", "市", "县", "区"];
const OTHER_SUFFIXES: Record<string, string[]> = {
  program: ["工程", "行动", "计划", "战略"],
  industry: ["产业", "制造", "电池", "农业"],
  organization: ["局", "委员会", "公司", "中心"],
  person: [""],
};
const RELATIONS: EdgeKind[] = [
  "benchmarks",
  "learns_from",
  "cooperates_with",
  "has_industry",
  "implements_program",
  "co_occurs",
  "co_occurs",
  "mentions",
];

/** Options of `syntheticGraph`. */
export interface SyntheticGraphOptions {
  nodes: number;
  edges: number;
  seed?: number;
}

/** Node attributes with every metric and layout field at its zero value, for graphs made by code. */
export function blankNodeAttributes(
  kind: NodeKind,
  name: string,
  extra: Partial<GraphNodeAttributes>,
): GraphNodeAttributes {
  return {
    kind,
    name,
    label: name,
    aliases: [],
    mentions: 1,
    documents: 1,
    occurrences: [],
    degree: 0,
    weightedDegree: 0,
    pagerank: 0,
    community: 0,
    x: 0,
    y: 0,
    size: 1,
    color: "#999999",
    ...extra,
  };
}

/**
 * A graph of `nodes` nodes and `edges` relation edges, the same for the same options: 40 % regions in
 * a province → prefecture → county tree (1 % provinces, at most 30; 10 % prefectures, at most 370),
 * the rest programs, industries, organizations and persons.
 */
export function syntheticGraph(options: SyntheticGraphOptions): KnowledgeGraph {
  const random = seededRandom(options.seed ?? 2260);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const word = (length: number) => Array.from({ length }, () => pick([...CHARS])).join("");
  const graph: KnowledgeGraph = new MultiDirectedGraph();
  graph.replaceAttributes({ generator: "county-kg synthetic benchmark graph", documents: [], palette: {} });
  const keys: string[] = [];
  const regions = Math.floor(options.nodes * 0.4);
  const chains: { id: string; name: string; chain: string[] }[] = [];
  const provinces = Math.min(30, Math.ceil(regions * 0.01));
  const prefectures = provinces + Math.min(370, Math.ceil(regions * 0.1));
  for (let i = 0; i < regions; i++) {
    const code = String(110000 + i * 7).padStart(6, "0");
    const level = i < provinces ? "province" : i < prefectures ? "prefecture" : "county";
    const parent =
      level === "province"
        ? undefined
        : chains[level === "prefecture" ? i % provinces : provinces + (i % (prefectures - provinces))]!;
    const name =
      word(2 + (i % 2)) +
      (level === "province" ? "省" : level === "prefecture" ? "市" : pick(REGION_SUFFIXES));
    const id = `region:${code}`;
    const chain = parent ? [...parent.chain, parent.name] : [];
    graph.addNode(
      id,
      blankNodeAttributes("region", name, {
        code,
        level,
        parentChain: chain,
        ...(parent ? { parent: parent.id } : {}),
      }),
    );
    if (level !== "county") chains.push({ id, name, chain });
    keys.push(id);
  }
  const kinds: NodeKind[] = ["program", "industry", "organization", "person"];
  for (let i = regions; i < options.nodes; i++) {
    const kind = kinds[i % kinds.length]!;
    const name = word(kind === "person" ? 2 + (i % 2) : 2 + (i % 3)) + pick(OTHER_SUFFIXES[kind]!);
    const id = `${kind}:${name}#${i}`;
    graph.addNode(id, blankNodeAttributes(kind, name, {}));
    keys.push(id);
  }
  let added = 0;
  while (added < options.edges) {
    const source = keys[Math.floor(random() * keys.length)]!;
    const target = keys[Math.floor(random() ** 2 * keys.length)]!;
    const kind = pick(RELATIONS);
    const key = `${kind}:${source}->${target}`;
    if (source === target || graph.hasEdge(key)) continue;
    const text = `${graph.getNodeAttribute(source, "name")}与${graph.getNodeAttribute(target, "name")}开展合作交流。`;
    graph.addEdgeWithKey(key, source, target, {
      kind,
      weight: 1 + Math.floor(random() * 3),
      evidence: [
        { doc: `doc-${added % 5000}`, start: 0, end: text.length, text, highlights: [], rule: "bench" },
      ],
      size: 1,
      color: "#cccccc",
    });
    added++;
  }
  graph.forEachNode((node, attributes) => {
    attributes.degree = graph.degree(node);
    attributes.weightedDegree = attributes.degree;
  });
  return graph;
}
