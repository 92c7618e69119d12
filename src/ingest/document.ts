import { alignedIdentity, offsetMapOf, type AlignedText } from "../text/aligned.js";
import { dropChrome } from "../text/chrome.js";
import { dropLostCharacters, repairLatin1Mojibake } from "../text/mojibake.js";
import { normalizeCharacters } from "../text/normalize.js";
import { stripRubyAligned } from "../text/ruby.js";
import { chooseScriptVariant, convertToSimplified, hasTraditional, toSimplified } from "../text/script.js";
import { splitSentences } from "../text/sentences.js";
import type { Document, TextEncoding } from "../types.js";
import { htmlToText } from "./html.js";
import { stripMarkdown } from "./markdown.js";
import { closingSignature, parseMeta } from "./meta.js";

/** How a source is written: plain text, an HTML page, or Markdown. */
export type SourceFormat = "text" | "html" | "markdown";

/** What `documentFromText` needs: a decoded file and what is known about it. */
export interface DocumentSource {
  id: string;
  path: string;
  encoding: TextEncoding;
  /** Decoded file text, BOM removed. */
  original: string;
  /** sha256 (hex) of the file's bytes. */
  hash: string;
  /** Defaults by extension (.html/.htm, .md), else `html` for text that starts like a page. */
  format?: SourceFormat;
}

/**
 * Builds a Document from decoded text (pure: no I/O, same input → identical Document). In order:
 * HTML → text (or Markdown markup removed); UTF-8-read-as-Latin-1 runs repaired; glued pinyin ruby
 * removed; lost characters (U+FFFD) dropped; spaces, full-width letters and punctuation normalized;
 * Traditional → mainland Simplified (opencc, Taiwan/Hong Kong variant chosen per document); byline
 * and title read into meta; web chrome lines dropped (then a closing reporter signature read as
 * author); sentences split. `map` takes every span of `text` back to `original`.
 */
export function documentFromText(source: DocumentSource): Document {
  const format = source.format ?? guessFormat(source.path, source.original);
  let aligned: AlignedText;
  let htmlTitle: string | undefined;
  if (format === "html") {
    const html = htmlToText(source.original);
    aligned = html.aligned;
    htmlTitle = html.title;
  } else {
    aligned = alignedIdentity(source.original);
    if (format === "markdown") aligned = stripMarkdown(aligned);
  }
  aligned = repairLatin1Mojibake(aligned);
  aligned = stripRubyAligned(aligned);
  aligned = dropLostCharacters(aligned);
  aligned = normalizeCharacters(aligned);
  const traditional = hasTraditional(aligned.text);
  const variant = traditional ? chooseScriptVariant(aligned.text) : "t";
  if (traditional) aligned = toSimplified(aligned, variant);
  const meta = parseMeta(aligned.text);
  if (htmlTitle !== undefined)
    meta.title = hasTraditional(htmlTitle) ? convertToSimplified(htmlTitle, variant) : htmlTitle;
  aligned = dropChrome(aligned);
  if (meta.author === undefined) {
    const reporter = closingSignature(aligned.text);
    if (reporter !== undefined) meta.author = reporter;
  }
  return {
    id: source.id,
    path: source.path,
    encoding: source.encoding,
    original: source.original,
    text: aligned.text,
    map: offsetMapOf(aligned),
    sentences: splitSentences(aligned.text),
    meta,
    hash: source.hash,
  };
}

function guessFormat(path: string, text: string): SourceFormat {
  if (/\.html?$/i.test(path)) return "html";
  if (/\.(?:md|markdown)$/i.test(path)) return "markdown";
  return /^\s*<(?:!doctype html|html[\s>])/i.test(text.slice(0, 200)) ? "html" : "text";
}
