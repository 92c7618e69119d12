import { toExtractionJson } from "../export/extraction-json.js";
import { CountyKgError } from "../errors.js";
import { extractCorpus } from "../pipeline.js";
import type { Extraction } from "../types.js";
import { parseCommandArgs } from "./args.js";
import { cliContext, inputsStatus } from "./cli-context.js";
import type { Command } from "./command.js";

const usage = `Usage: county-kg extract <files or folders>... [--json] [--quiet]

Reads articles (.txt, .md, .html, .htm; folders recursively; UTF-8, UTF-16, GB18030/GBK or Big5),
extracts regions, programs, industries, organizations, people and their relations, and prints them.

Options:
  --json     print the extraction as JSON on stdout (documents, entities with codes, aliases and
             mentions, relations with evidence; offsets are into the original file text)
  --quiet    no progress on stderr
  -h, --help this help

Exit status: 0 when every input was read, 1 when some were skipped (each is named on stderr),
2 on a usage error.

Examples:
  county-kg extract seeds
  county-kg extract seeds/004_6131dccae1cacb7b.txt --json > extraction.json`;

export const extractCommand: Command = {
  name: "extract",
  summary: "extract entities and relations from articles (a summary, or --json)",
  usage,
  async run(args) {
    const { values, positionals } = parseCommandArgs("extract", args, {
      json: { type: "boolean", default: false },
      quiet: { type: "boolean", default: false },
    });
    if (positionals.length === 0) {
      throw new CountyKgError("E_USAGE", "no input given", {
        hint: "name files or folders, e.g. `county-kg extract seeds`",
      });
    }
    const ctx = cliContext("extract", values.quiet);
    const extraction = await extractCorpus(positionals, ctx);
    process.stdout.write(
      values.json ? JSON.stringify(toExtractionJson(extraction), null, 2) + "\n" : summary(extraction),
    );
    return inputsStatus("extract", ctx);
  },
};

const PEER_KINDS = new Set(["benchmarks", "learns_from", "cooperates_with"]);

/** A readable summary: documents, counts by kind, and the peer relations between regions. */
function summary(extraction: Extraction): string {
  const names = new Map(extraction.entities.map((e) => [e.id, e.name]));
  const lines: string[] = [];
  lines.push(`${extraction.documents.length} documents`);
  for (const d of extraction.documents) {
    const about = d.subject ? `  [${names.get(d.subject) ?? d.subject}]` : "";
    lines.push(`  ${d.id}  ${d.date ?? "          "}  ${d.title ?? "(untitled)"}${about}`);
  }
  const byKind = new Map<string, number>();
  for (const e of extraction.entities) byKind.set(e.kind, (byKind.get(e.kind) ?? 0) + 1);
  lines.push("", `${extraction.entities.length} entities`);
  for (const [kind, count] of [...byKind].sort()) lines.push(`  ${kind.padEnd(13)} ${count}`);
  const byRelation = new Map<string, number>();
  for (const r of extraction.relations) byRelation.set(r.kind, (byRelation.get(r.kind) ?? 0) + 1);
  lines.push("", `${extraction.relations.length} relations`);
  for (const [kind, count] of [...byRelation].sort()) lines.push(`  ${kind.padEnd(19)} ${count}`);
  const peers = extraction.relations.filter((r) => PEER_KINDS.has(r.kind));
  if (peers.length > 0) {
    lines.push("", "peer relations");
    for (const r of peers) {
      const aspect = r.aspect ? `  (${r.aspect})` : "";
      lines.push(
        `  ${names.get(r.source) ?? r.source} ${r.kind} ${names.get(r.target) ?? r.target}${aspect}`,
      );
    }
  }
  return lines.join("\n") + "\n";
}
