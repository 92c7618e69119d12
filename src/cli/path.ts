import { EDGE_KINDS, LOADED_EDGE_KINDS } from "../query/kinds.js";
import { resolveEntity } from "../query/find.js";
import { shortestPath } from "../query/path.js";
import { DIRECTIONS } from "../query/adjacency.js";
import { parseCommandArgs } from "./args.js";
import type { Command } from "./command.js";
import {
  GRAPH_OPTIONS_HELP,
  choiceOption,
  graphOptions,
  helpList,
  listOption,
  loadGraphOption,
  print,
  printJson,
  requirePositionals,
} from "./graph-option.js";

const usage = `Usage: county-kg path <from> <to> [options]

The shortest chain of relations between two entities (fewest hops), each hop with its evidence.
Edges are followed both ways unless --direction says otherwise; stated relations are preferred over
co-occurrence between equally short paths. Exit status 1 when the two are not connected.

Options:
  -r, --relation KIND   follow only these edges (repeat or comma-separate):
                        ${helpList(EDGE_KINDS)}
  -d, --direction DIR   out (follow edges forwards), in (backwards) or both (default)
${GRAPH_OPTIONS_HELP}

Examples:
  county-kg path 安居 溧阳
  county-kg path 游仙区 安吉县 --relation benchmarks,learns_from,cooperates_with
  county-kg path 510904 320481 --json`;

/** `county-kg path`: the shortest path between two entities. */
export const pathCommand: Command = {
  name: "path",
  summary: "show the shortest chain of relations between two entities",
  usage,
  async run(args) {
    const { values, positionals } = parseCommandArgs("path", args, {
      ...graphOptions,
      relation: { type: "string", short: "r", multiple: true },
      direction: { type: "string", short: "d" },
    });
    const [fromQuery, toQuery] = requirePositionals("path", positionals, ["from", "to"]);
    const direction = choiceOption("path", "direction", values.direction, DIRECTIONS);
    const relations = listOption("path", "relation", values.relation, LOADED_EDGE_KINDS);
    const graph = await loadGraphOption(values);
    const from = resolveEntity(graph, fromQuery!);
    const to = resolveEntity(graph, toQuery!);
    const path = shortestPath(graph, from.id, to.id, { relations, direction });
    if (values.json) {
      printJson({ from, to, path });
      return path ? 0 : 1;
    }
    if (!path) {
      process.stderr.write(`county-kg path: ${from.name} and ${to.name} are not connected\n`);
      return 1;
    }
    const chain = [path.nodes[0]!.name];
    path.steps.forEach((step, i) => {
      const relation = step.direction === "out" ? `—${step.relation}→` : `←${step.relation}—`;
      chain.push(relation, path.nodes[i + 1]!.name);
    });
    print(`${chain.join(" ")}  (${path.length} hop${path.length === 1 ? "" : "s"})`);
    path.steps.forEach((step, i) => {
      const source = graph.getNodeAttribute(step.source, "name");
      const target = graph.getNodeAttribute(step.target, "name");
      print(`${i + 1}. ${source} ${step.relation} ${target}  (weight ${step.weight})`);
      for (const evidence of step.evidence.slice(0, 2)) print(`     “${evidence.text}” [${evidence.doc}]`);
    });
    return 0;
  },
};
