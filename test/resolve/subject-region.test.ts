import { describe, expect, it } from "vitest";
import { loadGazetteer } from "../../src/resolve/gazetteer.js";
import { recognizeRegions } from "../../src/resolve/recognize-regions.js";
import { subjectRegion } from "../../src/resolve/subject-region.js";
import { makeDocument } from "../helpers/document.js";

const gazetteer = loadGazetteer();
const subjectOf = (text: string, title?: string) => {
  const doc = makeDocument(text);
  if (title) doc.meta.title = title;
  return subjectRegion(doc, recognizeRegions(doc, gazetteer), gazetteer);
};

describe("subjectRegion", () => {
  it("reads the unit of a byline or signature (中共XX市XX区委书记)", () => {
    expect(subjectOf("奋力跨越赶超\n中共遂宁市安居区委书记 张三\n遂宁市召开会议，遂宁市领导出席。")).toBe(
      "region:510904",
    );
  });

  it("reads a signature that repeats the admin word (XX县县委书记)", () => {
    expect(subjectOf("宁陵县召开会议。宁陵县领导出席。商水县县委书记张三讲话。")).toBe("region:411623");
  });

  it("reads the unit whose people's congress a report is given to", () => {
    expect(
      subjectOf("政府工作报告\n在交城县第十七届人民代表大会第四次会议上\n山西省、山西省、山西省统筹推进。"),
    ).toBe("region:141122");
  });

  it("counts a name in the title", () => {
    expect(subjectOf("泉港加快发展。泉州市出台政策，泉州市推动落实。", "泉港推动高质量发展")).toBe(
      "region:350505",
    );
  });

  it("otherwise takes the most named unit, helped by how the text speaks of itself", () => {
    expect(subjectOf("四川省召开全会。全省上下，我省各地，成都市作表态发言。")).toBe("region:510000");
  });

  it("reads the home unit of a delegation and discounts the places it visits", () => {
    expect(
      subjectOf("酉阳党政考察团赴江苏考察。考察团先后到南京市、苏州市、无锡市参观考察，学习借鉴南京市经验。"),
    ).toBe("region:500242");
  });

  it("takes the host, not the guests, of a delegation that comes to visit (来璧考察)", () => {
    expect(
      subjectOf(
        "开州区党政代表团来璧考察。开州区代表团参观了我区产业园。璧山区与开州区结对，璧山坚持创新驱动。",
      ),
    ).toBe("region:500120");
  });

  it("never takes the places its own delegation visits, however often they are named", () => {
    expect(
      subjectOf(
        "县委书记率我县代表团赴河南省新安、宜阳两县考察学习。在新安县，代表团参观了新安县园区。新安县经验值得学习，新安县领导陪同。助推桐柏发展。",
      ),
    ).toBe("region:411330");
  });

  it("takes a bare organ's trip (县委书记…带领代表团到X) as the writer's own", () => {
    expect(
      subjectOf(
        "3月2日，县委书记张三带领党政代表团到新安县考察学习。新安县经验好，新安县领导陪同。桐柏将学习新安经验。",
      ),
    ).toBe("region:411330");
  });

  it("never takes the guests who come to visit it (X代表团来我县考察)", () => {
    expect(
      subjectOf(
        "宁陵县县委书记率宁陵县代表团来我县考察。宁陵县代表团参观了园区。希望宁陵县与商水县加强合作。",
      ),
    ).toBe("region:411623");
  });

  it("does not count one-character abbreviations (津甘对接) as namings of a unit", () => {
    expect(subjectOf("东丽区召开会议。深化津甘对接，津甘合作，津甘帮扶，津甘协作。")).toBe("region:120110");
  });

  it("is undefined when the only units named are the ones visited", () => {
    expect(subjectOf("我县考察团到范县、南乐县考察学习。我县考察团先后考察了范县化工项目。")).toBeUndefined();
  });

  it("is undefined when only ordinary words could be names", () => {
    expect(subjectOf("祝大家幸福安康，群众安居乐业。")).toBeUndefined();
  });
});
