import { Parser } from "htmlparser2";
import { AlignedBuilder, alignedIdentity, type AlignedText } from "../text/aligned.js";

/** Elements whose content is never article text. */
const SKIPPED = new Set([
  "script", "style", "noscript", "template", "head", "nav", "header", "footer", "aside", "form",
  "iframe", "svg", "canvas", "object", "button", "select", "textarea", "menu", "dialog",
]); // prettier-ignore
/** Elements that break lines. */
const BLOCKS = new Set([
  "p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td",
  "th", "table", "section", "article", "main", "blockquote", "pre", "hr", "figure", "figcaption",
  "caption", "address", "center", "body", "title",
]); // prettier-ignore
/** class or id words that mark page furniture. */
const CHROME_CLASS =
  /(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|crumbs?|footer|sidebar|share|comments?|copyright|toolbar|login|pagination|pager|advert|ads)(?:$|[\s_-])/i;
const SPACE_RUN = /[ \t\r\n\f]+/g;

/** The readable text of an HTML page, aligned with the HTML source, and its title. */
export interface HtmlText {
  aligned: AlignedText;
  /** Text of the first `<h1>`, else of `<title>` (its site-name suffix removed). */
  title?: string;
}

/**
 * Turns HTML into text with htmlparser2: scripts, styles, navigation, headers, footers, asides, forms
 * and elements whose class or id names page furniture (nav, breadcrumb, share, comment …) are dropped;
 * block elements become line breaks; runs of white space become one space. Every character keeps the
 * range of the HTML source it came from (an entity such as `&amp;` covers its whole source).
 */
export function htmlToText(html: string): HtmlText {
  const source = alignedIdentity(html);
  const out = new AlignedBuilder(source, Math.ceil(html.length / 2));
  const skipStack: boolean[] = [];
  let skipping = 0;
  let lastChar = "\n";
  let inTitle = false;
  let inH1 = false;
  let title = "";
  let h1 = "";
  let h1Done = false;

  const lineBreak = (at: number) => {
    if (lastChar === "\n") return;
    out.replace("\n", at, at);
    lastChar = "\n";
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === "title") inTitle = true;
        if (name === "h1" && !h1Done) inH1 = true;
        const skip =
          SKIPPED.has(name) || CHROME_CLASS.test(`${attributes.class ?? ""} ${attributes.id ?? ""}`);
        skipStack.push(skip);
        if (skip) skipping++;
        if (BLOCKS.has(name) && skipping === 0) lineBreak(parser.startIndex);
      },
      onclosetag(name) {
        if (name === "title") inTitle = false;
        if (name === "h1" && inH1) {
          inH1 = false;
          h1Done = true;
        }
        if (skipStack.pop()) skipping--;
        if (BLOCKS.has(name) && skipping === 0) lineBreak(parser.startIndex);
      },
      ontext(data) {
        if (inTitle) title += data;
        if (skipping > 0) return;
        if (inH1) h1 += data;
        const from = parser.startIndex;
        const to = parser.endIndex + 1;
        if (data.length !== to - from || html.slice(from, to) !== data) {
          // A decoded entity: the characters cover the whole reference.
          out.replace(data, from, to);
          lastChar = data[data.length - 1] ?? lastChar;
          return;
        }
        let copied = from;
        SPACE_RUN.lastIndex = from;
        for (let m = SPACE_RUN.exec(html); m !== null && m.index < to; m = SPACE_RUN.exec(html)) {
          const runEnd = Math.min(to, m.index + m[0].length);
          out.copy(copied, m.index);
          if (m.index > copied) lastChar = html[m.index - 1]!;
          if (lastChar !== "\n" && lastChar !== " ") {
            out.replace(" ", m.index, runEnd);
            lastChar = " ";
          }
          copied = runEnd;
        }
        out.copy(copied, to);
        if (to > copied) lastChar = html[to - 1]!;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  const heading = collapse(h1) || siteless(collapse(title));
  return heading ? { aligned: out.finish(), title: heading } : { aligned: out.finish() };
}

function collapse(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/** `文章标题 - 某某网` → `文章标题`. */
function siteless(title: string): string {
  return title.split(/\s*[|｜_]\s*|\s+[-–—]\s+/)[0]!.trim();
}
