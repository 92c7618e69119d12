import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict.js";
import { Converter } from "opencc-js";
import { StageClock, WARM_UP_DOCUMENTS, type StageFigure } from "./measure.js";

/** The opencc-js conversion the references time: Traditional (OpenCC standard, what ingest uses by default) to mainland Simplified. */
export const REFERENCE_CONVERSION = { from: "t", to: "cn" } as const;

/**
 * Times the reference tools on every file of `dir`, one document at a time on this thread:
 * `jieba` = @node-rs/jieba `cut` with HMM on; `opencc` = opencc-js conversion alone. Volumes are the
 * files' bytes, as for the pipeline's stages, so throughputs compare directly. Decoding is not timed.
 * Like the stages, both first run untimed over the first WARM_UP_DOCUMENTS files.
 */
export function measureReferences(dir: string): StageFigure[] {
  const jieba = Jieba.withDict(dict);
  const convert = Converter(REFERENCE_CONVERSION);
  const clock = new StageClock();
  const names = readdirSync(dir).sort();
  for (const name of names.slice(0, WARM_UP_DOCUMENTS)) {
    const text = decodeForReference(readFileSync(join(dir, name)));
    jieba.cut(text, true);
    convert(text);
  }
  for (const name of names) {
    const bytes = readFileSync(join(dir, name));
    const text = decodeForReference(bytes);
    clock.time("jieba", bytes.length, () => jieba.cut(text, true));
    clock.time("opencc", bytes.length, () => convert(text));
  }
  return clock.results();
}

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
const gbk = new TextDecoder("gbk");

/** UTF-8 (with or without BOM) where the bytes are valid UTF-8, GBK otherwise: what the corpus holds. */
export function decodeForReference(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    return gbk.decode(bytes);
  }
}
