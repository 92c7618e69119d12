import type { Progress } from "../context.js";

/** How often (ms) a progress line may be redrawn or printed. */
const THROTTLE_MS = 200;
const BAR_WIDTH = 24;

/**
 * Progress on stderr: a redrawn bar on a terminal, plain lines otherwise (one every few seconds, so logs
 * stay short), nothing when `quiet`. Shows units done / total and MB/s when bytes are reported.
 */
export function stderrProgress(options: { quiet?: boolean; stream?: NodeJS.WriteStream } = {}): Progress {
  const stream = options.stream ?? process.stderr;
  if (options.quiet) return { start() {}, update() {}, end() {} };
  const tty = Boolean(stream.isTTY);
  let phase = "";
  let total = 0;
  let began = 0;
  let last = 0;

  const line = (done: number, bytes?: number): string => {
    const seconds = Math.max(0.001, (Date.now() - began) / 1000);
    const rate = bytes !== undefined ? `  ${(bytes / 1e6 / seconds).toFixed(1)} MB/s` : "";
    const share = total > 0 ? Math.min(1, done / total) : 0;
    const bar = tty ? `[${"#".repeat(Math.round(share * BAR_WIDTH)).padEnd(BAR_WIDTH, ".")}] ` : "";
    return `${phase}: ${bar}${done}/${total}${rate}`;
  };

  return {
    start(name, count) {
      phase = name;
      total = count;
      began = Date.now();
      last = 0;
    },
    update(done, bytes) {
      const now = Date.now();
      const interval = tty ? THROTTLE_MS : THROTTLE_MS * 25;
      if (now - last < interval && done < total) return;
      last = now;
      const text = line(done, bytes);
      stream.write(tty ? `\r${text}\x1b[K` : `${text}\n`);
    },
    end(summary) {
      const seconds = ((Date.now() - began) / 1000).toFixed(1);
      const text = `${phase}: ${summary ?? "done"} (${seconds} s)`;
      stream.write(tty ? `\r${text}\x1b[K\n` : `${text}\n`);
    },
  };
}
