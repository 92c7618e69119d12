import { Worker } from "node:worker_threads";

/** A task's outcome as a worker posts it back: a value, or an error reduced to plain data. */
export type WorkerReply<R> =
  | { index: number; ok: true; value: R }
  | {
      index: number;
      ok: false;
      error: { name: string; message: string; code?: string; file?: string; hint?: string };
    };

/**
 * Runs `items` through `size` worker threads started from `workerUrl` (a module that answers each
 * `{ index, item }` message with a WorkerReply), at most one task in flight per worker. `onReply` is
 * called in completion order; callers that need input order sort by `index`. The workers are ended
 * when every item is done, also when one fails to start.
 */
export async function runInWorkers<T, R>(
  items: readonly T[],
  workerUrl: URL,
  size: number,
  onReply: (reply: WorkerReply<R>) => void,
): Promise<void> {
  if (items.length === 0) return;
  const count = Math.max(1, Math.min(size, items.length));
  let next = 0;
  const workers: Worker[] = [];
  try {
    await Promise.all(
      Array.from({ length: count }, () => {
        const worker = new Worker(workerUrl);
        workers.push(worker);
        return new Promise<void>((resolve, reject) => {
          const feed = () => {
            if (next >= items.length) return resolve();
            const index = next++;
            worker.postMessage({ index, item: items[index] });
          };
          worker.on("message", (reply: WorkerReply<R>) => {
            onReply(reply);
            feed();
          });
          worker.on("error", reject);
          worker.on("exit", (code) => {
            if (code !== 0) reject(new Error(`county-kg: a worker thread exited with status ${code}`));
          });
          feed();
        });
      }),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
