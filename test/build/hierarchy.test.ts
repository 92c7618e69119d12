import { describe, expect, it } from "vitest";
import { ancestorIds, codeAncestors } from "../../src/build/hierarchy.js";
import type { Entity } from "../../src/types.js";

function region(id: string, extra: Partial<Entity> = {}): Entity {
  return { id, kind: "region", name: id, aliases: [], mentions: [], ...extra };
}

describe("codeAncestors", () => {
  it("derives prefecture and province from a county code, county from a township code", () => {
    expect(codeAncestors("510107")).toEqual(["510100", "510000"]);
    expect(codeAncestors("510100")).toEqual(["510000"]);
    expect(codeAncestors("510000")).toEqual([]);
    expect(codeAncestors("510107001")).toEqual(["510107", "510100", "510000"]);
    expect(codeAncestors("51010700")).toEqual([]);
  });
});

describe("ancestorIds", () => {
  it("puts the parent first, then what the code implies", () => {
    expect(ancestorIds(region("region:510903", { code: "510903", parent: "region:510900" }))).toEqual([
      "region:510900",
      "region:510000",
    ]);
  });

  it("uses the parent's code for an entity without one (a zone)", () => {
    expect(ancestorIds(region("region:某某开发区", { parent: "region:320583" }))).toEqual([
      "region:320583",
      "region:320500",
      "region:320000",
    ]);
    expect(ancestorIds(region("region:某某新区"))).toEqual([]);
  });
});
