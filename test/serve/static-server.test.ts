import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { VIEWER_CSP, mimeType, startStaticServer, type StaticServer } from "../../src/serve/static-server.js";

/** A raw request (no client-side path normalization), resolving to status, headers and body. */
function fetchRaw(
  base: string,
  path: string,
  method = "GET",
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body }),
      );
    });
    req.on("error", reject);
    req.end();
  });
}

describe("static server", () => {
  let server: StaticServer;
  const root = mkdtempSync(join(tmpdir(), "county-kg-serve-"));
  const app = join(root, "app");
  const graph = join(root, "graph");

  beforeAll(async () => {
    mkdirSync(join(app, "assets"), { recursive: true });
    mkdirSync(graph);
    writeFileSync(join(app, "index.html"), "<!doctype html><title>app</title>");
    writeFileSync(join(app, "assets", "main.js"), "export {};");
    writeFileSync(join(graph, "graph.json"), '{"nodes":[]}');
    writeFileSync(join(graph, "graph.gexf"), "<gexf/>");
    writeFileSync(join(root, "secret.txt"), "secret");
    symlinkSync(join(root, "secret.txt"), join(graph, "link.txt"));
    server = await startStaticServer({ appDir: app, graphDir: graph });
  });
  afterAll(() => server.close());

  it("listens on 127.0.0.1 on a free port", () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it("serves the app at / and the graph under /graph/ with MIME types and the CSP", async () => {
    const index = await fetchRaw(server.url, "/");
    expect(index).toMatchObject({ status: 200, body: "<!doctype html><title>app</title>" });
    expect(index.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(index.headers["content-security-policy"]).toBe(VIEWER_CSP);
    expect(index.headers["x-content-type-options"]).toBe("nosniff");
    expect((await fetchRaw(server.url, "/assets/main.js")).headers["content-type"]).toBe(
      "text/javascript; charset=utf-8",
    );
    const json = await fetchRaw(server.url, "/graph/graph.json?x=1");
    expect(json).toMatchObject({ status: 200, body: '{"nodes":[]}' });
    expect(json.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect((await fetchRaw(server.url, "/graph/graph.gexf")).headers["content-type"]).toBe(
      "application/xml; charset=utf-8",
    );
  });

  it("never serves a file outside its roots", async () => {
    for (const path of [
      "/graph/../secret.txt",
      "/../secret.txt",
      "/graph/%2e%2e/secret.txt",
      "/graph/..%2fsecret.txt",
      "/graph/..%5csecret.txt",
      "/graph/%2e%2e%2f%2e%2e%2fapp/index.html",
      "/graph/link.txt",
      "/graph/graph.json%00.html",
      "/graph/%E0%A4%A",
      "/graph/",
      "/assets",
      "//etc/passwd",
    ]) {
      const response = await fetchRaw(server.url, path);
      expect(response.status, path).toBe(404);
      expect(response.body, path).not.toContain("secret");
      expect(response.headers["content-security-policy"], path).toBe(VIEWER_CSP);
    }
  });

  it("answers HEAD without a body and refuses other methods", async () => {
    const head = await fetchRaw(server.url, "/graph/graph.json", "HEAD");
    expect(head).toMatchObject({ status: 200, body: "" });
    expect(head.headers["content-length"]).toBe("12");
    const post = await fetchRaw(server.url, "/", "POST");
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe("GET, HEAD");
  });

  it("maps extensions to MIME types", () => {
    expect(mimeType("a.CSS")).toBe("text/css; charset=utf-8");
    expect(mimeType("a.wasm")).toBe("application/wasm");
    expect(mimeType("noext")).toBe("application/octet-stream");
  });
});
