import { readFileSync } from "node:fs";
import { join } from "node:path";
import { MultiDirectedGraph } from "graphology";
import gexf from "graphology-gexf";
import { describe, expect, it } from "vitest";

const FIXTURES = join(import.meta.dirname, "../fixtures/gexf");

function read(name: string) {
  return gexf.parse(MultiDirectedGraph, readFileSync(join(FIXTURES, name), "utf8"));
}

describe("reading GEXF written by others with graphology-gexf", () => {
  it("reads the shape Gephi writes: titled attributes, alpha colours, parallel edges of two kinds", () => {
    const graph = read("gephi-shaped.gexf");
    expect([graph.order, graph.size]).toEqual([3, 3]);
    expect(graph.getNodeAttributes("region:510107")).toEqual({
      label: "武侯区",
      kind: "region",
      // graphology-gexf names an attribute by its id, by its title only when the id is numeric.
      pagerank: 0.42,
      modularity_class: 0,
      aliases: ["武侯", "武侯區"],
      color: "rgba(0,114,178,0.6)",
      size: 20,
      x: -120.5,
      y: 48.25,
    });
    expect(graph.outEdges("region:510107", "region:320583").sort()).toEqual([
      "benchmarks:region:510107->region:320583",
      "learns_from:region:510107->region:320583",
    ]);
    expect(graph.getEdgeAttributes("benchmarks:region:510107->region:320583")).toEqual({
      label: "benchmarks",
      kind: "benchmarks",
      weight: 2,
      aspect: "营商环境",
      color: "rgba(214,39,40,0.5)",
    });
  });

  it("reads networkx's GEXF 1.2draft and 1.3 output, numeric attribute ids and parallel edges", () => {
    for (const name of ["networkx-written.gexf", "networkx-written-1.3.gexf"]) {
      const graph = read(name);
      expect(graph.nodes(), name).toEqual(["r1", "r2", "p1"]);
      expect(graph.size, name).toBe(3);
      expect(graph.getNodeAttributes("r1"), name).toMatchObject({
        label: "武侯区",
        kind: "region",
        mentions: 4,
        score: 0.25,
        size: 10,
        x: 1.5,
        y: -2,
      });
      expect(
        graph
          .outEdges("r1", "r2")
          .map((edge) => graph.getEdgeAttribute(edge, "relation"))
          .sort(),
        name,
      ).toEqual(["benchmarks", "learns_from"]);
    }
  });
});
