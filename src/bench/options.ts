import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { CountyKgError } from "../errors.js";

/** Parts of the benchmark that can be run alone. */
export const SECTIONS = ["stages", "layout", "gexf", "speedup", "streaming", "incremental", "query"] as const;

/** The scale checks: long, left out of a quick look unless --only names them. */
export const SCALE_SECTIONS: readonly Section[] = ["speedup", "streaming", "incremental"];
export type Section = (typeof SECTIONS)[number];

/** What one benchmark run does. */
export interface BenchOptions {
  /** Corpus tiers in MB (10^6 bytes). */
  sizes: number[];
  sections: Section[];
  /** A quick look: small layout and GEXF graphs, no scale checks (set by --size). */
  quick: boolean;
  /** Where generated corpora and scratch outputs go. */
  workDir: string;
  /** JSON results file. */
  out: string;
  seed: number;
}

export const BENCH_USAGE = `Usage: npm run bench -- [--size MB[,MB…]] [--only SECTIONS] [--out FILE] [--work-dir DIR]

Generates a seeded corpus of county-government articles at each size (default 10,50,200 MB), times
every pipeline stage and the references (jieba segmentation, opencc conversion) on it, studies the
ForceAtlas2 layout and GEXF input/output, checks the scale claims (streaming memory, worker speedup,
incremental rebuild), prints tables and writes every figure as JSON.

  --size LIST     corpus tiers in MB; giving it is a quick look: the layout and GEXF studies run on
                  small graphs and the scale checks are left out unless --only names them
  --only LIST     sections to run: ${SECTIONS.join(", ")} (default all)
  --out FILE      JSON results (default bench-results/bench-<time>.json)
  --work-dir DIR  generated corpora and scratch files (default $TMPDIR/county-kg-bench; reused)
  --seed N        corpus seed (default 20261123)`;

/** Parses the harness's arguments. */
export function parseBenchOptions(args: string[], now = new Date()): BenchOptions | "help" {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: {
        size: { type: "string" },
        only: { type: "string" },
        out: { type: "string" },
        "work-dir": { type: "string" },
        seed: { type: "string", default: "20261123" },
        help: { type: "boolean", short: "h", default: false },
      },
      strict: true,
    }).values;
  } catch (error) {
    throw usageError(error instanceof Error ? error.message : String(error));
  }
  if (parsed.help) return "help";
  const sizes = (parsed.size ?? "10,50,200").split(",").map((size) => positive("--size", size));
  const sections = parsed.only ? parsed.only.split(",").map(section) : [...SECTIONS];
  const quick = parsed.size !== undefined;
  return {
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    sections: quick && !parsed.only ? sections.filter((name) => !SCALE_SECTIONS.includes(name)) : sections,
    quick,
    workDir: parsed["work-dir"] ?? join(tmpdir(), "county-kg-bench"),
    out: parsed.out ?? join("bench-results", `bench-${now.toISOString().replace(/[:.]/g, "-")}.json`),
    seed: positive("--seed", parsed.seed),
  };
}

function positive(flag: string, value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0)
    throw usageError(`${flag} wants positive integers, got "${value}"`);
  return number;
}

function section(name: string): Section {
  if (!(SECTIONS as readonly string[]).includes(name)) throw usageError(`unknown section "${name}"`);
  return name as Section;
}

function usageError(message: string): CountyKgError {
  return new CountyKgError("E_USAGE", `bench: ${message}`, { hint: "see `npm run bench -- --help`" });
}
