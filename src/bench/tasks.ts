import { gexfStudy, type GexfStudy } from "./gexf-study.js";
import { layoutStudy, type LayoutFigure } from "./layout-study.js";
import type { StageFigure } from "./measure.js";
import { measureReferences } from "./references.js";

/** Work the harness runs in a child process (see child.ts), as plain data. */
export type BenchTask =
  | { task: "references"; dir: string }
  | { task: "layout"; sizes: { nodes: number; edges: number }[]; referenceLimit: number; seed: number }
  | { task: "gexf"; dir: string; nodes: number; edges: number; seed: number };

interface TaskResults {
  references: StageFigure[];
  layout: LayoutFigure[];
  gexf: GexfStudy;
}

/** What task `K` returns. */
export type TaskResult<K extends BenchTask["task"]> = TaskResults[K];

/** Runs one task in this process. */
export async function runTask(task: BenchTask): Promise<TaskResults[BenchTask["task"]]> {
  switch (task.task) {
    case "references":
      return measureReferences(task.dir);
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
  }
}
