/**
 * End-to-end: the built viewer served by `county-kg view`'s server, driven in chromium, on the
 * hand-made fixture graph (and on the repository's graph/graph.json when it exists).
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { SerializedGraph } from "graphology-types";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startStaticServer, type StaticServer } from "../../src/serve/static-server.js";
import { DIM_COLOR } from "../../viewer/src/reducers.js";
import { browserUnavailable, keepScreenshot, launchBrowser, stagePixels, VIEWER_DIST } from "./browser.js";

const FIXTURES = fileURLToPath(new URL("../fixtures/viewer/", import.meta.url));
const REPO_GRAPH = fileURLToPath(new URL("../../graph/", import.meta.url));
const PROGRAM_ORANGE: [number, number, number] = [255, 127, 14];
const DIM_RGB = hexToRgb(DIM_COLOR);
const skip = browserUnavailable() !== null;

function hexToRgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1, 7), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

interface Watched {
  page: Page;
  dialogs: string[];
  errors: string[];
  requests: string[];
}

describe.skipIf(skip)("viewer in chromium", () => {
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    browser = await launchBrowser();
    server = await startStaticServer({ appDir: VIEWER_DIST, graphDir: FIXTURES });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(query = "", base = server.url): Promise<Watched> {
    const page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
    const watched: Watched = { page, dialogs: [], errors: [], requests: [] };
    page.on("dialog", (dialog) => {
      watched.dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on("pageerror", (error) => watched.errors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") watched.errors.push(message.text());
    });
    page.on("request", (request) => watched.requests.push(request.url()));
    await page.goto(`${base}${query}`);
    await page.waitForSelector("body[data-state=ready]", { timeout: 20_000 });
    return watched;
  }

  async function choose(page: Page, query: string): Promise<void> {
    await page.fill("[data-testid=search]", query);
    await page.waitForSelector("[data-testid=suggestions] li");
    await page.keyboard.press("Enter");
    await page.waitForSelector("[data-testid=node-details]");
  }

  it("draws the fixture graph: the canvas is not blank and the legend counts types", async () => {
    const { page, errors } = await open();
    await page.waitForTimeout(300);
    const pixels = await stagePixels(page, PROGRAM_ORANGE);
    await keepScreenshot(page, "viewer-fixture");
    expect(pixels.ink / pixels.total).toBeGreaterThan(0.01);
    expect(pixels.near).toBeGreaterThan(20);
    expect(await page.locator("#stage").getAttribute("data-nodes")).toBe("30");
    expect(await page.locator("[data-kind=region] .count").textContent()).toBe("13");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("finds 游仙区 from Traditional 遊仙 and lists 安居区 among the regions that benchmark it", async () => {
    const { page } = await open();
    await choose(page, "遊仙");
    expect(await page.locator("[data-testid=node-details]").getAttribute("data-node")).toBe("region:510704");
    const benchmarkedBy = page.locator("[data-testid=benchmarks-in]");
    expect(await benchmarkedBy.locator("button[data-node='region:510904']").count()).toBeGreaterThan(0);
    expect(await benchmarkedBy.textContent()).toContain(
      "安居区党政代表团赴绵阳市游仙区考察，全面对标游仙区在电子信息产业发展方面的经验。",
    );
    expect(await benchmarkedBy.locator("mark", { hasText: "对标" }).count()).toBeGreaterThan(0);
    expect(page.url()).toContain("node=region%3A510704");
    await page.waitForTimeout(700);
    // Outside the neighbourhood nodes are dimmed (reducers), e.g. the people, who are not neighbours.
    expect((await stagePixels(page, DIM_RGB)).near).toBeGreaterThan(50);
    await keepScreenshot(page, "viewer-youxian");
    await page.close();
  });

  it("finds 游仙区 from full pinyin and from initials", async () => {
    const { page } = await open();
    await choose(page, "youxian");
    expect(await page.locator("[data-testid=node-details]").getAttribute("data-node")).toBe("region:510704");
    await page.fill("[data-testid=search]", "yx");
    expect(await page.locator("[data-testid=suggestions] li").first().getAttribute("data-node")).toBe(
      "region:510704",
    );
    await page.close();
  });

  it("hides programs with the type filter, and the URL keeps the filter", async () => {
    const { page } = await open();
    expect((await stagePixels(page, PROGRAM_ORANGE)).near).toBeGreaterThan(20);
    await page.uncheck("[data-testid=filter-node-program]");
    await page.waitForTimeout(200);
    expect((await stagePixels(page, PROGRAM_ORANGE)).near).toBe(0);
    expect(page.url()).toContain("hide=program");
    await page.reload();
    await page.waitForSelector("body[data-state=ready]");
    expect(await page.isChecked("[data-testid=filter-node-program]")).toBe(false);
    await page.close();
  });

  it("colours by community on demand and keeps the choice in the URL", async () => {
    const { page } = await open();
    await page.click("[data-testid=tool-color]");
    await page.waitForTimeout(200);
    expect(page.url()).toContain("color=community");
    expect(await page.getAttribute("[data-testid=tool-color]", "aria-pressed")).toBe("true");
    expect((await stagePixels(page, PROGRAM_ORANGE)).near).toBe(0);
    expect(await page.textContent("[data-testid=community-note]")).toBe("Colours: 3 communities 社区");
    await keepScreenshot(page, "viewer-communities");
    await page.close();
  });

  it("reopens a selected node from the URL and shows only its benchmark peers", async () => {
    const { page } = await open("?node=region:510704&peers=region:510704");
    expect(await page.locator("[data-testid=node-details]").getAttribute("data-node")).toBe("region:510704");
    expect(await page.locator("[data-testid=peers-toggle]").getAttribute("aria-pressed")).toBe("true");
    await page.waitForTimeout(600);
    await keepScreenshot(page, "viewer-peers");
    expect((await stagePixels(page, PROGRAM_ORANGE)).near).toBe(0);
    await page.close();
  });

  it("opens a JSON graph chosen with the file picker; Escape leaves the peers view, then the panel", async () => {
    const { page } = await open("?graph=graph/xss.json");
    await page.setInputFiles("#file-input", `${FIXTURES}graph.json`);
    await page.waitForSelector("#stage[data-nodes='30']");
    expect(page.url()).not.toContain("xss.json");
    await choose(page, "安居区");
    await page.click("[data-testid=peers-toggle]");
    expect(page.url()).toContain("peers=region%3A510904");
    await page.locator("[data-testid=search]").blur();
    await page.keyboard.press("Escape");
    expect(page.url()).not.toContain("peers=");
    expect(await page.locator("[data-testid=node-details]").count()).toBe(1);
    await page.keyboard.press("Escape");
    expect(await page.locator("[data-testid=node-details]").count()).toBe(0);
    await page.close();
  });

  it("says why when a ?graph URL cannot be opened", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}?graph=graph/missing.json`);
    await page.waitForSelector("body[data-state=error]");
    expect(await page.textContent("#status")).toContain("HTTP 404");
    await page.close();
  });

  it("loads a dropped GEXF file", async () => {
    const { page } = await open();
    const gexf = readFileSync(`${FIXTURES}sample.gexf`, "utf8");
    const transfer = await page.evaluateHandle((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], "sample.gexf", { type: "application/xml" }));
      return data;
    }, gexf);
    await page.dispatchEvent("body", "drop", { dataTransfer: transfer });
    await page.waitForSelector("#stage[data-nodes='4']");
    expect(await page.locator("[data-kind=region] .count").textContent()).toBe("2");
    await choose(page, "tongliang");
    expect(await page.locator("[data-testid=node-details] h2").textContent()).toBe("铜梁区");
    await page.close();
  });

  it("runs ForceAtlas2 in a worker under the CSP and exports a PNG", async () => {
    const { page, errors } = await open();
    const before = await page.locator("#sigma").screenshot();
    await page.click("[data-testid=tool-layout]");
    await page.waitForTimeout(800);
    await page.click("[data-testid=tool-layout]");
    const after = await page.locator("#sigma").screenshot();
    expect(after.equals(before)).toBe(false);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.click("[data-testid=tool-png]"),
    ]);
    const png = readFileSync(await download.path());
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect(png.length).toBeGreaterThan(5_000);
    expect(errors.filter((error) => /Content Security Policy/i.test(error))).toEqual([]);
    await page.close();
  });

  it("renders hostile names and evidence as text: nothing runs", async () => {
    const { page, dialogs, requests } = await open("?graph=graph/xss.json&node=region:evil");
    await page.fill("[data-testid=search]", "恶意");
    await page.waitForSelector("[data-testid=suggestions] li");
    await page.click("[data-testid=neighbours] button.small");
    await page.waitForSelector("[data-testid=edge-details]");
    await page.click("[data-testid=edge-details] button[data-node='region:evil']");
    await page.waitForSelector("[data-testid=node-details]");
    await page.hover("#sigma", { position: { x: 600, y: 420 } });
    await page.waitForTimeout(500);
    await keepScreenshot(page, "viewer-xss");
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(
      await page.locator("#details img, #legend img, #search img, #details script, #details svg").count(),
    ).toBe(0);
    expect(await page.locator("#details").textContent()).toContain("<img src=x onerror=");
    expect(requests.filter((url) => /\/x$/.test(url))).toEqual([]);
    await page.close();
  });

  it.skipIf(!existsSync(`${REPO_GRAPH}graph.json`))("draws the repository's graph/graph.json", async () => {
    // What the UI must show is read from the file itself, so the test follows the builder's output.
    const data = JSON.parse(readFileSync(`${REPO_GRAPH}graph.json`, "utf8")) as SerializedGraph;
    const programColor = (data.attributes?.palette as Record<string, string> | undefined)?.program;
    const benchmark = data.edges.find(
      (edge) => edge.attributes?.kind === "benchmarks" && edge.target === "region:510704",
    );
    const repoServer = await startStaticServer({ appDir: VIEWER_DIST, graphDir: REPO_GRAPH });
    try {
      const { page, errors } = await open("", repoServer.url);
      await page.waitForTimeout(500);
      const pixels = await stagePixels(page, programColor ? hexToRgb(programColor) : undefined);
      await keepScreenshot(page, "viewer-repo-graph");
      expect(pixels.ink / pixels.total).toBeGreaterThan(0.01);
      expect(errors).toEqual([]);
      expect(await page.locator("#stage").getAttribute("data-nodes")).toBe(String(data.nodes.length));
      if (programColor && pixels.near > 0) {
        await page.uncheck("[data-testid=filter-node-program]");
        await page.waitForTimeout(300);
        expect((await stagePixels(page, hexToRgb(programColor))).near).toBe(0);
        await page.check("[data-testid=filter-node-program]");
      }
      if (data.nodes.some((node) => node.key === "region:510704")) {
        for (const query of ["遊仙", "youxian"]) {
          await choose(page, query);
          expect(await page.locator("[data-testid=node-details]").getAttribute("data-node")).toBe(
            "region:510704",
          );
        }
        if (benchmark) {
          const benchmarkedBy = page.locator("[data-testid=benchmarks-in]");
          expect(
            await benchmarkedBy.locator(`button[data-node='${benchmark.source}']`).count(),
          ).toBeGreaterThan(0);
          const evidence = (benchmark.attributes?.evidence as { text: string }[] | undefined)?.[0];
          if (evidence) expect(await benchmarkedBy.textContent()).toContain(evidence.text);
        }
        await keepScreenshot(page, "viewer-repo-youxian");
      }
      await page.close();
    } finally {
      await repoServer.close();
    }
  });
});
