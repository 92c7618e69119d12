import { describe, expect, it } from "vitest";
import { ancestorAt, contains, regionCode } from "../../../src/extract/relations/region-codes.js";

describe("region codes", () => {
  it("reads containment from code prefixes", () => {
    expect(contains("region:320000", "region:320583")).toBe(true);
    expect(contains("region:320500", "region:320583")).toBe(true);
    expect(contains("region:320583", "region:320583101")).toBe(true);
    expect(contains("region:320583", "region:320500")).toBe(false);
    expect(contains("region:320100", "region:320583")).toBe(false);
    expect(contains("region:某高新区", "region:320583")).toBe(false);
    expect(regionCode("region:某高新区")).toBeUndefined();
  });

  it("finds the unit at a level, municipalities answering for their districts", () => {
    expect(ancestorAt("region:320583", "prefecture")).toBe("region:320500");
    expect(ancestorAt("region:320583", "province")).toBe("region:320000");
    expect(ancestorAt("region:500151", "prefecture")).toBe("region:500000");
    expect(ancestorAt("region:320500", "county")).toBeUndefined();
  });
});
