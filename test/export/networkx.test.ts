import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { toGexf } from "../../src/export/gexf.js";
import { toGraphml } from "../../src/export/graphml.js";
import { EDGE_COLUMNS, flatRecord, hexToRgb, NODE_COLUMNS, type Cell } from "../../src/export/records.js";
import { pythonWithNetworkx, skipWithout } from "./external-tools.js";
import { trickyGraph } from "./sample-graph.js";

/** Reads a GEXF and a GraphML file with networkx; prints nodes and edges with their data as JSON. */
const READER = `
import json, sys
import networkx as nx
def dump(g):
    return {
        "type": type(g).__name__,
        "nodes": {n: d for n, d in g.nodes(data=True)},
        "edges": [[s, t, k, d] for s, t, k, d in g.edges(keys=True, data=True)],
    }
print(json.dumps({"gexf": dump(nx.read_gexf(sys.argv[1])), "graphml": dump(nx.read_graphml(sys.argv[2]))}))
`;

interface Dump {
  type: string;
  nodes: Record<string, Record<string, unknown>>;
  edges: [string, string, string, Record<string, unknown>][];
}

function joinLists(record: Record<string, Cell>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, Array.isArray(v) ? v.join("|") : v]));
}

const LIST_COLUMNS = new Set(NODE_COLUMNS.filter((c) => c.type === "liststring").map((c) => c.name));

/** GEXF 1.3 list literals (`[a, 'b"c', "d'e"]`, as graphology-gexf writes them) decoded to arrays. */
function decodeLists(record: Record<string, unknown>): Record<string, unknown> {
  const item = /"((?:[^"\\]|\\.)*)"|'([^']*)'|([^,\s][^,]*)/g;
  return Object.fromEntries(
    Object.entries(record).map(([k, v]) =>
      LIST_COLUMNS.has(k) && typeof v === "string"
        ? [
            k,
            [...v.slice(1, -1).matchAll(item)].map((m) =>
              m[1] !== undefined ? JSON.parse(`"${m[1]}"`) : (m[2] ?? m[3]!.trim()),
            ),
          ]
        : [k, v],
    ),
  );
}

const skip = skipWithout(pythonWithNetworkx !== undefined, "networkx", "apt-get install python3-networkx");

describe("a second reader: networkx", () => {
  it.skipIf(skip)("reads our GEXF and GraphML with the same nodes, edges and attributes", () => {
    expect(pythonWithNetworkx, "python3 with networkx is required under CI").toBeDefined();
    const graph = trickyGraph();
    const dir = mkdtempSync(join(tmpdir(), "county-kg-nx-"));
    writeFileSync(join(dir, "graph.gexf"), toGexf(graph));
    writeFileSync(join(dir, "graph.graphml"), toGraphml(graph));
    const output = execFileSync(
      pythonWithNetworkx!,
      ["-c", READER, join(dir, "graph.gexf"), join(dir, "graph.graphml")],
      {
        encoding: "utf8",
      },
    );
    const { gexf, graphml } = JSON.parse(output) as { gexf: Dump; graphml: Dump };

    for (const dump of [gexf, graphml]) {
      expect(dump.type).toBe("MultiDiGraph");
      expect(Object.keys(dump.nodes)).toEqual(graph.nodes());
      expect(dump.edges.map(([, , key]) => key).sort()).toEqual(graph.edges().sort());
    }
    graph.forEachNode((node, a) => {
      const { r, g, b } = hexToRgb(a.color);
      // networkx keeps a GEXF list as its literal: decode it to compare.
      expect(decodeLists(gexf.nodes[node]!)).toEqual({
        label: a.label,
        ...flatRecord(NODE_COLUMNS, a),
        viz: { color: { r, g, b, a: 1 }, size: a.size, position: { x: a.x, y: a.y, z: 0 } },
      });
      expect(graphml.nodes[node]).toEqual({
        label: a.label,
        ...joinLists(flatRecord(NODE_COLUMNS, a)),
        x: a.x,
        y: a.y,
        size: a.size,
        r,
        g,
        b,
      });
    });
    const gexfEdges = new Map(
      gexf.edges.map(([source, target, key, data]) => [key, { source, target, data }]),
    );
    const graphmlEdges = new Map(
      graphml.edges.map(([source, target, key, data]) => [key, { source, target, data }]),
    );
    graph.forEachEdge((edge, a, source, target) => {
      const flat = flatRecord(EDGE_COLUMNS, a);
      expect(gexfEdges.get(edge)).toEqual({
        source,
        target,
        data: { id: edge, label: a.kind, weight: a.weight, ...flat },
      });
      expect(graphmlEdges.get(edge)).toEqual({
        source,
        target,
        data: { label: a.kind, kind: a.kind, weight: a.weight, ...flat, ...hexToRgb(a.color) },
      });
    });
  });
});
