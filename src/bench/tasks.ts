import { gexfStudy, type GexfStudy } from "./gexf-study.js";
import { layoutStudy, type LayoutFigure } from "./layout-study.js";
import type { StageFigure } from "./measure.js";
import { runQueryBench, type QueryBenchResult } from "./query.js";
import { measureReferences } from "./references.js";
import { measureStages, type StageRun } from "./stages.js";
import { RunContext } from "../context.js";
import { extractCorpus } from "../pipeline.js";

/** Work the harness runs in a child process (see child.ts), as plain data. */
export type BenchTask =
  | { task: "references"; dir: string }
  | { task: "stages"; dir: string; outDir: string }
  | { task: "extract"; dir: string; workers: number }
  | { task: "layout"; sizes: { nodes: number; edges: number }[]; referenceLimit: number; seed: number }
  | { task: "gexf"; dir: string; nodes: number; edges: number; seed: number }
  | { task: "query"; nodes: number; edges: number };

interface TaskResults {
  references: StageFigure[];
  stages: StageRun;
  /** Seconds extractCorpus took (no cache). */
  extract: number;
  layout: LayoutFigure[];
  gexf: GexfStudy;
  query: QueryBenchResult;
}

/** What task `K` returns. */
export type TaskResult<K extends BenchTask["task"]> = TaskResults[K];

/** Runs one task in this process. */
export async function runTask(task: BenchTask): Promise<TaskResults[BenchTask["task"]]> {
  switch (task.task) {
    case "references":
      return measureReferences(task.dir);
    case "stages":
      return measureStages(task.dir, task.outDir);
    case "extract": {
      const start = performance.now();
      await extractCorpus([task.dir], new RunContext(), { workers: task.workers });
      return (performance.now() - start) / 1000;
    }
    case "layout":
      return layoutStudy({
        sizes: task.sizes,
        referenceLimit: task.referenceLimit,
        probeIterations: 20,
        seed: task.seed,
        onFigure: (figure) =>
          process.stderr.write(
            `  layout ${figure.nodes} nodes, ${figure.schedule}: ${(figure.ms / 1000).toFixed(1)} s\n`,
          ),
      });
    case "gexf":
      return gexfStudy(task.dir, task.nodes, task.edges, task.seed);
    case "query":
      return runQueryBench({
        nodes: task.nodes,
        edges: task.edges,
        log: (line) => process.stderr.write(`  query: ${line}\n`),
      });
  }
}
