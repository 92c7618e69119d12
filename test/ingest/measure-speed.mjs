// Measures ingest speed and memory on a large single-line file (not a test: run it by hand).
//   npm run build && node test/ingest/measure-speed.mjs seeds/002_bafda2fcb9df0fe0.txt 20
// Repeats the given article (line breaks turned into spaces) up to N MB, then times decoding +
// documentFromText in CPU time (the machine may be shared), the opencc part of it separately, and
// reports peak memory.
import { readFileSync } from "node:fs";
import { Buffer } from "node:buffer";
import { decodeBytes } from "../../dist/ingest/decode.js";
import { documentFromText } from "../../dist/ingest/document.js";
import { alignedIdentity } from "../../dist/text/aligned.js";
import { stripRuby } from "../../dist/text/ruby.js";
import { chooseScriptVariant, hasTraditional, toSimplified } from "../../dist/text/script.js";

const [file, megabytes = "20"] = process.argv.slice(2);
if (!file) throw new Error("usage: node test/ingest/measure-speed.mjs FILE [MB]");

function repeated(path, size) {
  let text = readFileSync(path, "utf8").replace(/\n/g, " ");
  while (Buffer.byteLength(text) < size) text += text;
  return Buffer.from(text).subarray(0, size);
}

function cpuSeconds(work) {
  const before = process.cpuUsage();
  const result = work();
  const used = process.cpuUsage(before);
  return [result, (used.user + used.system) / 1e6];
}

const bytes = repeated(file, Number(megabytes) * 1e6);
const mb = bytes.length / 1e6;
const [doc, total] = cpuSeconds(() => {
  const { text, encoding } = decodeBytes(bytes, file);
  return documentFromText({ id: "big", path: "big.txt", encoding, original: text, hash: "" });
});
const rss = process.resourceUsage().maxRSS / 1024;
// opencc's share: converting the ruby-free original again, alone.
const readable = alignedIdentity(stripRuby(doc.original));
const [, opencc] = cpuSeconds(() =>
  hasTraditional(readable.text) ? toSimplified(readable, chooseScriptVariant(readable.text)) : undefined,
);
const rest = Math.max(0.001, total - opencc);
console.log(
  `${file}: ${mb.toFixed(1)} MB → ${doc.text.length} chars, ${doc.sentences.length} sentences; ` +
    `${total.toFixed(2)} s CPU = ${(mb / total).toFixed(1)} MB/s; without opencc (≈${opencc.toFixed(2)} s) ` +
    `${(mb / rest).toFixed(1)} MB/s; peak RSS ${rss.toFixed(0)} MB`,
);
