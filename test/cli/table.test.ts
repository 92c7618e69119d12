import { describe, expect, it } from "vitest";
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
