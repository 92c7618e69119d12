#!/usr/bin/env node
import { mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { dirname, join } from "node:path";
import { formatError } from "../errors.js";
import { inChild } from "./child.js";
import { writeCorpus } from "./corpus.js";
import { BENCH_USAGE, parseBenchOptions, SCALE_SECTIONS, type BenchOptions } from "./options.js";
import { printReport, type BenchReport, type ScaleReport, type TierReport } from "./report.js";
import { incrementalCheck, timedCli } from "./scale.js";
import { loadBenchVocabulary } from "./vocabulary.js";

/** Layout study sizes (nodes, edges) of a full run and of a quick look. */
const LAYOUT_SIZES = [
  { nodes: 1000, edges: 5000 },
  { nodes: 10000, edges: 50000 },
  { nodes: 50000, edges: 250000 },
];
const QUICK_LAYOUT_SIZES = [{ nodes: 1000, edges: 5000 }];

/** Corpus tier of the worker speedup check (the smallest tier when it is not run). */
const SPEEDUP_MEGABYTES = 50;

/** Documents of the incremental check (taken from the first tier that has that many). */
const INCREMENTAL_DOCUMENTS = 10000;

/**
 * Speedup: extraction of the 50 MB tier on one and on two worker threads. Streaming: a full build of
 * the largest tier through the CLI, for its peak RSS. Incremental: a rebuild of 10,000 documents
 * after one changed, against a full build.
 */
async function scaleChecks(
  options: BenchOptions,
  tiers: readonly TierReport[],
  log: (line: string) => void,
): Promise<ScaleReport> {
  const scale: ScaleReport = {};
  const largest = tiers[tiers.length - 1];
  const speedupTier = tiers.find((tier) => tier.corpus.megabytes === SPEEDUP_MEGABYTES) ?? tiers[0];
  if (speedupTier && options.sections.includes("speedup")) {
    const { dir, megabytes } = speedupTier.corpus;
    log(`  speedup: extraction of the ${megabytes} MB corpus on 1 and 2 worker threads`);
    const load = [loadavg()[0]!];
    const one = (await inChild({ task: "extract", dir, workers: 1 })).result;
    load.push(loadavg()[0]!);
    const two = (await inChild({ task: "extract", dir, workers: 2 })).result;
    load.push(loadavg()[0]!);
    scale.speedup = { megabytes, oneWorkerSeconds: one, twoWorkersSeconds: two, speedup: one / two, load };
  }
  if (largest && options.sections.includes("streaming")) {
    log(`  streaming: county-kg build of the ${largest.corpus.megabytes} MB corpus`);
    const out = join(options.workDir, "streaming-out");
    scale.streaming = {
      megabytes: largest.corpus.megabytes,
      run: timedCli(["build", largest.corpus.dir, "-o", out, "--no-cache", "--quiet"]),
    };
  }
  const source = tiers.find((tier) => tier.corpus.documents >= INCREMENTAL_DOCUMENTS) ?? largest;
  if (source && options.sections.includes("incremental")) {
    if (source.corpus.documents < INCREMENTAL_DOCUMENTS)
      log(`  incremental: only ${source.corpus.documents} documents in the largest tier; use --size 50`);
    log(`  incremental: ${Math.min(INCREMENTAL_DOCUMENTS, source.corpus.documents)} documents, one changed`);
    scale.incremental = incrementalCheck(
      source.corpus.dir,
      options.workDir,
      INCREMENTAL_DOCUMENTS,
      options.seed,
      loadBenchVocabulary(),
    );
  }
  return scale;
}

async function main(options: BenchOptions): Promise<BenchReport> {
  const report: BenchReport = {
    started: new Date().toISOString(),
    machine: { cores: availableParallelism(), node: process.version, loadStart: loadavg() },
    options,
    tiers: [],
  };
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const vocabulary = loadBenchVocabulary();
  for (const megabytes of options.sizes) {
    const dir = join(options.workDir, `corpus-${options.seed}-${megabytes}mb`);
    log(`corpus ${megabytes} MB → ${dir}`);
    const corpus = writeCorpus(dir, megabytes, options.seed, vocabulary);
    const tier: TierReport = { corpus, stages: [], references: [] };
    if (options.sections.includes("stages")) {
      log(`  pipeline stages on ${corpus.documents} documents`);
      const outDir = join(options.workDir, `stages-out-${megabytes}mb`);
      const stages = await inChild({ task: "stages", dir, outDir });
      tier.stages = stages.result.stages;
      tier.graph = { nodes: stages.result.nodes, edges: stages.result.edges };
      tier.stagesPeakRssMB = stages.peakRssMB;
      log(`  references (jieba, opencc) on ${corpus.documents} documents`);
      const references = await inChild({ task: "references", dir });
      tier.references = references.result;
      tier.referencesPeakRssMB = references.peakRssMB;
    }
    report.tiers.push(tier);
  }
  if (options.sections.includes("layout")) {
    log("layout study");
    const sizes = options.quick ? QUICK_LAYOUT_SIZES : LAYOUT_SIZES;
    report.layout = (
      await inChild({ task: "layout", sizes, referenceLimit: 10000, seed: options.seed })
    ).result;
  }
  if (options.sections.includes("gexf")) {
    log("GEXF study");
    const [nodes, edges] = options.quick ? [2000, 6000] : [10000, 30000];
    const dir = join(options.workDir, "gexf");
    report.gexf = (await inChild({ task: "gexf", dir, nodes, edges, seed: options.seed })).result;
  }
  if (options.sections.includes("query")) {
    log("query benchmark (src/bench/query.ts)");
    const [nodes, edges] = options.quick ? [10000, 50000] : [100000, 500000];
    // The query helper's figures at 100k nodes need more heap than Node's default.
    const execArgv = options.quick ? [] : ["--max-old-space-size=8000"];
    report.query = (await inChild({ task: "query", nodes, edges }, execArgv)).result;
  }
  if (SCALE_SECTIONS.some((section) => options.sections.includes(section))) {
    report.scale = await scaleChecks(options, report.tiers, log);
  }
  report.machine.loadEnd = loadavg();
  report.finished = new Date().toISOString();
  return report;
}

try {
  const options = parseBenchOptions(process.argv.slice(2));
  if (options === "help") process.stdout.write(`${BENCH_USAGE}\n`);
  else {
    const report = await main(options);
    mkdirSync(dirname(options.out), { recursive: true });
    writeFileSync(options.out, `${JSON.stringify(report, null, 2)}\n`);
    process.stdout.write(`${printReport(report)}\n`);
    process.stderr.write(`figures written to ${options.out}\n`);
  }
} catch (error) {
  process.stderr.write(`county-kg bench: ${formatError(error)}\n`);
  process.exitCode = 1;
}
