import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CountyKgError } from "../../src/errors.js";
import { loadGraph } from "../../src/query/load.js";
import { FIXTURE_DIR, GEPHI_GEXF } from "./fixture.js";

async function failure(path: string): Promise<CountyKgError> {
  try {
    await loadGraph(path);
  } catch (error) {
    expect(error).toBeInstanceOf(CountyKgError);
    return error as CountyKgError;
  }
  throw new Error(`loading ${path} did not fail`);
}

function tempFile(name: string, content: string): string {
  const dir = mkdtempSync(join(tmpdir(), "county-kg-load-"));
  writeFileSync(join(dir, name), content);
  return join(dir, name);
}

describe("loadGraph", () => {
  it("reads graph.json from a folder or as a file, keeping attributes and edge keys", async () => {
    for (const path of [FIXTURE_DIR, join(FIXTURE_DIR, "graph.json")]) {
      const graph = await loadGraph(path);
      expect([graph.order, graph.size]).toEqual([24, 30]);
      expect(graph.getNodeAttributes("region:510904")).toMatchObject({
        kind: "region",
        name: "安居区",
        code: "510904",
        level: "county",
        parentChain: ["四川省", "遂宁市"],
        aliases: ["安居", "安居區"],
      });
      const edge = graph.getEdgeAttributes("benchmarks:region:510904->region:320481");
      expect(edge.kind).toBe("benchmarks");
      expect(edge.aspect).toBe("综合实力");
      expect(edge.evidence.map((e) => e.trigger)).toEqual(["对标", "为标杆"]);
      expect(graph.getAttribute("documents")[0]!.id).toBe("doc-a");
    }
  });

  it("brings a Gephi GEXF to our attribute shape", async () => {
    const graph = await loadGraph(GEPHI_GEXF);
    expect([graph.order, graph.size]).toEqual([4, 4]);
    expect(graph.getNodeAttributes("0")).toMatchObject({
      kind: "region",
      name: "安居区",
      label: "安居區",
      aliases: ["安居區"],
      code: "510904",
      community: 1,
      pagerank: 0.31,
      x: -40.25,
      size: 12.5,
      degree: 2,
      weightedDegree: 3,
    });
    expect(graph.getNodeAttribute("0", "type" as never)).toBeUndefined();
    expect(graph.getNodeAttribute("3", "kind")).toBe("unknown");
    expect(graph.getNodeAttribute("2", "name")).toBe("乡村振兴");
    expect(graph.getEdgeAttribute("0", "kind")).toBe("benchmarks");
    expect(graph.getEdgeAttribute("0", "weight")).toBe(2);
    expect(graph.getEdgeAttribute("2", "kind")).toBe("implements_program");
    expect(graph.getEdgeAttribute("3", "kind")).toBe("unknown");
    expect([graph.source("3"), graph.target("3")]).toEqual(["3", "1"]);
    expect(graph.getAttribute("generator")).toBe("Gephi 0.10.1");
  });

  it("reads our own GEXF with JSON-encoded evidence", async () => {
    const evidence = JSON.stringify([
      { doc: "d", start: 0, end: 4, text: "甲对标乙。", highlights: [], rule: "r" },
    ]);
    const file = tempFile(
      "graph.gexf",
      `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed">
<attributes class="node"><attribute id="kind" title="kind" type="string"/><attribute id="aliases" title="aliases" type="liststring"/></attributes>
<attributes class="edge"><attribute id="evidence" title="evidence" type="string"/></attributes>
<nodes><node id="region:1" label="甲县"><attvalues><attvalue for="kind" value="region"/><attvalue for="aliases" value="[甲, 甲縣]"/></attvalues></node>
<node id="region:2" label="乙县"><attvalues><attvalue for="kind" value="region"/></attvalues></node></nodes>
<edges><edge id="benchmarks:region:1->region:2" source="region:1" target="region:2" kind="benchmarks"><attvalues><attvalue for="evidence" value='${evidence}'/></attvalues></edge></edges>
</graph></gexf>`,
    );
    const graph = await loadGraph(file);
    expect(graph.getNodeAttribute("region:1", "aliases")).toEqual(["甲", "甲縣"]);
    expect(graph.getEdgeAttributes("benchmarks:region:1->region:2")).toMatchObject({
      kind: "benchmarks",
      evidence: [{ doc: "d", text: "甲对标乙。" }],
    });
  });

  it("says how to build a graph when there is none", async () => {
    const error = await failure(join(tmpdir(), "county-kg-no-such-graph"));
    expect(error.code).toBe("E_GRAPH_MISSING");
    expect(error.hint).toContain("npm run graph");
    const empty = mkdtempSync(join(tmpdir(), "county-kg-empty-"));
    expect((await failure(empty)).message).toBe(`no graph.json or graph.gexf in ${empty}`);
  });

  it("names the file and what is wrong with it", async () => {
    const cases: [string, string, string][] = [
      ["graph.json", '{"nodes": [', "is not valid JSON"],
      ["graph.json", '{"nodes": []}', "has no `nodes` and `edges` arrays"],
      ["graph.json", '{"nodes": [{"attributes": {}}], "edges": []}', "node #0 has no key"],
      ["graph.json", '{"nodes": [{"key": "a"}, {"key": "a"}], "edges": []}', 'node #1 repeats the key "a"'],
      [
        "graph.json",
        '{"nodes": [{"key": "a"}], "edges": [{"key": "e", "source": "a", "target": "b"}]}',
        'edge #0 (e) points to a missing node "b"',
      ],
      ["graph.json", "nodes,edges", "is neither graph JSON"],
      [
        "graph.gexf",
        "<gexf><graph><nodes></graph></gexf>",
        "is not well-formed XML: an element is not closed (line 1, column 14)",
      ],
      ["graph.gexf", "<gexf>&bad;</gexf>", "is not well-formed XML: unknown entity &bad; (line 1, column 7)"],
      ["graph.gexf", "<graphml><graph/></graphml>", "is not GEXF: its root element is <graphml>"],
    ];
    for (const [name, content, what] of cases) {
      const file = tempFile(name, content);
      const error = await failure(file);
      expect(error.code).toBe("E_GRAPH_MALFORMED");
      expect(error.message).toContain(file);
      expect(error.message).toContain(what);
    }
  });
});
