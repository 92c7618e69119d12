import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { toGraphml } from "../../src/export/graphml.js";
import { hasXmllint, skipWithout } from "./external-tools.js";
import { sampleGraph, trickyGraph } from "./sample-graph.js";

describe("toGraphml", () => {
  const text = toGraphml(sampleGraph());

  it("declares a typed key per attribute and a directed graph", () => {
    expect(text).toContain('<key id="n_label" for="node" attr.name="label" attr.type="string"/>');
    expect(text).toContain('<key id="n_mentions" for="node" attr.name="mentions" attr.type="int"/>');
    expect(text).toContain('<key id="n_pagerank" for="node" attr.name="pagerank" attr.type="double"/>');
    expect(text).toContain('<key id="n_aliases" for="node" attr.name="aliases" attr.type="string"/>');
    expect(text).toContain('<key id="e_weight" for="edge" attr.name="weight" attr.type="double"/>');
    expect(text).toContain('<graph id="G" edgedefault="directed">');
  });

  it("writes lists |-joined and edges with id, source and target", () => {
    expect(text).toContain('<data key="n_parentChain">四川省|成都市</data>');
    expect(text).toContain(
      '<edge id="benchmarks:region:510107-&gt;region:320583" source="region:510107" target="region:320583">',
    );
  });

  it("escapes XML specials in values", () => {
    expect(toGraphml(trickyGraph())).toContain(
      "<data key=\"n_label\">甲&amp;乙 &lt;&quot;丙&quot;&gt;'丁'</data>",
    );
  });

  const skip = skipWithout(hasXmllint, "xmllint", "apt-get install libxml2-utils");
  it.skipIf(skip)("is well-formed XML, also with strings that need escaping", () => {
    expect(hasXmllint, "xmllint is required under CI").toBe(true);
    const file = join(mkdtempSync(join(tmpdir(), "county-kg-graphml-")), "graph.graphml");
    writeFileSync(file, toGraphml(trickyGraph()));
    const result = spawnSync("xmllint", ["--noout", file], { encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });
});
