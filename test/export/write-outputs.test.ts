import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { RunContext } from "../../src/context.js";
import { CountyKgError } from "../../src/errors.js";
import { writeOutputs } from "../../src/export/write-outputs.js";
import { sampleGraph } from "./sample-graph.js";

const failing = vi.hoisted(() => ({ name: undefined as string | undefined }));

vi.mock("node:fs/promises", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:fs/promises")>();
  return {
    ...actual,
    open: (path: string, ...rest: unknown[]) => {
      if (failing.name !== undefined && String(path).includes(failing.name)) {
        return Promise.reject(Object.assign(new Error("no space left on device"), { code: "ENOSPC" }));
      }
      return (actual.open as (...args: unknown[]) => Promise<unknown>)(path, ...rest);
    },
  };
});

const ALL = { formats: ["graphml", "csv", "coword"] as ("graphml" | "csv" | "coword")[], top: 5 };

function outDir(): string {
  return join(mkdtempSync(join(tmpdir(), "county-kg-out-")), "graph");
}

function contents(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), "utf8")]));
}

async function caught(promise: Promise<unknown>): Promise<CountyKgError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CountyKgError);
  return error as CountyKgError;
}

describe("writeOutputs", () => {
  it("always writes graph.gexf, graph.json and report.md, plus the requested formats, in order", async () => {
    const dir = outDir();
    const minimal = await writeOutputs(sampleGraph(), dir, { formats: [], top: 5 }, new RunContext());
    expect(minimal).toEqual(["graph.gexf", "graph.json", "report.md"].map((name) => join(dir, name)));
    const all = await writeOutputs(sampleGraph(), dir, ALL, new RunContext());
    expect(all.map((path) => path.slice(dir.length + 1))).toEqual([
      "graph.gexf",
      "graph.json",
      "report.md",
      "graph.graphml",
      "nodes.csv",
      "edges.csv",
      "coword.csv",
      "coword-jaccard.csv",
    ]);
    expect(readdirSync(dir).sort()).toEqual(all.map((path) => path.slice(dir.length + 1)).sort());
  });

  it("writes graph.json as graphology's serialization, which imports back", async () => {
    const dir = outDir();
    const graph = sampleGraph();
    await writeOutputs(graph, dir, { formats: [], top: 5 }, new RunContext());
    const json = JSON.parse(readFileSync(join(dir, "graph.json"), "utf8"));
    expect(json).toEqual(JSON.parse(JSON.stringify(graph.export())));
    expect(json.options).toEqual({ type: "directed", multi: true, allowSelfLoops: true });
  });

  it("gives byte-identical files when the graph is built and written twice", async () => {
    const first = outDir();
    const second = outDir();
    await writeOutputs(sampleGraph(), first, ALL, new RunContext());
    await writeOutputs(sampleGraph(), second, ALL, new RunContext());
    expect(contents(second)).toEqual(contents(first));
  });

  it("leaves the previous files intact when a write fails, and no temporary file behind", async () => {
    const dir = outDir();
    await writeOutputs(sampleGraph(), dir, ALL, new RunContext());
    const before = contents(dir);
    const changed = sampleGraph();
    changed.setNodeAttribute("region:510107", "label", "改过的名字");
    failing.name = "edges.csv";
    try {
      const error = await caught(writeOutputs(changed, dir, ALL, new RunContext()));
      expect(error.code).toBe("E_OUTPUT");
      expect(error.file).toBe(join(dir, "edges.csv"));
      expect(error.message).toContain("ENOSPC");
    } finally {
      failing.name = undefined;
    }
    expect(contents(dir)).toEqual(before);
  });

  it("writes nothing when producing a file's content fails", async () => {
    const dir = outDir();
    await writeOutputs(sampleGraph(), dir, { formats: [], top: 5 }, new RunContext());
    const before = contents(dir);
    const broken = sampleGraph();
    broken.setNodeAttribute("region:510107", "occurrences", undefined as never);
    await expect(writeOutputs(broken, dir, { formats: [], top: 5 }, new RunContext())).rejects.toThrow();
    expect(contents(dir)).toEqual(before);
  });

  it("fails with E_OUTPUT, the directory and a hint when the output directory cannot be made", async () => {
    const parent = mkdtempSync(join(tmpdir(), "county-kg-out-"));
    const file = join(parent, "not-a-dir");
    writeFileSync(file, "");
    const error = await caught(writeOutputs(sampleGraph(), join(file, "graph"), ALL, new RunContext()));
    expect(error.code).toBe("E_OUTPUT");
    expect(error.file).toBe(join(file, "graph"));
    expect(error.hint).toContain("-o");
  });

  it("fails with E_OUTPUT when a target cannot be replaced, removing its temporary files", async () => {
    const dir = outDir();
    mkdirSync(join(dir, "report.md"), { recursive: true });
    const error = await caught(writeOutputs(sampleGraph(), dir, { formats: [], top: 5 }, new RunContext()));
    expect(error.code).toBe("E_OUTPUT");
    expect(error.file).toBe(join(dir, "report.md"));
    expect(readdirSync(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });
});
