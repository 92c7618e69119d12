import { describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { readDocument } from "../../src/ingest/read-document.js";
import { CountyKgError } from "../../src/errors.js";

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/ingest/${name}`, import.meta.url));
const ARTICLE =
  "青山县推进乡村振兴\n2023年5月6日 来源：青山日报\n青山县与邻近的白水县开展对口协作，共建产业园区。\n";

describe("readDocument", () => {
  it.each([
    ["utf8-bom.txt", "utf-8"],
    ["utf16le-bom.txt", "utf-16le"],
    ["utf16be-bom.txt", "utf-16be"],
    ["gbk.txt", "gb18030"],
    ["big5.txt", "big5"],
  ])("detects and decodes %s as %s", async (name, encoding) => {
    const doc = await readDocument(fixture(name));
    expect(doc.encoding).toBe(encoding);
    expect(doc.text).toBe(ARTICLE);
    expect(doc.meta).toEqual({ title: "青山县推进乡村振兴", date: "2023-05-06", source: "青山日报" });
    expect(doc.id).toBe(name.replace(/\.txt$/, ""));
    expect(doc.original.charCodeAt(0)).not.toBe(0xfeff);
  });
  it("keeps the Traditional original of a Big5 file and maps back into it", async () => {
    const doc = await readDocument(fixture("big5.txt"));
    const at = doc.text.indexOf("白水县");
    const orig = doc.map.toOriginal({ start: at, end: at + 3 });
    expect(doc.original.slice(orig.start, orig.end)).toBe("白水縣");
  });
  it("reads a UTF-8 file cut inside its last character, dropping the broken tail", async () => {
    const doc = await readDocument(fixture("truncated.txt"));
    expect(doc.encoding).toBe("utf-8");
    expect(doc.text.endsWith("产业园区。\n")).toBe(true);
  });
  it("reads an HTML page without scripts, navigation and chrome, title from the page", async () => {
    const doc = await readDocument(fixture("page.html"));
    expect(doc.text).toBe(
      "青山县推进乡村振兴\n发布时间：2023-05-06  来源：青山日报  作者：李明\n" +
        "青山县与白水县开展对口协作&共建产业园区。\n全县茶叶产业增长12%，带动农民增收。\n下一步将建设冷链物流中心。\n",
    );
    expect(doc.meta).toEqual({
      title: "青山县推进乡村振兴",
      date: "2023-05-06",
      source: "青山日报",
      author: "李明",
    });
    const amp = doc.text.indexOf("&");
    const orig = doc.map.toOriginal({ start: amp, end: amp + 1 });
    expect(doc.original.slice(orig.start, orig.end)).toBe("&amp;");
  });
  it.each([
    ["empty.txt", "E_INPUT_EMPTY"],
    ["blank.txt", "E_INPUT_EMPTY"],
    ["binary.txt", "E_INPUT_BINARY"],
    ["undecodable.txt", "E_DECODE"],
    ["no-such-file.txt", "E_INPUT_MISSING"],
  ])("refuses %s with %s, naming the file and giving a hint", async (name, code) => {
    const error = await readDocument(fixture(name)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CountyKgError);
    const e = error as CountyKgError;
    expect(e.code).toBe(code);
    expect(e.file).toBe(fixture(name));
    expect(e.message).toContain(name);
    expect(e.hint).toBeTruthy();
  });
});
