import { describe, expect, it } from "vitest";
import { formatCell, formatTable } from "../../src/bench/table.js";

describe("formatTable", () => {
  it("pads text left and numbers right under a rule", () => {
    expect(
      formatTable(
        ["stage", "MB/s"],
        [
          ["decode", 123.4],
          ["extract", 9.87],
        ],
      ),
    ).toBe(["stage    MB/s", "-------  ----", "decode    123", "extract  9.87"].join("\n"));
  });
});

describe("formatCell", () => {
  it("keeps three significant digits around the common magnitudes", () => {
    expect([formatCell(1234.5), formatCell(12.345), formatCell(1.2345)]).toEqual(["1235", "12.3", "1.23"]);
  });
  it("marks missing and infinite values", () => {
    expect([formatCell(undefined), formatCell(NaN), formatCell(Infinity)]).toEqual(["–", "–", "∞"]);
  });
});
