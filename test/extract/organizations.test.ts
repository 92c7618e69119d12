import { describe, expect, it } from "vitest";
import { recognizeOrganizations } from "../../src/extract/organizations.js";
import { makeDocument } from "../helpers/document.js";
import { summary } from "./helpers.js";

const organizations = (text: string) => summary(recognizeOrganizations(makeDocument(text)));

describe("recognizeOrganizations", () => {
  it("reads names ending in an organization suffix, with a level prefix and abbreviations spelled out", () => {
    expect(organizations("成立茶叶集团，对接湖南农业大学、省农科院等科研院所。")).toEqual([
      "org-suffix 茶叶集团 → organization:茶叶集团",
      "org-suffix 湖南农业大学 → organization:湖南农业大学",
      "org-suffix 省农科院 → organization:省农业科学院",
    ]);
  });
  it("accepts 中心 only with a national or specialised head, keeping a place in parentheses", () => {
    expect(organizations("依托国家茶叶质量检测中心（湖南），建设物流中心。")).toEqual([
      "org-suffix 国家茶叶质量检测中心（湖南） → organization:国家茶叶质量检测中心（湖南）",
    ]);
  });
  it("reads government departments with their level", () => {
    expect(organizations("省发展改革委党组书记、主任王强表示。市农业农村局局长刘芳说。")).toEqual([
      "public-body 省发展改革委 → organization:省发展改革委",
      "public-body 市农业农村局 → organization:市农业农村局",
    ]);
  });
  it("reads a department of a party committee and an office", () => {
    expect(organizations("某某县委宣传部、县委办公室联合发文。")).toEqual([
      "public-body 某某县委宣传部 → organization:某某县委宣传部",
      "org-suffix 县委办公室 → organization:县委办公室",
    ]);
  });
  it("reads national news agencies and bank branches", () => {
    expect(organizations("新华社记者从中国农业银行某某支行获悉。")).toEqual([
      "public-body 新华社 → organization:新华社",
      "org-suffix 中国农业银行 → organization:中国农业银行",
      "org-suffix 中国农业银行某某支行 → organization:中国农业银行某某支行",
    ]);
  });
  it("reads party committees", () => {
    expect(organizations("中共某某市某某区委召开全会。")).toEqual([
      "party-committee 中共某某市某某区委 → organization:中共某某市某某区委",
    ]);
  });
  it("reads news sources in attribution lines and byline fields", () => {
    expect(organizations("据湘江网报道 某某晚报3月2日讯")).toEqual([
      "media 湘江网 → organization:湘江网",
      "media 某某晚报 → organization:某某晚报",
    ]);
    expect(organizations("来源：某某发布")).toEqual(["source-field 某某发布 → organization:某某发布"]);
  });
  it("reads numbered schools and stops the head at a verb", () => {
    expect(organizations("扩建城关三中，建设县人民医院。")).toEqual([
      "numbered-school 城关三中 → organization:城关三中",
      "org-suffix 县人民医院 → organization:县人民医院",
    ]);
  });
  it("reads company short names listed before 等项目 in an investment clause only", () => {
    expect(organizations("引进的恒达科技、绿源农业等项目落地。集聚宁德时代、比亚迪等产业链项目。")).toEqual([
      "company-list 恒达科技 → organization:恒达科技",
      "company-list 绿源农业 → organization:绿源农业",
      "company-list 宁德时代 → organization:宁德时代",
      "company-list 比亚迪 → organization:比亚迪",
    ]);
    expect(organizations("推进一批道路、桥梁等项目建设。")).toEqual([]);
    expect(organizations("培育了蓝海光电、星河纺织等一批龙头企业。")).toEqual([
      "company-list 蓝海光电 → organization:蓝海光电",
      "company-list 星河纺织 → organization:星河纺织",
    ]);
  });
  it("reads a 融媒 newsroom and leaves out a parenthesis the head would cross", () => {
    expect(organizations("东山新闻网讯（漳浦融媒记者 王林）")).toEqual([
      "media 东山新闻网 → organization:东山新闻网",
      "org-suffix 漳浦融媒 → organization:漳浦融媒",
    ]);
  });
  it("rejects quantified heads and heads running across a preposition", () => {
    expect(organizations("全市有各类药业公司三百家，林强向公司负责人介绍。")).toEqual([]);
  });
  it("leaves the county before a firm to the region recognizer", () => {
    expect(organizations("代表团来到漳浦县恒信集团考察。")).toEqual([
      "org-suffix 恒信集团 → organization:恒信集团",
    ]);
  });
  it("names a bare 区人大常委会 after the district named before it", () => {
    expect(organizations("芗城区召开会议，区人大常委会主任出席。")).toEqual([
      "public-body 区人大常委会 → organization:芗城区人大常委会",
    ]);
  });
  it("reads no body from a bare body that every level has", () => {
    expect(organizations("自觉接受政协民主监督，支持工会、妇联开展工作。")).toEqual([]);
  });
  it("names an organ after its own place, not the province before it", () => {
    expect(organizations("浙江省开化县政协主席出席。")).toEqual([
      "public-body 浙江省开化县政协 → organization:开化县政协",
    ]);
  });
  it("reads the cooperation office with its level", () => {
    expect(organizations("市经合办负责人介绍了情况。")).toEqual([
      "public-body 市经合办 → organization:市经合办",
    ]);
  });
  it("reads no firm whose head only says what it does", () => {
    expect(organizations("两县共同成立投资有限责任公司。")).toEqual([]);
  });
  it("writes variant characters opencc keeps in their standard form", () => {
    expect(organizations("考察了陜西秦川机床有限公司。")).toEqual([
      "org-suffix 陜西秦川机床有限公司 → organization:陕西秦川机床有限公司",
    ]);
  });
  it("reads company short names in a list of places a delegation visits", () => {
    expect(organizations("考察团一行先后到华禾食品、临川生物、城南物流园等地。")).toEqual([
      "visited-company 华禾食品 → organization:华禾食品",
      "visited-company 临川生物 → organization:临川生物",
    ]);
    expect(organizations("先后到现代食品产业园、临川生物基地。")).toEqual([]);
  });
  it("reads company short names after 观摩了", () => {
    expect(organizations("考察团观摩了华禾食品、城南物流园。")).toEqual([
      "visited-company 华禾食品 → organization:华禾食品",
    ]);
  });
});
