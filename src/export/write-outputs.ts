import { join } from "node:path";
import type { RunContext } from "../context.js";
import type { KnowledgeGraph } from "../types.js";
import { writeFilesAtomically } from "./atomic-write.js";
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

/** One output file: its name and how to produce its content. */
interface Rendering {
  name: string;
  render: () => string;
}

function renderings(graph: KnowledgeGraph, options: OutputOptions): Rendering[] {
  const formats = new Set(options.formats);
  const list: Rendering[] = [
    { name: "graph.gexf", render: () => toGexf(graph) },
    { name: "graph.json", render: () => toJson(graph) },
    { name: "report.md", render: () => toReport(graph, options.top) },
  ];
  if (formats.has("graphml")) list.push({ name: "graph.graphml", render: () => toGraphml(graph) });
  if (formats.has("csv")) {
    list.push({ name: "nodes.csv", render: () => toNodesCsv(graph) });
    list.push({ name: "edges.csv", render: () => toEdgesCsv(graph) });
  }
  if (formats.has("coword")) {
    let matrices: ReturnType<typeof cowordMatrices> | undefined;
    const coword = () => (matrices ??= cowordMatrices(graph, options.top));
    list.push({ name: "coword.csv", render: () => coword().counts });
    list.push({ name: "coword-jaccard.csv", render: () => coword().jaccard });
  }
  return list;
}

/**
 * Writes the graph's files into `outDir`: always graph.gexf, graph.json and report.md, plus the
 * requested formats (graphml → graph.graphml; csv → nodes.csv, edges.csv; coword → coword.csv,
 * coword-jaccard.csv). Each file is produced and written to a temporary file in turn (one content
 * held at a time); only once all are written are they renamed over the previous outputs, so a failure
 * leaves those intact.
 * @returns the written paths, in the order above.
 * @throws CountyKgError E_OUTPUT when `outDir` or a file in it cannot be written.
 */
export async function writeOutputs(
  graph: KnowledgeGraph,
  outDir: string,
  options: OutputOptions,
  ctx: RunContext,
): Promise<string[]> {
  const files = renderings(graph, options).map(({ name, render }) => ({
    path: join(outDir, name),
    content: render,
  }));
  ctx.progress.start("export", files.length);
  const written = await writeFilesAtomically(files, (count) => ctx.progress.update(count));
  ctx.progress.end(`${written.length} files in ${outDir}`);
  return written;
}
