import { describe, expect, it } from "vitest";
import { entitiesFromMentions } from "../../src/extract/document-entities.js";
import { makeMention } from "../helpers/mention.js";

const describeRegion = (id: string) =>
  id === "region:330523"
    ? {
        name: "安吉县",
        code: "330523",
        level: "county" as const,
        parent: "region:330500",
        parentChain: ["浙江省", "湖州市"],
      }
    : undefined;

describe("entitiesFromMentions", () => {
  it("groups mentions by entity, names regions officially and keeps other forms as aliases", () => {
    const mentions = [
      makeMention("d", "region", "region:330523", 10, "安吉"),
      makeMention("d", "program", "program:乡村振兴", 0, "乡村振兴战略"),
      makeMention("d", "region", "region:330523", 2, "安吉縣"),
    ];
    const entities = entitiesFromMentions(mentions, describeRegion, (m) => m.surface);
    expect(entities.map((e) => e.id)).toEqual(["program:乡村振兴", "region:330523"]);
    const anji = entities[1]!;
    expect(anji).toMatchObject({
      name: "安吉县",
      code: "330523",
      level: "county",
      parent: "region:330500",
      parentChain: ["浙江省", "湖州市"],
    });
    expect(anji.aliases).toEqual(["安吉", "安吉縣"]);
    expect(anji.mentions.map((m) => m.span.start)).toEqual([2, 10]);
    expect(entities[0]).toMatchObject({ name: "乡村振兴", aliases: ["乡村振兴战略"] });
  });
  it("collects the roles of people and skips unresolved mentions", () => {
    const mentions = [
      makeMention("d", "person", "person:王小明", 0, "王小明", { role: "县委书记" }),
      makeMention("d", "person", "person:王小明", 9, "王小明"),
      { ...makeMention("d", "region", "x", 20, "某地"), entity: undefined },
    ];
    const entities = entitiesFromMentions(mentions, describeRegion, (m) => m.surface);
    expect(entities).toHaveLength(1);
    expect(entities[0]).toMatchObject({ name: "王小明", aliases: [], roles: ["县委书记"] });
  });
});
