import { Session } from "node:inspector/promises";

/** Self time spent in one place of a CPU profile. */
export interface ProfileShare {
  /** `package` (the folder under node_modules, or `node:` internals, or `(program)`…) or `function (package)`. */
  where: string;
  ms: number;
  share: number;
}

/** Where a CPU profile's self time went, per package and per function, largest first. */
export interface ProfileSummary {
  totalMs: number;
  byPackage: ProfileShare[];
  byFunction: ProfileShare[];
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

/** Runs `work` under the V8 sampling profiler of this thread and summarizes where its time went. */
export async function profile(work: () => unknown, top = 8): Promise<ProfileSummary> {
  const session = new Session();
  session.connect();
  try {
    await session.post("Profiler.enable");
    await session.post("Profiler.setSamplingInterval", { interval: 100 });
    await session.post("Profiler.start");
    work();
    const { profile: result } = (await session.post("Profiler.stop")) as { profile: CpuProfile };
    return summarize(result, top);
  } finally {
    session.disconnect();
  }
}

/** Self time per package and per function of a V8 CPU profile. */
export function summarize(result: CpuProfile, top: number): ProfileSummary {
  const nodes = new Map(result.nodes.map((node) => [node.id, node]));
  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  const samples = result.samples ?? [];
  const deltas = result.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const node = nodes.get(samples[i]!);
    const ms = (deltas[i] ?? 0) / 1000;
    if (!node || ms <= 0) continue;
    const where = packageOf(node.callFrame.url, node.callFrame.functionName);
    const fn = `${node.callFrame.functionName || "(anonymous)"} (${where})`;
    byPackage.set(where, (byPackage.get(where) ?? 0) + ms);
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
    total += ms;
  }
  const rank = (map: Map<string, number>) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, top)
      .map(([where, ms]) => ({ where, ms, share: ms / total }));
  return { totalMs: total, byPackage: rank(byPackage), byFunction: rank(byFunction) };
}

/** `@xmldom/xmldom`, `graphology-gexf/common`, `node:internal`, or the V8 pseudo-frame name. */
function packageOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith("(") ? functionName : "(native)";
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)(?:\/([^/]+)\/)?/.exec(url);
  if (inModules)
    return inModules[2] && inModules[1]!.startsWith("graphology")
      ? `${inModules[1]}/${inModules[2]}`
      : inModules[1]!;
  if (url.startsWith("node:")) return "node:internal";
  return url.includes("/dist/") ? `county-kg ${url.slice(url.lastIndexOf("/dist/") + 6)}` : "county-kg";
}
