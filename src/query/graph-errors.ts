import { CountyKgError } from "../errors.js";

/** There is no graph where one was asked for: the hint says how to build it. */
export function missing(message: string, file: string): CountyKgError {
  return new CountyKgError("E_GRAPH_MISSING", message, {
    file,
    hint: "run `npm run graph` (or `county-kg build`) first",
  });
}

/** A graph file that cannot be used: `what` says what is wrong with it. */
export function malformed(file: string, what: string, cause?: unknown): CountyKgError {
  return new CountyKgError("E_GRAPH_MALFORMED", `${file}: ${what}`, {
    file,
    hint: "rebuild it with `county-kg build`, or pass another file with --graph",
    cause,
  });
}
