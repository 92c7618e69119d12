import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { RunContext } from "../src/context.js";
import { extractCorpus } from "../src/pipeline.js";
import { chooseScriptVariant, convertToSimplified } from "../src/text/script.js";
import { stripRuby } from "../src/text/ruby.js";
import type { Extraction } from "../src/types.js";

let seeds: Extraction;
beforeAll(async () => {
  seeds = await extractCorpus(["seeds"], new RunContext(), { workers: 1 });
});

describe("extractCorpus on seeds/", () => {
  it("reads all five documents with their metadata and own region", () => {
    expect(seeds.documents).toHaveLength(5);
    expect(seeds.documents[0]).toMatchObject({
      id: "000_0ecd6a6271b2a12b",
      title: "走好具有延平特色的区域协调、城乡融合、共同富裕新路",
      date: "2025-07-28",
      subject: "region:350702",
    });
    expect(seeds.documents[4]).toMatchObject({ title: "激情担当 跨越赶超", subject: "region:510904" });
  });

  it("finds 安居区's benchmark peers, resolved to their GB/T 2260 codes", () => {
    const targets = seeds.relations
      .filter((r) => r.kind === "benchmarks" && r.source === "region:510904")
      .map((r) => r.target);
    // 安吉县, 溧阳市, 游仙区 (and the other peers of the same sentence: 嘉陵区, 铜梁区)
    expect(targets).toEqual(expect.arrayContaining(["region:330523", "region:320481", "region:510704"]));
    const byId = new Map(seeds.entities.map((e) => [e.id, e]));
    expect(byId.get("region:510704")).toMatchObject({
      name: "游仙区",
      code: "510704",
      parent: "region:510700",
    });
    expect(byId.get("region:330523")).toMatchObject({
      name: "安吉县",
      code: "330523",
      parent: "region:330500",
    });
  });

  it("points every mention back at what the original file says there", () => {
    const originals = new Map<string, string>();
    for (const entity of seeds.entities) {
      for (const m of entity.mentions) {
        const doc = seeds.documents.find((d) => d.id === m.doc)!;
        if (!originals.has(doc.id)) originals.set(doc.id, requireText(doc.path));
        const original = originals.get(doc.id)!;
        const variant = chooseScriptVariant(original);
        const said = convertToSimplified(stripRuby(original.slice(m.orig.start, m.orig.end)), variant);
        expect(normalizePunctuation(said)).toBe(normalizePunctuation(m.surface));
      }
    }
  });

  it("gives every relation endpoint an entity and every relation evidence from a listed document", () => {
    const ids = new Set(seeds.entities.map((e) => e.id));
    const docs = new Set(seeds.documents.map((d) => d.id));
    for (const r of seeds.relations) {
      expect(ids.has(r.source) && ids.has(r.target)).toBe(true);
      expect(r.evidence.length).toBeGreaterThan(0);
      for (const e of r.evidence) expect(docs.has(e.doc)).toBe(true);
    }
  });
});

describe("extractCorpus with bad inputs", () => {
  it("reports a missing path and an empty file by name and goes on with the rest", async () => {
    const dir = mkdtempSync(join(tmpdir(), "county-kg-pipeline-"));
    writeFileSync(join(dir, "empty.txt"), "");
    writeFileSync(join(dir, "good.txt"), "浙江省安吉县大力发展竹产业。");
    const ctx = new RunContext();
    const result = await extractCorpus([dir, join(dir, "missing.txt")], ctx, { workers: 1 });
    expect(result.documents.map((d) => d.id)).toEqual(["good"]);
    expect(ctx.problems.map((p) => p.code).sort()).toEqual(["E_INPUT_EMPTY", "E_INPUT_MISSING"]);
    expect(ctx.problems.every((p) => p.file)).toBe(true);
  });
});

/** The seeds are UTF-8 without BOM, so the decoded original is the file's text. */
function requireText(path: string): string {
  return readFileSync(path, "utf8");
}

/** Punctuation is normalized to full width in the text; compare the characters themselves. */
function normalizePunctuation(s: string): string {
  return s.replace(/[（(]/g, "(").replace(/[）)]/g, ")").replace(/[，,]/g, ",").replace(/[：:]/g, ":");
}
