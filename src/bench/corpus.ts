import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { composeArticle } from "./compose.js";
import { drawDress, dressArticle, type Dress } from "./dress.js";
import { createRng, mixSeed } from "./rng.js";
import type { BenchVocabulary } from "./vocabulary.js";

/** Bump when the generator changes, so cached corpora are regenerated. */
const GENERATOR_VERSION = 1;

/** A generated corpus on disk. */
export interface CorpusManifest {
  version: number;
  seed: number;
  /** sha256 of the vocabulary the documents were drawn from (gazetteer, lexicons). */
  vocabulary: string;
  /** Requested size in MB (10^6 bytes). */
  megabytes: number;
  dir: string;
  documents: number;
  bytes: number;
  /** Documents per dress: `traditional+pinyin/gbk/crlf` style keys. */
  dresses: Record<string, number>;
}

/** The bytes of document `index` of the corpus seeded `seed`: independent of every other document. */
export function generateDocument(
  index: number,
  seed: number,
  vocabulary: BenchVocabulary,
): { bytes: Buffer; dress: Dress } {
  const rng = createRng(mixSeed(seed, index));
  const dress = drawDress(rng);
  return { bytes: dressArticle(composeArticle(rng, vocabulary), dress), dress };
}

/** Name of document `index`'s file. */
export function documentFileName(index: number): string {
  return `doc-${String(index).padStart(6, "0")}.txt`;
}

/**
 * Writes documents 0, 1, 2 … of the corpus seeded `seed` into `dir` until they total `megabytes`
 * MB. A smaller corpus of the same seed is a prefix of a larger one. When `dir` already holds this
 * very corpus (its manifest `<dir>.json` matches), it is reused.
 */
export function writeCorpus(
  dir: string,
  megabytes: number,
  seed: number,
  vocabulary: BenchVocabulary,
): CorpusManifest {
  const manifestPath = `${dir}.json`;
  const fingerprint = createHash("sha256").update(JSON.stringify(vocabulary)).digest("hex");
  if (existsSync(manifestPath) && existsSync(dir)) {
    const cached = JSON.parse(readFileSync(manifestPath, "utf8")) as CorpusManifest;
    const same = cached.version === GENERATOR_VERSION && cached.vocabulary === fingerprint;
    if (same && cached.seed === seed && cached.megabytes === megabytes) return cached;
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const target = megabytes * 1e6;
  const dresses: Record<string, number> = {};
  let bytes = 0;
  let index = 0;
  while (bytes < target) {
    const document = generateDocument(index, seed, vocabulary);
    writeFileSync(join(dir, documentFileName(index)), document.bytes);
    const key = dressKey(document.dress);
    dresses[key] = (dresses[key] ?? 0) + 1;
    bytes += document.bytes.length;
    index++;
  }
  const manifest: CorpusManifest = {
    version: GENERATOR_VERSION,
    seed,
    vocabulary: fingerprint,
    megabytes,
    dir,
    documents: index,
    bytes,
    dresses,
  };
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return manifest;
}

function dressKey(dress: Dress): string {
  return [dress.script + (dress.pinyin ? "+pinyin" : ""), dress.encoding, dress.crlf ? "crlf" : "lf"].join(
    "/",
  );
}
