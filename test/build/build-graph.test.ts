import { describe, expect, it } from "vitest";
import { buildGraph, DEFAULT_BUILD_OPTIONS, type BuildOptions } from "../../src/build/build-graph.js";
import { COOCCURRENCE_EVIDENCE_LIMIT } from "../../src/extract/cooccurrences.js";
import { NODE_PALETTE } from "../../src/build/palette.js";
import { EVIDENCE_SAMPLE } from "../../src/extract/mention-summary.js";
import { RunContext } from "../../src/context.js";
import type { Extraction, KnowledgeGraph } from "../../src/types.js";
import { sampleExtraction } from "../fixtures/extraction/sample.js";

function build(
  options: Partial<BuildOptions> = {},
  extraction: Extraction = sampleExtraction(),
): KnowledgeGraph {
  return buildGraph(extraction, { ...DEFAULT_BUILD_OPTIONS, ...options }, new RunContext());
}

function edgesOfKind(graph: KnowledgeGraph, kind: string): string[] {
  return graph.filterEdges((_edge, attributes) => attributes.kind === kind);
}

describe("buildGraph", () => {
  it("makes one node per entity, keyed by entity id, inserted in key order", () => {
    const graph = build({ cooccurrence: false });
    const ids = sampleExtraction()
      .entities.map((entity) => entity.id)
      .sort((a, b) => (a < b ? -1 : 1));
    expect(graph.nodes()).toEqual(ids);
    expect(graph.type).toBe("directed");
    expect(graph.multi).toBe(true);
  });

  it("keeps the entity's identity under `kind`, never `type`", () => {
    const graph = build();
    const wuhou = graph.getNodeAttributes("region:510107");
    expect(wuhou).toMatchObject({
      kind: "region",
      name: "武侯区",
      label: "武侯区",
      aliases: [],
      code: "510107",
      level: "county",
      parent: "region:510100",
      parentChain: ["四川省", "成都市"],
      mentions: 4,
      documents: 2,
    });
    expect(graph.getNodeAttributes("person:张明").roles).toEqual(["区委书记"]);
    graph.forEachNode((_node, attributes) => expect(attributes).not.toHaveProperty("type"));
    graph.forEachEdge((_edge, attributes) => expect(attributes).not.toHaveProperty("type"));
  });

  it("gives each mention sentence one occurrence with the mention highlighted", () => {
    const occurrences = build().getNodeAttribute("region:510107", "occurrences");
    expect(occurrences.map((o) => [o.doc, o.text])).toEqual([
      ["a", "武侯区对标昆山市，在营商环境方面找差距。"],
      ["a", "武侯区将大力发展电子信息产业，实施乡村振兴战略。"],
      ["a", "船山区学习武侯区的经验。"],
      ["b", "昆山市学习武侯区的社区治理经验。"],
    ]);
    expect(occurrences[2]!.highlights).toEqual([{ start: 5, end: 8 }]);
    expect(occurrences[2]!.start).toBe(
      "武侯区党政代表团赴昆山市考察学习。武侯区对标昆山市，在营商环境方面找差距。武侯区将大力发展电子信息产业，实施乡村振兴战略。区委书记张明表示，要学习义乌市的经验。四川省支持船山区参与成渝地区双城经济圈建设。"
        .length,
    );
  });

  it("falls back to the mention's surface when the pipeline gave no sentence context", () => {
    const extraction = sampleExtraction();
    const yiwu = extraction.entities.find((entity) => entity.id === "region:330782")!;
    delete yiwu.mentions[0]!.context;
    const [occurrence] = build({}, extraction).getNodeAttribute("region:330782", "occurrences");
    expect(occurrence).toEqual({
      doc: "a",
      start: yiwu.mentions[0]!.orig.start,
      end: yiwu.mentions[0]!.orig.end,
      text: "义乌市",
      highlights: [{ start: 0, end: 3 }],
      rule: "region_fixture",
    });
  });

  it("adds one typed edge per relation, keyed by relation id, weighted by its evidence", () => {
    const graph = build();
    const key = "benchmarks:region:510107->region:320583";
    expect(graph.source(key)).toBe("region:510107");
    expect(graph.target(key)).toBe("region:320583");
    const attributes = graph.getEdgeAttributes(key);
    expect(attributes).toMatchObject({ kind: "benchmarks", weight: 1, aspect: "营商环境" });
    expect(attributes.evidence[0]?.trigger).toBe("对标");
    // A region both benchmarks and learns from the same peer: parallel edges of two kinds.
    expect(graph.outEdges("region:510107", "region:320583").sort()).toEqual([
      "benchmarks:region:510107->region:320583",
      "learns_from:region:510107->region:320583",
    ]);
  });

  it("merges relations sharing an id: evidence of both, aspects joined", () => {
    const extraction = sampleExtraction();
    const first = extraction.relations[0]!;
    extraction.relations.push({
      ...first,
      aspect: "科技创新",
      evidence: [{ ...first.evidence[0]!, doc: "b" }],
    });
    const attributes = build({}, extraction).getEdgeAttributes(first.id);
    expect(attributes.weight).toBe(2);
    expect(attributes.aspect).toBe("营商环境; 科技创新");
    expect(attributes.evidence.map((e) => e.doc)).toEqual(["a", "b"]);
  });

  it("keeps a sentence stated twice for the same relation once", () => {
    const extraction = sampleExtraction();
    const first = extraction.relations[0]!;
    extraction.relations.push({ ...first, evidence: [{ ...first.evidence[0]! }] });
    expect(build({}, extraction).getEdgeAttributes(first.id)).toMatchObject({ weight: 1 });
  });

  it("lists the first EVIDENCE_SAMPLE sentences of a relation and weighs it by all it states", () => {
    const extraction = sampleExtraction();
    const first = extraction.relations[0]!;
    const sentence = first.evidence[0]!;
    first.evidence = Array.from({ length: EVIDENCE_SAMPLE + 2 }, (_, i) => ({ ...sentence, start: i }));
    extraction.relations.push({ ...first, evidence: [{ ...sentence, doc: "b" }], sentences: 4 });
    const attributes = build({}, extraction).getEdgeAttributes(first.id);
    expect(attributes.evidence).toHaveLength(EVIDENCE_SAMPLE);
    expect(attributes.evidence.map((e) => e.start)).toEqual([...Array(EVIDENCE_SAMPLE).keys()]);
    expect(attributes.weight).toBe(EVIDENCE_SAMPLE + 2 + 4);
  });

  it("takes an entity's counts and occurrences from its summary when the pipeline made one", () => {
    const extraction = sampleExtraction();
    const wuhou = extraction.entities.find((entity) => entity.id === "region:510107")!;
    const [occurrence] = build({}, extraction).getNodeAttribute("region:510107", "occurrences");
    wuhou.summary = {
      mentions: 40,
      documents: ["a", "b"],
      perDocument: [30, 10],
      sentences: 35,
      occurrences: [occurrence!],
    };
    wuhou.mentions = [];
    const graph = build({ documents: true }, extraction);
    expect(graph.getNodeAttributes("region:510107")).toMatchObject({
      mentions: 40,
      documents: 2,
      sentences: 35,
      occurrences: [occurrence],
    });
    expect(graph.getEdgeAttribute("mentions:document:a->region:510107", "weight")).toBe(30);
  });

  it("reports and skips a relation whose endpoint is not an entity", () => {
    const extraction = sampleExtraction();
    extraction.relations.push({
      id: "benchmarks:region:510107->region:999999",
      kind: "benchmarks",
      source: "region:510107",
      target: "region:999999",
      evidence: [],
    });
    const ctx = new RunContext();
    const graph = buildGraph(extraction, DEFAULT_BUILD_OPTIONS, ctx);
    expect(graph.hasEdge("benchmarks:region:510107->region:999999")).toBe(false);
    expect(ctx.problems).toHaveLength(1);
    expect(ctx.problems[0]).toMatchObject({ code: "E_DATA" });
    expect(ctx.problems[0]!.message).toContain("region:999999");
  });

  it("links regions up the admin hierarchy to the nearest ancestor in the graph, inventing none", () => {
    const graph = build({ cooccurrence: false });
    const partOf = edgesOfKind(graph, "part_of").map(
      (edge) => `${graph.source(edge)} -> ${graph.target(edge)}`,
    );
    expect(partOf).toEqual([
      "region:510100 -> region:510000", // direct parent
      "region:510107 -> region:510100", // direct parent
      "region:510903 -> region:510000", // parent 510900 is not in the graph: its province is
      "region:昆山经济技术开发区 -> region:320583", // stated by a relation: kept once, with evidence
    ]);
    expect(
      graph.getEdgeAttribute("part_of:region:昆山经济技术开发区->region:320583", "evidence"),
    ).toHaveLength(1);
    expect(graph.hasNode("region:510900")).toBe(false);
    expect(
      graph.outEdges("region:320583").filter((edge) => graph.getEdgeAttribute(edge, "kind") === "part_of"),
    ).toEqual([]);
  });

  it("adds co-occurrence edges weighted by shared sentences, from the smaller id to the larger", () => {
    const graph = build();
    const key = "co_occurs:region:320583->region:510107";
    expect(graph.getEdgeAttributes(key)).toMatchObject({ kind: "co_occurs", weight: 2 });
    const evidence = graph.getEdgeAttribute(key, "evidence");
    expect(evidence.map((e) => e.text)).toEqual([
      "武侯区对标昆山市，在营商环境方面找差距。",
      "昆山市学习武侯区的社区治理经验。",
    ]);
    expect(evidence[1]!.highlights).toEqual([
      { start: 0, end: 3 },
      { start: 5, end: 8 },
    ]);
    expect(edgesOfKind(build({ cooccurrence: false }), "co_occurs")).toEqual([]);
  });

  it("keeps the first few shared sentences as co-occurrence evidence but counts them all", () => {
    const extraction = sampleExtraction();
    const program = extraction.entities.find((entity) => entity.id === "program:乡村振兴战略")!;
    const industry = extraction.entities.find((entity) => entity.id === "industry:电子信息产业")!;
    const template = program.mentions[0]!;
    for (let sentence = 10; sentence < 14; sentence++) {
      program.mentions.push({ ...template, sentence });
      industry.mentions.push({ ...industry.mentions[0]!, sentence });
    }
    const attributes = build({}, extraction).getEdgeAttributes(
      "co_occurs:industry:电子信息产业->program:乡村振兴战略",
    );
    expect(attributes.weight).toBe(5);
    expect(COOCCURRENCE_EVIDENCE_LIMIT).toBe(3);
    expect(attributes.evidence.map((e) => e.doc)).toEqual(["a", "a", "a"]);
    expect(attributes.evidence).toHaveLength(COOCCURRENCE_EVIDENCE_LIMIT);
  });

  it("adds document nodes and mentions edges only when asked", () => {
    expect(build().hasNode("document:a")).toBe(false);
    const graph = build({ documents: true });
    expect(graph.getNodeAttributes("document:a")).toMatchObject({
      kind: "document",
      label: "武侯区对标学习报告",
      mentions: 14,
      documents: 1,
    });
    expect(graph.getEdgeAttributes("mentions:document:a->region:510107")).toMatchObject({
      kind: "mentions",
      weight: 3,
    });
    expect(graph.getEdgeAttributes("mentions:document:b->region:510107")).toMatchObject({
      kind: "mentions",
      weight: 1,
    });
  });

  it("records generator, documents and the palette in the graph attributes", () => {
    const attributes = build().getAttributes();
    expect(attributes.generator).toBe("county-kg");
    expect(attributes.documents.map((d) => d.id)).toEqual(["a", "b"]);
    expect(attributes.palette).toEqual(NODE_PALETTE);
  });

  it("reports and skips a second entity with the same id", () => {
    const extraction = sampleExtraction();
    extraction.entities.push({ ...extraction.entities[0]!, name: "重复" });
    const ctx = new RunContext();
    const graph = buildGraph(extraction, DEFAULT_BUILD_OPTIONS, ctx);
    expect(graph.getNodeAttribute(extraction.entities[0]!.id, "name")).toBe(extraction.entities[0]!.name);
    expect(ctx.problems.map((p) => p.message)).toEqual([
      `entity ${extraction.entities[0]!.id} appears twice in the extraction`,
    ]);
  });

  it("builds the same graph whatever the order of entities, relations and documents", () => {
    const reversed = sampleExtraction();
    reversed.entities.reverse();
    reversed.relations.reverse();
    reversed.documents.reverse();
    expect(JSON.stringify(build({ documents: true }, reversed).export())).toBe(
      JSON.stringify(build({ documents: true }).export()),
    );
  });

  it("gives finite metrics and positions to a graph without edges", () => {
    const extraction = sampleExtraction();
    extraction.relations = [];
    extraction.entities = extraction.entities.filter((entity) => entity.kind !== "region");
    const graph = build({ cooccurrence: false }, extraction);
    expect(graph.size).toBe(0);
    graph.forEachNode((_node, a) => {
      for (const value of [a.pagerank, a.betweenness!, a.x, a.y, a.size])
        expect(Number.isFinite(value)).toBe(true);
      expect(a.pagerank).toBeCloseTo(1 / graph.order, 10);
    });
  });

  it("builds the same graph twice, and an empty graph from an empty extraction", () => {
    expect(JSON.stringify(build().export())).toBe(JSON.stringify(build().export()));
    const empty = build({}, { documents: [], entities: [], relations: [] });
    expect([empty.order, empty.size]).toEqual([0, 0]);
  });
});
