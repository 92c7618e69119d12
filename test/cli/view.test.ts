import { spawn } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { viewCommand } from "../../src/cli/view.js";
import { CountyKgError } from "../../src/errors.js";

const CLI = fileURLToPath(new URL("../../dist/cli.js", import.meta.url));
const FIXTURES = fileURLToPath(new URL("../fixtures/viewer/", import.meta.url));

describe("county-kg view", () => {
  it("refuses a directory without a graph, and a bad port", async () => {
    const empty = mkdtempSync(join(tmpdir(), "county-kg-view-"));
    await expect(viewCommand.run([empty])).rejects.toMatchObject({ code: "E_GRAPH_MISSING" });
    await expect(viewCommand.run([FIXTURES, "--port", "http"])).rejects.toBeInstanceOf(CountyKgError);
    await expect(viewCommand.run([FIXTURES, "--port", "70000"])).rejects.toMatchObject({ code: "E_USAGE" });
    await expect(viewCommand.run(["a", "b"])).rejects.toMatchObject({ code: "E_USAGE" });
  });

  it.skipIf(!existsSync(CLI))("prints the URL, serves viewer and graph, and stops on SIGTERM", async () => {
    const child = spawn(process.execPath, [CLI, "view", FIXTURES], { stdio: ["ignore", "pipe", "pipe"] });
    const url = await new Promise<string>((resolve, reject) => {
      let output = "";
      child.stdout.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(output);
        if (match) resolve(match[0]);
      });
      child.on("exit", (code) => reject(new Error(`view exited early (${code}): ${output}`)));
    });
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-security-policy")).toContain("worker-src 'self' blob:");
    expect(await page.text()).toContain('<div class="sigma" id="sigma">');
    const graph = await fetch(`${url}graph/graph.json`);
    expect(graph.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(((await graph.json()) as { nodes: unknown[] }).nodes).toHaveLength(30);
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
  });
});
