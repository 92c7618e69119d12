import { describe, expect, it } from "vitest";
import { EDGE_PALETTE, NODE_PALETTE } from "../../src/build/palette.js";
import { assignStyle, MAX_NODE_SIZE, MIN_NODE_SIZE } from "../../src/build/style.js";
import { handGraph } from "./graph-helpers.js";

describe("assignStyle", () => {
  it("sizes nodes by PageRank on a square-root scale and colours them by kind", () => {
    const graph = handGraph(["a", "b", "c"], [["a", "b", "benchmarks", 4]]);
    graph.setNodeAttribute("a", "pagerank", 0.1);
    graph.setNodeAttribute("b", "pagerank", 0.5);
    graph.setNodeAttribute("c", "pagerank", 0.2);
    graph.setNodeAttribute("c", "kind", "program");
    assignStyle(graph);
    expect(graph.mapNodes((_n, a) => a.size)).toEqual([MIN_NODE_SIZE, MAX_NODE_SIZE, 11.5]);
    expect(graph.mapNodes((_n, a) => a.color)).toEqual([
      NODE_PALETTE.region,
      NODE_PALETTE.region,
      NODE_PALETTE.program,
    ]);
  });

  it("sizes edges by log2 of weight and colours them by kind", () => {
    const graph = handGraph(["a", "b"], [["a", "b", "benchmarks", 4]]);
    assignStyle(graph);
    expect(graph.getEdgeAttributes("benchmarks:a->b")).toMatchObject({
      size: 3,
      color: EDGE_PALETTE.benchmarks,
    });
  });
});
