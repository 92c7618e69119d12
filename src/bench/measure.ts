/** Bytes in the megabyte the benchmark reports in (10^6, as disk sizes are quoted). */
export const MB = 1e6;

/**
 * Documents run once, untimed, before a timed pass (pipeline stages and references alike): the first
 * pass of a process costs about twice the steady state while V8 compiles the code.
 */
export const WARM_UP_DOCUMENTS = 100;

/** A point in time: wall clock and CPU time used by this process so far (all its threads), in ms. */
export interface Instant {
  wall: number;
  cpu: number;
}

/** Now. */
export function instant(): Instant {
  const { user, system } = process.cpuUsage();
  return { wall: performance.now(), cpu: (user + system) / 1000 };
}

/**
 * Time and bytes spent in one named stage: wall time, and CPU time, which the machine's other load
 * barely changes (the harness reports throughput on CPU time for that reason).
 */
export interface StageFigure {
  stage: string;
  ms: number;
  cpuMs: number;
  bytes: number;
  /** Largest resident set size seen right after the stage ran, in MB (when sampled). */
  rssMB?: number;
}

/** Accumulates time per stage over many calls (documents), in the order stages first appear. */
export class StageClock {
  private readonly figures = new Map<string, StageFigure>();

  /** Runs `work`, adding its duration to `stage` and `bytes` to the stage's volume. */
  time<T>(stage: string, bytes: number, work: () => T): T {
    const from = instant();
    const result = work();
    this.add(stage, bytes, from, instant());
    return result;
  }

  /** Adds the time from `from` to `to` to `stage`, and samples the resident set size. */
  add(stage: string, bytes: number, from: Instant, to: Instant): void {
    const rssMB = process.memoryUsage.rss() / MB;
    const ms = to.wall - from.wall;
    const cpuMs = to.cpu - from.cpu;
    const figure = this.figures.get(stage);
    if (figure) {
      figure.ms += ms;
      figure.cpuMs += cpuMs;
      figure.bytes += bytes;
      figure.rssMB = Math.max(figure.rssMB ?? 0, rssMB);
    } else this.figures.set(stage, { stage, ms, cpuMs, bytes, rssMB });
  }

  /** The figures so far. */
  results(): StageFigure[] {
    return [...this.figures.values()].map((figure) => ({ ...figure }));
  }
}

/** Throughput in MB/s; Infinity when no time was measured. */
export function megabytesPerSecond(bytes: number, ms: number): number {
  return ms > 0 ? bytes / MB / (ms / 1000) : Infinity;
}

/** Peak resident set size of this process (all its threads) so far, in MB. */
export function peakRssMegabytes(): number {
  return (process.resourceUsage().maxRSS * 1024) / MB;
}

/** Median of a non-empty list. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError("median of an empty list");
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Growth of CPU time per MB from a small tier to a large one: `(ms/MB large) / (ms/MB small) - 1`
 * (0.2 = 20% slower per MB at the larger size).
 */
export function perMegabyteGrowth(small: StageFigure, large: StageFigure): number {
  return large.cpuMs / large.bytes / (small.cpuMs / small.bytes) - 1;
}
