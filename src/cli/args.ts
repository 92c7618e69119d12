import { parseArgs, type ParseArgsConfig } from "node:util";
import { CountyKgError } from "../errors.js";

/**
 * `util.parseArgs` with positionals allowed and its errors turned into a usage error that names the
 * command and points at its `--help`.
 */
export function parseCommandArgs<T extends NonNullable<ParseArgsConfig["options"]>>(
  command: string,
  args: string[],
  options: T,
): ReturnType<typeof parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true }>> {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new CountyKgError("E_USAGE", message, { hint: `see \`county-kg ${command} --help\`` });
  }
}
