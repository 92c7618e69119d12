import { describe, expect, it } from "vitest";
import { UndirectedGraph } from "graphology";
import {
  assignCommunityPositions,
  assignLayout,
  layoutIterations,
  layoutSettings,
} from "../../src/build/layout.js";
import type { Progress } from "../../src/context.js";
import { silentProgress } from "../../src/context.js";
import { handGraph } from "./graph-helpers.js";

function ring(size: number) {
  const nodes = Array.from({ length: size }, (_v, i) => `n${String(i).padStart(3, "0")}`);
  return handGraph(
    nodes,
    nodes.map(
      (node, i) => [node, nodes[(i + 1) % size]!, "co_occurs", 1] as [string, string, "co_occurs", number],
    ),
  );
}

function positions(seed: number): [number, number][] {
  const graph = ring(30);
  assignLayout(graph, seed, silentProgress);
  return graph.mapNodes((_n, a) => [a.x, a.y]);
}

describe("assignLayout", () => {
  it("gives the same positions for the same seed, other positions for another seed", () => {
    const first = positions(42);
    expect(positions(42)).toEqual(first);
    expect(positions(43)).not.toEqual(first);
  });

  it("spreads nodes out with finite, rounded coordinates", () => {
    const points = positions(1);
    expect(new Set(points.map(([x, y]) => `${x},${y}`)).size).toBe(points.length);
    for (const [x, y] of points) {
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
      expect(Math.round(x * 1000) / 1000).toBe(x);
    }
  });

  it("reports its iterations as progress and leaves an empty graph alone", () => {
    const events: string[] = [];
    const progress: Progress = {
      start: (phase, total) => events.push(`start ${phase} ${total}`),
      update: (done) => events.push(`update ${done}`),
      end: () => events.push("end"),
    };
    assignLayout(ring(5), 1, progress);
    expect(events[0]).toBe("start layout 500");
    expect(events.at(-2)).toBe("update 500");
    expect(events.at(-1)).toBe("end");
    const empty = handGraph([], []);
    assignLayout(empty, 1, progress);
    expect(empty.order).toBe(0);
  });

  it("scales iterations down with size", () => {
    expect([
      layoutIterations(10),
      layoutIterations(1000),
      layoutIterations(5000),
      layoutIterations(20000),
    ]).toEqual([500, 500, 150, 150]);
  });
});

describe("assignCommunityPositions", () => {
  /** Two communities of 20 nodes: a dense ring each, one edge between them. */
  function twoCommunities(): UndirectedGraph {
    const graph = new UndirectedGraph();
    for (let i = 0; i < 40; i++) graph.addNode(`n${i}`, { community: i < 20 ? 0 : 1 });
    for (let i = 0; i < 40; i++) {
      const base = i < 20 ? 0 : 20;
      graph.addEdge(`n${i}`, `n${base + ((i - base + 1) % 20)}`);
    }
    graph.addEdge("n0", "n20");
    return graph;
  }
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

  it("starts nodes nearer to their own community than to the other", () => {
    const graph = twoCommunities();
    expect(assignCommunityPositions(graph, 7)).toBe(true);
    const centre = (community: number) => {
      const nodes = graph.filterNodes((_node, attributes) => attributes.community === community);
      return [
        mean(nodes.map((n) => graph.getNodeAttribute(n, "x"))),
        mean(nodes.map((n) => graph.getNodeAttribute(n, "y"))),
      ];
    };
    const [a, b] = [centre(0), centre(1)];
    const distance = (node: string, [x, y]: number[]) =>
      Math.hypot(graph.getNodeAttribute(node, "x") - x!, graph.getNodeAttribute(node, "y") - y!);
    expect(
      graph.filterNodes((node, attributes) => {
        const own = attributes.community === 0 ? a! : b!;
        const other = attributes.community === 0 ? b! : a!;
        return distance(node, own) >= distance(node, other);
      }),
    ).toEqual([]);
  });

  it("leaves positions alone when a node has no community", () => {
    const graph = twoCommunities();
    graph.addNode("loose", { x: 3, y: 4 });
    expect(assignCommunityPositions(graph, 7)).toBe(false);
    expect(graph.getNodeAttributes("loose")).toEqual({ x: 3, y: 4 });
    expect(graph.getNodeAttribute("n0", "x")).toBeUndefined();
  });
});

describe("layoutSettings", () => {
  it("coarsens Barnes-Hut only above 1,000 nodes", () => {
    const small = new UndirectedGraph();
    const large = new UndirectedGraph();
    for (let i = 0; i < 1001; i++) {
      if (i < 1000) small.addNode(`n${i}`);
      large.addNode(`n${i}`);
    }
    expect(layoutSettings(small).barnesHutTheta).toBeUndefined();
    expect(layoutSettings(large).barnesHutTheta).toBe(1.2);
  });
});
