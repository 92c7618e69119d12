import { describe, expect, it } from "vitest";
import { UndirectedGraph } from "graphology";
import noverlapModule from "graphology-layout-noverlap";
import { cjsDefault } from "../../src/build/cjs-default.js";
import { removeOverlaps } from "../../src/build/noverlap.js";
import { seededRandom } from "../../src/build/random.js";

const noverlap = cjsDefault(noverlapModule);

/** `count` nodes in a few dense clumps (many overlaps), sizes 3–20, positions from `seed`. */
function clumps(count: number, seed: number, spread: number): UndirectedGraph {
  const graph = new UndirectedGraph();
  const random = seededRandom(seed);
  for (let i = 0; i < count; i++) {
    const x = Math.floor(random() * 4) * spread + random() * spread * 0.3;
    const y = Math.floor(random() * 4) * spread + random() * spread * 0.3;
    graph.addNode(`n${i}`, { x, y, size: 3 + random() * 17 });
  }
  return graph;
}

function positions(graph: UndirectedGraph): [number, number][] {
  return graph.mapNodes((_node, attributes) => [attributes.x as number, attributes.y as number]);
}

describe("removeOverlaps", () => {
  it.each([
    [400, 1, 60, 1, 200],
    [700, 2, 100, 1, 50],
    [300, 3, 40, 5, 500],
  ])(
    "moves %i clumped nodes to the bit where graphology-layout-noverlap does (seed %i)",
    (count, seed, spread, margin, maxIterations) => {
      const ours = clumps(count, seed, spread);
      const library = clumps(count, seed, spread);
      removeOverlaps(ours, { margin, maxIterations });
      noverlap.assign(library, { maxIterations, settings: { margin } });
      expect(positions(ours)).toEqual(positions(library));
      expect(positions(ours)).not.toEqual(positions(clumps(count, seed, spread)));
    },
  );

  it("separates nodes at one point with a seeded jitter: same seed, same positions", () => {
    const run = (seed: number) => {
      const graph = new UndirectedGraph();
      for (const node of ["a", "b", "c"]) graph.addNode(node, { x: 5, y: 5, size: 4 });
      graph.addNode("d", { x: 100, y: 100, size: 4 });
      removeOverlaps(graph, { margin: 1, maxIterations: 300, seed });
      return positions(graph);
    };
    const first = run(7);
    expect(run(7)).toEqual(first);
    expect(run(8)).not.toEqual(first);
    const [a, b] = first;
    expect(Math.hypot(a![0] - b![0], a![1] - b![1])).toBeGreaterThan(0);
  });

  it("leaves nodes that do not overlap where they are, and an empty graph alone", () => {
    const graph = new UndirectedGraph();
    graph.addNode("a", { x: 0, y: 0, size: 2 });
    graph.addNode("b", { x: 50, y: 0, size: 2 });
    removeOverlaps(graph, { margin: 1 });
    expect(positions(graph)).toEqual([
      [0, 0],
      [50, 0],
    ]);
    const empty = new UndirectedGraph();
    removeOverlaps(empty);
    expect(empty.order).toBe(0);
  });
});
