import { describe, expect, it } from "vitest";
import { regionsInPrograms, resolveOverlaps } from "../../src/extract/overlaps.js";
import type { EntityKind, Mention } from "../../src/types.js";

function mention(kind: EntityKind, start: number, end: number, entity = `${kind}:${start}-${end}`): Mention {
  return {
    doc: "d",
    kind,
    span: { start, end },
    orig: { start, end },
    surface: "",
    sentence: 0,
    rule: "t",
    entity,
  };
}
const ids = (ms: Mention[]) => ms.map((m) => m.entity);

describe("resolveOverlaps", () => {
  it("keeps the longest and reports mentions inside it as nested", () => {
    const org = mention("organization", 0, 8);
    const region = mention("region", 0, 2);
    const { kept, nested } = resolveOverlaps([region, org]);
    expect(ids(kept)).toEqual([org.entity]);
    expect(ids(nested)).toEqual([region.entity]);
  });
  it("drops partial overlaps without nesting them", () => {
    const { kept, nested } = resolveOverlaps([mention("program", 0, 6), mention("industry", 4, 9)]);
    expect(ids(kept)).toEqual(["program:0-6"]);
    expect(nested).toEqual([]);
  });
  it("breaks ties by kind priority, then by start, and sorts by start", () => {
    const { kept, nested } = resolveOverlaps([
      mention("industry", 10, 14),
      mention("program", 10, 14),
      mention("person", 3, 5),
      mention("region", 0, 2),
    ]);
    expect(ids(kept)).toEqual(["region:0-2", "person:3-5", "program:10-14"]);
    expect(ids(nested)).toEqual(["industry:10-14"]);
  });
  it("prefers a region to an organization over the same span", () => {
    const { kept, nested } = resolveOverlaps([mention("organization", 0, 5), mention("region", 0, 5)]);
    expect(ids(kept)).toEqual(["region:0-5"]);
    expect(ids(nested)).toEqual(["organization:0-5"]);
  });
  it("does not nest a mention that spans two kept ones", () => {
    const { kept, nested } = resolveOverlaps([
      mention("region", 0, 3),
      mention("region", 3, 6),
      mention("program", 2, 4),
    ]);
    expect(ids(kept)).toEqual(["region:0-3", "region:3-6"]);
    expect(nested).toEqual([]);
  });
});

describe("regionsInPrograms", () => {
  it("returns the nested regions inside a kept program, not those inside an organization", () => {
    const plan = mention("program", 10, 30);
    const inPlan = [mention("region", 11, 14), mention("region", 15, 18)];
    const inBody = mention("region", 40, 43);
    const { kept, nested } = resolveOverlaps([plan, ...inPlan, mention("organization", 40, 48), inBody]);
    expect(ids(nested)).toEqual([...ids(inPlan), inBody.entity]);
    expect(ids(regionsInPrograms(kept, nested))).toEqual(ids(inPlan));
  });
  it("returns no program or industry nested in a program", () => {
    const { kept, nested } = resolveOverlaps([mention("program", 0, 10), mention("industry", 2, 4)]);
    expect(regionsInPrograms(kept, nested)).toEqual([]);
  });
});
