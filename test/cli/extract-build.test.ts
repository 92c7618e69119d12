import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// End to end through the built executable (`npm test` builds dist/ first): worker threads need it.
const run = (...args: string[]) => spawnSync("node", ["dist/cli.js", ...args], { encoding: "utf8" });
const tmp = () => mkdtempSync(join(tmpdir(), "county-kg-cli-"));

describe("county-kg extract", () => {
  it("prints JSON only on stdout and progress on stderr", () => {
    const result = run("extract", "seeds", "--json");
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout) as { documents: unknown[]; entities: { id: string }[] };
    expect(json.documents).toHaveLength(5);
    expect(json.entities.some((e) => e.id === "region:510904")).toBe(true);
    expect(result.stderr).toContain("extract: 5 of 5 documents");
  });

  it("prints a readable summary without --json", () => {
    const result = run("extract", "seeds/004_6131dccae1cacb7b.txt", "--quiet");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/安居区 benchmarks 游仙区/);
  });

  it("names a missing or empty input, goes on, and exits 1", () => {
    const dir = tmp();
    writeFileSync(join(dir, "empty.txt"), "");
    const result = run(
      "extract",
      "seeds/000_0ecd6a6271b2a12b.txt",
      join(dir, "empty.txt"),
      "nope.txt",
      "--json",
    );
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout).documents).toHaveLength(1);
    expect(result.stderr).toContain("empty.txt");
    expect(result.stderr).toContain("nope.txt");
    expect(result.stderr).toContain("2 inputs were skipped");
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it("rejects unknown options with a usage error (exit 2)", () => {
    const result = run("extract", "seeds", "--bogus");
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--bogus/);
    expect(result.stderr).toMatch(/county-kg extract --help/);
  });
});

// Several full builds each: slow on a loaded machine.
describe("county-kg build", { timeout: 240_000 }, () => {
  it("gives byte-identical outputs with or without threads and cache", () => {
    const [a, b, c] = [tmp(), tmp(), tmp()];
    const cache = join(tmp(), "cache");
    const formats = ["--format", "graphml,csv,coword", "--quiet"];
    expect(run("build", "seeds", "-o", a, "--no-cache", "--workers", "1", ...formats).status).toBe(0);
    expect(run("build", "seeds", "-o", b, "--cache-dir", cache, "--workers", "2", ...formats).status).toBe(0);
    expect(run("build", "seeds", "-o", c, "--cache-dir", cache, ...formats).status).toBe(0);
    for (const file of ["graph.gexf", "graph.json", "report.md", "graph.graphml", "nodes.csv", "edges.csv"]) {
      expect(existsSync(join(a, file)), file).toBe(true);
      const expected = readFileSync(join(a, file));
      expect(readFileSync(join(b, file)).equals(expected), file).toBe(true);
      expect(readFileSync(join(c, file)).equals(expected), file).toBe(true);
    }
  });

  it("merges cached and freshly extracted documents in document id order, whatever the file order", () => {
    const corpus = tmp();
    const seeds = readdirSync("seeds").sort();
    // File order differs from id order: "x.txt" sorts after "x-1.txt" by path, before it by id.
    const names = ["x.txt", "x-1.txt", "x-2.txt", "a/y.txt", "b.txt"];
    mkdirSync(join(corpus, "a"));
    for (const [i, name] of names.entries()) copyFileSync(join("seeds", seeds[i]!), join(corpus, name));
    const cache = join(tmp(), "cache");
    const [reference, warm, mixed] = [tmp(), tmp(), tmp()];
    expect(run("build", corpus, "-o", reference, "--no-cache", "--workers", "1", "--quiet").status).toBe(0);
    // Warm the cache with two of the five, then build all five: three in threads, two from the cache.
    const some = [join(corpus, "x-1.txt"), join(corpus, "b.txt")];
    expect(run("build", ...some, "-o", warm, "--cache-dir", cache, "--workers", "1", "--quiet").status).toBe(
      0,
    );
    expect(run("build", corpus, "-o", mixed, "--cache-dir", cache, "--workers", "2", "--quiet").status).toBe(
      0,
    );
    for (const file of ["graph.gexf", "graph.json", "report.md"]) {
      expect(readFileSync(join(mixed, file)).equals(readFileSync(join(reference, file))), file).toBe(true);
    }
    const documents = (
      JSON.parse(readFileSync(join(reference, "graph.json"), "utf8")) as {
        attributes: { documents: { id: string }[] };
      }
    ).attributes.documents.map((d) => d.id);
    expect(documents).toEqual(["b", "x", "x-1", "x-2", "y"]);
  });

  it("keeps the previous graph when no input can be read", () => {
    const out = tmp();
    expect(run("build", "seeds", "-o", out, "--quiet", "--no-cache").status).toBe(0);
    const before = readFileSync(join(out, "graph.json"));
    const result = run("build", "no-such-folder", "-o", out, "--quiet");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("no-such-folder");
    expect(readFileSync(join(out, "graph.json")).equals(before)).toBe(true);
  });
});
