import { resolve } from "node:path";
import {
  assembleGraph,
  DEFAULT_BUILD_OPTIONS,
  measureAndLayOut,
  type BuildOptions,
} from "../build/build-graph.js";
import type { RunContext } from "../context.js";
import { CountyKgError } from "../errors.js";
import { writeOutputs, type OutputFormat } from "../export/write-outputs.js";
import { extractCorpus, type CorpusOptions } from "../pipeline.js";
import type { KnowledgeGraph } from "../types.js";
import { parseCommandArgs } from "./args.js";
import { cliContext, inputsStatus } from "./cli-context.js";
import type { Command } from "./command.js";

const FORMATS: readonly OutputFormat[] = ["graphml", "csv", "coword"];

const usage = `Usage: county-kg build [inputs...] [-o DIR] [options]

Builds the knowledge graph of a corpus: extracts every article, merges entities by canonical id,
adds metrics (degree, PageRank, betweenness, Louvain communities) and a ForceAtlas2 layout, and writes
DIR/graph.gexf (GEXF 1.3, opens in Gephi), DIR/graph.json (for the viewer and scripts) and
DIR/report.md. Inputs default to seeds/, DIR to graph/. Files are replaced atomically: a failed build
leaves the previous graph intact.

Options:
  -o, --out DIR          output folder (default graph)
  --format LIST          more outputs, comma-separated: graphml, csv (nodes.csv/edges.csv for
                         Gephi's spreadsheet import), coword (co-word matrices of the top entities)
  --top N                entities in the co-word matrices (default 50)
  --no-cooccurrence      leave out the sentence co-occurrence edges
  --documents            add document nodes linked to what each document mentions
  --workers N            extraction threads (default: one per core, at most 4; 1 = no threads)
  --cache-dir DIR        per-document cache, so a rebuild re-extracts only changed documents
                         (default .cache/county-kg)
  --no-cache             extract every document again
  --seed N               seed of the layout and community detection (default ${DEFAULT_BUILD_OPTIONS.seed})
  --quiet                no progress on stderr
  -h, --help             this help

Exit status: 0 when every input was read, 1 when some were skipped or the build failed.

Examples:
  county-kg build
  county-kg build articles/ -o out --format csv,coword --top 30`;

export const buildCommand: Command = {
  name: "build",
  summary: "build graph/ (GEXF, JSON, report) from articles (default seeds/)",
  usage,
  async run(args) {
    const { values, positionals } = parseCommandArgs("build", args, {
      out: { type: "string", short: "o", default: "graph" },
      format: { type: "string", default: "" },
      top: { type: "string", default: "50" },
      "no-cooccurrence": { type: "boolean", default: false },
      documents: { type: "boolean", default: false },
      seed: { type: "string", default: String(DEFAULT_BUILD_OPTIONS.seed) },
      workers: { type: "string" },
      "cache-dir": { type: "string", default: ".cache/county-kg" },
      "no-cache": { type: "boolean", default: false },
      quiet: { type: "boolean", default: false },
    });
    const formats = parseFormats(values.format);
    const top = positiveInteger("--top", values.top);
    const seed = positiveInteger("--seed", values.seed);
    const ctx = cliContext("build", values.quiet);
    const inputs = positionals.length > 0 ? positionals : ["seeds"];
    const graph = await assembleCorpusGraph(inputs, ctx, {
      workers: values.workers === undefined ? undefined : positiveInteger("--workers", values.workers),
      cacheDir: values["no-cache"] ? undefined : resolve(values["cache-dir"]),
      cooccurrence: !values["no-cooccurrence"],
      documents: values.documents,
    });
    // The extraction is gone by now: metrics, layout and export hold only the graph.
    measureAndLayOut(graph, seed, ctx);
    const written = await writeOutputs(graph, resolve(values.out), { formats, top }, ctx);
    if (!values.quiet) {
      process.stderr.write(
        `built ${graph.order} nodes and ${graph.size} edges from ${graph.getAttribute("documents").length} documents:\n` +
          written.map((file) => `  ${file}\n`).join(""),
      );
    }
    return inputsStatus("build", ctx);
  },
};

/**
 * Extracts the corpus (merging for a graph: sampled evidence) and assembles its graph, without
 * metrics or layout. Throws E_INPUT_MISSING when no document could be read.
 */
async function assembleCorpusGraph(
  inputs: string[],
  ctx: RunContext,
  options: Pick<CorpusOptions, "workers" | "cacheDir"> & Pick<BuildOptions, "cooccurrence" | "documents">,
): Promise<KnowledgeGraph> {
  const { workers, cacheDir, cooccurrence } = options;
  const extraction = await extractCorpus(inputs, ctx, {
    workers,
    cacheDir,
    retain: "sample",
    cooccurrences: cooccurrence,
  });
  if (extraction.documents.length === 0) {
    throw new CountyKgError("E_INPUT_MISSING", `no document could be read from ${inputs.join(", ")}`, {
      hint: "give folders or files of .txt, .md or .html articles; the previous graph was left as it was",
    });
  }
  return assembleGraph(extraction, options, ctx);
}

function parseFormats(list: string): OutputFormat[] {
  const formats = list
    .split(",")
    .map((f) => f.trim())
    .filter(Boolean);
  for (const format of formats) {
    if (!(FORMATS as readonly string[]).includes(format)) {
      throw new CountyKgError("E_USAGE", `unknown format '${format}'`, { hint: `use ${FORMATS.join(", ")}` });
    }
  }
  return formats as OutputFormat[];
}

function positiveInteger(option: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) {
    throw new CountyKgError("E_USAGE", `${option} takes a whole number of at least 1, not '${value}'`);
  }
  return n;
}
