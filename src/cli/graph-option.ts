/**
 * What the query verbs share: the `--graph` and `--json` options, loading the graph they name, and
 * writing results (JSON on stdout for pipes, text for people).
 */
import { CountyKgError } from "../errors.js";
import { loadGraph } from "../query/load.js";
import type { KnowledgeGraph } from "../types.js";

/** `parseArgs` options of every query verb. */
export const graphOptions = {
  graph: { type: "string", short: "g" },
  json: { type: "boolean" },
} as const;

/** Help lines for `graphOptions`. */
export const GRAPH_OPTIONS_HELP = [
  "  -g, --graph PATH      the graph to read: a folder holding graph.json (default: graph/),",
  "                        or a graph.json or GEXF file (Gephi's GEXF works too)",
  "      --json            print JSON on stdout (messages go to stderr)",
].join("\n");

/** A list for help texts: comma-separated, wrapped at 100 columns, continuation lines indented by 24. */
export function helpList(items: readonly string[]): string {
  const lines: string[] = [];
  let line = "";
  for (const item of items) {
    const next = line ? `${line}, ${item}` : item;
    if (24 + next.length > 100 && line) {
      lines.push(line + ",");
      line = item;
    } else line = next;
  }
  lines.push(line);
  return lines.join(`\n${" ".repeat(24)}`);
}

/** The graph `--graph` names (default `graph/`). */
export function loadGraphOption(values: { graph?: string }): Promise<KnowledgeGraph> {
  return loadGraph(values.graph ?? "graph");
}

/** Writes a value as indented JSON to stdout. */
export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + "\n");
}

/** Writes text for people to stdout. */
export function print(text: string): void {
  process.stdout.write(text + "\n");
}

/** The positional arguments a verb needs, or a usage error naming the missing one. */
export function requirePositionals(command: string, positionals: string[], names: string[]): string[] {
  if (positionals.length < names.length) {
    throw new CountyKgError("E_USAGE", `missing <${names[positionals.length]}>`, {
      hint: `see \`county-kg ${command} --help\``,
    });
  }
  if (positionals.length > names.length) {
    throw new CountyKgError("E_USAGE", `unexpected argument '${positionals[names.length]}'`, {
      hint: `see \`county-kg ${command} --help\` (quote names that contain spaces)`,
    });
  }
  return positionals;
}

/**
 * A comma-separated, repeatable option as a list of allowed values.
 *
 * @throws CountyKgError `E_USAGE` naming the value that is not allowed and listing those that are.
 */
export function listOption<T extends string>(
  command: string,
  option: string,
  values: string[] | undefined,
  allowed: readonly T[],
): T[] | undefined {
  if (!values || values.length === 0) return undefined;
  const list = values
    .flatMap((value) => value.split(","))
    .map((value) => value.trim())
    .filter(Boolean);
  for (const value of list) {
    if (!(allowed as readonly string[]).includes(value)) {
      throw new CountyKgError("E_USAGE", `--${option} '${value}' is not one of: ${allowed.join(", ")}`, {
        hint: `see \`county-kg ${command} --help\``,
      });
    }
  }
  return list as T[];
}

/**
 * A single-valued option restricted to a few values.
 *
 * @throws CountyKgError `E_USAGE` naming the value that is not allowed and listing those that are.
 */
export function choiceOption<T extends string>(
  command: string,
  option: string,
  value: string | undefined,
  allowed: readonly T[],
): T | undefined {
  return value === undefined ? undefined : listOption(command, option, [value], allowed)?.[0];
}

/**
 * A positive integer option, or `fallback` when absent.
 *
 * @throws CountyKgError `E_USAGE` when the value is not a positive integer.
 */
export function integerOption(
  command: string,
  option: string,
  value: string | undefined,
  fallback: number,
): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) {
    throw new CountyKgError("E_USAGE", `--${option} must be a positive whole number, not '${value}'`, {
      hint: `see \`county-kg ${command} --help\``,
    });
  }
  return n;
}
