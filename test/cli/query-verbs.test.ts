import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURE_DIR, GEPHI_GEXF } from "../query/fixture.js";
import { runCli } from "./capture.js";

const G = ["--graph", FIXTURE_DIR];

describe("county-kg search", () => {
  it("prints a table of hits, Traditional input accepted", async () => {
    const run = await runCli(["search", "遊仙", ...G]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      "id             name    kind    code    within           matched by\n" +
        "region:510704  游仙区  region  510704  四川省 › 绵阳市  short\n",
    );
    expect(run.stderr).toBe("");
  });
  it("prints JSON only on stdout with --json, and exits 1 when nothing matches", async () => {
    const hits = JSON.parse((await runCli(["search", "yx", "--json", ...G])).stdout) as { id: string }[];
    expect(hits.map((hit) => hit.id)).toEqual(["region:510704"]);
    const none = await runCli(["search", "火星", "--json", ...G]);
    expect([none.status, none.stdout, none.stderr]).toEqual([
      1,
      "[]\n",
      'county-kg search: nothing matches "火星"\n',
    ]);
  });
});

describe("county-kg neighbors", () => {
  it("filters by relation and direction", async () => {
    const run = await runCli(["neighbors", "安吉", "--relation", "benchmarks", "--direction", "in", ...G]);
    expect(run.status).toBe(0);
    expect(run.stdout.split("\n")).toEqual([
      "安吉县 (region:330523): 1 neighbour",
      "relation       neighbour  kind    code    weight  evidence",
      "benchmarks  ←  游仙区     region  510704       1  游仙区对标安吉县发展白茶产业。",
      "",
    ]);
  });
  it("gives rows with depth and evidence as JSON", async () => {
    const run = await runCli(["neighbors", "510904", "--depth", "2", "--type", "region", "--json", ...G]);
    const result = JSON.parse(run.stdout) as {
      entity: { id: string };
      neighbors: { depth: number; id: string }[];
    };
    expect(result.entity.id).toBe("region:510904");
    expect(result.neighbors.filter((row) => row.depth === 2).map((row) => row.id)).toEqual([
      "region:320400",
      "region:330500",
      "region:510000",
      "region:510700",
    ]);
  });
  it("rejects unknown relations and bad depths with a usage message", async () => {
    const bad = await runCli(["neighbors", "安吉", "--relation", "likes", ...G]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(
      /^county-kg neighbors: --relation 'likes' is not one of: benchmarks, learns_from/,
    );
    const depth = await runCli(["neighbors", "安吉", "--depth", "0", ...G]);
    expect(depth.stderr).toContain("--depth must be a positive whole number, not '0'");
    const missing = await runCli(["neighbors", ...G]);
    expect(missing.stderr).toBe(
      "county-kg neighbors: missing <entity>\n  hint: see `county-kg neighbors --help`\n",
    );
  });
});

describe("county-kg path", () => {
  it("prints the chain and the evidence of each hop", async () => {
    const run = await runCli(["path", "安居", "溧阳", ...G]);
    expect(run.stdout.split("\n")).toEqual([
      "安居区 —benchmarks→ 溧阳市  (1 hop)",
      "1. 安居区 benchmarks 溧阳市  (weight 2)",
      "     “安居区全面对标溧阳市，在综合实力上找差距。” [doc-a]",
      "     “我们要以溧阳为标杆，补齐产业短板。” [doc-a]",
      "",
    ]);
  });
  it("exits 1 when the two are not connected", async () => {
    const run = await runCli(["path", "游仙", "溧阳", "--direction", "out", ...G]);
    expect([run.status, run.stdout, run.stderr]).toEqual([
      1,
      "",
      "county-kg path: 游仙区 and 溧阳市 are not connected\n",
    ]);
    const json = await runCli(["path", "游仙", "溧阳", "--direction", "out", "--json", ...G]);
    expect(JSON.parse(json.stdout).path).toBeNull();
  });
  it("lists the candidates of an ambiguous name with codes and parent chains", async () => {
    const run = await runCli(["path", "游仙", "鼓楼", ...G]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      'county-kg path: "鼓楼" names 2 entities:\n' +
        "  鼓楼区  320106  江苏省 › 南京市  region:320106\n" +
        "  鼓楼区  350102  福建省 › 福州市  region:350102\n" +
        "  hint: name one by its id or code, or qualify it with its parent (e.g. 南京市鼓楼区)\n",
    );
  });
});

describe("county-kg show", () => {
  it("shows attributes and relations", async () => {
    const run = await runCli(["show", "游仙区", ...G]);
    expect(run.stdout).toContain("游仙区  region:510704\n  kind      region (county)\n  code      510704\n");
    expect(run.stdout).toContain("  within    四川省 › 绵阳市\n  aliases   遊仙區\n");
    expect(run.stdout).toContain("benchmarks       →  安吉县              region:330523        1\n");
  });
  it("suggests names for an unknown entity", async () => {
    const run = await runCli(["show", "游先区", ...G]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      'county-kg show: no entity is named "游先区"; did you mean:\n' +
        "  游仙区  510704  四川省 › 绵阳市  region:510704\n" +
        "  hint: `county-kg search 游先区` lists entities by partial name or pinyin\n",
    );
  });
  it("gives the attributes without layout as JSON", async () => {
    const shown = JSON.parse((await runCli(["show", "安吉", "--json", ...G])).stdout) as {
      id: string;
      attributes: Record<string, unknown>;
      relations: { relation: string }[];
    };
    expect(shown.id).toBe("region:330523");
    expect(shown.attributes.code).toBe("330523");
    expect(shown.attributes.x).toBeUndefined();
    expect(shown.relations).toHaveLength(6);
  });
});

describe("county-kg stats", () => {
  it("summarizes the graph, also a Gephi GEXF", async () => {
    const run = await runCli(["stats", "--top", "1", ...G]);
    expect(run.stdout.startsWith("nodes       24\nedges       30\ndensity     0.0543\ndocuments   1\n")).toBe(
      true,
    );
    const gephi = JSON.parse((await runCli(["stats", "--json", "--graph", GEPHI_GEXF])).stdout) as {
      nodes: number;
    };
    expect(gephi.nodes).toBe(4);
  });
});

describe("graph errors", () => {
  it("says how to build a graph when there is none", async () => {
    const run = await runCli(["stats", "--graph", join(tmpdir(), "county-kg-nothing-here")]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /^county-kg stats: no graph at .*county-kg-nothing-here\n {2}hint: run `npm run graph`/,
    );
  });
  it("names a malformed file and what is wrong, without a stack trace", async () => {
    const dir = mkdtempSync(join(tmpdir(), "county-kg-cli-"));
    writeFileSync(join(dir, "graph.json"), '{"nodes": [], "edges": [{"source": "a", "target": "b"}]}');
    const run = await runCli(["show", "安吉", "--graph", dir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${join(dir, "graph.json")}: edge #0 (no key) points to a missing node "a"`);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
  it("explains every verb with examples under --help", async () => {
    for (const verb of ["neighbors", "path", "search", "show", "stats"]) {
      const run = await runCli([verb, "--help"]);
      expect(run.status).toBe(0);
      expect(run.stdout).toContain(`Usage: county-kg ${verb}`);
      expect(run.stdout).toContain("Examples:");
    }
  });
});
