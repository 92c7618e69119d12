import { beforeAll, describe, expect, it } from "vitest";
import { CountyKgError } from "../../src/errors.js";
import { entityIndex } from "../../src/query/entity-index.js";
import { describeHit, findEntity, resolveEntity, searchEntities } from "../../src/query/find.js";
import type { KnowledgeGraph } from "../../src/types.js";
import { loadFixture } from "./fixture.js";

let graph: KnowledgeGraph;
beforeAll(async () => {
  graph = await loadFixture();
});

function found(query: string): [string | undefined, string | undefined] {
  const result = findEntity(graph, query);
  return [result.match?.id, result.match?.matchedBy];
}

describe("findEntity", () => {
  it("finds an entity by every form people type", () => {
    expect(found("region:510904")).toEqual(["region:510904", "id"]);
    expect(found("510904")).toEqual(["region:510904", "code"]);
    expect(found("游仙区")).toEqual(["region:510704", "name"]);
    expect(found("遊仙區")).toEqual(["region:510704", "name"]);
    expect(found("安吉")).toEqual(["region:330523", "alias"]);
    expect(found("绵阳市游仙区")).toEqual(["region:510704", "qualified"]);
    expect(found("绵阳游仙")).toEqual(["region:510704", "qualified"]);
    expect(found("游仙")).toEqual(["region:510704", "short"]);
    expect(found("溧陽")).toEqual(["region:320481", "short"]);
    expect(found("youxian")).toEqual(["region:510704", "pinyin"]);
    expect(found("You Xian")).toEqual(["region:510704", "pinyin"]);
    expect(found("YX")).toEqual(["region:510704", "initials"]);
    expect(found("鄉村振興")).toEqual(["program:乡村振兴", "name"]);
    expect(found("program:乡村振兴")).toEqual(["program:乡村振兴", "id"]);
  });

  it("reports equally good matches as ambiguous, with their parent chains", () => {
    const result = findEntity(graph, "鼓楼");
    expect(result.status).toBe("ambiguous");
    expect(result.match).toBeUndefined();
    expect(result.candidates.map((hit) => [hit.id, hit.parentChain.join("/")])).toEqual([
      ["region:320106", "江苏省/南京市"],
      ["region:350102", "福建省/福州市"],
    ]);
  });

  it("lets the better kind of match win over a weaker one of another entity", () => {
    graph.addNode("region:999999", {
      ...graph.getNodeAttributes("region:330523"),
      name: "安吉镇",
      label: "安吉镇",
      aliases: [],
      code: "999999",
    });
    try {
      const result = findEntity(graph, "安吉");
      expect(result.status).toBe("found");
      expect(result.candidates.map((hit) => `${hit.id}/${hit.matchedBy}`)).toEqual([
        "region:330523/alias",
        "region:999999/short",
      ]);
    } finally {
      graph.dropNode("region:999999");
    }
  });

  it("suggests similar names when nothing matches", () => {
    const result = findEntity(graph, "游先区");
    expect(result.status).toBe("unknown");
    expect(result.candidates.map((hit) => `${hit.id}/${hit.matchedBy}`)).toEqual(["region:510704/similar"]);
    expect(findEntity(graph, "").candidates).toEqual([]);
  });

  it("builds the index once per graph and rebuilds it after the graph changed", () => {
    const index = entityIndex(graph);
    findEntity(graph, "安吉");
    expect(entityIndex(graph)).toBe(index);
    graph.addNode("region:888888", {
      ...graph.getNodeAttributes("region:330523"),
      name: "新县",
      code: "888888",
    });
    expect(entityIndex(graph)).not.toBe(index);
    expect(findEntity(graph, "888888").match?.id).toBe("region:888888");
    graph.dropNode("region:888888");
  });
});

describe("searchEntities", () => {
  it("lists exact, partial and similar matches, best first", () => {
    expect(searchEntities(graph, "乡村").map((hit) => `${hit.id}/${hit.matchedBy}`)).toEqual([
      "program:乡村振兴/partial",
      "program:美丽乡村/partial",
    ]);
    expect(searchEntities(graph, "an").map((hit) => hit.id)).toEqual([
      "region:510904",
      "region:330523",
      "organization:安居区发展和改革局",
      "document:doc-a",
    ]);
    expect(searchEntities(graph, "安居", { kinds: ["organization"] }).map((hit) => hit.id)).toEqual([
      "organization:安居区发展和改革局",
    ]);
    expect(searchEntities(graph, "区", { limit: 2 })).toHaveLength(2);
  });
});

describe("resolveEntity", () => {
  function error(query: string): CountyKgError {
    try {
      resolveEntity(graph, query);
    } catch (caught) {
      return caught as CountyKgError;
    }
    throw new Error(`${query} resolved`);
  }

  it("returns the match, or explains why there is none", () => {
    expect(resolveEntity(graph, "安居").id).toBe("region:510904");
    const ambiguous = error("鼓楼区");
    expect(ambiguous.code).toBe("E_ENTITY_AMBIGUOUS");
    expect(ambiguous.message).toBe(
      '"鼓楼区" names 2 entities:\n  鼓楼区  320106  江苏省 › 南京市  region:320106\n  鼓楼区  350102  福建省 › 福州市  region:350102',
    );
    const unknown = error("游先");
    expect(unknown.code).toBe("E_ENTITY_UNKNOWN");
    expect(unknown.message).toBe(
      'no entity is named "游先"; did you mean:\n  游仙区  510704  四川省 › 绵阳市  region:510704',
    );
    expect(error("火星").message).toBe('no entity is named "火星"');
  });

  it("lists at most ten candidates", () => {
    const added = Array.from({ length: 12 }, (_, i) => `region:77770${String(i).padStart(2, "0")}`);
    for (const id of added)
      graph.addNode(id, { ...graph.getNodeAttributes("region:330523"), name: "同名县", code: id.slice(7) });
    try {
      const lines = error("同名县").message.split("\n");
      expect(lines).toHaveLength(12);
      expect(lines[0]).toBe('"同名县" names 12 entities:');
      expect(lines[11]).toBe("  … and 2 more");
    } finally {
      for (const id of added) graph.dropNode(id);
    }
  });

  it("describes a hit on one line", () => {
    expect(describeHit(findEntity(graph, "乡村振兴").match!)).toBe("乡村振兴  program:乡村振兴");
  });
});
