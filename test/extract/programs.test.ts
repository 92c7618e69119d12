import { describe, expect, it } from "vitest";
import { recognizePrograms } from "../../src/extract/programs.js";
import { makeDocument } from "../helpers/document.js";
import { summary } from "./helpers.js";

const programs = (text: string) => summary(recognizePrograms(makeDocument(text)));

describe("recognizePrograms", () => {
  it("reads a quoted name with its program noun, and a bare numbered slogan", () => {
    expect(programs("全县深入开展“四送”行动，落实县委“三抓”要求。")).toEqual([
      "quoted-with-noun “四送”行动 → program:四送行动",
      "quoted-numbered “三抓” → program:三抓",
    ]);
  });
  it("keeps the qualifier written left of the quote", () => {
    expect(programs("推行容缺受理“一窗通办”改革。")).toEqual([
      "quoted-with-noun 容缺受理“一窗通办”改革 → program:容缺受理一窗通办改革",
    ]);
  });
  it("ends the qualifier at a verb or a conjunction", () => {
    expect(programs("学习借鉴“马上办”改革经验和“小城大县”发展模式。")).toEqual([
      "quoted-with-noun “马上办”改革 → program:马上办改革",
      "quoted-with-noun “小城大县”发展模式 → program:小城大县发展模式",
    ]);
  });
  it("reads each quoted name of a list closed by 等 and a program noun", () => {
    expect(programs("开展“美丽庭院”“文明家庭”等创建活动。")).toEqual([
      "quoted-list “美丽庭院” → program:美丽庭院",
      "quoted-list “文明家庭” → program:文明家庭",
    ]);
  });
  it("reads quoted names followed by a count as the counted programs", () => {
    expect(programs("统筹抓好“城镇更新”“园区扩容”两大工程。")).toEqual([
      "quoted-counted “城镇更新” → program:城镇更新工程",
      "quoted-counted “园区扩容” → program:园区扩容工程",
    ]);
    expect(programs("实施“基层提能”“设备更新”两个三年行动。")).toEqual([
      "quoted-counted “基层提能” → program:基层提能三年行动",
      "quoted-counted “设备更新” → program:设备更新三年行动",
      "named-program 两个三年行动 → program:两个三年行动",
    ]);
  });
  it("joins adjacent quoted names before one noun, and adjacent numbered slogans", () => {
    expect(programs("深入实施“乡村电商提升”“物流畅通”三年行动。落实“两减”“一增”。")).toEqual([
      "quoted-with-noun “乡村电商提升”“物流畅通”三年行动 → program:乡村电商提升物流畅通三年行动",
      "quoted-numbered “两减”“一增” → program:两减一增",
    ]);
  });
  it("reads formulas, 一X一Y slogans, year campaigns and interpunct names", () => {
    expect(programs("推进“3+1”发展格局，落实“一镇一品”，启动“攻坚2024”，开展“党建引领·网格服务”。")).toEqual([
      "quoted-with-noun “3+1”发展格局 → program:3+1发展格局",
      "quoted-numbered “一镇一品” → program:一镇一品",
      "quoted-numbered “攻坚2024” → program:攻坚2024",
      "quoted-name “党建引领·网格服务” → program:党建引领·网格服务",
    ]);
  });
  it("reads the quoted object of a campaign verb, but not a nickname", () => {
    expect(programs("开展“干部大走访”，推进“科技兴县、人才强县”，开展“一片茶”推介。")).toEqual([
      "quoted-object “干部大走访” → program:干部大走访",
      "quoted-object “科技兴县、人才强县” → program:科技兴县、人才强县",
    ]);
  });
  it("names a brand by its quoted name only", () => {
    expect(programs("擦亮“山水之城”城市品牌。")).toEqual(["quoted-brand “山水之城” → program:山水之城"]);
  });
  it("reads a quoted phrase only where a program noun follows at once", () => {
    expect(programs("开展“学先进，‘五比’当先锋”实践活动。“县城连着城，也连着乡”他说。")).toEqual([
      "quoted-with-noun “学先进，‘五比’当先锋”实践活动 → program:学先进，五比当先锋实践活动",
    ]);
  });
  it("reads long numbered slogans only with two numerals or a counted group", () => {
    expect(programs("落实“百企帮百村”，确保“一江清水向东流”，以“百名博士进乡村”为抓手。")).toEqual([
      "quoted-numbered “百企帮百村” → program:百企帮百村",
      "quoted-numbered “百名博士进乡村” → program:百名博士进乡村",
    ]);
  });
  it("ignores quotes that are only emphasis", () => {
    expect(programs("为发展注入思想“清醒剂”，跑出“加速度”。")).toEqual([]);
  });
  it("reads unquoted names ending in a program noun, but not 行动派", () => {
    expect(programs("实施全县产业工人技能提升行动，争做行动派。")).toEqual([
      "named-program 产业工人技能提升行动 → program:产业工人技能提升行动",
    ]);
  });
  it("reads designations granted nationally, not local 示范区", () => {
    expect(programs("创建国家农业绿色发展先行区，建设城东商贸示范区，开展作风建设年活动。")).toEqual([
      "named-program 国家农业绿色发展先行区 → program:国家农业绿色发展先行区",
      "named-program 作风建设年活动 → program:作风建设年活动",
    ]);
  });
  it("starts a designation where the granting level is named", () => {
    expect(programs("加快建设国家级农业现代化示范区。")).toEqual([
      "named-program 国家级农业现代化示范区 → program:国家级农业现代化示范区",
    ]);
  });
  it("strips words that name nothing from an unquoted head", () => {
    expect(programs("推进重点工程建设，实施相关配套供水改造工程。")).toEqual([
      "named-program 供水改造工程 → program:供水改造工程",
    ]);
  });
  it("reads numbered slogans but not counted ordinary nouns", () => {
    expect(programs("坚持“六个聚焦”，推动三个转变，听取四个方面意见。")).toEqual([
      "quoted-numbered “六个聚焦” → program:六个聚焦",
      "numbered-slogan 三个转变 → program:三个转变",
    ]);
  });
  it("reads implementation plans in 《》 but not regulations", () => {
    expect(
      programs("县委印发《某某县推进新型工业强县实施方案（2024—2027年）》和《某某县物业管理条例》。"),
    ).toEqual([
      "policy-document 《某某县推进新型工业强县实施方案（2024—2027年）》 → program:某某县推进新型工业强县实施方案（2024—2027年）",
    ]);
  });
  it("reads national strategies from the lexicon and merges their variants", () => {
    expect(programs("坚持乡村振兴战略，推进乡村全面振兴，实现双碳目标。")).toEqual([
      "named-program 乡村振兴战略 → program:乡村振兴",
      "strategy-lexicon 乡村全面振兴 → program:乡村振兴",
      "strategy-lexicon 双碳 → program:碳达峰碳中和",
    ]);
  });
  it("leaves out ideological formulas and counted phrases", () => {
    expect(programs("增强“四个意识”，做到“两个维护”，用好“两条腿”走路。")).toEqual([]);
  });
  it("merges a bare slogan into the program that adds a noun to it", () => {
    expect(programs("落实“五抓”要求，深化“五抓”行动。")).toEqual([
      "quoted-numbered “五抓” → program:五抓行动",
      "quoted-with-noun “五抓”行动 → program:五抓行动",
    ]);
  });
  it("names a quoted slogan list with its noun, leaving out 的", () => {
    expect(programs("全面落实“强基础、补短板、促均衡”的工作思路。")).toEqual([
      "quoted-with-noun “强基础、补短板、促均衡”的工作思路 → program:强基础、补短板、促均衡工作思路",
    ]);
  });
  it("fills every mention field", () => {
    const [mention] = recognizePrograms(makeDocument("第一句。全面实施“暖心食堂”工程。", "d1"));
    expect(mention).toEqual({
      doc: "d1",
      kind: "program",
      span: { start: 8, end: 16 },
      orig: { start: 8, end: 16 },
      surface: "“暖心食堂”工程",
      sentence: 1,
      rule: "quoted-with-noun",
      entity: "program:暖心食堂工程",
    });
  });
  it("reads 十X五 with 末 or 时期 as a time, and the plan only where the text names it", () => {
    expect(programs("预计“十四五末”产值翻番，“十五五”时期再上台阶，编制“十五五”规划。")).toEqual([
      "quoted-numbered “十五五” → program:十五五规划",
      "strategy-lexicon 十五五 → program:十五五规划",
    ]);
  });
  it("reads paired assistance and two-sector fusion as programs", () => {
    expect(programs("两县开展对口协作，推动两化融合，深化闽宁、沪滇对口支援。")).toEqual([
      "pattern-program 对口协作 → program:对口协作",
      "pattern-program 两化融合 → program:两化融合",
      "pattern-program 对口支援 → program:沪滇对口支援",
      "pattern-program 对口支援 → program:闽宁对口支援",
    ]);
  });
  it("reads a quoted campaign year", () => {
    expect(programs("全县把今年定为“营商环境优化年”，争当“拼搏之年”先锋。")).toEqual([
      "quoted-numbered “营商环境优化年” → program:营商环境优化年",
    ]);
  });
  it("leaves a region opening a qualifier to the region recognizer", () => {
    expect(programs("实施漳州“山海联动”战略。")).toEqual([
      "quoted-with-noun “山海联动”战略 → program:山海联动战略",
    ]);
  });
  it("reads 一个 as an article unless a numbered list follows", () => {
    expect(programs("这是全市改革的一个样本。坚持一个核心、三个统筹。")).toEqual([
      "numbered-slogan 一个核心 → program:一个核心",
      "numbered-slogan 三个统筹 → program:三个统筹",
    ]);
  });
  it("reads a quoted brand as a program only when it brands a place", () => {
    expect(programs("擦亮“水韵之乡”城市品牌，做响“巧手家政”劳务品牌，以‘山珍’品牌为主。")).toEqual([
      "quoted-brand “水韵之乡” → program:水韵之乡",
    ]);
  });
  it("stops the qualifier of a quote at 提出", () => {
    expect(programs("该县提出“三争三比”工作要求。")).toEqual([
      "quoted-with-noun “三争三比”工作要求 → program:三争三比工作要求",
    ]);
  });
  it("leaves out a strategy word that titles the place after it", () => {
    expect(programs("园区位于省级特色小镇柳溪镇，推进特色小镇建设。")).toEqual([
      "strategy-lexicon 特色小镇建设 → program:特色小镇",
    ]);
  });
  it("reads paired and fixed-point assistance and three-sector fusion", () => {
    expect(programs("做好中央单位定点帮扶，深化结对帮扶，推进商文旅融合和两化融合。")).toEqual([
      "pattern-program 中央单位定点帮扶 → program:中央单位定点帮扶",
      "pattern-program 结对帮扶 → program:结对帮扶",
      "pattern-program 商文旅融合 → program:商文旅融合",
      "pattern-program 两化融合 → program:两化融合",
    ]);
    expect(programs("推进文旅融合。")).toEqual([]);
  });
  it("names a quoted campaign described after 的 by the quote", () => {
    expect(programs("“育才强镇”的人才工程持续推进。")).toEqual([
      "quoted-described “育才强镇”的人才工程 → program:育才强镇",
    ]);
  });
  it("runs a quoted number on to its mechanism noun", () => {
    expect(programs("建立“135”联农带农共富机制。")).toEqual([
      "quoted-with-noun “135”联农带农共富机制 → program:135联农带农共富机制",
    ]);
    expect(programs("今年，“1+3”对标推进目标落地。")).toEqual([
      "quoted-with-noun “1+3”对标推进目标 → program:1+3对标推进目标",
    ]);
  });
  it("reads a quote closing a clause opened by a campaign verb", () => {
    expect(programs("两区携手开展为期半年的干部“互学互鉴”。")).toEqual([
      "quoted-object “互学互鉴” → program:互学互鉴",
    ]);
    expect(programs("两区开展交流，干部“互学互鉴”成果丰硕。")).toEqual([]);
  });
  it("leaves a designation named after a place to the region recognizer", () => {
    expect(programs("参观了柳溪镇桃源乡村振兴示范区，推进乡村振兴示范区建设。")).toEqual([
      "strategy-lexicon 乡村振兴示范区 → program:乡村振兴示范区",
    ]);
  });
  it("reads no program noun inside a word ending in 化", () => {
    expect(programs("推动“研发—生产—销售”一体化。")).toEqual([]);
  });
  it("reads no program in an agreement or a qualifier named after the pattern", () => {
    expect(programs("签订结对帮扶协议，结对帮扶相关村参加，深化结对帮扶。")).toEqual([
      "pattern-program 结对帮扶 → program:结对帮扶",
    ]);
  });
});
