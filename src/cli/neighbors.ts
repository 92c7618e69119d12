import { EDGE_KINDS, LOADED_EDGE_KINDS, LOADED_NODE_KINDS, NODE_KINDS } from "../query/kinds.js";
import { resolveEntity } from "../query/find.js";
import { neighbors, type Neighbor } from "../query/neighbors.js";
import { DIRECTIONS } from "../query/adjacency.js";
import { parseCommandArgs } from "./args.js";
import type { Command } from "./command.js";
import {
  GRAPH_OPTIONS_HELP,
  choiceOption,
  graphOptions,
  helpList,
  integerOption,
  listOption,
  loadGraphOption,
  print,
  printJson,
  requirePositionals,
} from "./graph-option.js";
import { formatTable, truncate } from "./table.js";

const usage = `Usage: county-kg neighbors <entity> [options]

Who an entity is connected to: the relation, its direction, the distance in hops, the weight (number of
evidence sentences) and the first sentence that states it. <entity> is a name (Simplified or
Traditional), a short name (安吉), pinyin (anji), a GB/T 2260 code or an id.

Options:
  -r, --relation KIND   follow only these edges (repeat or comma-separate):
                        ${helpList(EDGE_KINDS)}
  -d, --direction DIR   in, out or both (default both); "in": who points at the entity
      --depth N         look up to N hops away (default 1)
  -t, --type KIND       list only neighbours of these kinds (repeat or comma-separate):
                        ${helpList(NODE_KINDS)}
  -n, --limit N         at most N rows
${GRAPH_OPTIONS_HELP}

Examples:
  county-kg neighbors 安吉
  county-kg neighbors 安吉 --relation benchmarks --direction in
  county-kg neighbors 510904 --depth 2 --type region --json`;

function arrow(row: Neighbor): string {
  return row.direction === "out" ? "→" : "←";
}

/** `county-kg neighbors`: the neighbourhood of one entity, as a table or JSON. */
export const neighborsCommand: Command = {
  name: "neighbors",
  summary: "list the neighbours of an entity, with relations and evidence",
  usage,
  async run(args) {
    const { values, positionals } = parseCommandArgs("neighbors", args, {
      ...graphOptions,
      relation: { type: "string", short: "r", multiple: true },
      direction: { type: "string", short: "d" },
      depth: { type: "string" },
      type: { type: "string", short: "t", multiple: true },
      limit: { type: "string", short: "n" },
    });
    const [query] = requirePositionals("neighbors", positionals, ["entity"]);
    const direction = choiceOption("neighbors", "direction", values.direction, DIRECTIONS);
    const options = {
      relations: listOption("neighbors", "relation", values.relation, LOADED_EDGE_KINDS),
      direction,
      depth: integerOption("neighbors", "depth", values.depth, 1),
      types: listOption("neighbors", "type", values.type, LOADED_NODE_KINDS),
      limit: values.limit === undefined ? undefined : integerOption("neighbors", "limit", values.limit, 0),
    };
    const graph = await loadGraphOption(values);
    const entity = resolveEntity(graph, query!);
    const rows = neighbors(graph, entity.id, options);
    if (values.json) {
      printJson({ entity, neighbors: rows });
      return 0;
    }
    print(`${entity.name} (${entity.id}): ${rows.length} neighbour${rows.length === 1 ? "" : "s"}`);
    if (rows.length === 0) return 0;
    const deep = options.depth > 1;
    print(
      formatTable(
        [
          ...(deep ? [{ header: "depth", right: true }, { header: "via" }] : []),
          { header: "relation" },
          { header: "" },
          { header: "neighbour" },
          { header: "kind" },
          { header: "code" },
          { header: "weight", right: true },
          { header: "evidence" },
        ],
        rows.map((row) => [
          ...(deep ? [String(row.depth), graph.getNodeAttribute(row.via, "name")] : []),
          row.relation,
          arrow(row),
          row.name,
          row.kind,
          row.code ?? "",
          String(row.weight),
          truncate(row.evidence[0]?.text ?? "", 40),
        ]),
      ),
    );
    return 0;
  },
};
