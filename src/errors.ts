/** Error codes: each names one kind of problem a user can act on. */
export type ErrorCode =
  | "E_USAGE"
  | "E_INPUT_MISSING"
  | "E_INPUT_EMPTY"
  | "E_INPUT_BINARY"
  | "E_DECODE"
  | "E_INPUT_UNSUPPORTED"
  | "E_OUTPUT"
  | "E_GRAPH_MISSING"
  | "E_GRAPH_MALFORMED"
  | "E_ENTITY_UNKNOWN"
  | "E_ENTITY_AMBIGUOUS"
  | "E_DATA";

/**
 * The one error class of county-kg. `message` says what went wrong (naming the file where there is
 * one); `hint` says what to do about it.
 */
export class CountyKgError extends Error {
  readonly code: ErrorCode;
  readonly file?: string;
  readonly hint?: string;

  constructor(
    code: ErrorCode,
    message: string,
    options: { file?: string; hint?: string; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "CountyKgError";
    this.code = code;
    this.file = options.file;
    this.hint = options.hint;
  }
}

/** One line for a human: `file: message (hint)`. */
export function formatError(error: unknown): string {
  if (error instanceof CountyKgError) {
    const where = error.file && !error.message.includes(error.file) ? `${error.file}: ` : "";
    return `${where}${error.message}${error.hint ? `\n  hint: ${error.hint}` : ""}`;
  }
  return error instanceof Error ? error.message : String(error);
}
