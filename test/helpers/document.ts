import { createHash } from "node:crypto";
import { ArrayOffsetMap } from "../../src/text/offset-map.js";
import { splitSentences } from "../../src/text/sentences.js";
import type { Document } from "../../src/types.js";

/**
 * A Document whose text is already normalized (identity offset map): for tests of the extractors with
 * sentences of our own making.
 */
export function makeDocument(text: string, id = "doc"): Document {
  return {
    id,
    path: `${id}.txt`,
    encoding: "utf-8",
    original: text,
    text,
    map: ArrayOffsetMap.identity(text.length),
    sentences: splitSentences(text),
    meta: {},
    hash: createHash("sha256").update(text).digest("hex"),
  };
}
