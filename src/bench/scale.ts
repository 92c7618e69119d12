import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateDocument } from "./corpus.js";
import type { BenchVocabulary } from "./vocabulary.js";

/** The county-kg CLI this harness was built with. */
const CLI = fileURLToPath(new URL("../cli.js", import.meta.url));

/** One successful run of the CLI: wall and CPU time, peak RSS (all threads), exit status. */
export interface CliRun {
  args: string[];
  seconds: number;
  /** User + system CPU seconds of all its threads: the figure to compare on a busy machine. */
  cpuSeconds: number;
  peakRssMB: number;
  status: number;
  /** One-minute load average when it started. */
  load: number;
}

/**
 * Runs `county-kg ARGS` (with Node flags `nodeFlags`) under GNU time (`/usr/bin/time`), which reports
 * CPU time and the peak RSS; throws if it fails.
 */
export function timedCli(args: string[], nodeFlags: string[] = []): CliRun {
  const load = loadavg()[0]!;
  const command = [process.execPath, ...nodeFlags, CLI, ...args];
  const run = spawnSync("/usr/bin/time", ["-f", "%e %U %S %M", ...command], {
    encoding: "utf8",
    maxBuffer: 64 << 20,
  });
  if (run.error) throw run.error;
  const last = run.stderr.trim().split("\n").pop() ?? "";
  const match = /^([\d.]+) ([\d.]+) ([\d.]+) (\d+)$/.exec(last);
  if (!match)
    throw new Error(`bench: county-kg ${args.join(" ")} gave no timing:\n${run.stderr.slice(-2000)}`);
  if (run.status !== 0)
    throw new Error(`bench: county-kg ${args.join(" ")} failed:\n${run.stderr.slice(-2000)}`);
  return {
    args,
    seconds: Number(match[1]),
    cpuSeconds: Number(match[2]) + Number(match[3]),
    peakRssMB: (Number(match[4]) * 1024) / 1e6,
    status: run.status,
    load,
  };
}

/** The incremental rebuild check's figures. */
export interface IncrementalCheck {
  documents: number;
  /** Full build with an empty cache. */
  full: CliRun;
  /** Rebuild after one document changed, with the cache of the full build. */
  incremental: CliRun;
  /** Full build of the changed corpus without a cache: the outputs the rebuild must equal. */
  reference: CliRun;
  /** Wall time of the rebuild over the full build's. */
  ratio: number;
  /** CPU time of the rebuild over the full build's (steadier than wall time on a shared machine). */
  cpuRatio: number;
  /** Output files whose bytes differ between the rebuild and the reference build. */
  differing: string[];
}

/**
 * Node flags of the incremental check's builds. It measures time, not memory (the streaming check
 * does): a full build of 10,000 documents ran out of Node's default 4 GB heap (peak RSS 5.2 GB), so
 * the check gives its builds room.
 */
export const INCREMENTAL_NODE_FLAGS = ["--max-old-space-size=12000"];

/**
 * Copies the first `documents` files of `corpusDir` to a scratch corpus, builds it with an empty
 * cache, changes one document, rebuilds with the cache, builds the changed corpus again without
 * cache, and compares the rebuild's outputs with that reference byte for byte.
 */
export function incrementalCheck(
  corpusDir: string,
  workDir: string,
  documents: number,
  seed: number,
  vocabulary: BenchVocabulary,
): IncrementalCheck {
  const root = join(workDir, "incremental");
  rmSync(root, { recursive: true, force: true });
  const corpus = join(root, "corpus");
  mkdirSync(corpus, { recursive: true });
  const files = readdirSync(corpusDir).sort().slice(0, documents);
  for (const file of files) copyFileSync(join(corpusDir, file), join(corpus, file));
  const cache = join(root, "cache");
  const build = (out: string, cached: boolean) =>
    timedCli(
      [
        "build",
        corpus,
        "-o",
        join(root, out),
        "--quiet",
        ...(cached ? ["--cache-dir", cache] : ["--no-cache"]),
      ],
      INCREMENTAL_NODE_FLAGS,
    );
  const full = build("full", true);
  // Replace one document by another of the same corpus generator (an index no tier reaches).
  writeFileSync(join(corpus, files[0]!), generateDocument(1e9, seed, vocabulary).bytes);
  const incremental = build("incremental", true);
  const reference = build("reference", false);
  const differing = readdirSync(join(root, "reference"))
    .sort()
    .filter((name) => {
      try {
        return !readFileSync(join(root, "reference", name)).equals(
          readFileSync(join(root, "incremental", name)),
        );
      } catch {
        return true;
      }
    });
  return {
    documents: files.length,
    full,
    incremental,
    reference,
    ratio: incremental.seconds / full.seconds,
    cpuRatio: incremental.cpuSeconds / full.cpuSeconds,
    differing,
  };
}
