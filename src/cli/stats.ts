import { stats, type RankedEntity } from "../query/stats.js";
import { parseCommandArgs } from "./args.js";
import type { Command } from "./command.js";
import {
  GRAPH_OPTIONS_HELP,
  graphOptions,
  integerOption,
  loadGraphOption,
  print,
  printJson,
  requirePositionals,
} from "./graph-option.js";
import { formatTable } from "./table.js";

const usage = `Usage: county-kg stats [options]

Summary figures of the graph: node and edge counts, density, documents, counts per entity kind and per
relation, connected components, and the most central entities by PageRank and by degree.

Options:
      --top N           length of the top lists (default 10)
${GRAPH_OPTIONS_HELP}

Examples:
  county-kg stats
  county-kg stats --top 20 --graph graph/graph.gexf
  county-kg stats --json`;

function counts(title: string, record: Record<string, number>): string {
  return formatTable(
    [{ header: title }, { header: "count", right: true }],
    Object.entries(record).map(([key, value]) => [key, String(value)]),
  );
}

function ranking(title: string, list: RankedEntity[], digits: number): string {
  return formatTable(
    [{ header: title, right: true }, { header: "name" }, { header: "kind" }, { header: "id" }],
    list.map((entry) => [entry.value.toFixed(digits), entry.name, entry.kind, entry.id]),
  );
}

/** `county-kg stats`: summary figures of the graph. */
export const statsCommand: Command = {
  name: "stats",
  summary: "summarize the graph: counts by kind and relation, density, most central entities",
  usage,
  async run(args) {
    const { values, positionals } = parseCommandArgs("stats", args, {
      ...graphOptions,
      top: { type: "string" },
    });
    requirePositionals("stats", positionals, []);
    const top = integerOption("stats", "top", values.top, 10);
    const graph = await loadGraphOption(values);
    const summary = stats(graph, { top });
    if (values.json) {
      printJson(summary);
      return 0;
    }
    print(
      [
        `nodes       ${summary.nodes}`,
        `edges       ${summary.edges}`,
        `density     ${summary.density.toPrecision(3)}`,
        `documents   ${summary.documents}`,
        `components  ${summary.components} (largest ${summary.largestComponent} nodes, ${summary.isolated} isolated)`,
        "",
        counts("kind", summary.byKind),
        "",
        counts("relation", summary.byRelation),
        "",
        ranking("pagerank", summary.topByPagerank, 4),
        "",
        ranking("degree", summary.topByDegree, 0),
      ].join("\n"),
    );
    return 0;
  },
};
