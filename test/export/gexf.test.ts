import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MultiDirectedGraph } from "graphology";
import gexf from "graphology-gexf";
import { describe, expect, it } from "vitest";
import { toGexf } from "../../src/export/gexf.js";
import { EDGE_COLUMNS, flatRecord, hexToRgb, NODE_COLUMNS } from "../../src/export/records.js";
import { hasXmllint, skipWithout } from "./external-tools.js";
import { sampleGraph } from "./sample-graph.js";

const SCHEMA = join(import.meta.dirname, "../fixtures/gexf-schema/gexf.rng");

function rgb(hex: string): string {
  const { r, g, b } = hexToRgb(hex);
  return `rgb(${r},${g},${b})`;
}

describe("toGexf", () => {
  const graph = sampleGraph();
  const text = toGexf(graph);

  it("writes GEXF 1.3 with the viz namespace, typed attribute declarations and meta", () => {
    expect(text).toContain(
      '<gexf version="1.3" xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz"',
    );
    expect(text).toContain('<attribute id="pagerank" title="pagerank" type="double"/>');
    expect(text).toContain('<attribute id="mentions" title="mentions" type="integer"/>');
    expect(text).toContain('<attribute id="aliases" title="aliases" type="liststring"/>');
    expect(text).toContain("<creator>county-kg</creator>");
    expect(text).toContain('kind="benchmarks" label="benchmarks"');
    expect(text).not.toContain("1.2draft");
  });

  const skipXmllint = skipWithout(hasXmllint, "xmllint", "apt-get install libxml2-utils");
  it.skipIf(skipXmllint)("validates against the official GEXF 1.3 RELAX NG schema", () => {
    expect(hasXmllint, "xmllint is required under CI").toBe(true);
    const dir = mkdtempSync(join(tmpdir(), "county-kg-gexf-"));
    const file = join(dir, "graph.gexf");
    // RELAX NG rejects the foreign xsi:schemaLocation attribute: strip it (see the fixture README).
    writeFileSync(file, text.replace(/ xmlns:xsi="[^"]*"/, "").replace(/ xsi:schemaLocation="[^"]*"/, ""));
    const result = execFileSync("xmllint", ["--noout", "--relaxng", SCHEMA, file], {
      encoding: "utf8",
      stdio: "pipe",
    });
    expect(result).toBe("");
  });

  it.skipIf(skipXmllint)("is rejected by the schema when broken (the check can fail)", () => {
    const dir = mkdtempSync(join(tmpdir(), "county-kg-gexf-"));
    const file = join(dir, "broken.gexf");
    writeFileSync(
      file,
      text
        .replace(/ xmlns:xsi="[^"]*"/, "")
        .replace(/ xsi:schemaLocation="[^"]*"/, "")
        .replace('type="double"', 'type="decimal"'),
    );
    expect(() =>
      execFileSync("xmllint", ["--noout", "--relaxng", SCHEMA, file], { stdio: "pipe" }),
    ).toThrow();
  });

  it("round-trips through graphology-gexf: same nodes, edges and attributes", () => {
    const back = gexf.parse(MultiDirectedGraph, text);
    expect(back.nodes()).toEqual(graph.nodes());
    expect(back.edges().sort()).toEqual(graph.edges().sort());
    graph.forEachNode((node, a) => {
      expect(back.getNodeAttributes(node)).toEqual({
        label: a.label,
        ...flatRecord(NODE_COLUMNS, a),
        color: rgb(a.color),
        size: a.size,
        x: a.x,
        y: a.y,
      });
    });
    graph.forEachEdge((edge, a, source, target) => {
      expect([back.source(edge), back.target(edge)]).toEqual([source, target]);
      expect(back.getEdgeAttributes(edge)).toEqual({
        label: a.kind,
        kind: a.kind,
        weight: a.weight,
        ...flatRecord(EDGE_COLUMNS, a),
        color: rgb(a.color),
        thickness: a.size,
      });
    });
  });
});
