import { describe, expect, it } from "vitest";
import { GraphLoadError, detectFormat, evidenceList, parseGraph } from "../../viewer/src/load.js";
import { loadFixture } from "./fixture.js";

describe("graph loading", () => {
  it("detects the format by name, then by content", () => {
    expect(detectFormat("{}", "g.gexf")).toBe("gexf");
    expect(detectFormat("<gexf/>", "g.json")).toBe("json");
    expect(detectFormat("  <?xml", "upload")).toBe("gexf");
    expect(detectFormat("{", "upload")).toBe("json");
  });

  it("keeps the builder's attributes", async () => {
    const graph = await loadFixture();
    expect(graph.order).toBe(30);
    expect(graph.getNodeAttributes("region:510704")).toMatchObject({
      kind: "region",
      name: "游仙区",
      code: "510704",
      parentChain: ["四川省", "绵阳市"],
      color: "#1f77b4",
    });
    expect(graph.getNodeAttribute("region:510704", "aliases")).toContain("遊仙");
    expect(graph.getAttribute("documents").map((doc) => doc.id)).toEqual(["anju-report", "plenary"]);
  });

  it("gives files from elsewhere defaults, drops `type` and rejects unsafe colours", async () => {
    const graph = await parseGraph(
      JSON.stringify({
        nodes: [
          { key: "a", attributes: { type: "circle", color: "red;x:y" } },
          { key: "b", attributes: { label: "乙", aliases: "b1|b2", x: "3", y: 4 } },
        ],
        edges: [{ source: "a", target: "b", attributes: { type: "line", label: "likes" } }],
      }),
      "other.json",
    );
    const a = graph.getNodeAttributes("a");
    expect(a).toMatchObject({ kind: "circle", label: "a", name: "a", size: 4, pagerank: 0, occurrences: [] });
    expect("type" in a).toBe(false);
    expect(a.color).toMatch(/^#[0-9a-f]{6}$/);
    expect(graph.getNodeAttributes("b")).toMatchObject({
      kind: "node",
      label: "乙",
      aliases: ["b1", "b2"],
      x: 3,
      y: 4,
    });
    const edge = graph.getEdgeAttributes(graph.edges()[0]!);
    expect(edge).toMatchObject({ kind: "line", weight: 1, evidence: [] });
    expect("type" in edge).toBe(false);
  });

  it("keeps well-formed evidence only, also from a JSON string", () => {
    const raw = [
      {
        doc: "d",
        start: 1,
        end: 5,
        text: "甲对标乙",
        highlights: [{ start: 0, end: 1 }, { start: "x" }],
        rule: "r",
      },
      { doc: "d" },
      null,
    ];
    expect(evidenceList(JSON.stringify(raw))).toEqual([
      {
        doc: "d",
        start: 1,
        end: 5,
        text: "甲对标乙",
        highlights: [{ start: 0, end: 1 }],
        trigger: undefined,
        rule: "r",
      },
    ]);
  });

  it("names the file when it is not a graph", async () => {
    await expect(parseGraph("[1,2]", "list.json")).rejects.toThrow(GraphLoadError);
    await expect(parseGraph("{oops", "broken.json")).rejects.toThrow(/broken\.json: cannot read JSON/);
  });
});
