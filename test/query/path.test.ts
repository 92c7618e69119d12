import { beforeAll, describe, expect, it } from "vitest";
import { egoGraph } from "../../src/query/ego.js";
import { shortestPath } from "../../src/query/path.js";
import { stats } from "../../src/query/stats.js";
import { graphFromSerialization, loadGraph } from "../../src/query/load.js";
import type { KnowledgeGraph } from "../../src/types.js";
import { GEPHI_GEXF, loadFixture } from "./fixture.js";

let graph: KnowledgeGraph;
beforeAll(async () => {
  graph = await loadFixture();
});

describe("shortestPath", () => {
  it("finds the fewest hops, preferring stated relations over co-occurrence", () => {
    const path = shortestPath(graph, "游仙", "溧阳")!;
    expect(path.nodes.map((node) => node.name)).toEqual(["游仙区", "安居区", "溧阳市"]);
    expect(path.steps.map((step) => `${step.relation} ${step.direction}`)).toEqual([
      "cooperates_with in",
      "benchmarks out",
    ]);
    expect(path.steps[0]).toMatchObject({ source: "region:510904", target: "region:510704" });
    expect(path.length).toBe(2);
  });

  it("follows only the relations and direction asked for", () => {
    expect(shortestPath(graph, "游仙", "溧阳", { direction: "out" })).toBeNull();
    const viaProgram = shortestPath(graph, "安居", "溧阳", { relations: ["implements_program"] })!;
    expect(viaProgram.nodes.map((node) => node.name)).toEqual(["安居区", "乡村振兴", "溧阳市"]);
    expect(shortestPath(graph, "安居", "安居区")!.length).toBe(0);
  });
});

describe("egoGraph", () => {
  it("keeps the nodes within reach and the edges among them", () => {
    const ego = egoGraph(graph, "安吉", 1, { relations: ["benchmarks", "learns_from", "part_of"] });
    expect(ego.nodes().sort()).toEqual(["region:330500", "region:330523", "region:510704", "region:510904"]);
    expect(ego.edges().sort()).toEqual([
      "benchmarks:region:510704->region:330523",
      "learns_from:region:510904->region:330523",
      "part_of:region:330523->region:330500",
    ]);
    expect(ego.getNodeAttribute("region:330523", "name")).toBe("安吉县");
    expect(ego.getAttribute("generator")).toBe(graph.getAttribute("generator"));
    ego.setNodeAttribute("region:330523", "name", "changed");
    expect(graph.getNodeAttribute("region:330523", "name")).toBe("安吉县");
  });
});

describe("stats", () => {
  it("counts by kind and relation, components, and ranks by stored PageRank and degree", () => {
    const summary = stats(graph, { top: 2 });
    expect(summary).toMatchObject({
      nodes: 24,
      edges: 30,
      documents: 1,
      components: 2,
      largestComponent: 21,
      isolated: 0,
      byKind: { document: 1, industry: 3, organization: 1, person: 1, program: 2, region: 16 },
    });
    expect(summary.density).toBeCloseTo(30 / (24 * 23), 10);
    expect(summary.byRelation.part_of).toBe(12);
    expect(summary.topByDegree.map((entry) => [entry.name, entry.value])).toEqual([
      ["安居区", 10],
      ["安吉县", 6],
    ]);
    expect(summary.topByPagerank.map((entry) => entry.id)).toEqual(["program:乡村振兴", "region:330523"]);
  });

  it("computes PageRank when the file carries none", async () => {
    const gephi = await loadGraph(GEPHI_GEXF);
    gephi.forEachNode((node) => gephi.setNodeAttribute(node, "pagerank", 0));
    const summary = stats(gephi, { top: 1 });
    expect(summary.topByPagerank[0]!.name).toBe("乡村振兴");
    expect(summary.topByPagerank[0]!.value).toBeGreaterThan(0.3);
    expect(summary.byKind).toEqual({ program: 1, region: 2, unknown: 1 });
  });
});

describe("egoGraph serialization", () => {
  it("round-trips through graph.json", () => {
    const ego = egoGraph(graph, "安居区", 1);
    const back = graphFromSerialization(JSON.parse(JSON.stringify(ego.export())), "ego.json");
    expect(back.nodes()).toEqual(ego.nodes());
    expect(back.edges()).toEqual(ego.edges());
    expect(back.getEdgeAttributes("benchmarks:region:510904->region:320481")).toEqual(
      ego.getEdgeAttributes("benchmarks:region:510904->region:320481"),
    );
  });
});
