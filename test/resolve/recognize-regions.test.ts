import { describe, expect, it } from "vitest";
import { describeRegion } from "../../src/resolve/describe-region.js";
import { loadGazetteer } from "../../src/resolve/gazetteer.js";
import { recognizeRegions } from "../../src/resolve/recognize-regions.js";
import type { Mention } from "../../src/types.js";
import { makeDocument } from "../helpers/document.js";

const gazetteer = loadGazetteer();
const recognize = (text: string, title?: string): Mention[] => {
  const doc = makeDocument(text);
  if (title) doc.meta.title = title;
  return recognizeRegions(doc, gazetteer);
};
/** `surface → entity` for every mention, in text order. */
const found = (text: string, title?: string) => recognize(text, title).map((m) => `${m.surface}→${m.entity}`);

describe("recognizeRegions: names", () => {
  it("fills every field of a mention", () => {
    const [mention] = recognize("会议结束。代表团赴四川省考察。");
    expect(mention).toEqual({
      doc: "doc",
      kind: "region",
      span: { start: 9, end: 12 },
      orig: { start: 9, end: 12 },
      surface: "四川省",
      sentence: 1,
      rule: "region-full-name",
      entity: "region:510000",
    });
  });

  it("emits one mention per unit of a combination, each resolved with the other", () => {
    expect(found("绵阳市游仙区与江苏省溧阳市签署协议。")).toEqual([
      "绵阳市→region:510700",
      "游仙区→region:510704",
      "江苏省→region:320000",
      "溧阳市→region:320481",
    ]);
    expect(found("福州市鼓楼区和南京市鼓楼区结对。")).toEqual([
      "福州市→region:350100",
      "鼓楼区→region:350102",
      "南京市→region:320100",
      "鼓楼区→region:320106",
    ]);
  });

  it("resolves short names after their container and in enumerations", () => {
    expect(found("我们与重庆铜梁、浙江安吉、江苏溧阳比拼特色产业。")).toEqual([
      "重庆→region:500000",
      "铜梁→region:500151",
      "浙江→region:330000",
      "安吉→region:330523",
      "江苏→region:320000",
      "溧阳→region:320481",
    ]);
  });

  it("ranks the units a shared name may be by the containers named nearby", () => {
    const [district] = recognize("南京市召开推进会。鼓楼区作交流发言。").slice(1);
    expect(district!.entity).toBe("region:320106");
    expect(district!.candidates?.[0]).toBe("region:320106");
    expect(district!.candidates).toHaveLength(4);
  });

  it("asks evidence of names that are ordinary words", () => {
    expect(found("让群众安居乐业，祝大家幸福安康。")).toEqual([]);
    expect(found("今年平安建设成效明显。")).toEqual([]);
    // The document's own unit counts under its short name, the idiom still does not.
    expect(found("中共安康市委书记讲话。安康高质量发展，群众安居乐业。")).toEqual([
      "安康市→region:610900",
      "安康→region:610900",
    ]);
    // So does a name an admin word follows.
    expect(found("安居人民满怀信心。")).toEqual(["安居→region:510904"]);
  });

  it("rejects names inside ordinary words and names a word runs across", () => {
    expect(found("早餐吃三明治，学习古田会议精神。")).toEqual([]);
    expect(found("让农村群众喝上城市的水，推进县城更新和改造。")).toEqual([]);
  });

  it("rejects place names inside facility, river and product names", () => {
    expect(found("西康高速、嘉陵江大桥、安康无水港和泉港区医院。")).toEqual([]);
  });
});

describe("recognizeRegions: zones", () => {
  it("makes X高新区 a zone of X, and a bare 高新区 the document's one", () => {
    const mentions = recognize("安康市加快发展。安康国家高新区扩区，以高新区为承载。");
    expect(mentions.map((m) => `${m.surface}→${m.entity}`)).toEqual([
      "安康市→region:610900",
      "安康国家高新区→region:安康国家高新区",
      "高新区→region:安康国家高新区",
    ]);
    expect(describeRegion("region:安康国家高新区", gazetteer)).toMatchObject({
      level: "zone",
      parent: "region:610900",
      parentChain: ["陕西省", "安康市"],
    });
  });

  it("names a zone by the longest form the document uses", () => {
    expect(found("游仙高新区产值增长，游仙高新技术产业开发区扩容。")).toEqual([
      "游仙高新区→region:游仙高新技术产业开发区",
      "游仙高新技术产业开发区→region:游仙高新技术产业开发区",
    ]);
  });

  it("uses the official name of a statistics zone", () => {
    expect(found("石家庄高新区引进项目。")).toEqual(["石家庄高新区→region:石家庄高新技术产业开发区"]);
  });

  it("leaves generic zone typology alone", () => {
    expect(found("支持高新技术产业开发区、经济技术开发区等园区发展。")).toEqual([]);
  });

  it("treats a zone inside a zone as one zone of the inner place", () => {
    const [zone] = recognize("安康市推进陕西自贸区安康协同创新区建设。").slice(1);
    expect(zone).toMatchObject({ surface: "陕西自贸区安康协同创新区", rule: "zone" });
    expect(describeRegion(zone!.entity!, gazetteer)?.parent).toBe("region:610900");
  });

  it("makes a river corridor a zone of the subject", () => {
    expect(found("安康市召开大会。强化月河川道、汉江经济走廊建设。")).toEqual([
      "安康市→region:610900",
      "月河川道→region:月河川道",
      "汉江经济走廊→region:汉江经济走廊",
    ]);
  });
});

describe("recognizeRegions: macro-regions, abbreviations, townships, first person", () => {
  it("finds macro-regions with their variant forms and named clusters", () => {
    expect(found("融入长三角、粤港澳大湾区和成渝“双城”经济圈，对接福州都市圈。")).toEqual([
      "长三角→region:长江三角洲",
      "粤港澳大湾区→region:粤港澳大湾区",
      "成渝“双城”经济圈→region:成渝地区双城经济圈",
      "福州都市圈→region:福州都市圈",
    ]);
  });

  it("reads one-character abbreviations only in their patterns", () => {
    expect(found("深化苏陕、津陕对口协作。")).toEqual([
      "苏→region:320000",
      "陕→region:610000",
      "津→region:120000",
      "陕→region:610000",
    ]);
    expect(found("总书记来陕考察。")).toEqual(["陕→region:610000"]);
    expect(found("闽台合作，闽江治理，京津冀协同发展。")).toEqual(["京津冀→region:京津冀"]);
  });

  it("resolves townships inside the subject county or a county in the same sentence", () => {
    expect(found("遂宁市安居区常理镇建设示范村。")).toEqual([
      "遂宁市→region:510900",
      "安居区→region:510904",
      "常理镇→region:510904116",
    ]);
    expect(found("推进小城镇建设，文明村镇达标。")).toEqual([]);
  });

  it("resolves 我区 to the subject when the subject is a 区", () => {
    expect(found("延平区召开全会。我区将加快发展，我省支持。")).toEqual([
      "延平区→region:350702",
      "我区→region:350702",
    ]);
  });
});
