/**
 * Query benchmark: a deterministic synthetic graph (100,000 nodes and 500,000 edges by default) is
 * written as graph.json and GEXF to a temporary folder, then timed: loading each file, `neighbors` at
 * depth 1 and 2, and `findEntity`. Run it with `node dist/bench/query.js [--nodes N] [--edges N]
 * [--no-gexf] [--json]`; `runQueryBench` is the same as a function for `npm run bench`.
 */
import { mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { write as writeGexf } from "graphology-gexf";
import { entityIndex } from "../query/entity-index.js";
import { findEntity } from "../query/find.js";
import { loadGraph } from "../query/load.js";
import { shortNames } from "../query/names.js";
import { neighbors } from "../query/neighbors.js";
import type { KnowledgeGraph } from "../types.js";
import { seededRandom } from "../build/random.js";
import { syntheticGraph } from "./synthetic-graph.js";

/** Options of `runQueryBench`. */
export interface QueryBenchOptions {
  /** Default 100,000. */
  nodes?: number;
  /** Default 500,000. */
  edges?: number;
  /** Seed of the graph and of the sampled queries (default 2260). */
  seed?: number;
  /** Queries timed per measure (default 1,000; depth 2: a fifth of it). */
  samples?: number;
  /** Also write and load GEXF (default true; the slow part). */
  gexf?: boolean;
  /** Folder for the files (default: a new temporary folder, removed afterwards). */
  dir?: string;
  /** Progress lines (default: none). */
  log?: (line: string) => void;
}

/** Timings of repeated calls, in milliseconds. */
export interface Timing {
  samples: number;
  /** Wall-clock time per call. */
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  /** CPU time per call (process-wide): what a call costs when the machine is shared. */
  cpuMedianMs: number;
  cpuP95Ms: number;
}

/**
 * Writing and loading one file. `loadCpuMs` is the CPU time of the load (all threads of the process,
 * GC included): on a busy machine it says more than the wall-clock `loadMs`. `rssMb` is the resident
 * memory of the process right after the load.
 */
export interface FileTiming {
  bytes: number;
  writeMs: number;
  loadMs: number;
  loadCpuMs: number;
  rssMb: number;
}

/** What `runQueryBench` measured. */
export interface QueryBenchResult {
  nodes: number;
  edges: number;
  generateMs: number;
  json: FileTiming;
  gexf?: FileTiming;
  /** First `findEntity` call: building the name index. */
  indexBuildMs: number;
  /** First pinyin query: building the pinyin index. */
  pinyinIndexBuildMs: number;
  neighborsDepth1: Timing;
  neighborsDepth2: Timing;
  findEntity: Timing;
  findEntityPinyin: Timing;
  /** Median targets (ms) and whether the CPU-time medians met them. */
  targets: { neighborsDepth1: number; neighborsDepth2: number; findEntity: number; met: boolean };
}

const TARGETS = { neighborsDepth1: 1, neighborsDepth2: 20, findEntity: 1 };

function timeOf<T>(work: () => T): [T, number] {
  const start = performance.now();
  const result = work();
  return [result, performance.now() - start];
}

async function timeOfAsync<T>(work: () => Promise<T>): Promise<[T, number, number]> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const result = await work();
  const used = process.cpuUsage(cpu);
  return [result, performance.now() - start, (used.user + used.system) / 1000];
}

const rssMb = () => Math.round(process.memoryUsage().rss / 1e6);

function timing(inputs: readonly string[], call: (input: string) => unknown): Timing {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (const input of inputs) {
    const cpuStart = process.cpuUsage();
    const [, ms] = timeOf(() => call(input));
    const used = process.cpuUsage(cpuStart);
    wall.push(ms);
    cpu.push((used.user + used.system) / 1000);
  }
  const at = (times: number[], q: number) =>
    times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return {
    samples: wall.length,
    medianMs: at(wall, 0.5),
    p95Ms: at(wall, 0.95),
    maxMs: wall.at(-1) ?? 0,
    cpuMedianMs: at(cpu, 0.5),
    cpuP95Ms: at(cpu, 0.95),
  };
}

/** The GEXF of a graph in our shape: lists as GEXF lists, evidence as JSON text. */
function toGexf(graph: KnowledgeGraph): string {
  return writeGexf(graph, {
    version: "1.3",
    formatNode: (_key, { x, y, size, color, label, occurrences, ...attributes }) => ({
      label,
      viz: { x, y, size, color },
      attributes: { ...attributes, occurrences: JSON.stringify(occurrences) },
    }),
    formatEdge: (_key, { weight, size, color, evidence, ...attributes }) => ({
      weight,
      viz: { thickness: size, color },
      attributes: { ...attributes, evidence: JSON.stringify(evidence) },
    }),
  });
}

/** Runs the query benchmark (see the module comment). */
export async function runQueryBench(options: QueryBenchOptions = {}): Promise<QueryBenchResult> {
  const log = options.log ?? (() => {});
  const nodes = options.nodes ?? 100_000;
  const edges = options.edges ?? 500_000;
  const samples = options.samples ?? 1000;
  const dir = options.dir ?? (await mkdtemp(join(tmpdir(), "county-kg-bench-query-")));
  try {
    log(`generating ${nodes} nodes, ${edges} edges`);
    const [generated, generateMs] = timeOf(() => syntheticGraph({ nodes, edges, seed: options.seed }));
    const jsonFile = join(dir, "graph.json");
    const [, jsonWriteMs] = await timeOfAsync(() => writeFile(jsonFile, JSON.stringify(generated.export())));
    let gexf: QueryBenchResult["gexf"];
    if (options.gexf !== false) {
      log("writing GEXF");
      const gexfFile = join(dir, "graph.gexf");
      const [, writeMs] = await timeOfAsync(() => writeFile(gexfFile, toGexf(generated)));
      log("loading GEXF");
      const [, loadMs, loadCpuMs] = await timeOfAsync(() => loadGraph(gexfFile));
      gexf = { bytes: (await stat(gexfFile)).size, writeMs, loadMs, loadCpuMs, rssMb: rssMb() };
    }
    log("loading graph.json");
    const [graph, jsonLoadMs, jsonLoadCpuMs] = await timeOfAsync(() => loadGraph(jsonFile));
    const jsonRssMb = rssMb();

    const random = seededRandom((options.seed ?? 2260) + 1);
    const keys = graph.nodes();
    const sample = (count: number) =>
      Array.from({ length: count }, () => keys[Math.floor(random() * keys.length)]!);
    const [, indexBuildMs] = timeOf(() => entityIndex(graph));
    const [, pinyinIndexBuildMs] = timeOf(() => entityIndex(graph).pinyin());
    // What people type: names, short names and codes of regions, names of the rest.
    const queries = sample(samples).map((key, i) => {
      const attributes = graph.getNodeAttributes(key);
      if (attributes.kind !== "region") return attributes.name;
      return i % 3 === 0
        ? attributes.code!
        : i % 3 === 1
          ? attributes.name
          : (shortNames(attributes.name)[0] ?? attributes.name);
    });
    const pinyinQueries = [...entityIndex(graph).pinyin().keys()]
      .filter((_, i) => i % 97 === 0)
      .slice(0, samples);
    log("timing queries");
    const result: QueryBenchResult = {
      nodes: graph.order,
      edges: graph.size,
      generateMs,
      json: {
        bytes: (await stat(jsonFile)).size,
        writeMs: jsonWriteMs,
        loadMs: jsonLoadMs,
        loadCpuMs: jsonLoadCpuMs,
        rssMb: jsonRssMb,
      },
      ...(gexf ? { gexf } : {}),
      indexBuildMs,
      pinyinIndexBuildMs,
      neighborsDepth1: timing(sample(samples), (key) => neighbors(graph, key)),
      neighborsDepth2: timing(sample(Math.max(1, Math.floor(samples / 5))), (key) =>
        neighbors(graph, key, { depth: 2 }),
      ),
      findEntity: timing(queries, (query) => findEntity(graph, query)),
      findEntityPinyin: timing(pinyinQueries, (query) => findEntity(graph, query)),
      targets: { ...TARGETS, met: false },
    };
    result.targets.met =
      result.neighborsDepth1.cpuMedianMs < TARGETS.neighborsDepth1 &&
      result.neighborsDepth2.cpuMedianMs < TARGETS.neighborsDepth2 &&
      result.findEntity.cpuMedianMs < TARGETS.findEntity;
    return result;
  } finally {
    if (options.dir === undefined) await rm(dir, { recursive: true, force: true });
  }
}

/** The result as a table for people. */
export function formatQueryBench(result: QueryBenchResult): string {
  const ms = (value: number) => `${value < 10 ? value.toFixed(3) : value.toFixed(0)} ms`;
  const load = (file: FileTiming) =>
    `${(file.bytes / 1e6).toFixed(1)} MB file, CPU ${ms(file.loadCpuMs)}, RSS after ${file.rssMb} MB`;
  const rows: [string, string, string][] = [
    ["graph", `${result.nodes} nodes, ${result.edges} edges`, `generated in ${ms(result.generateMs)}`],
    ["load graph.json", ms(result.json.loadMs), load(result.json)],
    ...(result.gexf
      ? [["load GEXF", ms(result.gexf.loadMs), load(result.gexf)] as [string, string, string]]
      : []),
    ["name index build", ms(result.indexBuildMs), "first findEntity"],
    ["pinyin index build", ms(result.pinyinIndexBuildMs), "first pinyin query"],
  ];
  const timed: [string, Timing, number | undefined][] = [
    ["neighbors depth 1", result.neighborsDepth1, TARGETS.neighborsDepth1],
    ["neighbors depth 2", result.neighborsDepth2, TARGETS.neighborsDepth2],
    ["findEntity", result.findEntity, TARGETS.findEntity],
    ["findEntity (pinyin)", result.findEntityPinyin, undefined],
  ];
  for (const [name, t, target] of timed) {
    const verdict =
      target === undefined
        ? ""
        : t.cpuMedianMs < target
          ? `  (target < ${target} ms: met)`
          : `  (target < ${target} ms: MISSED)`;
    rows.push([
      name,
      `median ${ms(t.medianMs)}`,
      `p95 ${ms(t.p95Ms)}, max ${ms(t.maxMs)}; CPU median ${ms(t.cpuMedianMs)}, p95 ${ms(t.cpuP95Ms)}; n=${t.samples}${verdict}`,
    ]);
  }
  const width = Math.max(...rows.map(([name]) => name.length));
  const second = Math.max(...rows.map(([, value]) => value.length));
  return rows
    .map(([name, value, note]) => `${name.padEnd(width)}  ${value.padEnd(second)}  ${note}`)
    .join("\n");
}

async function cli(): Promise<void> {
  const { values } = parseArgs({
    options: {
      nodes: { type: "string" },
      edges: { type: "string" },
      samples: { type: "string" },
      "no-gexf": { type: "boolean" },
      json: { type: "boolean" },
    },
  });
  const number = (value: string | undefined) => (value === undefined ? undefined : Number(value));
  const result = await runQueryBench({
    nodes: number(values.nodes),
    edges: number(values.edges),
    samples: number(values.samples),
    gexf: !values["no-gexf"],
    log: (line) => process.stderr.write(`bench query: ${line}\n`),
  });
  if (!values.json) process.stdout.write(formatQueryBench(result) + "\n\n");
  process.stdout.write(JSON.stringify(result, null, 2) + "\n");
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await cli();
