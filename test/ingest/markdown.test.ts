import { describe, expect, it } from "vitest";
import { alignedIdentity } from "../../src/text/aligned.js";
import { stripMarkdown } from "../../src/ingest/markdown.js";
import { documentFromText } from "../../src/ingest/document.js";

describe("stripMarkdown", () => {
  it("removes heading, quote and emphasis markers, images and link targets, code fences", () => {
    const md =
      "## 青山县简介\n> 引用一句\n**重点**产业是[茶叶](http://example.com/tea)。\n![图](a.png)\n```\n代码\n```\n";
    const out = stripMarkdown(alignedIdentity(md));
    expect(out.text).toBe("青山县简介\n引用一句\n重点产业是茶叶。\n\n\n代码\n\n");
    const tea = out.text.indexOf("茶叶");
    expect(md.slice(out.start[tea]!, out.end[tea + 1]!)).toBe("茶叶");
  });
  it("is applied to .md documents, whose heading becomes the title", () => {
    const doc = documentFromText({
      id: "a",
      path: "a.md",
      encoding: "utf-8",
      original: "# 青山县推进乡村振兴\n\n正文第一段。\n",
      hash: "",
    });
    expect(doc.meta.title).toBe("青山县推进乡村振兴");
    expect(doc.text).toBe("青山县推进乡村振兴\n\n正文第一段。\n");
  });
});
