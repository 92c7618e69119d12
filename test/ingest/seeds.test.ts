import { describe, expect, it } from "vitest";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { readDocument } from "../../src/ingest/read-document.js";
import { stripRuby } from "../../src/text/ruby.js";
import { convertToSimplified } from "../../src/text/script.js";
import { isHanCode } from "../../src/text/han.js";
import type { Document } from "../../src/types.js";

const SEEDS = fileURLToPath(new URL("../../seeds/", import.meta.url));
const seedFiles = readdirSync(SEEDS)
  .filter((f) => f.endsWith(".txt"))
  .sort();

/** Runs of Han characters in the normalized text: the material every mention is made of. */
function hanRuns(text: string): { start: number; end: number }[] {
  const runs: { start: number; end: number }[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const han = i < text.length && isHanCode(text.charCodeAt(i));
    if (han && start < 0) start = i;
    if (!han && start >= 0) {
      runs.push({ start, end: i });
      start = -1;
    }
  }
  return runs;
}

/** A damaged character with its ruby (`?yōu)`): restored from elsewhere in the text, or dropped. */
const DAMAGED = /[?\uFFFD]\(?[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+\)/;

/** What the original says at `span` of the text, made readable the way the text was. */
function readableOriginal(doc: Document, span: { start: number; end: number }): string {
  const orig = doc.map.toOriginal(span);
  return stripRuby(doc.original.slice(orig.start, orig.end));
}

describe.each(seedFiles)("seed %s", (name) => {
  it("maps every run of Han characters back to original text that converts to it", async () => {
    const doc = await readDocument(SEEDS + name);
    const runs = hanRuns(doc.text);
    expect(runs.length).toBeGreaterThan(100);
    const wrong = runs.filter((run) => {
      const orig = doc.map.toOriginal(run);
      if (DAMAGED.test(doc.original.slice(orig.start, orig.end))) return false;
      const readable = readableOriginal(doc, run);
      const expected = doc.text.slice(run.start, run.end);
      return (
        convertToSimplified(readable, "t") !== expected && convertToSimplified(readable, "twp") !== expected
      );
    });
    expect(wrong.map((run) => [doc.text.slice(run.start, run.end), readableOriginal(doc, run)])).toEqual([]);
  });
  it("maps every Han character to an original character, its ruby included", async () => {
    const doc = await readDocument(SEEDS + name);
    for (let i = 0; i < doc.text.length; i++) {
      if (!isHanCode(doc.text.charCodeAt(i))) continue;
      const orig = doc.map.toOriginal({ start: i, end: i + 1 });
      const slice = doc.original.slice(orig.start, orig.end);
      if (DAMAGED.test(slice)) continue;
      expect(isHanCode(slice.charCodeAt(0)), `${doc.text[i]} at ${i} ← ${slice}`).toBe(true);
      expect(stripRuby(slice).length, `${doc.text[i]} at ${i} ← ${slice}`).toBeLessThanOrEqual(4);
    }
  });
  it("gives an identical Document for the same input", async () => {
    const a = await readDocument(SEEDS + name);
    const b = await readDocument(SEEDS + name);
    expect(b.text).toBe(a.text);
    expect(b.sentences).toEqual(a.sentences);
    expect(b.meta).toEqual(a.meta);
    expect(b.hash).toBe(a.hash);
    const all = { start: 0, end: a.text.length };
    expect(b.map.toOriginal(all)).toEqual(a.map.toOriginal(all));
    for (let i = 0; i < a.text.length; i += 7) {
      expect(b.map.toOriginal({ start: i, end: i + 1 })).toEqual(a.map.toOriginal({ start: i, end: i + 1 }));
    }
  });
});

describe("seed specifics", () => {
  it("maps 区域 in 000 to 區(qū)域", async () => {
    const doc = await readDocument(SEEDS + "000_0ecd6a6271b2a12b.txt");
    const at = doc.text.indexOf("区域");
    const orig = doc.map.toOriginal({ start: at, end: at + 2 });
    expect(doc.original.slice(orig.start, orig.end)).toBe("區(qū)域");
  });
  it("restores 优 of 較量?jī)?yōu)勢 in 004 from 優(yōu)勢 elsewhere, dropping the garbage", async () => {
    const doc = await readDocument(SEEDS + "004_6131dccae1cacb7b.txt");
    const at = doc.text.indexOf("较量优势");
    expect(at).toBeGreaterThan(0);
    const orig = doc.map.toOriginal({ start: at, end: at + 4 });
    expect(doc.original.slice(orig.start, orig.end)).toBe("較量?jī)?yōu)勢(shì)");
  });
  it("reads the bylines of 000, 001 and 002", async () => {
    const meta = await Promise.all(
      ["000_0ecd6a6271b2a12b", "001_dab42097046b6ec0", "002_bafda2fcb9df0fe0"].map(
        async (id) => (await readDocument(`${SEEDS}${id}.txt`)).meta,
      ),
    );
    expect(meta.map((m) => [m.date, m.source, m.author, m.editor])).toEqual([
      ["2025-07-28", "闽北日报", undefined, "肖练冰"],
      ["2021-02-03", "泉州网", "港轩", undefined],
      ["2022-02-10", "安康微政务", "武文罡", undefined],
    ]);
  });
  it("drops the forum chrome of 001 but keeps its attribution line", async () => {
    const doc = await readDocument(SEEDS + "001_dab42097046b6ec0.txt");
    for (const chrome of [
      "热搜",
      "立即注册",
      "Powered by",
      "公网安备",
      "返回顶部",
      "显示全部楼层",
      "查看：",
    ]) {
      expect(doc.text).not.toContain(chrome);
    }
    expect(doc.text).toContain("来源：泉州网");
  });
});
