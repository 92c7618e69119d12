/**
 * The `county-kg` command line: a thin dispatcher over one module per verb in `src/cli/`.
 * Every verb prints its own `--help`; errors are one readable line on stderr, never a stack trace.
 */
import { CountyKgError, formatError } from "../errors.js";
import type { Command } from "./command.js";
import { commands } from "./commands.js";

function mainUsage(list: readonly Command[]): string {
  const width = Math.max(...list.map((c) => c.name.length));
  return [
    "county-kg: knowledge graphs from Chinese regional-development articles",
    "",
    "Usage: county-kg <command> [options]",
    "",
    "Commands:",
    ...list.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "Run `county-kg <command> --help` for the options of one command.",
    "Quick start: `county-kg build` turns seeds/ into graph/ (graph.gexf opens in Gephi).",
  ].join("\n");
}

export async function main(argv: string[]): Promise<number> {
  const [verb, ...rest] = argv;
  if (verb === undefined || verb === "--help" || verb === "-h" || verb === "help") {
    process.stdout.write(mainUsage(commands) + "\n");
    return verb === undefined ? 2 : 0;
  }
  if (verb === "--version" || verb === "-v") {
    const { createRequire } = await import("node:module");
    const pkg = createRequire(import.meta.url)("../../package.json") as { version: string };
    process.stdout.write(pkg.version + "\n");
    return 0;
  }
  const command = commands.find((c) => c.name === verb);
  if (!command) {
    process.stderr.write(`county-kg: unknown command '${verb}'\n\n${mainUsage(commands)}\n`);
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    process.stdout.write(command.usage + "\n");
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    process.stderr.write(`county-kg ${verb}: ${formatError(error)}\n`);
    return error instanceof CountyKgError && error.code === "E_USAGE" ? 2 : 1;
  }
}
