import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MultiDirectedGraph } from "graphology";
import gexf from "graphology-gexf";
import { describe, expect, it } from "vitest";
import { toGexf } from "../../src/export/gexf.js";
import { EDGE_COLUMNS, flatRecord, hexToRgb, NODE_COLUMNS } from "../../src/export/records.js";
import { hasXmllint, skipWithout } from "./external-tools.js";
import type { GraphEdgeAttributes, GraphNodeAttributes, KnowledgeGraph } from "../../src/types.js";
import { sampleGraph, trickyGraph } from "./sample-graph.js";

const SCHEMA = join(import.meta.dirname, "../fixtures/gexf-schema/gexf.rng");

function rgb(hex: string): string {
  const { r, g, b } = hexToRgb(hex);
  return `rgb(${r},${g},${b})`;
}

/** What toGexf wrote through graphology-gexf (pedantic, pretty) before it wrote strings itself. */
function libraryGexf(graph: KnowledgeGraph): string {
  const meta = {
    creator: graph.getAttribute("generator"),
    description: `Knowledge graph of ${graph.getAttribute("documents").length} document(s): ${graph.order} nodes, ${graph.size} edges`,
  };
  const copy = new MultiDirectedGraph<GraphNodeAttributes, GraphEdgeAttributes>();
  copy.import({ ...graph.export(), attributes: meta });
  const declared = new Map([...NODE_COLUMNS, ...EDGE_COLUMNS].map((column) => [column.name, column.type]));
  const text = gexf.write(copy, {
    version: "1.3",
    pedantic: true,
    formatNode: (_key, a) => ({
      label: a.label,
      attributes: flatRecord(NODE_COLUMNS, a),
      viz: { color: rgb(a.color), size: a.size, x: a.x, y: a.y },
    }),
    formatEdge: (_key, a) => ({
      label: a.kind,
      kind: a.kind,
      weight: a.weight,
      attributes: flatRecord(EDGE_COLUMNS, a),
      viz: { color: rgb(a.color), thickness: a.size },
    }),
  });
  const body = text.indexOf("<nodes");
  const head = text
    .slice(0, body)
    .replace(
      /<attribute id="([^"]+)" title="\1" type="[a-z]+"\/>/g,
      (_all, id: string) => `<attribute id="${id}" title="${id}" type="${declared.get(id)}"/>`,
    );
  return head + text.slice(body);
}

/** The sample graph whose first node lacks most columns and whose lists need quoting or are blank. */
function raggedGraph(): KnowledgeGraph {
  const graph = trickyGraph();
  const first = graph.nodes()[0]!;
  graph.mergeNodeAttributes(first, { aliases: ["", ""], occurrences: [], pagerank: Number.NaN });
  graph.forEachNode((node) => {
    if (node !== first) graph.setNodeAttribute(node, "parentChain", ["甲'乙", "x\ty", ""]);
  });
  return graph;
}

function emptyGraph(): KnowledgeGraph {
  const graph = sampleGraph();
  graph.clear();
  return graph;
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
    // Declared by column, not inferred from values: these weighted degrees are all whole numbers.
    expect(text).toContain('<attribute id="weightedDegree" title="weightedDegree" type="double"/>');
    expect(text).toContain("<creator>county-kg</creator>");
    expect(text).toContain('kind="benchmarks" label="benchmarks"');
    expect(text).not.toContain("1.2draft");
  });

  const skipXmllint = skipWithout(hasXmllint, "xmllint", "apt-get install libxml2-utils");

  /** xmllint's verdict on `gexfText` against the copied 1.3 RNG, after stripping what RELAX NG rejects. */
  function validate(gexfText: string): { status: number | null; stderr: string } {
    expect(hasXmllint, "xmllint is required under CI").toBe(true);
    const file = join(mkdtempSync(join(tmpdir(), "county-kg-gexf-")), "graph.gexf");
    // RELAX NG rejects the foreign xsi:schemaLocation attribute: strip it (see the fixture README).
    writeFileSync(
      file,
      gexfText.replace(/ xmlns:xsi="[^"]*"/, "").replace(/ xsi:schemaLocation="[^"]*"/, ""),
    );
    return spawnSync("xmllint", ["--noout", "--relaxng", SCHEMA, file], { encoding: "utf8" });
  }

  it.skipIf(skipXmllint)("validates against the official GEXF 1.3 RELAX NG schema", () => {
    const result = validate(text);
    expect(result.stderr).toContain("validates");
    expect(result.status).toBe(0);
  });

  it.skipIf(skipXmllint)("is rejected by the schema when broken (the check can fail)", () => {
    const result = validate(text.replace('type="double"', 'type="decimal"'));
    expect(result.stderr).toContain("fails to validate");
    expect(result.status).not.toBe(0);
  });

  it.skipIf(skipXmllint)("stays valid with strings that need escaping", () => {
    expect(validate(toGexf(trickyGraph())).status).toBe(0);
  });

  it.each([
    ["the sample graph", graph],
    ["strings that need escaping", trickyGraph()],
    ["columns first met late, blank and quoted list items", raggedGraph()],
    ["no nodes", emptyGraph()],
  ])("writes byte for byte what graphology-gexf wrote (%s)", (_name, graph) => {
    expect(toGexf(graph)).toBe(libraryGexf(graph));
  });

  it.each([
    ["the sample graph", graph],
    ["strings that need escaping", trickyGraph()],
  ])("round-trips through graphology-gexf: same nodes, edges and attributes (%s)", (_name, graph) => {
    const back = gexf.parse(MultiDirectedGraph, toGexf(graph));
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
