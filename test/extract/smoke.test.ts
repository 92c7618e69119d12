import { describe, expect, it } from "vitest";
import { recognizeIndustries } from "../../src/extract/industries.js";
import { recognizeOrganizations } from "../../src/extract/organizations.js";
import { recognizePeople } from "../../src/extract/people.js";
import { recognizePrograms } from "../../src/extract/programs.js";
import { makeDocument } from "../helpers/document.js";

const names = (mentions: { entity?: string }[]) => mentions.map((m) => m.entity);

describe("entity recognizers on one sentence each", () => {
  it("finds a quoted campaign with its program noun", () => {
    expect(names(recognizePrograms(makeDocument("全县深入开展“四送”行动。")))).toEqual(["program:四送行动"]);
  });
  it("finds an industry before 产业", () => {
    expect(names(recognizeIndustries(makeDocument("大力发展茶叶产业。")))).toContain("industry:茶叶");
  });
  it("finds an organization by its suffix", () => {
    expect(names(recognizeOrganizations(makeDocument("引进湖南农业大学团队。")))).toContain(
      "organization:湖南农业大学",
    );
  });
  it("finds a person after a role", () => {
    expect(names(recognizePeople(makeDocument("县委书记张建国表示，要抓落实。")))).toEqual(["person:张建国"]);
  });
});
