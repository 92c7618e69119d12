import { describe, expect, it } from "vitest";
import { extractRelations } from "../../../src/extract/relations/index.js";
import type { Relation } from "../../../src/types.js";
import { markedDocument, type Mark } from "./marked-document.js";
import { R, region } from "./regions.js";

function relate(text: string, marks: Mark[]): Relation[] {
  const { doc, mentions, nested } = markedDocument(text, marks);
  return extractRelations(doc, mentions, { subject: R.renshou, nested });
}
const located = (rels: Relation[]) =>
  rels.filter((r) => r.kind === "located_in").map((r) => [r.source, r.target]);
const organization = (text: string): Mark => ({ text, kind: "organization", entity: `organization:${text}` });
const zone = (text: string): Mark => ({ text, kind: "region", entity: `region:${text}` });

describe("located_in", () => {
  it("the most specific region in the name", () => {
    const rels = relate("加快眉山职业学院仁寿分院建设。", [
      organization("眉山职业学院仁寿分院"),
      region("眉山", R.meishan),
      region("仁寿", R.renshou),
    ]);
    expect(located(rels)).toEqual([["organization:眉山职业学院仁寿分院", R.renshou]]);
  });

  it("a province in the name that contains the subject gives way to the subject", () => {
    const rels = relate("做实四川烹饪学院实训基地。", [
      organization("四川烹饪学院"),
      region("四川", R.sichuan),
    ]);
    expect(located(rels)).toEqual([["organization:四川烹饪学院", R.renshou]]);
  });

  it("a zone whose name opens with a form the document uses for a region sits in that region", () => {
    const rels = relate("昆山市经济总量领先。昆山高新区加快发展。", [
      region("昆山市", R.kunshan),
      zone("昆山高新区"),
    ]);
    expect(located(rels)).toEqual([["region:昆山高新区", R.kunshan]]);
  });

  it("a city in a company's name gives way to the region the sentence is explicitly about", () => {
    const rels = relate("江苏省昆山市集聚了宁波星河集团等项目。", [
      region("江苏省", R.jiangsu),
      region("昆山市", R.kunshan),
      organization("宁波星河集团"),
      region("宁波", "region:330200"),
    ]);
    expect(located(rels)).toEqual([["organization:宁波星河集团", R.kunshan]]);
  });

  it("位于X, a region written right before it, else the clause's region", () => {
    const rels = relate(
      "星河电子位于江阴。视高镇“花海公社”建成。江苏省昆山市引进了云帆科技。蓝鲸科技项目落地昆山市。",
      [
        organization("蓝鲸科技"),
        organization("星河电子"),
        region("江阴", R.jiangyin),
        zone("视高镇"),
        zone("花海公社"),
        region("江苏省", R.jiangsu),
        region("昆山市", R.kunshan),
        organization("云帆科技"),
      ],
    );
    expect(located(rels)).toEqual([
      ["organization:云帆科技", R.kunshan],
      ["organization:星河电子", R.jiangyin],
      ["organization:蓝鲸科技", R.kunshan],
    ]);
  });

  it("zones are located; macro-regions, organs, media and national bodies are not", () => {
    const rels = relate(
      "推进临港新城建设，融入长江经济带和秦巴山区，市发展改革委牵头，眉山日报、国家林草局报道。",
      [
        zone("临港新城"),
        zone("长江经济带"),
        zone("秦巴山区"),
        organization("市发展改革委"),
        organization("眉山日报"),
        organization("国家林草局"),
      ],
    );
    expect(located(rels)).toEqual([["region:临港新城", R.renshou]]);
  });
});

describe("part_of", () => {
  it("a region written right after its container, or holding it in its name", () => {
    const rels = relate("江苏昆山发展很快。苏州市昆山市也是。", [
      region("江苏", R.jiangsu),
      region("昆山", R.kunshan),
      region("苏州市昆山市", R.kunshan),
      region("苏州市", R.suzhou),
    ]);
    expect(rels.filter((r) => r.kind === "part_of").map((r) => r.id)).toEqual([
      `part_of:${R.kunshan}->${R.jiangsu}`,
      `part_of:${R.kunshan}->${R.suzhou}`,
    ]);
  });
});
