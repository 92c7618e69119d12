import { CountyKgError, formatError, type ErrorCode } from "./errors.js";

/** Something that went wrong with one input while the run went on. */
export interface Problem {
  code: ErrorCode;
  file?: string;
  message: string;
  hint?: string;
}

/** Reports progress of long work. Implementations write to stderr; `silentProgress` writes nothing. */
export interface Progress {
  /** Begin a phase of `total` units (files, iterations …). */
  start(phase: string, total: number): void;
  /** `done` units of the current phase are finished; `bytes` processed so far, when meaningful. */
  update(done: number, bytes?: number): void;
  /** The current phase is over. */
  end(summary?: string): void;
}

export const silentProgress: Progress = { start() {}, update() {}, end() {} };

/**
 * Carried through every stage of a run: progress, and the problems collected on the way (a bad input
 * is recorded here and the run goes on with the others).
 */
export class RunContext {
  readonly problems: Problem[] = [];
  readonly progress: Progress;
  private readonly onProblem: (problem: Problem) => void;

  constructor(options: { progress?: Progress; onProblem?: (problem: Problem) => void } = {}) {
    this.progress = options.progress ?? silentProgress;
    this.onProblem = options.onProblem ?? (() => {});
  }

  /** Records a problem with one input; `error` becomes a Problem (unknown errors get code E_DATA). */
  report(error: unknown, file?: string): void {
    const problem: Problem =
      error instanceof CountyKgError
        ? { code: error.code, file: error.file ?? file, message: error.message, hint: error.hint }
        : { code: "E_DATA", file, message: formatError(error) };
    this.problems.push(problem);
    this.onProblem(problem);
  }
}
