import { describe, expect, it } from "vitest";
import { parseBenchOptions } from "../../src/bench/options.js";

const now = new Date("2026-01-02T03:04:05.678Z");

describe("parseBenchOptions", () => {
  it("runs every tier and section by default", () => {
    const options = parseBenchOptions([], now);
    expect(options).toMatchObject({
      sizes: [10, 50, 200],
      sections: ["stages", "layout", "gexf", "speedup", "streaming", "incremental", "query"],
      quick: false,
      out: "bench-results/bench-2026-01-02T03-04-05-678Z.json",
    });
  });
  it("makes --size a quick look without the scale checks", () => {
    expect(parseBenchOptions(["--size", "10"], now)).toMatchObject({
      sizes: [10],
      quick: true,
      sections: ["stages", "layout", "gexf", "query"],
    });
  });
  it("keeps sections named by --only", () => {
    expect(parseBenchOptions(["--size", "50,10", "--only", "speedup,incremental"], now)).toMatchObject({
      sizes: [10, 50],
      sections: ["speedup", "incremental"],
    });
  });
  it("rejects sizes that are not positive integers", () => {
    expect(() => parseBenchOptions(["--size", "0"], now)).toThrow(/--size wants positive integers/);
  });
  it("rejects unknown sections", () => {
    expect(() => parseBenchOptions(["--only", "speed"], now)).toThrow(/unknown section "speed"/);
  });
});
