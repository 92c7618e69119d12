import { describe, expect, it } from "vitest";
import { formatQueryBench, runQueryBench } from "../../src/bench/query.js";
import { syntheticGraph } from "../../src/bench/synthetic-graph.js";

describe("query benchmark", () => {
  it("generates the same graph for the same seed, in our shape", () => {
    const a = syntheticGraph({ nodes: 300, edges: 900, seed: 7 });
    const b = syntheticGraph({ nodes: 300, edges: 900, seed: 7 });
    expect(JSON.stringify(a.export())).toBe(JSON.stringify(b.export()));
    expect([a.order, a.size]).toEqual([300, 900]);
    const region = a.getNodeAttributes(a.nodes()[100]!);
    expect(region).toMatchObject({ kind: "region", level: "county" });
    expect(region.parentChain).toHaveLength(2);
    expect(a.getEdgeAttributes(a.edges()[0]!).evidence).toHaveLength(1);
  });

  it("loads both files back and times every measure (figures are not asserted)", async () => {
    const result = await runQueryBench({ nodes: 400, edges: 1200, samples: 20 });
    expect([result.nodes, result.edges]).toEqual([400, 1200]);
    expect(result.gexf!.bytes).toBeGreaterThan(result.json.bytes);
    for (const t of [
      result.neighborsDepth1,
      result.neighborsDepth2,
      result.findEntity,
      result.findEntityPinyin,
    ]) {
      expect(t.samples).toBeGreaterThan(0);
      expect(t.medianMs).toBeLessThanOrEqual(t.maxMs);
    }
    expect(formatQueryBench(result)).toMatch(/^graph +400 nodes, 1200 edges/);
  });
});
