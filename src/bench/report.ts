import type { CorpusManifest } from "./corpus.js";
import type { ProfileSummary } from "./cpu-profile.js";
import { formatQueryBench, type QueryBenchResult } from "./query.js";
import type { GexfStudy } from "./gexf-study.js";
import type { LayoutFigure } from "./layout-study.js";
import { MB, megabytesPerSecond, perMegabyteGrowth, type StageFigure } from "./measure.js";
import type { BenchOptions } from "./options.js";
import type { CliRun, IncrementalCheck } from "./scale.js";
import { formatCell, formatTable } from "./table.js";

/** Figures of one corpus tier. */
export interface TierReport {
  corpus: CorpusManifest;
  /** Pipeline stages, in pipeline order. */
  stages: StageFigure[];
  stagesPeakRssMB?: number;
  /** Size of the graph built from the tier. */
  graph?: { nodes: number; edges: number };
  references: StageFigure[];
  referencesPeakRssMB?: number;
}

/** The scale checks: memory of a streaming build, worker speedup, incremental rebuild. */
export interface ScaleReport {
  streaming?: { megabytes: number; run: CliRun };
  speedup?: {
    megabytes: number;
    oneWorkerSeconds: number;
    twoWorkersSeconds: number;
    speedup: number;
    /** One-minute load average before the one-worker run, between the runs, after the two-worker run. */
    load?: number[];
  };
  incremental?: IncrementalCheck;
}

/** Everything one run measured: what `npm run bench` writes as JSON. */
export interface BenchReport {
  started: string;
  finished?: string;
  machine: { cores: number; node: string; loadStart: number[]; loadEnd?: number[] };
  options: BenchOptions;
  tiers: TierReport[];
  layout?: LayoutFigure[];
  gexf?: GexfStudy;
  scale?: ScaleReport;
  query?: QueryBenchResult;
}

/** The stage whose throughput is compared with jieba's. */
export const WHOLE_EXTRACTION = "extraction (whole)";

/** Throughput of `stage` in a list of figures, when it was measured. */
function throughput(figures: readonly StageFigure[], stage: string): number | undefined {
  const figure = figures.find((candidate) => candidate.stage === stage);
  return figure ? megabytesPerSecond(figure.bytes, figure.cpuMs) : undefined;
}

/** Whole extraction over jieba segmentation, both in MB/s of the same files. */
export function extractJiebaRatio(tier: TierReport): number | undefined {
  const extraction = throughput(tier.stages, WHOLE_EXTRACTION);
  const jieba = throughput(tier.references, "jieba");
  return extraction !== undefined && jieba !== undefined ? extraction / jieba : undefined;
}

/** All tables of a report; the stage table comes last and ends with `ratio extract/jieba: R`. */
export function printReport(report: BenchReport): string {
  const parts: string[] = [];
  if (report.layout) parts.push(layoutTable(report.layout));
  if (report.gexf) parts.push(gexfTable(report.gexf));
  if (report.scale) parts.push(scaleTable(report.scale));
  if (report.query) parts.push(formatQueryBench(report.query));
  parts.push(stageTable(report));
  return parts.join("\n\n");
}

function stageTable(report: BenchReport): string {
  const { tiers } = report;
  const first = tiers[0];
  const last = tiers[tiers.length - 1];
  const names = [
    ...new Set(tiers.flatMap((tier) => [...tier.stages, ...tier.references].map((figure) => figure.stage))),
  ];
  const header = ["stage (MB per CPU-second)", ...tiers.map((tier) => `${tier.corpus.megabytes} MB`)];
  const growing = first && last && first !== last;
  if (growing) header.push(`ms/MB ${first.corpus.megabytes}→${last.corpus.megabytes}`);
  const rows = names.map((stage) => {
    const row: (string | number)[] = [stage];
    for (const tier of tiers) row.push(formatCell(throughput([...tier.stages, ...tier.references], stage)));
    if (growing) {
      const find = (tier: TierReport) =>
        [...tier.stages, ...tier.references].find((figure) => figure.stage === stage);
      const small = find(first);
      const large = find(last);
      row.push(small && large ? `${(perMegabyteGrowth(small, large) * 100).toFixed(0)}%` : "–");
    }
    return row;
  });
  rows.push(["documents", ...tiers.map((tier) => tier.corpus.documents)]);
  rows.push([
    "RSS MB after extraction",
    ...tiers.map((tier) => formatCell(tier.stages.find((f) => f.stage === "extract+resolve")?.rssMB)),
  ]);
  rows.push([
    "RSS MB after layout",
    ...tiers.map((tier) => formatCell(tier.stages.find((f) => f.stage === "layout")?.rssMB)),
  ]);
  rows.push(["corpus MB", ...tiers.map((tier) => tier.corpus.bytes / MB)]);
  rows.push([
    "graph nodes / edges",
    ...tiers.map((tier) => (tier.graph ? `${tier.graph.nodes} / ${tier.graph.edges}` : "–")),
  ]);
  rows.push(["peak RSS MB, pipeline", ...tiers.map((tier) => formatCell(tier.stagesPeakRssMB))]);
  rows.push(["peak RSS MB, references", ...tiers.map((tier) => formatCell(tier.referencesPeakRssMB))]);
  rows.push(["extract/jieba", ...tiers.map((tier) => `${formatCell(extractJiebaRatio(tier))}×`)]);
  const ratio = last ? extractJiebaRatio(last) : undefined;
  const load = `load average ${report.machine.loadStart.map((value) => value.toFixed(1)).join(" ")} at start, ${(report.machine.loadEnd ?? []).map((value) => value.toFixed(1)).join(" ")} at end, ${report.machine.cores} cores`;
  return `${formatTable(header, rows)}\n${load}\nratio extract/jieba: ${ratio === undefined ? "n/a (pipeline not measured)" : ratio.toFixed(2)}`;
}

function layoutTable(figures: readonly LayoutFigure[]): string {
  return formatTable(
    ["layout", "nodes", "edges", "CPU s", "time/ref", "kNN vs ref", "dist r vs ref", "nbr recall", "edge CV"],
    figures.map((figure) => [
      figure.schedule + (figure.estimated ? " (estimated)" : ""),
      figure.nodes,
      figure.edges,
      figure.ms / 1000,
      formatCell(figure.timeRatio),
      formatCell(figure.preservation),
      formatCell(figure.distanceCorrelation),
      formatCell(figure.recall),
      formatCell(figure.edgeSpread),
    ]),
  );
}

function gexfTable(study: GexfStudy): string {
  const table = formatTable(
    [`GEXF ${study.nodes} nodes/${study.edges} edges`, "file MB", "s", "MB/s"],
    study.figures.map((figure) => [
      `${figure.library} ${figure.operation}`,
      figure.bytes / MB,
      figure.ms / 1000,
      figure.mbPerSecond,
    ]),
  );
  const shares = (summary: ProfileSummary) =>
    [...summary.byPackage.slice(0, 4), ...summary.byFunction.slice(0, 3)]
      .map((share) => `${share.where} ${(share.share * 100).toFixed(0)}%`)
      .join(", ");
  return [
    table,
    `graphology-gexf read, own file, self time: ${shares(study.readProfile)}`,
    `graphology-gexf read, networkx file, self time: ${shares(study.readOtherProfile)}`,
  ].join("\n");
}

function scaleTable(scale: ScaleReport): string {
  const rows: (string | number)[][] = [];
  if (scale.streaming) {
    const { run, megabytes } = scale.streaming;
    rows.push([
      `build ${megabytes} MB (peak RSS, target ≤ 1500 MB)`,
      `${formatCell(run.peakRssMB)} MB`,
      `${formatCell(run.seconds)} s (load ${formatCell(run.load)})`,
    ]);
  }
  if (scale.speedup) {
    const { megabytes, oneWorkerSeconds, twoWorkersSeconds, speedup, load } = scale.speedup;
    rows.push([
      `extraction ${megabytes} MB, 1 → 2 workers (target ≥ 1.7×)`,
      `${formatCell(speedup)}×`,
      `${formatCell(oneWorkerSeconds)} s → ${formatCell(twoWorkersSeconds)} s` +
        (load ? ` (load ${load.map(formatCell).join(" → ")})` : ""),
    ]);
  }
  if (scale.incremental) {
    const { documents, full, incremental, ratio, cpuRatio, differing } = scale.incremental;
    rows.push([
      `rebuild ${documents} docs after 1 changed, wall (target < 10%)`,
      `${(ratio * 100).toFixed(1)}%`,
      `${formatCell(incremental.seconds)} s of ${formatCell(full.seconds)} s (load ${formatCell(incremental.load)}, ${formatCell(full.load)})`,
    ]);
    rows.push([
      `rebuild ${documents} docs after 1 changed, CPU`,
      `${(cpuRatio * 100).toFixed(1)}%`,
      `${formatCell(incremental.cpuSeconds)} s of ${formatCell(full.cpuSeconds)} s`,
    ]);
    rows.push([
      "rebuild output = full build output",
      differing.length === 0 ? "identical" : `differs: ${differing.join(", ")}`,
      "",
    ]);
  }
  return formatTable(["scale check", "result", "detail"], rows);
}
