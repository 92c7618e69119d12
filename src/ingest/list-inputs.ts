import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import type { RunContext } from "../context.js";
import { CountyKgError } from "../errors.js";

/** File extensions read as input articles. */
export const INPUT_EXTENSIONS = [".txt", ".md", ".html", ".htm"];

/**
 * Expands files and folders (recursively) into the input files they hold: .txt, .md, .html and .htm,
 * sorted and without duplicates. A path that does not exist, or a folder without any input, is
 * reported to `ctx` (E_INPUT_MISSING) and skipped. Hidden entries (`.git` …) inside folders are skipped;
 * a file named explicitly is taken whatever its extension.
 */
export async function listInputs(paths: string[], ctx: RunContext): Promise<string[]> {
  const found = new Set<string>();
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch {
      ctx.report(
        new CountyKgError("E_INPUT_MISSING", `${path} does not exist`, {
          file: path,
          hint: "check the path; give files or folders of .txt, .md or .html articles",
        }),
      );
      continue;
    }
    if (!info.isDirectory()) {
      found.add(path);
      continue;
    }
    const files = await walk(path);
    if (files.length === 0) {
      ctx.report(
        new CountyKgError("E_INPUT_MISSING", `${path} holds no .txt, .md or .html files`, {
          file: path,
          hint: "put the articles in the folder as .txt, .md or .html files",
        }),
      );
    }
    for (const file of files) found.add(file);
  }
  return [...found].sort(compareCodeUnits);
}

async function walk(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => compareCodeUnits(a.name, b.name));
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(path)));
    else if (entry.isFile() && hasInputExtension(entry.name)) files.push(path);
  }
  return files;
}

function hasInputExtension(name: string): boolean {
  const lower = name.toLowerCase();
  return INPUT_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
