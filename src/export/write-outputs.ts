import { join } from "node:path";
import type { RunContext } from "../context.js";
import type { KnowledgeGraph } from "../types.js";
import { writeFilesAtomically, type OutputFile } from "./atomic-write.js";
import { cowordMatrices } from "./coword.js";
import { toEdgesCsv, toNodesCsv } from "./csv.js";
import { toGexf } from "./gexf.js";
import { toGraphml } from "./graphml.js";
import { toJson } from "./json.js";
import { toReport } from "./report.js";

/** Formats written on request, besides graph.gexf, graph.json and report.md which are always written. */
export type OutputFormat = "graphml" | "csv" | "coword";

/** Every optional format, in the order they are written (for validating `--format`). */
export const OUTPUT_FORMATS: readonly OutputFormat[] = ["graphml", "csv", "coword"];

/** What `writeOutputs` writes beyond the three files it always writes. */
export interface OutputOptions {
  formats: OutputFormat[];
  /** How many entities the report's rankings and the co-word matrices list. */
  top: number;
}

/** Produces the files of one format in memory: [file name, content] pairs. */
type Renderer = () => [string, string][];

function renderers(graph: KnowledgeGraph, options: OutputOptions): Renderer[] {
  const formats = new Set(options.formats);
  const list: Renderer[] = [
    () => [["graph.gexf", toGexf(graph)]],
    () => [["graph.json", toJson(graph)]],
    () => [["report.md", toReport(graph, options.top)]],
  ];
  if (formats.has("graphml")) list.push(() => [["graph.graphml", toGraphml(graph)]]);
  if (formats.has("csv")) {
    list.push(() => [
      ["nodes.csv", toNodesCsv(graph)],
      ["edges.csv", toEdgesCsv(graph)],
    ]);
  }
  if (formats.has("coword")) {
    list.push(() => {
      const matrices = cowordMatrices(graph, options.top);
      return [
        ["coword.csv", matrices.counts],
        ["coword-jaccard.csv", matrices.jaccard],
      ];
    });
  }
  return list;
}

/**
 * Writes the graph's files into `outDir`: always graph.gexf, graph.json and report.md, plus the
 * requested formats (graphml → graph.graphml; csv → nodes.csv, edges.csv; coword → coword.csv,
 * coword-jaccard.csv). All contents are produced in memory first, then each file is replaced
 * atomically, so a failure leaves the previous outputs intact.
 * @returns the written paths, in the order above.
 * @throws CountyKgError E_OUTPUT when `outDir` or a file in it cannot be written.
 */
export async function writeOutputs(
  graph: KnowledgeGraph,
  outDir: string,
  options: OutputOptions,
  ctx: RunContext,
): Promise<string[]> {
  const formats = renderers(graph, options);
  ctx.progress.start("export", formats.length);
  const files: OutputFile[] = [];
  for (const [i, render] of formats.entries()) {
    for (const [name, content] of render()) files.push({ path: join(outDir, name), content });
    ctx.progress.update(i + 1);
  }
  const written = await writeFilesAtomically(files);
  ctx.progress.end(`${written.length} files in ${outDir}`);
  return written;
}
