import { describe, expect, it } from "vitest";
import { toReport } from "../../src/export/report.js";
import { handGraph } from "../build/graph-helpers.js";
import { sampleGraph } from "./sample-graph.js";

describe("report.md", () => {
  const lines = toReport(sampleGraph(), 5).split("\n");

  it("counts nodes and edges by kind", () => {
    expect(lines).toContain("14 nodes, 42 edges, 2 documents.");
    expect(lines).toContain("| region | 7 |");
    expect(lines).toContain("| learns_from | 4 |");
  });

  it("lists the top entities by PageRank, documents excluded", () => {
    const top = lines.indexOf("## Top 5 entities by PageRank");
    expect(top).toBeGreaterThan(0);
    expect(lines[top + 4]).toMatch(/^\| 1 \| 武侯区 \| region \| 0\.\d{4} \| 4 \| 2 \| \d+ \| \d+ \|$/);
    expect(lines.slice(top, top + 9).join("\n")).not.toContain("document");
  });

  it("tabulates who benchmarks whom with aspect and evidence", () => {
    expect(lines).toContain(
      "| 武侯区 | benchmarks | 昆山市 | 营商环境 | 武侯区对标昆山市，在营商环境方面找差距。 (a) |",
    );
    expect(lines).toContain("| 船山区 | learns_from | 武侯区 |  | 船山区学习武侯区的经验。 (a) |");
  });

  it("reads the peer network: most benchmarked, reciprocal pairs, share across provinces", () => {
    expect(lines).toContain("| 武侯区 | 2 | 昆山市, 船山区 |");
    expect(lines).toContain("- 昆山市 ↔ 武侯区");
    expect(lines).toContain(
      "3 of 4 peer links between coded regions (75%) point to a region in another province (province = first two digits of the region code).",
    );
  });

  it("escapes pipes in cells and says so when there are no peers", () => {
    const graph = handGraph(["a|b"], []);
    const text = toReport(graph, 5);
    expect(text).toContain("| 1 | a\\|b | region |");
    expect(text).toContain("No benchmarking or learning relations were found.");
    expect(text).toContain("0 of 0 peer links between coded regions (n/a)");
  });
});
