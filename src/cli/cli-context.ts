import { RunContext } from "../context.js";
import { stderrProgress } from "./progress.js";

/**
 * The run context of a CLI verb: progress on stderr (unless quiet) and every skipped input reported on
 * stderr as it happens, naming the file and what to do.
 */
export function cliContext(command: string, quiet: boolean): RunContext {
  return new RunContext({
    progress: stderrProgress({ quiet }),
    onProblem: (problem) => {
      const where = problem.file ? `${problem.file}: ` : "";
      const hint = problem.hint ? `\n  hint: ${problem.hint}` : "";
      process.stderr.write(`county-kg ${command}: skipped ${where}${problem.message}${hint}\n`);
    },
  });
}

/**
 * The exit status of a run over inputs: 0 when every input was read, 1 when some were skipped (a line
 * on stderr says how many).
 */
export function inputsStatus(command: string, ctx: RunContext): number {
  if (ctx.problems.length === 0) return 0;
  const count = ctx.problems.length;
  process.stderr.write(
    `county-kg ${command}: ${count} input${count === 1 ? " was" : "s were"} skipped (see above); exit status 1\n`,
  );
  return 1;
}
