/**
 * Worker-thread entry of the parallel extraction: loads the gazetteer and lexicons once, then answers
 * each `{ index, item: path }` with the document's extraction (or its error as plain data).
 */
import { parentPort } from "node:worker_threads";
import { CountyKgError } from "../errors.js";
import { extractFile, loadResources } from "../pipeline.js";
import type { WorkerReply } from "./worker-pool.js";
import type { DocumentExtraction } from "../types.js";

const port = parentPort;
if (!port) throw new Error("county-kg: extract-worker runs only as a worker thread");
const resources = loadResources();

port.on("message", async ({ index, item }: { index: number; item: string }) => {
  let reply: WorkerReply<DocumentExtraction>;
  try {
    reply = { index, ok: true, value: await extractFile(item, resources) };
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    const known =
      error instanceof CountyKgError ? { code: error.code, file: error.file, hint: error.hint } : {};
    reply = { index, ok: false, error: { name: e.name, message: e.message, ...known } };
  }
  port.postMessage(reply);
});
