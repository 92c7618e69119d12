import { resolveEntity } from "../query/find.js";
import { neighbors } from "../query/neighbors.js";
import { parseCommandArgs } from "./args.js";
import type { Command } from "./command.js";
import {
  GRAPH_OPTIONS_HELP,
  graphOptions,
  loadGraphOption,
  print,
  printJson,
  requirePositionals,
} from "./graph-option.js";
import { formatTable, truncate } from "./table.js";

const usage = `Usage: county-kg show <entity> [options]

Everything the graph knows about one entity: kind, code, level, containing units, aliases, mention
counts, centrality, its relations (one line per edge) and the first sentences that mention it.

Options:
${GRAPH_OPTIONS_HELP}

Examples:
  county-kg show 游仙区
  county-kg show 510904 --json
  county-kg show 乡村振兴 --graph graph/graph.gexf`;

/** Attributes that only place a node on screen: left out of `show`. */
const LAYOUT = new Set(["x", "y", "size", "color"]);

/** `county-kg show`: one entity in full. */
export const showCommand: Command = {
  name: "show",
  summary: "show one entity: attributes, relations and where it is mentioned",
  usage,
  async run(args) {
    const { values, positionals } = parseCommandArgs("show", args, graphOptions);
    const [query] = requirePositionals("show", positionals, ["entity"]);
    const graph = await loadGraphOption(values);
    const { id } = resolveEntity(graph, query!);
    const attributes = graph.getNodeAttributes(id);
    const relations = neighbors(graph, id).map(({ relation, direction, id: other, name, weight, edge }) => ({
      relation,
      direction,
      id: other,
      name,
      weight,
      edge,
    }));
    if (values.json) {
      const shown = Object.fromEntries(Object.entries(attributes).filter(([key]) => !LAYOUT.has(key)));
      printJson({ id, attributes: shown, relations });
      return 0;
    }
    const facts: [string, string][] = [
      ["kind", attributes.kind + (attributes.level ? ` (${attributes.level})` : "")],
      ["code", attributes.code ?? ""],
      ["within", (attributes.parentChain ?? []).join(" › ")],
      ["aliases", attributes.aliases.join(", ")],
      ["roles", (attributes.roles ?? []).join(", ")],
      [
        "mentions",
        `${attributes.mentions} in ${attributes.documents} document${attributes.documents === 1 ? "" : "s"}`,
      ],
      ["degree", `${attributes.degree} (weighted ${attributes.weightedDegree})`],
      ["pagerank", attributes.pagerank.toFixed(4)],
      ["community", String(attributes.community)],
    ];
    print(`${attributes.name}  ${id}`);
    for (const [label, value] of facts) if (value) print(`  ${label.padEnd(10)}${value}`);
    if (relations.length > 0) {
      print(`\nRelations (${relations.length}):`);
      print(
        formatTable(
          [
            { header: "relation" },
            { header: "" },
            { header: "entity" },
            { header: "id" },
            { header: "weight", right: true },
          ],
          relations.map((row) => [
            row.relation,
            row.direction === "out" ? "→" : "←",
            row.name,
            row.id,
            String(row.weight),
          ]),
        ),
      );
    }
    if (attributes.occurrences.length > 0) {
      print(`\nMentioned in (first 3 of ${attributes.occurrences.length}):`);
      for (const occurrence of attributes.occurrences.slice(0, 3)) {
        print(`  [${occurrence.doc}] ${truncate(occurrence.text, 70)}`);
      }
    }
    return 0;
  },
};
