import { describe, expect, it } from "vitest";
import { summarize } from "../../src/bench/cpu-profile.js";
import {
  edgeLengthSpread,
  distanceCorrelation,
  graphNeighbourRecall,
  neighbourhoodPreservation,
} from "../../src/bench/layout-quality.js";
import { median, megabytesPerSecond, perMegabyteGrowth, StageClock } from "../../src/bench/measure.js";

describe("StageClock", () => {
  it("sums time and bytes per stage in the order stages first appear", () => {
    const clock = new StageClock();
    const at = (wall: number, cpu: number) => ({ wall, cpu });
    clock.add("decode", 100, at(0, 0), at(2, 1));
    clock.add("extract", 100, at(2, 1), at(7, 5));
    clock.add("decode", 50, at(7, 5), at(10, 6));
    const results = clock.results();
    expect(results.map(({ stage, ms, cpuMs, bytes }) => ({ stage, ms, cpuMs, bytes }))).toEqual([
      { stage: "decode", ms: 5, cpuMs: 2, bytes: 150 },
      { stage: "extract", ms: 5, cpuMs: 4, bytes: 100 },
    ]);
    expect(results.every((figure) => figure.rssMB! > 0)).toBe(true);
  });
});

describe("figures", () => {
  it("computes MB/s from bytes and milliseconds", () => {
    expect(megabytesPerSecond(2e6, 500)).toBe(4);
  });
  it("computes the growth of time per MB", () => {
    expect(
      perMegabyteGrowth(
        { stage: "x", ms: 0, cpuMs: 100, bytes: 10 },
        { stage: "x", ms: 0, cpuMs: 1200, bytes: 100 },
      ),
    ).toBeCloseTo(0.2);
  });
  it("takes the median of odd and even lists", () => {
    expect([median([3, 1, 2]), median([4, 1, 3, 2])]).toEqual([2, 2.5]);
  });
});

/** Four nodes on a line at 0, 1, 2, 10. */
const line = { x: Float64Array.from([0, 1, 2, 10]), y: Float64Array.from([0, 0, 0, 0]) };

describe("layout quality", () => {
  it("finds the same neighbourhoods in a rotated, scaled copy", () => {
    const turned = { x: Float64Array.from([0, 0, 0, 0]), y: Float64Array.from([0, 3, 6, 30]) };
    expect(neighbourhoodPreservation(line, turned, [0, 1, 2, 3], 2)).toBe(1);
    expect(
      distanceCorrelation(line, turned, [
        [0, 1],
        [0, 3],
        [1, 2],
        [2, 3],
      ]),
    ).toBeCloseTo(1);
  });
  it("scores neighbourhoods that differ below 1", () => {
    const moved = { x: Float64Array.from([0, 10, 2, 1]), y: Float64Array.from([0, 0, 0, 0]) };
    expect(neighbourhoodPreservation(line, moved, [0], 1)).toBe(0);
  });
  it("counts graph neighbours among the nearest nodes", () => {
    // Node 0's graph neighbours are 1 and 3; its 2 nearest are 1 and 2.
    expect(graphNeighbourRecall(line, [[1, 3], [0], [], [0]], [0], 2)).toBe(0.5);
  });
  it("measures edge-length spread as a coefficient of variation", () => {
    expect(
      edgeLengthSpread(line, [
        [0, 1],
        [1, 2],
      ]),
    ).toBe(0);
    expect(
      edgeLengthSpread(line, [
        [0, 1],
        [0, 2],
      ]),
    ).toBeCloseTo(1 / 3);
  });
});

describe("summarize (CPU profile)", () => {
  it("adds self time per package and per function", () => {
    const summary = summarize(
      {
        nodes: [
          {
            id: 1,
            callFrame: { functionName: "parse", url: "file:///x/node_modules/@xmldom/xmldom/lib/dom.js" },
          },
          { id: 2, callFrame: { functionName: "(garbage collector)", url: "" } },
        ],
        samples: [1, 1, 2],
        timeDeltas: [1000, 2000, 1000],
      },
      5,
    );
    expect(summary.totalMs).toBe(4);
    expect(summary.byPackage).toEqual([
      { where: "@xmldom/xmldom", ms: 3, share: 0.75 },
      { where: "(garbage collector)", ms: 1, share: 0.25 },
    ]);
    expect(summary.byFunction[0]).toEqual({ where: "parse (@xmldom/xmldom)", ms: 3, share: 0.75 });
  });
});
