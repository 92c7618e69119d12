import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { peakRssMegabytes } from "./measure.js";
import { runTask, type BenchTask, type TaskResult } from "./tasks.js";

/** What a child process sends back: the task's result and the child's peak RSS. */
export interface ChildReply<T> {
  result: T;
  peakRssMB: number;
}

/**
 * Runs `task` in a fresh Node process (this module as its entry), so its peak RSS and JIT state are
 * its own. Rejects when the child fails.
 */
export function inChild<K extends BenchTask["task"]>(
  task: Extract<BenchTask, { task: K }>,
  execArgv: string[] = [],
): Promise<ChildReply<TaskResult<K>>> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), [JSON.stringify(task)], {
      execArgv,
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    let reply: ChildReply<TaskResult<K>> | undefined;
    child.on("message", (message) => (reply = message as ChildReply<TaskResult<K>>));
    child.on("error", reject);
    child.on("exit", (code) =>
      reply && code === 0
        ? resolve(reply)
        : reject(new Error(`bench task ${task.task} failed (exit ${code})`)),
    );
  });
}

if (process.send && process.argv[1] === fileURLToPath(import.meta.url)) {
  const task = JSON.parse(process.argv[2]!) as BenchTask;
  const result = await runTask(task);
  process.send({ result, peakRssMB: peakRssMegabytes() } satisfies ChildReply<unknown>, () =>
    process.exit(0),
  );
}
