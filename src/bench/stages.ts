import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildGraph, DEFAULT_BUILD_OPTIONS } from "../build/build-graph.js";
import { RunContext, type Progress } from "../context.js";
import { writeOutputs } from "../export/write-outputs.js";
import { recognizeIndustries } from "../extract/industries.js";
import { recognizeOrganizations } from "../extract/organizations.js";
import { recognizePeople } from "../extract/people.js";
import { recognizePrograms } from "../extract/programs.js";
import { decodeBytes } from "../ingest/decode.js";
import { documentFromText } from "../ingest/document.js";
import { mergeExtractions } from "../merge.js";
import { extractDocument, loadResources, type ExtractionResources } from "../pipeline.js";
import { recognizeRegions } from "../resolve/recognize-regions.js";
import { alignedIdentity } from "../text/aligned.js";
import { chooseScriptVariant, toSimplified } from "../text/script.js";
import type { DocumentExtraction } from "../types.js";
import { instant, StageClock, WARM_UP_DOCUMENTS, type Instant, type StageFigure } from "./measure.js";
import { WHOLE_EXTRACTION } from "./report.js";

/** Rows of the breakdown: measured again on their own, not part of the stage sum. */
export const BREAKDOWN_PREFIX = "  · ";

/** Figures of the stage measurement of one corpus, plus the built graph's size. */
export interface StageRun {
  stages: StageFigure[];
  nodes: number;
  edges: number;
}

/**
 * Runs the pipeline on every file of `dir` on this thread, timing each stage with the functions the
 * pipeline calls: decode (read, hash, detect and decode), clean+normalize (documentFromText),
 * extract+resolve (extractDocument), the reduce (merge by canonical id), then graph assembly,
 * metrics and layout (phases of buildGraph) and export (writeOutputs into `outDir`). Keeps only the
 * per-document results in memory, as the pipeline does. Breakdown rows time parts again on their own:
 * opencc conversion inside normalize, each recognizer inside extract. The first WARM_UP_DOCUMENTS
 * files go through the same steps once untimed before the timed pass, so the figures are the steady
 * state a large corpus runs at, not V8 compiling the code on its first documents.
 */
export async function measureStages(dir: string, outDir: string): Promise<StageRun> {
  const clock = new StageClock();
  const resources = loadResources();
  const names = readdirSync(dir).sort();
  const warmUp = new StageClock();
  for (const name of names.slice(0, WARM_UP_DOCUMENTS)) measureDocument(dir, name, resources, warmUp);
  const parts: DocumentExtraction[] = [];
  let total = 0;
  for (const name of names) {
    const { part, bytes } = measureDocument(dir, name, resources, clock);
    parts.push(part);
    total += bytes;
  }
  const perDocument = clock.results();
  const steps = perDocument.filter((figure) => !figure.stage.startsWith(BREAKDOWN_PREFIX));
  const sum = (pick: (figure: StageFigure) => number) =>
    steps.reduce((total, figure) => total + pick(figure), 0);
  clock.add(
    WHOLE_EXTRACTION,
    total,
    { wall: 0, cpu: 0 },
    { wall: sum((f) => f.ms), cpu: sum((f) => f.cpuMs) },
  );
  const extraction = clock.time("merge (reduce)", total, () => mergeExtractions(parts));
  const phases = new PhaseTimer();
  const ctx = new RunContext({ progress: phases });
  const graphStart = instant();
  const graph = buildGraph(extraction, { ...DEFAULT_BUILD_OPTIONS }, ctx);
  const layout = phases.span("layout");
  const assembled = phases.span("graph");
  if (!layout || !assembled) throw new Error("bench: buildGraph reported no graph or layout phase");
  clock.add("graph", total, graphStart, assembled.end);
  clock.add("metrics", total, assembled.end, layout.start);
  clock.add("layout", total, layout.start, layout.end);
  const exportStart = instant();
  await writeOutputs(graph, outDir, { formats: [], top: 50 }, ctx);
  clock.add("export", total, exportStart, instant());
  return { stages: clock.results(), nodes: graph.order, edges: graph.size };
}

/**
 * Reads, cleans and extracts one file of `dir`, timing each stage on `clock`, then times the breakdown
 * rows (opencc alone, each recognizer alone) again on the same document.
 */
function measureDocument(
  dir: string,
  name: string,
  resources: ExtractionResources,
  clock: StageClock,
): { part: DocumentExtraction; bytes: number } {
  const path = join(dir, name);
  const started = instant();
  const bytes = readFileSync(path);
  const hash = createHash("sha256").update(bytes).digest("hex");
  const decoded = decodeBytes(bytes, path);
  const n = bytes.length;
  clock.add("decode", n, started, instant());
  const id = name.replace(/\.[^.]+$/, "");
  const doc = clock.time("clean+normalize", n, () =>
    documentFromText({ id, path, encoding: decoded.encoding, original: decoded.text, hash }),
  );
  const part = clock.time("extract+resolve", n, () => extractDocument(doc, resources));
  clock.time(`${BREAKDOWN_PREFIX}opencc (in normalize)`, n, () =>
    toSimplified(alignedIdentity(decoded.text), chooseScriptVariant(decoded.text)),
  );
  clock.time(`${BREAKDOWN_PREFIX}regions (in resolve)`, n, () => recognizeRegions(doc, resources.gazetteer));
  clock.time(`${BREAKDOWN_PREFIX}programs`, n, () => recognizePrograms(doc));
  clock.time(`${BREAKDOWN_PREFIX}industries`, n, () => recognizeIndustries(doc));
  clock.time(`${BREAKDOWN_PREFIX}organizations`, n, () => recognizeOrganizations(doc));
  clock.time(`${BREAKDOWN_PREFIX}people`, n, () => recognizePeople(doc));
  return { part, bytes: n };
}

/** A Progress that records when each phase started and ended. */
class PhaseTimer implements Progress {
  private readonly spans = new Map<string, { start: Instant; end: Instant }>();
  private current: string | undefined;

  start(phase: string): void {
    this.current = phase;
    const now = instant();
    this.spans.set(phase, { start: now, end: now });
  }
  update(): void {}
  end(): void {
    const span = this.current && this.spans.get(this.current);
    if (span) span.end = instant();
  }
  /** When `phase` started and ended, if it ran. */
  span(phase: string): { start: Instant; end: Instant } | undefined {
    return this.spans.get(phase);
  }
}
