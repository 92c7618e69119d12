import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { dataPath } from "../data.js";
import type { DocumentExtraction } from "../types.js";

/**
 * Per-document extraction results kept on disk, keyed by the document's id, the sha256 of its bytes and
 * the extractor's version (package version + every data file), so that a rebuild re-extracts only the
 * documents that changed and gives the same output as a full build.
 */
export class ExtractionCache {
  private readonly dir: string;
  private readonly version: string;

  constructor(dir: string, version: string = extractorVersion()) {
    this.dir = dir;
    this.version = version;
  }

  /** The cache key of a document: its id and the hash of its bytes, under this extractor version. */
  key(id: string, bytesHash: string): string {
    return createHash("sha256").update(`${this.version}\0${id}\0${bytesHash}`).digest("hex");
  }

  /** Whether a readable entry is stored under `key` (read and parsed, not kept). */
  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  /** The cached result, or undefined when absent or unreadable (a damaged entry is a miss). */
  get(key: string): DocumentExtraction | undefined {
    try {
      return JSON.parse(readFileSync(this.file(key), "utf8")) as DocumentExtraction;
    } catch {
      return undefined;
    }
  }

  /** Stores a result atomically (temporary file, then rename): a reader never sees half an entry. */
  put(key: string, value: DocumentExtraction): void {
    mkdirSync(this.dir, { recursive: true });
    const temp = `${this.file(key)}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(value));
    renameSync(temp, this.file(key));
  }

  private file(key: string): string {
    return join(this.dir, `${key}.json`);
  }
}

/**
 * A hash of the extractor: every file under data/ (gazetteer, lexicons) and every module of the code
 * this runs from (src/ or dist/), so that any change to rules or their data invalidates the cache.
 */
export function extractorVersion(): string {
  const hash = createHash("sha256");
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else hash.update(entry.name).update(readFileSync(path));
    }
  };
  walk(dataPath("."));
  walk(fileURLToPath(new URL("..", import.meta.url)));
  return hash.digest("hex").slice(0, 16);
}
