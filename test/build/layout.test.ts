import { describe, expect, it } from "vitest";
import { assignLayout, layoutIterations } from "../../src/build/layout.js";
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
    ]).toEqual([500, 500, 200, 100]);
  });
});
