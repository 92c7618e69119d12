/** Readable names of node and edge kinds (English with the Chinese the documents use). */

const NODE_KIND_NAMES: Record<string, string> = {
  region: "Region 地区",
  program: "Program 工程/计划",
  industry: "Industry 产业",
  organization: "Organization 机构",
  person: "Person 人物",
  document: "Document 文档",
};

const EDGE_KIND_NAMES: Record<string, string> = {
  benchmarks: "benchmarks 对标",
  learns_from: "learns from 学习",
  cooperates_with: "cooperates with 合作",
  has_industry: "has industry 产业",
  implements_program: "implements 实施",
  part_of: "part of 隶属",
  located_in: "located in 位于",
  leads: "leads 领导",
  co_occurs: "co-occurs 同句",
  mentions: "mentions 提及",
};

/** Display name of a node kind (the kind itself when unknown). */
export function nodeKindName(kind: string): string {
  return NODE_KIND_NAMES[kind] ?? kind;
}

/** Display name of an edge kind (the kind itself when unknown). */
export function edgeKindName(kind: string): string {
  return EDGE_KIND_NAMES[kind] ?? kind;
}
