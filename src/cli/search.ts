import { LOADED_NODE_KINDS, NODE_KINDS } from "../query/kinds.js";
import { searchEntities } from "../query/find.js";
import { parseCommandArgs } from "./args.js";
import type { Command } from "./command.js";
import {
  GRAPH_OPTIONS_HELP,
  graphOptions,
  helpList,
  integerOption,
  listOption,
  loadGraphOption,
  print,
  printJson,
  requirePositionals,
} from "./graph-option.js";
import { formatTable } from "./table.js";

const usage = `Usage: county-kg search <query> [options]

Entities whose names match <query>, best first: exact names, aliases, Traditional forms, short names
(游仙 for 游仙区), pinyin (youxian, yx), codes and ids; then names containing the query (or pinyin
starting with it); then similar names. Exit status 1 when nothing matches.

Options:
  -t, --type KIND       only entities of these kinds (repeat or comma-separate):
                        ${helpList(NODE_KINDS)}
  -n, --limit N         at most N hits (default 20)
${GRAPH_OPTIONS_HELP}

Examples:
  county-kg search 遊仙
  county-kg search youxian
  county-kg search 乡村 --type program --json`;

/** `county-kg search`: entities by name, short name, pinyin or code. */
export const searchCommand: Command = {
  name: "search",
  summary: "find entities by name, Traditional form, short name, pinyin or code",
  usage,
  async run(args) {
    const { values, positionals } = parseCommandArgs("search", args, {
      ...graphOptions,
      type: { type: "string", short: "t", multiple: true },
      limit: { type: "string", short: "n" },
    });
    const [query] = requirePositionals("search", positionals, ["query"]);
    const kinds = listOption("search", "type", values.type, LOADED_NODE_KINDS);
    const limit = integerOption("search", "limit", values.limit, 20);
    const graph = await loadGraphOption(values);
    const hits = searchEntities(graph, query!, { kinds, limit });
    if (values.json) printJson(hits);
    else if (hits.length > 0) {
      print(
        formatTable(
          [
            { header: "id" },
            { header: "name" },
            { header: "kind" },
            { header: "code" },
            { header: "within" },
            { header: "matched by" },
          ],
          hits.map((hit) => [
            hit.id,
            hit.name,
            hit.kind,
            hit.code ?? "",
            hit.parentChain.join(" › "),
            hit.matchedBy,
          ]),
        ),
      );
    }
    if (hits.length === 0) process.stderr.write(`county-kg search: nothing matches "${query}"\n`);
    return hits.length > 0 ? 0 : 1;
  },
};
