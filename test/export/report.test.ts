import { describe, expect, it } from "vitest";
import { excerpt, QUOTE_LIMIT, toReport } from "../../src/export/report.js";
import type { Evidence } from "../../src/types.js";
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

  it("lists communities by size with their members of highest PageRank", () => {
    const graph = sampleGraph();
    const text = toReport(graph, 5);
    const communities = new Set(graph.mapNodes((_n, a) => a.community)).size;
    expect(text).toContain(`${communities} Louvain communities; the largest`);
    const zero = graph
      .filterNodes((_n, a) => a.community === 0 && a.kind !== "document")
      .sort((a, b) => graph.getNodeAttribute(b, "pagerank") - graph.getNodeAttribute(a, "pagerank"));
    expect(lines).toContain(
      `| 0 | ${zero.length} | ${zero
        .slice(0, 8)
        .map((node) => graph.getNodeAttribute(node, "label"))
        .join(", ")} |`,
    );
  });

  it("tabulates who benchmarks whom with aspect and evidence", () => {
    expect(lines).toContain(
      "| 武侯区 | benchmarks | 昆山市 | 营商环境 | 武侯区对标昆山市，在营商环境方面找差距。 (a) |",
    );
    expect(lines).toContain("| 船山区 | learns_from | 武侯区 |  | 船山区学习武侯区的经验。 (a) |");
    const table = lines.filter((line) => /^\| \S+ \| (benchmarks|learns_from) \|/.test(line));
    // By kind, then who, then whom (keys: region codes).
    expect(table.map((line) => line.split(" | ").slice(0, 3).join(" "))).toEqual([
      "| 武侯区 benchmarks 昆山市",
      "| 昆山市 learns_from 武侯区",
      "| 武侯区 learns_from 昆山市",
      "| 武侯区 learns_from 义乌市",
      "| 船山区 learns_from 武侯区",
    ]);
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

describe("excerpt", () => {
  const filler = "各项工作稳步推进"; // 8 characters
  const long = `${filler.repeat(6)}甲区对标乙区${filler.repeat(6)}`; // 48 + 6 + 48 characters
  const evidence = (text: string, highlights: [number, number][]): Evidence => ({
    doc: "d",
    start: 0,
    end: text.length,
    text,
    highlights: highlights.map(([start, end]) => ({ start, end })),
    rule: "test",
  });

  it("quotes a short sentence whole", () => {
    expect(excerpt(evidence("甲区对标乙区。", [[0, 2]]))).toBe("甲区对标乙区。");
  });

  it("centres a long sentence's quote on its highlights", () => {
    const quote = excerpt(
      evidence(long, [
        [48, 50],
        [50, 52],
        [52, 54],
      ]),
    );
    expect(quote).toBe(`…${long.slice(11, 11 + QUOTE_LIMIT)}…`);
    expect(quote).toContain("甲区对标乙区");
  });

  it("keeps the last highlights when they spread wider than the quote", () => {
    const quote = excerpt(
      evidence(long, [
        [0, 2],
        [100, 102],
      ]),
    );
    expect(quote).toBe(`…${long.slice(long.length - QUOTE_LIMIT)}`);
  });

  it("starts at the beginning without highlights", () => {
    expect(excerpt(evidence(long, []))).toBe(`${long.slice(0, QUOTE_LIMIT)}…`);
  });
});
