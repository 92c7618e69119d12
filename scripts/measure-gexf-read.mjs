// Measures GEXF reading: time and peak RSS of `loadGraph` on a synthetic graph's GEXF (written by
// `toGexf`, as `county-kg build` writes it), each reader in a process of its own; networkx (python3)
// on the same file for comparison. Not a test: figures depend on the machine.
//
//   node scripts/measure-gexf-read.mjs [--sizes 10000x50000,100000x500000] [--before OTHER/dist]
//     [--no-networkx]
//
// `--before` also times the `loadGraph` of another build (e.g. a checkout before the streaming reader).
import { execFileSync } from "node:child_process";
import { mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";

const DIST = resolve(import.meta.dirname, "../dist");

const NETWORKX = `
import resource, sys, time
import networkx as nx
start, cpu = time.perf_counter(), time.process_time()
graph = nx.read_gexf(sys.argv[1])
ms, cpu = (time.perf_counter() - start) * 1000, (time.process_time() - cpu) * 1000
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
print(f"{ms:.0f} {peak} {graph.number_of_nodes()} {graph.number_of_edges()} {cpu:.0f}")
`;

/** In a child: `read DIST FILE` prints "ms peakRssMb nodes edges cpuMs". */
async function read(dist, file) {
  const { loadGraph } = await import(join(dist, "index.js"));
  const start = performance.now();
  const cpu = process.cpuUsage();
  const graph = await loadGraph(file);
  const ms = performance.now() - start;
  const { user, system } = process.cpuUsage(cpu);
  const peak = Math.round(process.resourceUsage().maxRSS / 1024);
  console.log(`${ms.toFixed(0)} ${peak} ${graph.order} ${graph.size} ${((user + system) / 1000).toFixed(0)}`);
}

/** Runs one reader in a process of its own; returns its "ms peakRssMb nodes edges cpuMs" fields. */
function measure(command, args) {
  const out = execFileSync(command, args, { encoding: "utf8", maxBuffer: 1 << 20 }).trim();
  const [ms, rss, nodes, edges, cpu] = out.split(" ").map(Number);
  return { ms, rss, nodes, edges, cpu };
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      sizes: { type: "string", default: "10000x50000,100000x500000" },
      before: { type: "string" },
      "no-networkx": { type: "boolean" },
    },
  });
  if (positionals[0] === "read") return read(positionals[1], positionals[2]);
  const { syntheticGraph } = await import(join(DIST, "bench/synthetic-graph.js"));
  const { toGexf } = await import(join(DIST, "export/gexf.js"));
  const dir = mkdtempSync(join(tmpdir(), "county-kg-gexf-read-"));
  const self = import.meta.filename;
  console.log("| nodes / edges | GEXF MB | reader | read s (wall) | CPU s | peak RSS MB |");
  console.log("| --- | ---: | --- | ---: | ---: | ---: |");
  for (const size of values.sizes.split(",")) {
    const [nodes, edges] = size.split("x").map(Number);
    const file = join(dir, `graph-${nodes}.gexf`);
    writeFileSync(file, toGexf(syntheticGraph({ nodes, edges })));
    const mb = (statSync(file).size / 1e6).toFixed(0);
    const readers = [["loadGraph (streaming)", "node", [self, "read", DIST, file]]];
    if (values.before)
      readers.push(["loadGraph (before)", "node", [self, "read", resolve(values.before), file]]);
    if (!values["no-networkx"]) readers.push(["networkx read_gexf", "python3", ["-c", NETWORKX, file]]);
    for (const [name, command, args] of readers) {
      const result = measure(command, args);
      const label = `${nodes / 1000}k / ${edges / 1000}k (read ${result.nodes}/${result.edges})`;
      const [wall, cpu] = [result.ms, result.cpu].map((ms) => (ms / 1000).toFixed(1));
      console.log(`| ${label} | ${mb} | ${name} | ${wall} | ${cpu} | ${result.rss} |`);
    }
  }
}

await main();
