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

  it("reads a province's short name as the province unless a prefix says otherwise", () => {
    const [beijing, tianjin, hebei] = recognize("北京、天津、河北协同发展。天津河北区召开会议。");
    expect([beijing!.entity, tianjin!.entity, hebei!.entity]).toEqual([
      "region:110000",
      "region:120000",
      "region:130000",
    ]);
    expect(hebei!.candidates).toEqual(["region:130000", "region:120105"]);
    expect(found("天津河北区召开会议。")).toEqual(["天津→region:120000", "河北区→region:120105"]);
  });

  it("asks evidence of names that are ordinary words", () => {
    expect(found("让群众安居乐业，祝大家幸福安康。")).toEqual([]);
    expect(found("今年平安建设成效明显。")).toEqual([]);
    // 白银 is silver before it is a city: the idiom 真金白银 names none, a list of places does.
    expect(found("各地拿出真金白银支持企业。")).toEqual([]);
    expect(found("代表团赴兰州、白银等地考察。")).toEqual(["兰州→region:620100", "白银→region:620400"]);
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
    expect(found("弘扬井冈山精神、延安精神。")).toEqual([]);
    expect(found("建设福建师范大学附属学校和泉港实验小学。")).toEqual([]);
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

  it("makes X新城 after a far name a local area of the subject", () => {
    const [, zone] = recognize("高淳区召开会议。建设湖滨新城，平安示范区挂牌。");
    expect(zone).toMatchObject({ surface: "湖滨新城", entity: "region:湖滨新城" });
    expect(describeRegion("region:湖滨新城", gazetteer)?.parent).toBe("region:320118");
    expect(recognize("高淳区召开会议。建设湖滨新城，平安示范区挂牌。")).toHaveLength(2);
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

describe("recognizeRegions: patterns around names", () => {
  it("reads visits listed with 、 and refuses odd runs of abbreviations", () => {
    expect(found("贯彻总书记来闽、来明考察重要讲话精神。")).toEqual(["闽→region:350000"]);
    expect(found("推进川渝合作，深化京津冀合作。")).toEqual([
      "川→region:510000",
      "渝→region:500000",
      "京津冀→region:京津冀",
    ]);
  });

  it("does not take a name opening a quoted brand for the place, unless it is the subject's", () => {
    expect(found("实施“金州英才”计划。")).toEqual([]);
    expect(found("延平区推广“延平1号”百合。")).toEqual(["延平区→region:350702", "延平→region:350702"]);
  });

  it("asks evidence of a bare county short name from another province than the subject's", () => {
    expect(found("泉港区召开会议。坚持节用裕民，泉港区加快发展。")).toEqual([
      "泉港区→region:350505",
      "泉港区→region:350505",
    ]);
    expect(found("泉港区召开会议。新疆裕民与泉港区结对。")).toEqual([
      "泉港区→region:350505",
      "新疆→region:650000",
      "裕民→region:654225",
      "泉港区→region:350505",
    ]);
  });

  it("asks evidence of two-character full names", () => {
    expect(found("在市委、市政府和县委的领导下，项目东区建成。")).toEqual([]);
    expect(found("安徽省马鞍山市和县召开会议。")).toEqual([
      "安徽省→region:340000",
      "马鞍山市→region:340500",
      "和县→region:340523",
    ]);
  });
});

describe("recognizeRegions: more zones and units", () => {
  it("makes a zone of a township's stem inside the subject", () => {
    const [, zone] = recognize("汉滨区召开会议。恒口示范区建设加快。");
    expect(zone).toMatchObject({ surface: "恒口示范区", entity: "region:恒口示范区", rule: "zone" });
    expect(describeRegion("region:恒口示范区", gazetteer)?.parent).toBe("region:610902");
  });

  it("makes a zone named after a macro-region a zone of its own", () => {
    expect(found("守护秦巴生物多样性生态功能区，融入长三角。")).toEqual([
      "秦巴生物多样性生态功能区→region:秦巴生物多样性生态功能区",
      "长三角→region:长江三角洲",
    ]);
    expect(describeRegion("region:秦巴生物多样性生态功能区", gazetteer)).toEqual({
      name: "秦巴生物多样性生态功能区",
      level: "zone",
      parentChain: [],
    });
  });

  it("finds named national zones whose names hold no region name", () => {
    const [zone] = recognize("推动成渝地区协同，建设四川天府新区。").slice(1);
    expect(zone).toMatchObject({ surface: "四川天府新区", entity: "region:天府新区", rule: "named-zone" });
    expect(describeRegion("region:天府新区", gazetteer)).toMatchObject({
      level: "zone",
      parent: "region:510100",
    });
  });

  it("knows Hong Kong, Macao and Taiwan by their GB/T 2260 codes", () => {
    expect(found("深化与香港、澳门、台湾的交流。")).toEqual([
      "香港→region:810000",
      "澳门→region:820000",
      "台湾→region:710000",
    ]);
  });
});

describe("recognizeRegions: general rules of the second round", () => {
  it("lets a province name run into a name inside it even where a word spans the join (江湖)", () => {
    expect(found("我们到浙江湖州学习。")).toEqual(["浙江→region:330000", "湖州→region:330500"]);
    expect(found("代表团赴广东省江门市和西藏山南市考察。")).toEqual([
      "广东省→region:440000",
      "江门市→region:440700",
      "西藏→region:540000",
      "山南市→region:540500",
    ]);
  });

  it("reads a zone with a descriptive middle as one zone lying in the unit it starts with", () => {
    const [zone, ...rest] = recognize("驻马店市国际农产品加工产业园投产。");
    expect(rest).toEqual([]);
    expect(zone!.entity).toBe("region:驻马店市国际农产品加工产业园");
    expect(describeRegion(zone!.entity!, gazetteer)?.parent).toBe("region:411700");
    expect(found("共建海曙—五河协同发展合作区。")).toEqual([
      "海曙—五河协同发展合作区→region:海曙—五河协同发展合作区",
    ]);
  });

  it("takes no zone across a verb or past another unit's full name", () => {
    expect(found("遂平县加快建设食品产业园区。")).toEqual(["遂平县→region:411728"]);
    expect(found("安康市委组织部牵头示范区。")).toEqual(["安康市→region:610900"]);
    expect(found("平原县全年新区建设。")).toEqual(["平原县→region:371426"]);
    expect(found("学习郑州、洛阳两地高新区经验。")).toEqual(["郑州→region:410100", "洛阳→region:410300"]);
    expect(found("绵阳市游仙区产业园开工。")).toEqual([
      "绵阳市→region:510700",
      "游仙区产业园→region:游仙区产业园",
    ]);
  });

  it("reads pairs before a cooperation noun through city abbreviations and the document's own units", () => {
    expect(found("深化甬蚌合作。")).toEqual(["甬→region:330200", "蚌→region:340300"]);
    expect(found("深化津甘对接。")).toEqual(["津→region:120000", "甘→region:620000"]);
    expect(found("如皋市与洋县推进如洋对口协作，共建如洋协作有机产业协同示范区。")).toEqual([
      "如皋市→region:320682",
      "洋县→region:610723",
      "如→region:320682",
      "洋→region:610723",
      "如洋协作有机产业协同示范区→region:如洋协作有机产业协同示范区",
    ]);
    expect(found("宁波市领导郑甬龙陪同。")).toEqual(["宁波市→region:330200"]);
  });

  it("corrects a look-alike character only before a suffix or after a containing unit", () => {
    expect(found("考察临颖县和安徽毫州。")).toEqual([
      "临颖县→region:411122",
      "安徽→region:340000",
      "毫州→region:341600",
    ]);
    expect(found("毫无疑问，临颖的发展。")).toEqual([]);
  });
});

describe("recognizeRegions: short names inside persons' names", () => {
  it("takes no short name that follows a surname after a title or a person word", () => {
    expect(found("市长刘中原出席。")).toEqual([]);
    expect(found("嘉宾朱儒林、刘中原参加。")).toEqual([]);
    expect(found("区委书记王安康、副区长刘中原陪同。")).toEqual([]);
    expect(found("代表团赴中原考察。")).toEqual(["中原→region:410102"]);
  });
});

describe("recognizeRegions: townships of the subject county without their suffix", () => {
  it("reads a township's short name in a text about its county, not one inside a word", () => {
    expect(found("泉港区召开会议。推进涂岭休闲农业基地、界山现代农业园建设。")).toEqual([
      "泉港区→region:350505",
      "涂岭→region:350505106",
      "界山→region:350505101",
    ]);
    expect(found("推进涂岭休闲农业基地建设。")).toEqual([]);
  });
});
