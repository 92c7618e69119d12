import { describe, expect, it } from "vitest";
import { helpList } from "../../src/cli/graph-option.js";
import { displayWidth, formatTable, truncate } from "../../src/cli/table.js";

describe("tables for people", () => {
  it("counts CJK characters as two columns", () => {
    expect(displayWidth("游仙区")).toBe(6);
    expect(displayWidth("a游b，")).toBe(6);
    expect(displayWidth("四川省 › 绵阳市")).toBe(15);
  });
  it("aligns columns by display width, numbers to the right", () => {
    const table = formatTable(
      [{ header: "name" }, { header: "n", right: true }, { header: "note" }],
      [
        ["游仙区", "5", ""],
        ["ab", "12", "x"],
      ],
    );
    expect(table.split("\n")).toEqual(["name     n  note", "游仙区   5", "ab      12  x"]);
  });
  it("truncates to a display width with an ellipsis", () => {
    expect(truncate("安居区全面对标溧阳市", 9)).toBe("安居区全…");
    expect(truncate("short", 9)).toBe("short");
  });
});

describe("help lists", () => {
  it("wraps at 100 columns with continuation lines under the option text", () => {
    const text = helpList(Array.from({ length: 12 }, (_, i) => `kind_number_${i}`));
    const lines = text.split("\n");
    expect(lines.map((line) => line.length + (line.startsWith(" ") ? 0 : 24)).every((n) => n <= 100)).toBe(
      true,
    );
    expect(lines[1]!.startsWith(" ".repeat(24) + "kind_number_")).toBe(true);
    expect(lines[0]!.endsWith(",")).toBe(true);
    expect(text.replace(/,\n +/g, ", ").split(", ")).toHaveLength(12);
  });
});
