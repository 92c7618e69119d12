import { describe, expect, it, beforeAll, afterAll } from "vitest";
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { RunContext } from "../../src/context.js";
import { listInputs } from "../../src/ingest/list-inputs.js";

let root = "";

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "county-kg-inputs-"));
  await mkdir(join(root, "corpus", "sub"), { recursive: true });
  await mkdir(join(root, "corpus", ".hidden"), { recursive: true });
  await mkdir(join(root, "nothing"), { recursive: true });
  for (const name of ["b.txt", "a.md", "sub/c.html", "sub/d.htm", "sub/e.pdf", ".hidden/f.txt"]) {
    await writeFile(join(root, "corpus", name), "文");
  }
  await writeFile(join(root, "nothing", "notes.docx"), "x");
  await writeFile(join(root, "single.TXT"), "文");
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("listInputs", () => {
  it("expands folders recursively to sorted .txt/.md/.html/.htm files", async () => {
    const ctx = new RunContext();
    const files = await listInputs(
      [join(root, "corpus"), join(root, "single.TXT"), join(root, "corpus", "b.txt")],
      ctx,
    );
    expect(files.map((f) => f.slice(root.length + 1))).toEqual([
      "corpus/a.md",
      "corpus/b.txt",
      "corpus/sub/c.html",
      "corpus/sub/d.htm",
      "single.TXT",
    ]);
    expect(ctx.problems).toEqual([]);
  });
  it("reports a missing path and a folder without inputs and goes on", async () => {
    const ctx = new RunContext();
    const files = await listInputs(
      [join(root, "missing"), join(root, "nothing"), join(root, "single.TXT")],
      ctx,
    );
    expect(files).toEqual([join(root, "single.TXT")]);
    expect(ctx.problems.map((p) => [p.code, p.file])).toEqual([
      ["E_INPUT_MISSING", join(root, "missing")],
      ["E_INPUT_MISSING", join(root, "nothing")],
    ]);
    expect(ctx.problems.every((p) => p.hint)).toBe(true);
  });
});
