import { describe, expect, it } from "vitest";
import { extractRelations } from "../../../src/extract/relations/index.js";
import type { Relation } from "../../../src/types.js";
import { markedDocument, type Mark } from "./marked-document.js";
import { R, region } from "./regions.js";

function relate(text: string, marks: Mark[], subject: string | null = R.renshou): Relation[] {
  const { doc, mentions, nested } = markedDocument(text, marks);
  return extractRelations(doc, mentions, { subject: subject ?? undefined, nested });
}
const pairs = (rels: Relation[], kind: string) =>
  rels.filter((r) => r.kind === kind).map((r) => [r.source, r.target]);
const industry = (text: string): Mark => ({ text, kind: "industry", entity: `industry:${text}` });
const program = (text: string): Mark => ({ text, kind: "program", entity: `program:${text}` });

describe("has_industry and implements_program", () => {
  it("a cooperation program of a sentence where regions cooperate is each partner's too; other programs are not", () => {
    const rels = relate("昆山市与江阴市深化东西部协作，推进乡村振兴。", [
      region("昆山市", R.kunshan),
      region("江阴市", R.jiangyin),
      program("东西部协作"),
      program("乡村振兴"),
    ]);
    expect(pairs(rels, "implements_program")).toEqual([
      [R.jiangyin, "program:东西部协作"],
      [R.kunshan, "program:东西部协作"],
      [R.renshou, "program:东西部协作"],
      [R.renshou, "program:乡村振兴"],
    ]);
  });

  it("在X考察期间，我县代表团考察了…: what our visitors see is the host's, and the sites lie there", () => {
    const rels = relate("在昆山市考察期间，我县代表团先后来到甲乙电子有限公司，了解电子信息产业发展情况。", [
      region("昆山市", R.kunshan),
      region("我县", R.renshou),
      { text: "甲乙电子有限公司", kind: "organization", entity: "organization:甲乙电子有限公司" },
      industry("电子信息产业"),
    ]);
    expect(pairs(rels, "has_industry")).toEqual([[R.kunshan, "industry:电子信息产业"]]);
    expect(pairs(rels, "located_in")).toEqual([["organization:甲乙电子有限公司", R.kunshan]]);
  });

  it("X考察团来参观考察…: what the guests come to see is the host's (the document's subject)", () => {
    const rels = relate("义乌市委副书记张三率考察团一行来参观考察茶叶产业。", [
      region("义乌市", R.yiwu),
      industry("茶叶产业"),
    ]);
    expect(pairs(rels, "has_industry")).toEqual([[R.renshou, "industry:茶叶产业"]]);
  });

  it("once guests came to us, the sites they tour without a place named are ours", () => {
    const org = (text: string): Mark => ({ text, kind: "organization", entity: `organization:${text}` });
    const marks = [region("义乌市", R.yiwu), org("甲乙食品"), org("丙丁公司")];
    const hosted = relate("义乌市考察团来我县考察。义乌市考察团一行先后到甲乙食品、丙丁公司参观。", [
      ...marks,
      region("我县", R.renshou),
    ]);
    expect(pairs(hosted, "located_in")).toEqual([
      ["organization:丙丁公司", R.renshou],
      ["organization:甲乙食品", R.renshou],
    ]);
    // The guests of another place: their tour goes on there.
    const touring = relate("义乌市代表团赴昆山市考察。义乌市一行先后到甲乙食品、丙丁公司参观。", [
      ...marks,
      region("昆山市", R.kunshan),
    ]);
    expect(pairs(touring, "located_in")).toEqual([
      ["organization:丙丁公司", R.kunshan],
      ["organization:甲乙食品", R.kunshan],
    ]);
  });

  it("the fields of a cooperation (在X、Y等领域深化合作) are nobody's industries or programs", () => {
    const rels = relate("两地将在茶叶产业、乡村振兴等领域深化合作。我县发展茶叶产业。", [
      industry("茶叶产业"),
      program("乡村振兴"),
    ]);
    expect(pairs(rels, "has_industry")).toEqual([[R.renshou, "industry:茶叶产业"]]);
    expect(rels.find((r) => r.kind === "has_industry")!.evidence).toHaveLength(1);
    expect(pairs(rels, "implements_program")).toEqual([]);
  });

  it("a group's trip to one place goes on in the next sentences (…一行先后考察了…)", () => {
    const rels = relate("我县代表团赴昆山市考察。代表团一行先后考察了电子信息产业基地。我县发展茶叶产业。", [
      region("昆山市", R.kunshan),
      industry("电子信息产业"),
      industry("茶叶产业"),
    ]);
    expect(pairs(rels, "has_industry")).toEqual([
      [R.kunshan, "industry:电子信息产业"],
      [R.renshou, "industry:茶叶产业"],
    ]);
  });

  it("考察了X市Y示范区: a list of zones is a trip to the places their names open with", () => {
    const rels = relate("县长考察了昆山市甲乙示范区，了解电子信息产业发展。", [
      region("昆山市", R.kunshan),
      { text: "昆山市甲乙示范区", kind: "region", entity: "region:昆山市甲乙示范区" },
      industry("电子信息产业"),
    ]);
    expect(pairs(rels, "has_industry")).toEqual([[R.kunshan, "industry:电子信息产业"]]);
  });

  it("来 without a word of seeing right after it is no visit (带来, 近年来)", () => {
    const rels = relate("义乌市近年来参与发展茶叶产业，带来考察机会。", [
      region("义乌市", R.yiwu),
      industry("茶叶产业"),
    ]);
    expect(pairs(rels, "has_industry")).toEqual([[R.yiwu, "industry:茶叶产业"]]);
  });

  it("a sentence with no subject of its own belongs to the document's subject", () => {
    const rels = relate("大力发展食品加工，深入实施乡村振兴。", [industry("食品加工"), program("乡村振兴")]);
    expect(pairs(rels, "has_industry")).toEqual([[R.renshou, "industry:食品加工"]]);
    expect(pairs(rels, "implements_program")).toEqual([[R.renshou, "program:乡村振兴"]]);
  });

  it("a region opening the sentence is its subject for every later clause, and 全县 does not switch back", () => {
    const rels = relate("一是浙江省义乌市积极发展数字经济，全县实施强链行动。我县发展茶叶。", [
      region("浙江省", R.zhejiang),
      region("义乌市", R.yiwu),
      industry("数字经济"),
      program("强链行动"),
      industry("茶叶"),
    ]);
    expect(pairs(rels, "has_industry")).toEqual([
      [R.yiwu, "industry:数字经济"],
      [R.renshou, "industry:茶叶"],
    ]);
    expect(pairs(rels, "implements_program")).toEqual([[R.yiwu, "program:强链行动"]]);
  });

  it("a sentence opening with 特别是 keeps the subject of the sentence before; others do not", () => {
    const rels = relate("江苏省昆山市大力发展电子信息。特别是实施强链行动。推进乡村振兴。", [
      region("江苏省", R.jiangsu),
      region("昆山市", R.kunshan),
      industry("电子信息"),
      program("强链行动"),
      program("乡村振兴"),
    ]);
    expect(pairs(rels, "implements_program")).toEqual([
      [R.kunshan, "program:强链行动"],
      [R.renshou, "program:乡村振兴"],
    ]);
  });

  it("does not link an industry to a region named in the middle of the sentence", () => {
    const rels = relate("学习昆山经验，培育电子信息产业。", [
      region("昆山", R.kunshan),
      industry("电子信息产业"),
    ]);
    expect(pairs(rels, "has_industry")).toEqual([[R.renshou, "industry:电子信息产业"]]);
  });

  it("a program right after 市委 is the city's too, when the document mentions the city", () => {
    const text = "眉山发展迅速。坚持以市委“三大攻坚”为导向。";
    const rels = relate(text, [region("眉山", R.meishan), program("三大攻坚")]);
    expect(pairs(rels, "implements_program")).toEqual([
      [R.meishan, "program:三大攻坚"],
      [R.renshou, "program:三大攻坚"],
    ]);
    const decided = relate("眉山发展迅速。紧扣市委确定的“六大目标”。", [
      region("眉山", R.meishan),
      program("六大目标"),
    ]);
    expect(pairs(decided, "implements_program")).toEqual([
      [R.meishan, "program:六大目标"],
      [R.renshou, "program:六大目标"],
    ]);
    const opening = relate("眉山发展迅速。市委立足实际，创新开展“三比三争”活动。", [
      region("眉山", R.meishan),
      program("“三比三争”活动"),
    ]);
    expect(pairs(opening, "implements_program")).toEqual([[R.meishan, "program:“三比三争”活动"]]);
    const bare = relate("坚持以市委“三大攻坚”为导向。", [program("三大攻坚")]);
    expect(pairs(bare, "implements_program")).toEqual([[R.renshou, "program:三大攻坚"]]);
  });

  it("an organization opening the sentence implements its programs but has no industries", () => {
    const rels = relate("省农业农村厅负责人表示，将推进和美乡村建设，壮大茶叶产业。", [
      { text: "省农业农村厅", kind: "organization", entity: "organization:省农业农村厅" },
      program("和美乡村"),
      industry("茶叶"),
    ]);
    expect(pairs(rels, "implements_program")).toEqual([["organization:省农业农村厅", "program:和美乡村"]]);
    expect(pairs(rels, "has_industry")).toEqual([]);
  });

  it("a region written right before an industry owns it, unless it contains the subject", () => {
    const rels = relate("建设视高镇茶叶基地和眉山泡菜产业园。", [
      region("视高镇", "region:511421104"),
      industry("茶叶"),
      region("眉山", R.meishan),
      industry("泡菜"),
    ]);
    expect(pairs(rels, "has_industry")).toEqual([
      [R.renshou, "industry:泡菜"],
      ["region:511421104", "industry:茶叶"],
    ]);
  });

  it("a region written right before a program implements it too; a pair of regions opening a name does not", () => {
    const rels = relate("主动融入眉山“同城化”战略，深化川渝合作机制。", [
      region("眉山", R.meishan),
      program("“同城化”战略"),
      { text: "川渝合作机制", kind: "program", entity: "program:川渝合作机制" },
      region("川", R.sichuan),
      region("渝", "region:500000"),
    ]);
    expect(pairs(rels, "implements_program")).toEqual([
      [R.meishan, "program:“同城化”战略"],
      [R.renshou, "program:“同城化”战略"],
      [R.renshou, "program:川渝合作机制"],
    ]);
  });

  it("a speaker who leads an organization speaks for it", () => {
    const rels = relate("市发展改革委主任李四出席。李四说，将推进和美乡村建设。", [
      { text: "市发展改革委", kind: "organization", entity: "organization:市发展改革委" },
      { text: "李四", kind: "person", entity: "person:李四" },
      program("和美乡村"),
    ]);
    expect(pairs(rels, "implements_program")).toEqual([["organization:市发展改革委", "program:和美乡村"]]);
  });

  it("a quotation belongs to the speaker of the next sentence", () => {
    const rels = relate("“要推进和美乡村建设。”市发展改革委主任李四表示，要加快发展。", [
      { text: "市发展改革委", kind: "organization", entity: "organization:市发展改革委" },
      { text: "李四", kind: "person", entity: "person:李四" },
      program("和美乡村"),
    ]);
    expect(pairs(rels, "implements_program")).toEqual([["organization:市发展改革委", "program:和美乡村"]]);
  });

  it("the first item of a list opening a clause is no subject", () => {
    const rels = relate("仁寿医院、仁寿一中扩建工程加快推进。", [
      { text: "仁寿医院", kind: "organization", entity: "organization:仁寿医院" },
      program("仁寿一中扩建工程"),
    ]);
    expect(pairs(rels, "implements_program")).toEqual([[R.renshou, "program:仁寿一中扩建工程"]]);
  });

  it("nothing without a subject", () => {
    expect(relate("大力发展食品加工。", [industry("食品加工")], null)).toEqual([]);
  });

  it("该市 opening a clause names the latest region written with 市", () => {
    const rels = relate("仁寿县干部赴昆山市考察。该市坚持乡村振兴，仁寿县发展茶叶。", [
      region("仁寿县", R.renshou),
      region("昆山市", R.kunshan),
      program("乡村振兴"),
      industry("茶叶"),
    ]);
    expect(pairs(rels, "implements_program")).toEqual([[R.kunshan, "program:乡村振兴"]]);
    expect(pairs(rels, "has_industry")).toEqual([[R.renshou, "industry:茶叶"]]);
  });

  it("what a visit sees belongs to its one host, or to nobody when several places were visited", () => {
    const rels = relate("干部赴昆山市考察电子信息产业。干部赴昆山市、江阴市考察食品加工。我县发展茶叶。", [
      region("昆山市", R.kunshan),
      region("江阴市", R.jiangyin),
      industry("电子信息"),
      industry("食品加工"),
      industry("茶叶"),
    ]);
    expect(pairs(rels, "has_industry")).toEqual([
      [R.kunshan, "industry:电子信息"],
      [R.renshou, "industry:茶叶"],
    ]);
  });

  it("a company seen on a visit lies in the host the first site's name opens with", () => {
    const rels = relate("代表团先后到昆山市甲乙集团、丙丁公司进行实地考察。", [
      region("昆山市", R.kunshan),
      { text: "昆山市甲乙集团", kind: "organization", entity: "organization:昆山市甲乙集团" },
      { text: "丙丁公司", kind: "organization", entity: "organization:丙丁公司" },
    ]);
    expect(pairs(rels, "located_in")).toEqual([
      ["organization:丙丁公司", R.kunshan],
      ["organization:昆山市甲乙集团", R.kunshan],
    ]);
  });

  it("考察 followed by a region alone (a leader's inspection) is no visit of the subject's", () => {
    const rels = relate("总书记考察江苏时提出“三个一”要求。", [region("江苏", R.jiangsu), program("三个一")]);
    expect(pairs(rels, "implements_program")).toEqual([[R.renshou, "program:三个一"]]);
  });
});
