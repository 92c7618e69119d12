import { describe, expect, it } from "vitest";
import { extractRelations } from "../../../src/extract/relations/index.js";
import type { Document, Relation } from "../../../src/types.js";
import { markedDocument, type Mark } from "./marked-document.js";
import { R, region } from "./regions.js";

function leads(text: string, marks: Mark[], meta: Document["meta"] = {}): string[][] {
  const { doc, mentions, nested } = markedDocument(text, marks, meta);
  const rels: Relation[] = extractRelations(doc, mentions, { subject: R.renshou, nested });
  return rels.filter((r) => r.kind === "leads").map((r) => [r.source, r.target]);
}
const person = (text: string): Mark => ({ text, kind: "person", entity: `person:${text}` });
const organization = (text: string): Mark => ({ text, kind: "organization", entity: `organization:${text}` });

describe("leads", () => {
  it("an organization's head named after the roles leads the organization", () => {
    expect(
      leads("市发展改革委党组书记、主任李四表示，要加快发展。", [
        organization("市发展改革委"),
        person("李四"),
      ]),
    ).toEqual([["person:李四", "organization:市发展改革委"]]);
  });

  it("the evidence highlights the person, the unit and the roles", () => {
    const text = "市发展改革委党组书记、主任李四表示。";
    const { doc, mentions, nested } = markedDocument(text, [organization("市发展改革委"), person("李四")]);
    const [rel] = extractRelations(doc, mentions, { subject: R.renshou, nested });
    expect(rel!.evidence[0]!.trigger).toBe("党组书记、主任");
    expect(rel!.evidence[0]!.highlights).toEqual([
      { start: 0, end: 6 },
      { start: 6, end: 13 },
      { start: 13, end: 15 },
    ]);
  });

  it("a party committee named after a region stands for the region", () => {
    const marks = [organization("中共仁寿县委"), region("仁寿县", R.renshou), person("张三")];
    expect(leads("中共仁寿县委书记 张三", marks)).toEqual([["person:张三", R.renshou]]);
  });

  it("县委书记 with no unit before it means the document's own county", () => {
    expect(leads("县委书记张三主持会议。", [person("张三")])).toEqual([["person:张三", R.renshou]]);
  });

  it("市委书记 in a text about a county-level city means that city", () => {
    const { doc, mentions, nested } = markedDocument("江阴市召开全会。市委书记张三主持会议。", [
      region("江阴市", R.jiangyin),
      person("张三"),
    ]);
    const rels = extractRelations(doc, mentions, { subject: R.jiangyin, nested });
    expect(rels.filter((r) => r.kind === "leads").map((r) => r.target)).toEqual([R.jiangyin]);
  });

  it("deputies lead nothing", () => {
    expect(leads("县委副书记王五出席。", [person("王五")])).toEqual([]);
  });

  it("an author note gives the author's roles: only the leading one counts", () => {
    const marks = [person("赵六"), organization("中共眉山市委"), region("眉山市", R.meishan)];
    const text = "文／赵六\n正文一句。\n（作者系中共眉山市委副书记、眉山市市长）";
    expect(leads(text, marks, { author: "赵六" })).toEqual([["person:赵六", R.meishan]]);
  });

  it("a chain of units with their roles: the person leads each unit", () => {
    expect(
      leads("仁寿县县委书记、县人大常委会主任王五来访。", [
        region("仁寿县", R.renshou),
        organization("县人大常委会"),
        person("王五"),
      ]),
    ).toEqual([
      ["person:王五", "organization:县人大常委会"],
      ["person:王五", R.renshou],
    ]);
  });

  it("县委副书记、县长X: the chief of a level leads the unit of that level", () => {
    expect(
      leads("仁寿县召开大会。县委副书记、县长王五出席。", [region("仁寿县", R.renshou), person("王五")]),
    ).toEqual([["person:王五", R.renshou]]);
  });

  it("a bare organ written with another admin character than the subject's means the unit visited", () => {
    const marks = [
      region("仁寿县", R.renshou),
      region("顺德区", R.shunde),
      organization("顺德区委"),
      person("张三"),
      person("李四"),
    ];
    expect(leads("仁寿县代表团到顺德区考察。顺德区委书记张三，区委副书记、区长李四陪同。", marks)).toEqual([
      ["person:张三", R.shunde],
      ["person:李四", R.shunde],
    ]);
  });

  it("某市委副书记、市长X leads that city, not the subject's; a 副市长 leads nothing", () => {
    expect(
      leads("眉山市仁寿县代表团到访。江南州委常委、副市长王五，苏州市委副书记、市长赵六等参加活动。", [
        region("眉山市", R.meishan),
        region("仁寿县", R.renshou),
        region("苏州市", R.suzhou),
        person("王五"),
        person("赵六"),
      ]),
    ).toEqual([["person:赵六", R.suzhou]]);
  });
});
