import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { CountyKgError } from "./errors.js";

/**
 * Data files shipped with the package (gazetteer, lexicons) live in `data/` at the package root; this
 * module finds them the same way from `src/` (tests) and `dist/` (the installed CLI).
 */
const DATA_ROOT = new URL("../data/", import.meta.url);

/** Absolute path of a file under `data/`. */
export function dataPath(relative: string): string {
  return fileURLToPath(new URL(relative, DATA_ROOT));
}

function readData(relative: string): string {
  try {
    return readFileSync(dataPath(relative), "utf8");
  } catch (cause) {
    throw new CountyKgError("E_DATA", `cannot read data file data/${relative}`, {
      file: dataPath(relative),
      hint: "the package is incomplete: reinstall it (npm ci)",
      cause,
    });
  }
}

/** A JSON data file, parsed. */
export function readDataJson<T>(relative: string): T {
  return JSON.parse(readData(relative)) as T;
}

/**
 * A line-oriented lexicon: one entry per line, `#` starts a comment, blank lines ignored, entries
 * trimmed. Fields on a line are separated by tabs or runs of two or more spaces.
 */
export function readDataLines(relative: string): string[][] {
  return readData(relative)
    .split("\n")
    .map((line) => line.replace(/#.*$/, "").trim())
    .filter((line) => line.length > 0)
    .map((line) => line.split(/\t| {2,}/).map((field) => field.trim()));
}
