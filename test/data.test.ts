import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { dataPath, readDataJson } from "../src/data.js";
import { CountyKgError } from "../src/errors.js";

describe("data files", () => {
  it("resolves paths under the package's data/ folder", () => {
    expect(dataPath("x.json").endsWith("/data/x.json")).toBe(true);
    expect(existsSync(dataPath("."))).toBe(true);
  });
  it("names the missing file and says what to do", () => {
    try {
      readDataJson("no-such-file.json");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CountyKgError);
      expect((error as CountyKgError).message).toContain("data/no-such-file.json");
      expect((error as CountyKgError).hint).toMatch(/reinstall/);
    }
  });
});
