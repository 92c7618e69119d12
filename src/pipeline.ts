import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { ExtractionCache } from "./cache/extraction-cache.js";
import type { RunContext } from "./context.js";
import { CountyKgError, type ErrorCode } from "./errors.js";
import { entitiesFromMentions } from "./extract/document-entities.js";
import { recognizeIndustries } from "./extract/industries.js";
import { recognizeOrganizations } from "./extract/organizations.js";
import { regionsInPrograms, resolveOverlaps } from "./extract/overlaps.js";
import { recognizePeople } from "./extract/people.js";
import { recognizePrograms } from "./extract/programs.js";
import { extractRelations } from "./extract/relations/index.js";
import { listInputs } from "./ingest/list-inputs.js";
import { documentId, readDocument } from "./ingest/read-document.js";
import { mergeExtractions } from "./merge.js";
import { runInWorkers } from "./parallel/worker-pool.js";
import { describeRegion } from "./resolve/describe-region.js";
import { loadGazetteer, type Gazetteer } from "./resolve/gazetteer.js";
import { recognizeRegions } from "./resolve/recognize-regions.js";
import { subjectRegion } from "./resolve/subject-region.js";
import { stripRuby } from "./text/ruby.js";
import type { Document, DocumentExtraction, DocumentInfo, Extraction, Mention } from "./types.js";

/** What the per-document stages share: loaded once per run (or per worker). */
export interface ExtractionResources {
  gazetteer: Gazetteer;
}

/** Loads the gazetteer and lexicons every document needs. */
export function loadResources(): ExtractionResources {
  return { gazetteer: loadGazetteer() };
}

/**
 * The map step: runs every per-document stage on one normalized document — recognizers, overlap
 * resolution, the document's own region, relations — and groups the mentions into entities.
 * Pure: the same document always gives the same result.
 */
export function extractDocument(doc: Document, resources: ExtractionResources): DocumentExtraction {
  const { gazetteer } = resources;
  const regions = recognizeRegions(doc, gazetteer);
  const all: Mention[] = [
    ...regions,
    ...recognizePrograms(doc),
    ...recognizeIndustries(doc),
    ...recognizeOrganizations(doc),
    ...recognizePeople(doc),
  ];
  const { kept, nested } = resolveOverlaps(all);
  const subject = subjectRegion(doc, regions, gazetteer);
  const mentions = [...kept, ...regionsInPrograms(kept, nested)].sort((a, b) => a.span.start - b.span.start);
  const entities = entitiesFromMentions(
    mentions.map((mention) => withContext(doc, mention)),
    (id) => describeRegion(id, gazetteer),
    (mention) => stripRuby(doc.original.slice(mention.orig.start, mention.orig.end)),
  );
  const known = new Set(entities.map((e) => e.id));
  // A relation may reach an entity only named inside another one's name (a region inside a program's
  // name): such occurrences are not mentions, so neither are the relations built on them.
  const relations = extractRelations(doc, kept, { subject, nested }).filter(
    (r) => known.has(r.source) && known.has(r.target),
  );
  return { document: documentInfo(doc, subject), entities, relations };
}

/** The mention with its sentence attached (original span, normalized text, the mention inside it). */
function withContext(doc: Document, mention: Mention): Mention {
  const sentence = doc.sentences[mention.sentence];
  if (!sentence) return mention;
  const orig = doc.map.toOriginal(sentence);
  return {
    ...mention,
    context: {
      start: orig.start,
      end: orig.end,
      text: doc.text.slice(sentence.start, sentence.end),
      at: { start: mention.span.start - sentence.start, end: mention.span.end - sentence.start },
    },
  };
}

/** The summary of a document carried into outputs. */
export function documentInfo(doc: Document, subject: string | undefined): DocumentInfo {
  const info: DocumentInfo = {
    id: doc.id,
    path: doc.path,
    encoding: doc.encoding,
    hash: doc.hash,
    chars: doc.original.length,
  };
  const { title, date, source, author } = doc.meta;
  if (title) info.title = title;
  if (date) info.date = date;
  if (source) info.source = source;
  if (author) info.author = author;
  if (subject) info.subject = subject;
  return info;
}

/** Reads one file and extracts it. Throws a CountyKgError naming the file when it cannot be read. */
export async function extractFile(path: string, resources: ExtractionResources): Promise<DocumentExtraction> {
  return extractDocument(await readDocument(path), resources);
}

/** How a corpus is processed. */
export interface CorpusOptions {
  /** Worker threads for extraction; 1 runs in this thread. Default: one per core, at most 4. */
  workers?: number;
  /** Folder of the per-document cache (see ExtractionCache); no cache when absent. */
  cacheDir?: string;
}

/** Below this many documents to extract, worker threads cost more to start than they save. */
const MIN_PARALLEL_DOCUMENTS = 8;

/**
 * Reads and extracts every input (files and folders), keeping only the per-document results in memory
 * (never all documents' texts), in worker threads when there is enough to do, reusing cached results of
 * unchanged documents, then merges them. A file that cannot be read is reported on `ctx` and skipped;
 * the others go on. The result does not depend on the number of workers or on the cache.
 */
export async function extractCorpus(
  inputs: readonly string[],
  ctx: RunContext,
  options: CorpusOptions = {},
): Promise<Extraction> {
  const files = await listInputs([...inputs], ctx);
  const cache = options.cacheDir ? new ExtractionCache(options.cacheDir) : undefined;
  const parts: (DocumentExtraction | undefined)[] = new Array(files.length);
  const keys: string[] = [];
  const todo: number[] = [];
  const sizes = await Promise.all(files.map(async (file) => (await stat(file)).size));
  for (const [index, file] of files.entries()) {
    if (cache) {
      const bytes = await readFile(file);
      keys[index] = cache.key(documentId(file), createHash("sha256").update(bytes).digest("hex"));
      parts[index] = cache.get(keys[index]!);
    }
    if (!parts[index]) todo.push(index);
  }

  let done = files.length - todo.length;
  let bytes = 0;
  ctx.progress.start("extract", files.length);
  const settle = (index: number, result: DocumentExtraction | Error) => {
    if (result instanceof Error) ctx.report(result, files[index]);
    else {
      parts[index] = result;
      if (cache) cache.put(keys[index]!, result);
    }
    bytes += sizes[index]!;
    ctx.progress.update(++done, bytes);
  };
  // Asked for explicitly, threads are used for any corpus; chosen automatically, only for a large one.
  const workers = options.workers ?? Math.min(4, availableParallelism());
  const minimum = options.workers === undefined ? MIN_PARALLEL_DOCUMENTS : 2;
  if (workers > 1 && todo.length >= minimum) {
    await runInWorkers<string, DocumentExtraction>(
      todo.map((i) => files[i]!),
      new URL("./parallel/extract-worker.js", import.meta.url),
      workers,
      (reply) => settle(todo[reply.index]!, reply.ok ? reply.value : reviveError(reply.error)),
    );
  } else {
    const resources = loadResources();
    for (const index of todo) {
      settle(index, await extractFile(files[index]!, resources).catch((error: unknown) => toError(error)));
    }
  }
  const extracted = parts.filter((p): p is DocumentExtraction => p !== undefined);
  ctx.progress.end(`${extracted.length} of ${files.length} documents`);
  return mergeExtractions(extracted);
}

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/** Rebuilds an error a worker thread sent as plain data. */
function reviveError(error: { message: string; code?: string; file?: string; hint?: string }): Error {
  return error.code
    ? new CountyKgError(error.code as ErrorCode, error.message, { file: error.file, hint: error.hint })
    : new Error(error.message);
}
