import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { VIEWER_CSP } from "../../src/serve/static-server.js";

describe("viewer Content-Security-Policy", () => {
  const html = readFileSync(new URL("../../viewer/index.html", import.meta.url), "utf8");
  const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];

  it("is the same in index.html and in the server header (meta tags cannot carry frame-ancestors)", () => {
    expect(meta).toBe(VIEWER_CSP.replace("; frame-ancestors 'none'", ""));
  });

  it("forbids inline script and allows the FA2 worker's blob: URL", () => {
    expect(VIEWER_CSP).toContain("script-src 'self';");
    expect(VIEWER_CSP).not.toContain("unsafe-inline");
    expect(VIEWER_CSP).not.toContain("unsafe-eval");
    expect(VIEWER_CSP).toContain("worker-src 'self' blob:");
  });

  it("leaves no inline script in the page", () => {
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });
});
