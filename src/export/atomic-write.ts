import { mkdir, open, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { CountyKgError } from "../errors.js";

/**
 * A file to write: where, and its whole content — or a function producing it, called only when its
 * turn comes, so that one large file is held in memory at a time.
 */
export interface OutputFile {
  path: string;
  content: string | (() => string);
}

const HINT = "choose an output directory you can write to (-o DIR), or free some disk space";

function outputError(message: string, file: string, cause: unknown): CountyKgError {
  const reason = cause instanceof Error && "code" in cause ? ` (${String(cause.code)})` : "";
  return new CountyKgError("E_OUTPUT", `${message}${reason}`, { file, hint: HINT, cause });
}

/** Writes `content` to `path` and flushes it to disk, so a rename never exposes a half-written file. */
async function writeDurably(path: string, content: string): Promise<void> {
  const handle = await open(path, "w");
  try {
    await handle.writeFile(content, "utf8");
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function removeAll(paths: string[]): Promise<void> {
  await Promise.all(paths.map((path) => rm(path, { force: true })));
}

/**
 * Writes every file as a whole or leaves the old one: first each content (produced in turn, when it is
 * a function; `onWritten` is told how many are written) to a temporary file beside
 * its target (flushed to disk), then, once all are written, renames them over the targets. If any write
 * fails, the temporary files are removed and no target is touched; a rename failing (rare: the target
 * became a directory) leaves the files renamed before it replaced. Creates missing directories.
 * @throws CountyKgError E_OUTPUT naming the file or directory that could not be written.
 */
export async function writeFilesAtomically(
  files: readonly OutputFile[],
  onWritten: (count: number) => void = () => {},
): Promise<string[]> {
  for (const dir of new Set(files.map((file) => dirname(file.path)))) {
    try {
      await mkdir(dir, { recursive: true });
    } catch (cause) {
      throw outputError(`cannot create output directory ${dir}`, dir, cause);
    }
  }
  const temporary: string[] = [];
  for (const [i, file] of files.entries()) {
    const temp = join(dirname(file.path), `.${basename(file.path)}.${process.pid}.${i}.tmp`);
    let content: string;
    try {
      content = typeof file.content === "string" ? file.content : file.content();
    } catch (error) {
      await removeAll(temporary);
      throw error;
    }
    try {
      temporary.push(temp);
      await writeDurably(temp, content);
    } catch (cause) {
      await removeAll(temporary);
      throw outputError(`cannot write ${file.path}`, file.path, cause);
    }
    onWritten(i + 1);
  }
  for (const [i, file] of files.entries()) {
    try {
      await rename(temporary[i]!, file.path);
    } catch (cause) {
      await removeAll(temporary.slice(i));
      throw outputError(`cannot replace ${file.path}`, file.path, cause);
    }
  }
  return files.map((file) => file.path);
}
