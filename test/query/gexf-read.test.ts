import { readFileSync } from "node:fs";
import { join } from "node:path";
import { MultiDirectedGraph } from "graphology";
import gexf from "graphology-gexf";
import { describe, expect, it } from "vitest";
import { syntheticGraph } from "../../src/bench/synthetic-graph.js";
import { CountyKgError } from "../../src/errors.js";
import { toGexf } from "../../src/export/gexf.js";
import { readGexf, type RawGraph } from "../../src/query/gexf-read.js";
import { sampleGraph, trickyGraph } from "../export/sample-graph.js";

const ROOT = join(import.meta.dirname, "../..");

/** A GEXF 1.3 file around `body` (attribute declarations, nodes, edges). */
function file(body: string, graph = 'defaultedgetype="directed"', head = ""): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">${head}
<graph ${graph}>${body}</graph></gexf>`;
}

function failure(xml: string): CountyKgError {
  try {
    readGexf(xml, "g.gexf");
  } catch (error) {
    expect(error).toBeInstanceOf(CountyKgError);
    expect((error as CountyKgError).code).toBe("E_GRAPH_MALFORMED");
    return error as CountyKgError;
  }
  throw new Error("reading did not fail");
}

/** Nodes, edges (key, source, target, attributes) and graph attributes, to compare two readers. */
function contents(graph: RawGraph) {
  const { attributes, nodes, edges } = graph.export();
  return {
    attributes,
    nodes,
    edges: edges.map(({ key, source, target, attributes }) => ({ key, source, target, attributes })),
  };
}

function viaGraphologyGexf(xml: string): RawGraph {
  return gexf.parse(MultiDirectedGraph, xml, {
    addMissingNodes: true,
    allowUndeclaredAttributes: true,
  }) as RawGraph;
}

describe("readGexf", () => {
  it("types declared attributes, applies defaults and keys numeric ids by their title", () => {
    const graph = readGexf(
      file(`<attributes class="node">
  <attribute id="i" title="I" type="integer"/><attribute id="l" type="long"/>
  <attribute id="f" type="float"/><attribute id="d" type="double"><default>2.5</default></attribute>
  <attribute id="b" type="boolean"><default>true</default></attribute><attribute id="s" type="string"/>
  <attribute id="ls" type="liststring"><default>x|y</default></attribute>
  <attribute id="u" type="anyURI"/><attribute id="t" type="date"/><attribute id="7" title="Seven" type="integer"/>
</attributes>
<nodes>
  <node id="a"><attvalues>
    <attvalue for="i" value="3"/><attvalue for="l" value="9007199254740991"/><attvalue for="f" value="0.5"/>
    <attvalue for="b" value="false"/><attvalue for="s" value="text"/><attvalue for="ls" value="[p, q]"/>
    <attvalue for="u" value="http://e.org/x"/><attvalue for="t" value="2024-01-02"/><attvalue id="7" value="7"/>
    <attvalue for="undeclared" value="12"/>
  </attvalues></node>
  <node id="b"/>
</nodes>`),
      "g.gexf",
    );
    expect(graph.getNodeAttributes("a")).toEqual({
      i: 3,
      l: 9007199254740991,
      f: 0.5,
      d: 2.5,
      b: false,
      s: "text",
      ls: ["p", "q"],
      u: "http://e.org/x",
      t: "2024-01-02",
      Seven: 7,
      undeclared: "12",
    });
    expect(graph.getNodeAttributes("b")).toEqual({ d: 2.5, b: true, ls: ["x", "y"] });
    // A default list is copied, not shared between nodes.
    expect(graph.getNodeAttribute("b", "ls")).not.toBe(readGexf(file(""), "g.gexf").getAttribute("ls"));
  });

  it("reads viz colour (rgb, rgba, hex), size, position, shape and thickness, the first of each", () => {
    const graph = readGexf(
      file(`<nodes>
  <node id="a" label="A"><viz:color r="1" g="2" b="3"/><viz:size value="4"/><viz:position x="5" y="-6" z="7"/><viz:shape value="disc"/><viz:color hex="#ffffff"/></node>
  <node id="b"><viz:color r="1" g="2" b="3" a="0.5"/></node>
  <node id="c"><viz:color hex="#0a0b0c"/></node>
</nodes>
<edges><edge id="e" source="a" target="b"><viz:thickness value="2.5"/><viz:color r="9" g="9" b="9"/></edge></edges>`),
      "g.gexf",
    );
    expect(graph.getNodeAttributes("a")).toEqual({
      label: "A",
      color: "rgb(1,2,3)",
      size: 4,
      x: 5,
      y: -6,
      z: 7,
      shape: "disc",
    });
    expect(graph.getNodeAttribute("b", "color")).toBe("rgba(1,2,3,0.5)");
    expect(graph.getNodeAttribute("c", "color")).toBe("#0a0b0c");
    expect(graph.getEdgeAttributes("e")).toEqual({ thickness: 2.5, color: "rgb(9,9,9)" });
  });

  it("resolves the viz namespace by its URI, whatever its prefix, and ignores other namespaces", () => {
    const xml = `<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:v="http://www.gexf.net/1.2draft/viz" xmlns:o="urn:other">
<graph><nodes><node id="a"><o:color r="0" g="0" b="0"/><v:color r="1" g="1" b="1"/><o:node id="x"/></node></nodes></graph></gexf>`;
    const graph = readGexf(xml, "g.gexf");
    expect(graph.nodes()).toEqual(["a"]);
    expect(graph.getNodeAttributes("a")).toEqual({ color: "rgb(1,1,1)" });
  });

  it("reads labels and edge id, weight and kind; every edge type becomes source → target; parallel edges stay", () => {
    for (const type of ["directed", "undirected", "mutual"]) {
      const graph = readGexf(
        file(
          `<nodes><node id="a" label="甲"/><node id="b"/></nodes><edges>
  <edge id="e1" source="b" target="a" weight="2" kind="benchmarks" label="x"/>
  <edge id="e2" source="b" target="a" type="directed"/>
  <edge source="a" target="b"/>
</edges>`,
          `defaultedgetype="${type}"`,
        ),
        "g.gexf",
      );
      expect(graph.getNodeAttributes("a")).toEqual({ label: "甲" });
      expect(graph.getEdgeAttributes("e1")).toEqual({ label: "x", weight: 2, kind: "benchmarks" });
      expect(graph.outEdges("b", "a").sort()).toEqual(["e1", "e2"]);
      expect(graph.outEdges("a", "b")).toHaveLength(1);
    }
  });

  it("decodes entities and character references, keeps CDATA as is, reads meta", () => {
    const graph = readGexf(
      file(
        `<attributes class="node"><attribute id="note" type="string"><default><![CDATA[<&amp;>]]></default></attribute></attributes>
<nodes><node id="a&amp;b" label="&lt;&#x4E2D;&#22269;&quot;&apos;&gt;"/></nodes>`,
        "",
        `<meta lastmodifieddate="2024-05-01"><creator>me &amp; you</creator><description> </description></meta>`,
      ),
      "g.gexf",
    );
    expect(graph.getNodeAttributes("a&b")).toEqual({ label: `<中国"'>`, note: "<&amp;>" });
    expect(graph.getAttributes()).toEqual({ creator: "me & you", lastModifiedDate: "2024-05-01" });
  });

  it("decodes an entity that a chunk boundary cuts in two", () => {
    const head = "<gexf><meta><creator>";
    const padding = "x".repeat((1 << 20) - head.length - 2);
    const graph = readGexf(`${head}${padding}&amp;y</creator></meta><graph/></gexf>`, "g.gexf");
    expect(graph.getAttribute("creator")).toBe(`${padding}&y`);
  });

  it("names the line, the column and what is wrong", () => {
    const cases: [string, string][] = [
      [
        file("<nodes>\n<node id='a'>\n</nodes>"),
        "is not well-formed XML: an element is not closed (line 4, column 1)",
      ],
      [
        file("<nodes></node></nodes>"),
        "is not well-formed XML: a closing tag matches no open element (line 3, column 42)",
      ],
      [
        "<gexf><graph>&nbsp;</graph></gexf>",
        "is not well-formed XML: unknown entity &nbsp; (line 1, column 14)",
      ],
      [
        '<gexf><graph><nodes><node id="a" label="A & B"/></nodes></graph></gexf>',
        "unknown entity & (line 1, column 21)",
      ],
      [
        "<gexf><graph>\n  <nodes><node/></nodes></graph></gexf>",
        "is not readable GEXF: a node has no id (line 2, column 10)",
      ],
      [file('<nodes><node id="a"/><node id="a"/></nodes>'), 'node id "a" is repeated (line 3, column 56)'],
      [
        file(
          '<nodes><node id="a"/></nodes><edges><edge id="e" source="a" target="b"/></edges><nodes><node id="b"/></nodes>',
        ),
        'edge "e" points to node "b", which is not declared before it (GEXF lists <nodes> before <edges>) (line 3, column 71)',
      ],
      [file('<nodes><node id="a"/></nodes><edges><edge target="a"/></edges>'), "an edge has no source"],
      [
        file(
          '<nodes><node id="a"/></nodes><edges><edge id="e" source="a" target="a"/><edge id="e" source="a" target="a"/></edges>',
        ),
        'edge id "e" is repeated',
      ],
      [
        "<graphml><graph/></graphml>",
        "is not GEXF: its root element is <graphml>, not <gexf> with a <graph>",
      ],
      ["<gexf/>", "is not GEXF: its root element is <gexf>, not <gexf> with a <graph>"],
      ["<gexf><graph/></gexf> trailing", "text outside the root element"],
    ];
    for (const [xml, what] of cases) {
      const { message } = failure(xml);
      expect(message.startsWith("g.gexf: "), message).toBe(true);
      expect(message, xml).toContain(what);
    }
  });

  it("reads what graphology-gexf reads from our GEXF, from the fixtures and from graph/", () => {
    const texts = [
      toGexf(sampleGraph()),
      toGexf(trickyGraph()),
      ...["gephi-shaped.gexf", "networkx-written.gexf", "networkx-written-1.3.gexf"].map((name) =>
        readFileSync(join(ROOT, "test/fixtures/gexf", name), "utf8"),
      ),
      readFileSync(join(ROOT, "test/fixtures/query/gephi.gexf"), "utf8"),
      readFileSync(join(ROOT, "graph/graph.gexf"), "utf8"),
    ];
    for (const xml of texts) {
      const mine = readGexf(xml, "g.gexf");
      expect(mine.order).toBeGreaterThan(0);
      expect(contents(mine)).toEqual(contents(viaGraphologyGexf(xml)));
    }
  });

  it("reads a file of several chunks the same as graphology-gexf", () => {
    const xml = toGexf(syntheticGraph({ nodes: 800, edges: 3000 }));
    expect(xml.length).toBeGreaterThan(1 << 20);
    const mine = readGexf(xml, "g.gexf");
    expect([mine.order, mine.size]).toEqual([800, 3000]);
    expect(contents(mine)).toEqual(contents(viaGraphologyGexf(xml)));
  });
});
