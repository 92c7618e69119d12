import { describe, expect, it } from "vitest";
import { recognizeIndustries } from "../../src/extract/industries.js";
import { makeDocument } from "../helpers/document.js";
import { summary } from "./helpers.js";

const industries = (text: string) => summary(recognizeIndustries(makeDocument(text)));

describe("recognizeIndustries", () => {
  it("reads the head of 产业, keeping a one-character product's suffix", () => {
    expect(industries("上半年，竹产业、锂电池产业分别增长。")).toEqual([
      "industry-suffix 竹产业 → industry:竹产业",
      "sector-lexicon 锂电池 → industry:锂电池",
      "industry-suffix 锂电池产业 → industry:锂电池",
    ]);
  });
  it("strips scale words before 产业集群 and 工业集群", () => {
    expect(industries("打造百亿级动力电池产业集群，建设百亿纺织工业集群。")).toEqual([
      "sector-lexicon 动力电池 → industry:动力电池",
      "industry-suffix 动力电池产业集群 → industry:动力电池",
      "sector-lexicon 纺织 → industry:纺织",
      "industry-suffix 纺织工业集群 → industry:纺织工业",
    ]);
  });
  it("finds no industry in generic modifiers, 产业化 or 产业园", () => {
    expect(industries("持续延伸县域重点产业链，培育富民产业，加快数字产业化，建设科技产业园。")).toEqual([]);
    expect(industries("引导资金要素和产业向园区集聚。")).toEqual([]);
    expect(industries("第三产业增加值增长8%。")).toEqual([]);
    expect(industries("，著力培育富民产业。")).toEqual([]);
  });
  it("finds no industry where the head of 产业 is a field word such as 经济", () => {
    expect(industries("两地携手以来，经济产业取得新成效。")).toEqual([]);
    expect(industries("两地携手以来，茶叶产业取得新成效。")).toEqual([
      "sector-lexicon 茶叶 → industry:茶叶",
      "industry-suffix 茶叶产业 → industry:茶叶",
    ]);
  });
  it("reads the product of a …之都 brand", () => {
    expect(industries("朝着中国有机茶之都目标迈进。")).toEqual(["capital-of 有机茶 → industry:有机茶"]);
  });
  it("reads each member of an enumeration closed by 等业态 or 等产业", () => {
    expect(industries("支持发展创意设计、工艺美术、研学旅行等业态。")).toEqual([
      "industry-list 创意设计 → industry:创意设计",
      "industry-list 工艺美术 → industry:工艺美术",
      "industry-list 研学旅行 → industry:研学旅行",
    ]);
    expect(industries("积极培育大数据、云计算等数字技术产业。")).toEqual([
      "sector-lexicon 大数据 → industry:大数据",
      "industry-list 云计算 → industry:云计算",
    ]);
  });
  it("reads quoted nicknames in an industry context and the quoted umbrella", () => {
    expect(industries("做优“一棵树、一片茶、一头牛”县域“三个一”特色产业。")).toEqual([
      "industry-nickname 一棵树 → industry:一棵树",
      "industry-nickname 一片茶 → industry:一片茶",
      "industry-nickname 一头牛 → industry:一头牛",
      "industry-umbrella “三个一”特色产业 → industry:三个一特色产业",
    ]);
  });
  it("reads quoted numbered umbrellas", () => {
    expect(industries("紧扣“四大主导产业”，发展“2+1”主导产业。")).toEqual([
      "industry-umbrella “四大主导产业” → industry:四大主导产业",
      "industry-umbrella “2+1”主导产业 → industry:2+1主导产业",
    ]);
  });
  it("merges a nickname into the industry the text explains it by or names", () => {
    expect(industries("“一根竹”即竹产业，“一朵花”（百合）产业。")).toEqual([
      "industry-nickname 一根竹 → industry:竹产业",
      "industry-suffix 竹产业 → industry:竹产业",
      "industry-nickname 一朵花 → industry:百合",
      "sector-lexicon 百合 → industry:百合",
    ]);
    expect(industries("发展“一根竹”产业，竹产业产值增长。")).toEqual([
      "industry-nickname 一根竹 → industry:竹产业",
      "industry-suffix 竹产业 → industry:竹产业",
    ]);
  });
  it("keeps the name of a listed sector whole", () => {
    expect(industries("培育壮大数字产业。")).toEqual(["industry-suffix 数字产业 → industry:数字产业"]);
    expect(industries("加快数字产业化。")).toEqual([]);
  });
  it("reads sector names from the lexicon, with variants merged", () => {
    expect(industries("大力发展柑橘、茶叶和生猪养殖，发展夜间经济和电商。")).toEqual([
      "sector-lexicon 柑橘 → industry:柑橘",
      "sector-lexicon 茶叶 → industry:茶叶",
      "sector-lexicon 生猪 → industry:生猪",
      "sector-lexicon 夜间经济 → industry:夜间经济",
      "sector-lexicon 电商 → industry:电子商务",
    ]);
  });
  it("does not read a sector inside another word", () => {
    expect(industries("实施城乡供水一体化工程。")).toEqual([]);
  });
  it("does not read companies before 等产业链项目 as industries", () => {
    expect(industries("集聚华为、比亚迪等产业链项目。")).toEqual([]);
  });
  it("reads a list before 等领域 as industries only when one item is a known sector", () => {
    expect(industries("两地在新材料、智能家居、数字服务等领域合作，在经济、科技、人才等领域交流。")).toEqual([
      "industry-list 新材料 → industry:新材料",
      "industry-list 智能家居 → industry:智能家居",
      "sector-lexicon 家居 → industry:家居",
      "industry-list 数字服务 → industry:数字服务",
    ]);
  });
  it("rejects function words and region names as industry heads", () => {
    expect(industries("这里也有产业基础，要立足漳浦主导产业。")).toEqual([]);
  });
  it("rejects sector words inside longer words or in safety phrases, and adds the processing", () => {
    expect(industries("抓好标准化工作和食品安全，做强茶叶加工。")).toEqual([
      "sector-lexicon 茶叶加工 → industry:茶叶加工",
    ]);
  });
  it("starts a head after a full place name, a conjunction or a class noun inside it", () => {
    expect(industries("双方就汉阴县富硒茶饮产业交流。")).toEqual([
      "industry-suffix 富硒茶饮产业 → industry:富硒茶饮",
    ]);
    expect(industries("考察了竹编产业和桑蚕产业发展。")).toEqual([
      "industry-suffix 竹编产业 → industry:竹编",
      "industry-suffix 桑蚕产业 → industry:桑蚕",
    ]);
    expect(industries("延伸主要农作物花生产业链。")).toEqual([
      "sector-lexicon 花生 → industry:花生",
      "industry-suffix 花生产业链 → industry:花生",
    ]);
  });
  it("starts a list item after the verb that introduces it", () => {
    expect(industries("帮助当地发展肉牛养殖、花椒等特色产业。")).toEqual([
      "sector-lexicon 肉牛 → industry:肉牛",
      "industry-list 肉牛养殖 → industry:肉牛养殖",
      "industry-list 花椒 → industry:花椒",
    ]);
  });
  it("reads no industry in a named park or a sector's facility, but keeps a bare park phrase", () => {
    expect(industries("参观了柳河镇现代农业产业园和城郊都市农业科技小院。")).toEqual([]);
    expect(industries("推进农产品及食品产业园区建设。")).toEqual(["sector-lexicon 食品 → industry:食品"]);
  });
  it("reads no head where the verb follows a subject that names no product", () => {
    expect(industries("以企业发展带动产业升级。")).toEqual([]);
  });
  it("starts a head after 了解 and 就", () => {
    expect(industries("实地了解茶油产业发展，双方就竹木产业签约。")).toEqual([
      "sector-lexicon 茶油 → industry:茶油",
      "industry-suffix 茶油产业 → industry:茶油",
      "industry-suffix 竹木产业 → industry:竹木",
    ]);
  });
  it("reads no industry in a sector's centre or in 新产业", () => {
    expect(industries("建设冷链物流中心，培育一批新产业。")).toEqual([]);
  });
  it("ends a long head at a conjunction", () => {
    expect(industries("鼓励农户发展肉牛产业和花椒产业。")).toEqual([
      "sector-lexicon 肉牛 → industry:肉牛",
      "industry-suffix 肉牛产业 → industry:肉牛",
      "sector-lexicon 花椒 → industry:花椒",
      "industry-suffix 花椒产业 → industry:花椒",
    ]);
  });
});
