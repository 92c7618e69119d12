import { describe, expect, it } from "vitest";
import { htmlToText } from "../../src/ingest/html.js";

describe("htmlToText", () => {
  it("drops scripts, styles and page furniture and breaks lines at blocks", () => {
    const html =
      "<html><head><title>标题 | 某网</title><style>b{}</style></head><body><nav>导航</nav>" +
      '<div id="footer-links">链接</div><p>第一段</p><p>第二<b>段</b></p><script>x()</script></body></html>';
    const out = htmlToText(html);
    expect(out.aligned.text).toBe("第一段\n第二段\n");
    expect(out.title).toBe("标题");
  });
  it("collapses white space and maps entities to their whole reference", () => {
    const html = "<p>甲\n   乙&nbsp;丙&#x4e01;</p>";
    const out = htmlToText(html);
    expect(out.aligned.text).toBe("甲 乙\u00a0丙丁\n");
    const ding = out.aligned.text.indexOf("丁");
    expect(html.slice(out.aligned.start[ding]!, out.aligned.end[ding]!)).toBe("&#x4e01;");
    const space = out.aligned.text.indexOf(" ");
    expect(html.slice(out.aligned.start[space]!, out.aligned.end[space]!)).toBe("\n   ");
  });
  it("prefers the first h1 as the title", () => {
    expect(htmlToText("<title>站点</title><h1>真正的 标题</h1><p>文</p>").title).toBe("真正的 标题");
  });
});
