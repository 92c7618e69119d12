import { beforeAll, describe, expect, it } from "vitest";
import { neighbors } from "../../src/query/neighbors.js";
import type { KnowledgeGraph } from "../../src/types.js";
import { loadFixture } from "./fixture.js";

let graph: KnowledgeGraph;
beforeAll(async () => {
  graph = await loadFixture();
});

const rows = (entity: string, options: Parameters<typeof neighbors>[2] = {}) =>
  neighbors(graph, entity, options).map(
    (row) => `${row.depth} ${row.relation} ${row.direction} ${row.name} ${row.weight}`,
  );

describe("neighbors", () => {
  it("lists every edge of the entity, heaviest first, with direction and evidence", () => {
    expect(rows("安吉")).toEqual([
      "1 benchmarks in 游仙区 1",
      "1 has_industry out 白茶 1",
      "1 implements_program out 美丽乡村 1",
      "1 learns_from in 安居区 1",
      "1 mentions in 安居区对标学习报告 1",
      "1 part_of out 湖州市 1",
    ]);
    const [first] = neighbors(graph, "安居区");
    expect(first).toMatchObject({
      id: "region:320481",
      code: "320481",
      relation: "benchmarks",
      aspect: "综合实力",
      weight: 2,
      edge: "benchmarks:region:510904->region:320481",
      via: "region:510904",
    });
    expect(first!.evidence.map((e) => e.text)).toEqual([
      "安居区全面对标溧阳市，在综合实力上找差距。",
      "我们要以溧阳为标杆，补齐产业短板。",
    ]);
  });

  it("filters by relation, direction, kind and count", () => {
    expect(rows("安吉", { relations: ["benchmarks", "learns_from"], direction: "in" })).toEqual([
      "1 benchmarks in 游仙区 1",
      "1 learns_from in 安居区 1",
    ]);
    expect(rows("安吉", { direction: "out", types: ["industry", "program"] })).toEqual([
      "1 has_industry out 白茶 1",
      "1 implements_program out 美丽乡村 1",
    ]);
    expect(rows("安吉", { limit: 1 })).toEqual(["1 benchmarks in 游仙区 1"]);
  });

  it("walks further hops, each node at its shortest distance, through nodes of any kind", () => {
    expect(rows("乡村振兴", { depth: 2, types: ["industry"] })).toEqual([
      "2 has_industry out 动力电池 1",
      "2 has_industry out 锂电 1",
    ]);
    const two = neighbors(graph, "游仙区", { depth: 2, relations: ["benchmarks", "cooperates_with"] });
    expect(
      two.map((row) => `${row.depth} ${row.name} via ${graph.getNodeAttribute(row.via, "name")}`),
    ).toEqual(["1 安吉县 via 游仙区", "1 安居区 via 游仙区", "2 溧阳市 via 安居区"]);
  });
});
