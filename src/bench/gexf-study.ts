import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { MultiDirectedGraph } from "graphology";
import gexf from "graphology-gexf";
import { profile, type ProfileSummary } from "./cpu-profile.js";
import { megabytesPerSecond } from "./measure.js";
import { createRng } from "./rng.js";
import { communityGraph } from "./community-graph.js";

const KINDS = ["region", "program", "industry", "organization", "person"] as const;
const EDGE_KINDS = ["benchmarks", "cooperates_with", "has_industry", "co_occurs"] as const;

/**
 * A graph with the attributes county-kg exports (kind, name, aliases, counts, metrics, community,
 * viz position/size/colour; edge kind and weight) on the shape of `communityGraph`.
 */
export function attributedGraph(nodes: number, edges: number, seed: number): MultiDirectedGraph {
  const rng = createRng(seed);
  const shape = communityGraph(nodes, edges, seed);
  const graph = new MultiDirectedGraph();
  shape.forEachNode((node, attributes) => {
    const name = `实体${node.slice(1)}号`;
    graph.addNode(node, {
      kind: rng.pick(KINDS),
      name,
      label: name,
      aliases: `${name}|實體${node.slice(1)}號`,
      mentions: rng.int(1, 500),
      documents: rng.int(1, 50),
      pagerank: rng.next() / nodes,
      community: attributes.community as number,
      x: (rng.next() - 0.5) * 1000,
      y: (rng.next() - 0.5) * 1000,
      size: rng.int(2, 20),
      color: `rgb(${rng.int(0, 255)},${rng.int(0, 255)},${rng.int(0, 255)})`,
    });
  });
  shape.forEachEdge((_edge, _attributes, source, target) => {
    const kind = rng.pick(EDGE_KINDS);
    graph.addEdgeWithKey(`${kind}:${source}->${target}`, source, target, { kind, weight: rng.int(1, 9) });
  });
  return graph;
}

/** Write and read figures of one GEXF library on one file. */
export interface GexfFigure {
  library: "graphology-gexf" | "networkx";
  operation: "write" | "read own" | "read other";
  ms: number;
  bytes: number;
  mbPerSecond: number;
}

/** The GEXF study's result: figures, and where graphology-gexf's read time goes. */
export interface GexfStudy {
  nodes: number;
  edges: number;
  figures: GexfFigure[];
  /** graphology-gexf reading its own file, and networkx's. */
  readProfile: ProfileSummary;
  readOtherProfile: ProfileSummary;
}

/** networkx side: reads graphology's file, writes its own (GEXF 1.3), reads that back; prints ms. */
const NETWORKX_SCRIPT = `
import json, sys, time
import networkx as nx
source, target = sys.argv[1], sys.argv[2]
t = time.perf_counter(); g = nx.read_gexf(source); read_other = (time.perf_counter() - t) * 1000
t = time.perf_counter(); nx.write_gexf(g, target, version="1.3"); write = (time.perf_counter() - t) * 1000
t = time.perf_counter(); nx.read_gexf(target); read_own = (time.perf_counter() - t) * 1000
print(json.dumps({"read other": read_other, "write": write, "read own": read_own, "nodes": g.number_of_nodes(), "edges": g.number_of_edges()}))
`;

/**
 * Writes the same graph with graphology-gexf and with networkx (python3), reads each file with both,
 * and profiles graphology-gexf's read of its own file. Files go to `dir`.
 */
export async function gexfStudy(dir: string, nodes: number, edges: number, seed: number): Promise<GexfStudy> {
  mkdirSync(dir, { recursive: true });
  const graph = attributedGraph(nodes, edges, seed);
  const ours = join(dir, "graphology.gexf");
  const theirs = join(dir, "networkx.gexf");
  const figures: GexfFigure[] = [];
  const add = (
    library: GexfFigure["library"],
    operation: GexfFigure["operation"],
    ms: number,
    file: string,
  ) => {
    const bytes = statSync(file).size;
    figures.push({ library, operation, ms, bytes, mbPerSecond: megabytesPerSecond(bytes, ms) });
  };
  gexf.write(graph, { version: "1.3", pedantic: true }); // warm-up
  let start = performance.now();
  const xml = gexf.write(graph, { version: "1.3", pedantic: true });
  const writeMs = performance.now() - start;
  writeFileSync(ours, xml);
  add("graphology-gexf", "write", writeMs, ours);

  const python = JSON.parse(
    execFileSync("python3", ["-c", NETWORKX_SCRIPT, ours, theirs], { encoding: "utf8", maxBuffer: 1 << 20 }),
  ) as Record<"read other" | "write" | "read own", number>;
  add("networkx", "read other", python["read other"], ours);
  add("networkx", "write", python.write, theirs);
  add("networkx", "read own", python["read own"], theirs);

  const readOurs = () => gexf.parse(MultiDirectedGraph, readFileSync(ours, "utf8"));
  const readTheirs = () => gexf.parse(MultiDirectedGraph, readFileSync(theirs, "utf8"));
  readOurs(); // warm-up
  start = performance.now();
  readOurs();
  add("graphology-gexf", "read own", performance.now() - start, ours);
  start = performance.now();
  readTheirs();
  add("graphology-gexf", "read other", performance.now() - start, theirs);

  const readProfile = await profile(readOurs);
  const readOtherProfile = await profile(readTheirs);
  return { nodes: graph.order, edges: graph.size, figures, readProfile, readOtherProfile };
}
