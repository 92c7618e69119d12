import { describe, expect, it } from "vitest";
import { assignMetrics, BETWEENNESS_MAX_NODES } from "../../src/build/metrics.js";
import { handGraph } from "./graph-helpers.js";

describe("assignMetrics", () => {
  it("counts degree over edges of every kind and weighted degree over their weights", () => {
    const graph = handGraph(
      ["a", "b", "c"],
      [
        ["a", "b", "benchmarks", 2],
        ["a", "b", "co_occurs", 3],
        ["b", "c", "learns_from", 1],
      ],
    );
    assignMetrics(graph, 1);
    expect(graph.mapNodes((_n, a) => [a.degree, a.weightedDegree])).toEqual([
      [2, 5],
      [3, 6],
      [1, 1],
    ]);
  });

  it("ranks the target of directed relations higher, and symmetric kinds both ways", () => {
    const directed = handGraph(["a", "b"], [["a", "b", "benchmarks"]]);
    assignMetrics(directed, 1);
    expect(directed.getNodeAttribute("b", "pagerank")).toBeGreaterThan(
      directed.getNodeAttribute("a", "pagerank"),
    );
    const symmetric = handGraph(["a", "b"], [["a", "b", "co_occurs"]]);
    assignMetrics(symmetric, 1);
    expect(symmetric.getNodeAttribute("a", "pagerank")).toBeCloseTo(0.5, 6);
    expect(symmetric.getNodeAttribute("b", "pagerank")).toBeCloseTo(0.5, 6);
  });

  it("computes normalized betweenness on the undirected projection", () => {
    const graph = handGraph(
      ["a", "b", "c"],
      [
        ["a", "b", "benchmarks"],
        ["c", "b", "benchmarks"],
      ],
    );
    assignMetrics(graph, 1);
    expect(graph.mapNodes((_n, a) => a.betweenness)).toEqual([0, 1, 0]);
  });

  it(`leaves betweenness out above ${BETWEENNESS_MAX_NODES} nodes`, () => {
    const nodes = Array.from({ length: BETWEENNESS_MAX_NODES + 1 }, (_v, i) => `n${i}`);
    const graph = handGraph(nodes, [["n0", "n1", "benchmarks"]]);
    assignMetrics(graph, 1);
    expect(graph.getNodeAttributes("n0")).not.toHaveProperty("betweenness");
    expect(graph.getNodeAttribute("n0", "degree")).toBe(1);
  });

  it("finds Louvain communities, numbered by size, the same for the same seed", () => {
    const clique = (names: string[]) =>
      names.flatMap((a, i) =>
        names.slice(i + 1).map((b) => [a, b, "co_occurs", 5] as [string, string, "co_occurs", number]),
      );
    const make = () =>
      handGraph(
        ["a1", "a2", "a3", "b1", "b2", "b3", "b4"],
        [...clique(["a1", "a2", "a3"]), ...clique(["b1", "b2", "b3", "b4"]), ["a1", "b1", "benchmarks", 1]],
      );
    const graph = make();
    assignMetrics(graph, 7);
    expect(graph.mapNodes((_n, a) => a.community)).toEqual([1, 1, 1, 0, 0, 0, 0]);
    const again = make();
    assignMetrics(again, 7);
    expect(again.mapNodes((_n, a) => a.community)).toEqual(graph.mapNodes((_n, a) => a.community));
  });
});
