import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { ExtractionCache } from "./cache/extraction-cache.js";
import type { RunContext } from "./context.js";
import { CountyKgError, type ErrorCode } from "./errors.js";
import { findCooccurrences } from "./extract/cooccurrences.js";
import { compare, entitiesFromMentions } from "./extract/document-entities.js";
import { recognizeIndustries } from "./extract/industries.js";
import { summarizeMentions } from "./extract/mention-summary.js";
import { recognizeOrganizations } from "./extract/organizations.js";
import { resolveOverlaps } from "./extract/overlaps.js";
import { recognizePeople } from "./extract/people.js";
import { recognizePrograms } from "./extract/programs.js";
import { extractRelations } from "./extract/relations/index.js";
import { listInputs } from "./ingest/list-inputs.js";
import { documentId, readDocument } from "./ingest/read-document.js";
import { ExtractionAccumulator, type Retain } from "./merge.js";
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
  const entities = entitiesFromMentions(
    kept,
    (id) => describeRegion(id, gazetteer),
    (mention) => stripRuby(doc.original.slice(mention.orig.start, mention.orig.end)),
  );
  // Sentences are attached only to summarize: what leaves the document is counts and a few sentences.
  const attach = sentenceContexts(doc);
  const placed = entities.map((entity) => ({ ...entity, mentions: entity.mentions.map(attach) }));
  for (const [i, entity] of entities.entries()) entity.summary = summarizeMentions(placed[i]!.mentions);
  const known = new Set(entities.map((e) => e.id));
  // A relation may reach an entity only named inside another one's name (a region inside a program's
  // name): such occurrences are not mentions, so neither are the relations built on them.
  const relations = extractRelations(doc, kept, { subject, nested }).filter(
    (r) => known.has(r.source) && known.has(r.target),
  );
  return {
    document: documentInfo(doc, subject),
    entities,
    relations,
    cooccurrences: findCooccurrences(placed),
  };
}

/**
 * Attaches to a mention its sentence (original span, normalized text, the mention inside it); each
 * sentence's text is cut once per document.
 */
function sentenceContexts(doc: Document): (mention: Mention) => Mention {
  const sentences = new Map<number, { start: number; end: number; text: string }>();
  return (mention) => {
    const span = doc.sentences[mention.sentence];
    if (!span) return mention;
    let sentence = sentences.get(mention.sentence);
    if (!sentence) {
      const orig = doc.map.toOriginal(span);
      sentence = { start: orig.start, end: orig.end, text: doc.text.slice(span.start, span.end) };
      sentences.set(mention.sentence, sentence);
    }
    const at = { start: mention.span.start - span.start, end: mention.span.end - span.start };
    return { ...mention, context: { ...sentence, at } };
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
  /** What the merge keeps (see Retain): `all` (default) for `extract`, `sample` for a graph. */
  retain?: Retain;
  /** Merge the documents' co-occurrences (default true); a graph without `co_occurs` edges needs none. */
  cooccurrences?: boolean;
}

/** Below this many documents to extract, worker threads cost more to start than they save. */
const MIN_PARALLEL_DOCUMENTS = 8;

/**
 * Reads and extracts every input (files and folders), in worker threads when there is enough to do,
 * reusing cached results of unchanged documents, and merges each document's result as soon as its turn
 * comes (document id order, whatever order the workers finish in): neither the documents' texts nor
 * their results are all held, only the merge and the few results that finished ahead of their turn.
 * A file that cannot be read is reported on `ctx` and skipped; the others go on. The result does not
 * depend on the number of workers or on the cache.
 */
export async function extractCorpus(
  inputs: readonly string[],
  ctx: RunContext,
  options: CorpusOptions = {},
): Promise<Extraction> {
  const files = inMergeOrder(await listInputs([...inputs], ctx));
  const cache = options.cacheDir ? new ExtractionCache(options.cacheDir) : undefined;
  const keys: string[] = [];
  const todo: number[] = [];
  const sizes = await Promise.all(files.map(async (file) => (await stat(file)).size));
  for (const [index, file] of files.entries()) {
    if (cache) {
      const bytes = await readFile(file);
      keys[index] = cache.key(documentId(file), createHash("sha256").update(bytes).digest("hex"));
      if (cache.has(keys[index]!)) continue;
    }
    todo.push(index);
  }

  // Asked for explicitly, threads are used for any corpus; chosen automatically, only for a large one.
  const workers = options.workers ?? Math.min(4, availableParallelism());
  const minimum = options.workers === undefined ? MIN_PARALLEL_DOCUMENTS : 2;
  const threaded = workers > 1 && todo.length >= minimum ? inWorkers(files, todo, workers) : undefined;
  let resources: ExtractionResources | undefined;
  const extractHere = (index: number) =>
    extractFile(files[index]!, (resources ??= loadResources())).catch((error: unknown) => toError(error));

  const fresh = new Set(todo);
  const merged = new ExtractionAccumulator(options.retain, { cooccurrences: options.cooccurrences });
  let done = 0;
  let bytes = 0;
  ctx.progress.start("extract", files.length);
  for (const [index, file] of files.entries()) {
    const cached = cache && !fresh.has(index) ? cache.get(keys[index]!) : undefined;
    const result = cached ?? (await (threaded?.result(index) ?? extractHere(index)));
    if (result instanceof Error) ctx.report(result, file);
    else {
      if (cache && !cached) cache.put(keys[index]!, result);
      merged.add(result);
      done++;
    }
    bytes += sizes[index]!;
    ctx.progress.update(index + 1, bytes);
  }
  await threaded?.finished;
  ctx.progress.end(`${done} of ${files.length} documents`);
  return merged.result();
}

/** Files sorted by document id (then path): the order their results are merged in. */
function inMergeOrder(files: readonly string[]): string[] {
  const ids = new Map(files.map((file) => [file, documentId(file)]));
  return [...files].sort((a, b) => compare(ids.get(a)!, ids.get(b)!) || compare(a, b));
}

/** Extraction of `files[todo…]` in worker threads, each result awaited by its file index. */
interface ThreadedExtraction {
  /** The result of `files[index]` (undefined when it is not one the threads extract); taken once. */
  result(index: number): Promise<DocumentExtraction | Error> | undefined;
  /** Settles when every worker is ended; rejects when a worker failed. */
  finished: Promise<void>;
}

/**
 * Starts extracting `files[todo…]` in `workers` threads, fed in `todo` order. A result waits (in
 * memory) only until the caller takes it; when the pool fails, every result not yet given rejects.
 */
function inWorkers(files: readonly string[], todo: readonly number[], workers: number): ThreadedExtraction {
  const results = new Map<number, Promise<DocumentExtraction | Error>>();
  const settlers = new Map<
    number,
    { resolve: (result: DocumentExtraction | Error) => void; reject: (error: unknown) => void }
  >();
  for (const index of todo) {
    const result = new Promise<DocumentExtraction | Error>((resolve, reject) =>
      settlers.set(index, { resolve, reject }),
    );
    result.catch(() => {}); // rejected only with the pool's failure, which `finished` reports too
    results.set(index, result);
  }
  const finished = runInWorkers<string, DocumentExtraction>(
    todo.map((i) => files[i]!),
    new URL("./parallel/extract-worker.js", import.meta.url),
    workers,
    (reply) => {
      const index = todo[reply.index]!;
      settlers.get(index)?.resolve(reply.ok ? reply.value : reviveError(reply.error));
      settlers.delete(index);
    },
  );
  finished.catch((error: unknown) => {
    for (const { reject } of settlers.values()) reject(error);
    settlers.clear();
  });
  return {
    finished,
    result(index) {
      const result = results.get(index);
      results.delete(index);
      return result;
    },
  };
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
