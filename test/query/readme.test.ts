/**
 * Runs the examples of README.md's "Query from scripts" section against the fixture graph: each `js`
 * block is written into test-artifacts/ (inside the package, so `import "county-kg"` resolves to the
 * built dist/), run with node in a folder whose graph/ holds the fixture, and its output compared with
 * the `text` block that follows it.
 */
import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { FIXTURE_DIR } from "./fixture.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const WORK = join(ROOT, "test-artifacts", "readme-query");

/** The `js` blocks of a README section, each with the `text` block after it (its expected output). */
function sectionExamples(readme: string, heading: string): { code: string; output?: string }[] {
  const start = readme.indexOf(`\n## ${heading}\n`);
  if (start < 0) return [];
  const end = readme.indexOf("\n## ", start + 1);
  const section = readme.slice(start, end < 0 ? undefined : end);
  const blocks = [...section.matchAll(/```(\w+)\n([\s\S]*?)```/gu)].map((m) => ({
    lang: m[1]!,
    body: m[2]!,
  }));
  const examples: { code: string; output?: string }[] = [];
  blocks.forEach((block, i) => {
    if (block.lang !== "js") return;
    const next = blocks[i + 1];
    examples.push({ code: block.body, output: next?.lang === "text" ? next.body : undefined });
  });
  return examples;
}

describe("README: Query from scripts", () => {
  const examples = sectionExamples(readFileSync(join(ROOT, "README.md"), "utf8"), "Query from scripts");

  it("has examples, each with its expected output", () => {
    expect(examples.length).toBeGreaterThanOrEqual(3);
    for (const example of examples) expect(example.output).toBeDefined();
  });

  it.each(examples.map((example, i) => [i + 1, example] as const))(
    "example %i runs and prints what it says",
    async (i, example) => {
      expect(existsSync(join(ROOT, "dist", "index.js")), "run `npm run build` first").toBe(true);
      const dir = join(WORK, `example-${i}`);
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(join(dir, "graph"), { recursive: true });
      cpSync(join(FIXTURE_DIR, "graph.json"), join(dir, "graph", "graph.json"));
      writeFileSync(join(dir, "example.mjs"), example.code);
      const { stdout } = await promisify(execFile)(process.execPath, ["example.mjs"], { cwd: dir });
      expect(stdout).toBe(example.output);
    },
  );
});
