import { describe, expect, it } from "vitest";
import { extractRelations } from "../../../src/extract/relations/index.js";
import type { Relation } from "../../../src/types.js";
import { markedDocument, type Mark } from "./marked-document.js";
import { R, region } from "./regions.js";

function relate(text: string, marks: Mark[], subject: string = R.renshou): Relation[] {
  const { doc, mentions, nested } = markedDocument(text, marks);
  return extractRelations(doc, mentions, { subject, nested });
}
const ids = (rels: Relation[], kind: string) => rels.filter((r) => r.kind === kind).map((r) => r.id);

describe("benchmarks", () => {
  it("与A、B比拼 X: the innermost peers, with the aspect, never their containers", () => {
    const rels = relate("我们与江苏昆山、浙江义乌比拼综合实力，与广东顺德较量创新能力。", [
      region("江苏", R.jiangsu),
      region("昆山", R.kunshan),
      region("浙江", R.zhejiang),
      region("义乌", R.yiwu),
      region("广东", R.guangdong),
      region("顺德", R.shunde),
    ]);
    const bench = rels.filter((r) => r.kind === "benchmarks");
    expect(bench.map((r) => [r.target, r.aspect])).toEqual([
      [R.kunshan, "综合实力"],
      [R.yiwu, "综合实力"],
      [R.shunde, "创新能力"],
    ]);
    expect(bench[0]!.source).toBe(R.renshou);
    expect(ids(rels, "part_of")).toEqual([
      `part_of:${R.kunshan}->${R.jiangsu}`,
      `part_of:${R.yiwu}->${R.zhejiang}`,
      `part_of:${R.shunde}->${R.guangdong}`,
    ]);
  });

  it("对标 followed by requirements, slogans or standards is no benchmark", () => {
    const rels = relate(
      "对标省委“五个一”要求，对标“学习昆山找差距”，对标营商环境指标体系，对标江苏省“十大工程”要求，对标江苏部署。",
      [region("昆山", R.kunshan), region("江苏省", R.jiangsu), region("江苏", R.jiangsu)],
    );
    expect(ids(rels, "benchmarks")).toEqual([]);
  });

  it("对标X, 以X为标杆, 向X看齐 and 学X比Y name peers", () => {
    const rels = relate("对标昆山城市建设。以义乌为标杆。向顺德看齐。学江阴比苏州。", [
      region("昆山", R.kunshan),
      region("义乌", R.yiwu),
      region("顺德", R.shunde),
      region("江阴", R.jiangyin),
      region("苏州", R.suzhou),
    ]);
    expect(ids(rels, "benchmarks")).toEqual([
      `benchmarks:${R.renshou}->${R.jiangyin}`,
      `benchmarks:${R.renshou}->${R.suzhou}`,
      `benchmarks:${R.renshou}->${R.kunshan}`,
      `benchmarks:${R.renshou}->${R.yiwu}`,
      `benchmarks:${R.renshou}->${R.shunde}`,
    ]);
    expect(rels.find((r) => r.target === R.kunshan)!.aspect).toBe("城市建设");
  });

  it("lists joined by 以及, 和 and white space", () => {
    const rels = relate("与昆山以及义乌和 顺德比拼发展速度。", [
      region("昆山", R.kunshan),
      region("义乌", R.yiwu),
      region("顺德", R.shunde),
    ]);
    expect(ids(rels, "benchmarks")).toEqual([
      `benchmarks:${R.renshou}->${R.kunshan}`,
      `benchmarks:${R.renshou}->${R.yiwu}`,
      `benchmarks:${R.renshou}->${R.shunde}`,
    ]);
  });

  it("对标对表X, 与X对标, 以X为师", () => {
    const rels = relate("对标对表昆山。与义乌对标。以顺德为师。", [
      region("昆山", R.kunshan),
      region("义乌", R.yiwu),
      region("顺德", R.shunde),
    ]);
    expect(ids(rels, "benchmarks")).toEqual([
      `benchmarks:${R.renshou}->${R.kunshan}`,
      `benchmarks:${R.renshou}->${R.yiwu}`,
      `benchmarks:${R.renshou}->${R.shunde}`,
    ]);
  });

  it("瞄准X找差距 names a peer", () => {
    const rels = relate("瞄准义乌找差距。", [region("义乌", R.yiwu)]);
    expect(ids(rels, "benchmarks")).toEqual([`benchmarks:${R.renshou}->${R.yiwu}`]);
  });

  it("the same input gives the same relations, sorted by id", () => {
    const text = "我们与昆山、义乌比拼综合实力。组织干部赴顺德考察学习。";
    const marks = [region("昆山", R.kunshan), region("义乌", R.yiwu), region("顺德", R.shunde)];
    const first = relate(text, marks);
    expect(relate(text, marks)).toEqual(first);
    const sorted = [...first].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(first.map((r) => r.id)).toEqual(sorted.map((r) => r.id));
  });

  it("激励比学赶超 alone is no benchmark", () => {
    expect(relate("激励比学赶超，昆山干部深受鼓舞。", [region("昆山", R.kunshan)])).toEqual([]);
  });

  it("对标两地 points back at the two peers described before, narrowing the aspect", () => {
    const rels = relate(
      "江苏省昆山市大力发展电子信息产业。浙江省义乌市坚持市场带动。对标两地产业发展，我县差距明显。",
      [
        region("江苏省", R.jiangsu),
        region("昆山市", R.kunshan),
        region("浙江省", R.zhejiang),
        region("义乌市", R.yiwu),
        { text: "电子信息产业", kind: "industry", entity: "industry:电子信息" },
      ],
    );
    expect(rels.filter((r) => r.kind === "benchmarks").map((r) => [r.target, r.aspect])).toEqual([
      [R.kunshan, "产业发展"],
      [R.yiwu, "产业发展"],
    ]);
    expect(ids(rels, "has_industry")).toEqual([`has_industry:${R.kunshan}->industry:电子信息`]);
  });

  it("evidence carries the sentence, its original span, highlights and the trigger", () => {
    const text = "开头一句。我们与昆山比拼综合实力。";
    const rels = relate(text, [region("昆山", R.kunshan)]);
    const [evidence] = rels[0]!.evidence;
    expect(evidence).toEqual({
      doc: "doc",
      start: 5,
      end: text.length,
      text: "我们与昆山比拼综合实力。",
      highlights: [
        { start: 0, end: 2 },
        { start: 3, end: 5 },
        { start: 5, end: 7 },
      ],
      trigger: "比拼",
      rule: "benchmarks/compare-with",
    });
  });
});

describe("learns_from", () => {
  it("赴X、Y等地考察学习: the subject learns from each place", () => {
    const rels = relate("组织干部赴昆山、江阴等地考察学习。", [
      region("昆山", R.kunshan),
      region("江阴", R.jiangyin),
    ]);
    expect(ids(rels, "learns_from")).toEqual([
      `learns_from:${R.renshou}->${R.jiangyin}`,
      `learns_from:${R.renshou}->${R.kunshan}`,
    ]);
  });

  it("a delegation from X visiting us: X learns from us", () => {
    const rels = relate("义乌市党政代表团来我县考察交流。", [region("义乌市", R.yiwu)]);
    expect(ids(rels, "learns_from")).toEqual([`learns_from:${R.yiwu}->${R.renshou}`]);
  });

  it("我县 is the document's subject, whatever unit the region recognizer first gave it", () => {
    const { doc, mentions, nested } = markedDocument("义乌市党政代表团来我县考察交流。", [
      region("义乌市", R.yiwu),
      region("我县", R.yiwu),
    ]);
    for (const m of mentions) if (m.surface === "我县") m.rule = "first-person";
    const rels = extractRelations(doc, mentions, { subject: R.renshou, nested });
    expect(ids(rels, "learns_from")).toEqual([`learns_from:${R.yiwu}->${R.renshou}`]);
  });

  it("X县委副书记张三率考察团来参观: the delegation led from X learns from us", () => {
    const rels = relate("义乌市委副书记张三率考察团一行来参观考察。", [region("义乌市", R.yiwu)]);
    expect(ids(rels, "learns_from")).toEqual([`learns_from:${R.yiwu}->${R.renshou}`]);
  });

  it("a delegation word with no place and no leader before it is nobody's visit", () => {
    const rels = relate("义乌市表示欢迎，考察团一行来参观考察。", [region("义乌市", R.yiwu)]);
    expect(ids(rels, "learns_from")).toEqual([]);
  });

  it("a delegation's hosts are the innermost places listed after 赴, and the trip is not the subject's", () => {
    const rels = relate("义乌市代表团赴江苏省昆山市、江阴市考察电子信息产业。", [
      region("义乌市", R.yiwu),
      region("江苏省", R.jiangsu),
      region("昆山市", R.kunshan),
      region("江阴市", R.jiangyin),
      { text: "电子信息产业", kind: "industry", entity: "industry:电子信息" },
    ]);
    expect(ids(rels, "learns_from")).toEqual([
      `learns_from:${R.yiwu}->${R.jiangyin}`,
      `learns_from:${R.yiwu}->${R.kunshan}`,
    ]);
    // Seen on a trip to two places: the industry is neither the visitor's nor the document's.
    expect(ids(rels, "has_industry")).toEqual([]);
  });

  it("a bare 实地考察学习 right after a benchmark sentence learns from those peers", () => {
    const rels = relate("我们与昆山、义乌比拼综合实力。通过实地考察学习，收获很大。", [
      region("昆山", R.kunshan),
      region("义乌", R.yiwu),
    ]);
    expect(ids(rels, "learns_from")).toEqual([
      `learns_from:${R.renshou}->${R.kunshan}`,
      `learns_from:${R.renshou}->${R.yiwu}`,
    ]);
    expect(rels.find((r) => r.kind === "learns_from")!.evidence[0]!.rule).toBe("learns_from/refer-back");
  });

  it("学习X的先进经验: learning from a place's experience", () => {
    const rels = relate("认真学习昆山的先进经验。", [region("昆山", R.kunshan)]);
    expect(ids(rels, "learns_from")).toEqual([`learns_from:${R.renshou}->${R.kunshan}`]);
  });

  it("赴A省B市、C市等地，实地考察: the closing word may open the next clause; containers are qualifiers", () => {
    const rels = relate("干部一行先后赴江苏省昆山市、江阴市等地，实地考察园区建设。", [
      region("江苏省", R.jiangsu),
      region("昆山市", R.kunshan),
      region("江阴市", R.jiangyin),
    ]);
    expect(ids(rels, "learns_from")).toEqual([
      `learns_from:${R.renshou}->${R.jiangyin}`,
      `learns_from:${R.renshou}->${R.kunshan}`,
    ]);
  });

  it("a comma after a list with more words before it closes no frame", () => {
    const rels = relate("赴昆山市参加会议，考察项目。", [region("昆山市", R.kunshan)]);
    expect(ids(rels, "learns_from")).toEqual([]);
  });

  it("a city listed beside a county of its own is a place visited too; a province is a qualifier", () => {
    const rels = relate("赴江苏省昆山市、苏州市等地考察学习。", [
      region("江苏省", R.jiangsu),
      region("昆山市", R.kunshan),
      region("苏州市", R.suzhou),
    ]);
    expect(ids(rels, "learns_from")).toEqual([
      `learns_from:${R.renshou}->${R.suzhou}`,
      `learns_from:${R.renshou}->${R.kunshan}`,
    ]);
  });

  it("an unrecognized name with an admin suffix inside a list does not break it", () => {
    const rels = relate("赴昆山市、甲乙县、江阴市考察学习。", [
      region("昆山市", R.kunshan),
      region("江阴市", R.jiangyin),
    ]);
    expect(ids(rels, "learns_from")).toEqual([
      `learns_from:${R.renshou}->${R.jiangyin}`,
      `learns_from:${R.renshou}->${R.kunshan}`,
    ]);
  });

  it("对标和学习X: two joined triggers share one slot", () => {
    const rels = relate("会上提出对标和学习义乌。", [region("义乌", R.yiwu)]);
    expect(ids(rels, "benchmarks")).toEqual([`benchmarks:${R.renshou}->${R.yiwu}`]);
  });

  it("对标X，选派干部“取经”: a bare study word learns from the benchmark of its own sentence", () => {
    const rels = relate("我县对标昆山市，选派干部“跟岗取经”。", [region("昆山市", R.kunshan)]);
    expect(ids(rels, "learns_from")).toEqual([`learns_from:${R.renshou}->${R.kunshan}`]);
  });

  it("a bare 考察学习 with no benchmark before it links nothing", () => {
    expect(ids(relate("通过实地考察学习，收获很大。", []), "learns_from")).toEqual([]);
  });
});

describe("cooperates_with", () => {
  it("与X的东西部协作 and 联合 an organization", () => {
    const rels = relate("深化与顺德的东西部协作，联合华为公司共建实验室。", [
      region("顺德", R.shunde),
      { text: "华为公司", kind: "organization", entity: "organization:华为公司" },
    ]);
    expect(ids(rels, "cooperates_with")).toEqual([
      `cooperates_with:${R.renshou}->organization:华为公司`,
      `cooperates_with:${R.renshou}->${R.shunde}`,
    ]);
    expect(ids(rels, "located_in")).toEqual([]);
    expect(rels.find((r) => r.target === R.shunde)!.aspect).toBe("东西部协作");
  });

  it("X与我县签订合作协议: a self-reference fills the slot", () => {
    const rels = relate("昆山市与我县签署战略合作协议。", [region("昆山市", R.kunshan)]);
    expect(ids(rels, "cooperates_with")).toEqual([`cooperates_with:${R.kunshan}->${R.renshou}`]);
    expect(rels[0]!.evidence[0]!.highlights).toEqual([
      { start: 0, end: 3 },
      { start: 4, end: 6 },
      { start: 6, end: 8 },
    ]);
  });

  it("X代表团赴Y开展对口协作: the delegation cooperates with its host, it does not learn", () => {
    const rels = relate("近日，义乌市党政代表团赴江苏省昆山市开展对口协作工作。", [
      region("义乌市", R.yiwu),
      region("江苏省", R.jiangsu),
      region("昆山市", R.kunshan),
    ]);
    expect(ids(rels, "cooperates_with")).toEqual([`cooperates_with:${R.yiwu}->${R.kunshan}`]);
    expect(ids(rels, "learns_from")).toEqual([]);
  });

  it("an organization right before 合作 names an agreement (“X合作协议”), it is no partner", () => {
    const rels = relate("双方签订了“甲乙研究院昆山分院合作协议”。", [
      { text: "甲乙研究院昆山分院", kind: "organization", entity: "organization:甲乙研究院昆山分院" },
    ]);
    expect(ids(rels, "cooperates_with")).toEqual([]);
  });

  it("与X结成友好城市 and 结对帮扶X", () => {
    const rels = relate("与义乌市结成友好城市，结对帮扶顺德。", [
      region("义乌市", R.yiwu),
      region("顺德", R.shunde),
    ]);
    expect(ids(rels, "cooperates_with")).toEqual([
      `cooperates_with:${R.renshou}->${R.yiwu}`,
      `cooperates_with:${R.renshou}->${R.shunde}`,
    ]);
  });

  it("a city written right before a zone is its container, not a peer", () => {
    const rels = relate("深化与苏州工业园区的合作。", [
      region("苏州", R.suzhou),
      { text: "工业园区", kind: "region", entity: "region:苏州工业园区" },
    ]);
    expect(ids(rels, "cooperates_with")).toEqual([`cooperates_with:${R.renshou}->region:苏州工业园区`]);
  });

  it("A与B结对共建 and A与B合作: A is the source, whatever the clause is about", () => {
    const zone = (text: string): Mark => ({ text, kind: "region", entity: `region:${text}` });
    const rels = relate("推动临港新城与昆山高新区结对共建，顺德与义乌开展合作。", [
      zone("临港新城"),
      zone("昆山高新区"),
      region("顺德", R.shunde),
      region("义乌", R.yiwu),
    ]);
    expect(ids(rels, "cooperates_with")).toEqual([
      `cooperates_with:${R.shunde}->${R.yiwu}`,
      "cooperates_with:region:临港新城->region:昆山高新区",
    ]);
  });

  it("对接X“桥头堡”的区位优势 describes a position, it is no cooperation", () => {
    const rels = relate("发挥对接昆山“桥头堡”的区位优势，对接顺德。", [
      region("昆山", R.kunshan),
      region("顺德", R.shunde),
    ]);
    expect(ids(rels, "cooperates_with")).toEqual([`cooperates_with:${R.renshou}->${R.shunde}`]);
  });

  it("A与B在…方面加强合作 and A与B通过…的帮扶: a prepositional phrase may stand before the trigger", () => {
    const rels = relate(
      "希望昆山市与江阴市在产业发展、人才培养等方面加强合作。义乌市与顺德通过多层次、宽领域的帮扶，结下友谊。",
      [
        region("昆山市", R.kunshan),
        region("江阴市", R.jiangyin),
        region("义乌市", R.yiwu),
        region("顺德", R.shunde),
      ],
    );
    expect(ids(rels, "cooperates_with")).toEqual([
      `cooperates_with:${R.kunshan}->${R.jiangyin}`,
      `cooperates_with:${R.yiwu}->${R.shunde}`,
    ]);
  });

  it("a phrase with no preposition before it reaches no far trigger", () => {
    const rels = relate("昆山市与江阴市的产业发展、人才培养等方面差距很大合作。", [
      region("昆山市", R.kunshan),
      region("江阴市", R.jiangyin),
    ]);
    expect(ids(rels, "cooperates_with")).toEqual([]);
  });

  it("a relation found both ways is one cooperation", () => {
    const rels = relate("昆山市与江阴市签约。江阴市与昆山市携手。", [
      region("昆山市", R.kunshan),
      region("江阴市", R.jiangyin),
    ]);
    expect(ids(rels, "cooperates_with")).toEqual([`cooperates_with:${R.kunshan}->${R.jiangyin}`]);
    expect(rels[0]!.evidence).toHaveLength(2);
  });

  it("paired abbreviations (苏川对口协作) link the subject with the other side, and the two sides", () => {
    const rels = relate("持续深化苏川对口协作。", [region("苏", R.jiangsu), region("川", R.sichuan)]);
    expect(ids(rels, "cooperates_with")).toEqual([
      `cooperates_with:${R.jiangsu}->${R.sichuan}`,
      `cooperates_with:${R.renshou}->${R.jiangsu}`,
    ]);
  });

  it("one-character names written apart (苏、川) are no pair", () => {
    const rels = relate("持续深化与苏、川合作。", [region("苏", R.jiangsu), region("川", R.sichuan)]);
    expect(ids(rels, "cooperates_with")).toEqual([`cooperates_with:${R.renshou}->${R.jiangsu}`]);
  });
});

describe("hosted visits and mutual learning (relations4)", () => {
  it("X党政考察团来我县参观考察: the visitors learn from the host", () => {
    const rels = relate("昨日，江阴市委书记带领江阴党政考察团来我县参观考察。", [
      region("江阴", R.jiangyin, 0),
      region("江阴", R.jiangyin, 1),
    ]);
    expect(ids(rels, "learns_from")).toEqual([`learns_from:${R.jiangyin}->${R.renshou}`]);
  });

  it("两地…相互借鉴: the two places cooperate", () => {
    const rels = relate("义乌考察团来我县考察。希望两地进一步加强沟通，相互借鉴先进经验。", [
      region("义乌", R.yiwu),
    ]);
    expect(ids(rels, "cooperates_with")).toEqual([`cooperates_with:${R.renshou}->${R.yiwu}`]);
  });
});

describe("slogans and reverse learning (relations4)", () => {
  it("近学X、远学Y benchmarks and learns from both; 学X、学Y learns from both", () => {
    const rels = relate("我县开展“近学昆山、远学义乌”活动。我县不满足现状，学江阴、学顺德。", [
      region("昆山", R.kunshan),
      region("义乌", R.yiwu),
      region("江阴", R.jiangyin),
      region("顺德", R.shunde),
    ]);
    expect(ids(rels, "benchmarks")).toEqual([
      `benchmarks:${R.renshou}->${R.kunshan}`,
      `benchmarks:${R.renshou}->${R.yiwu}`,
    ]);
    expect(ids(rels, "learns_from")).toEqual([
      `learns_from:${R.renshou}->${R.jiangyin}`,
      `learns_from:${R.renshou}->${R.kunshan}`,
      `learns_from:${R.renshou}->${R.yiwu}`,
      `learns_from:${R.renshou}->${R.shunde}`,
    ]);
  });

  it("学 inside a word (大学, 化学) opens no slogan", () => {
    const rels = relate("他毕业于大学昆山校区。", [region("昆山", R.kunshan)]);
    expect(ids(rels, "learns_from")).toEqual([]);
  });

  it("值得X学习: X learns from the subject", () => {
    const rels = relate("我县的做法值得义乌深入学习。", [region("义乌", R.yiwu)]);
    expect(ids(rels, "learns_from")).toEqual([`learns_from:${R.yiwu}->${R.renshou}`]);
  });

  it("a campaign named by its slogan (“近学X、远学Y”活动) names the peers inside it", () => {
    const rels = relate("我县在“近学昆山、远学义乌”活动中认真对标。", [
      { text: "近学昆山、远学义乌”活动", kind: "program", entity: "program:campaign" },
      region("昆山", R.kunshan),
      region("义乌", R.yiwu),
    ]);
    expect(ids(rels, "benchmarks")).toEqual([
      `benchmarks:${R.renshou}->${R.kunshan}`,
      `benchmarks:${R.renshou}->${R.yiwu}`,
    ]);
    expect(ids(rels, "learns_from")).toEqual([
      `learns_from:${R.renshou}->${R.kunshan}`,
      `learns_from:${R.renshou}->${R.yiwu}`,
    ]);
  });

  it("考察团先后到X公司参观考察 after guests came: no learning of the host's own", () => {
    const rels = relate("义乌考察团来我县考察。考察团先后到昆山集团等地参观考察。", [
      region("义乌", R.yiwu),
      { text: "昆山集团", kind: "organization", entity: "organization:kunshan-group" },
    ]);
    expect(ids(rels, "learns_from")).toEqual([`learns_from:${R.yiwu}->${R.renshou}`]);
  });

  it("赴某州(州 left out of the name)某县: the unit, not its container, is the host", () => {
    const rels = relate("苏州代表团赴四川眉山州仁寿县开展对口协作工作。", [
      region("苏州", R.suzhou),
      region("四川", R.sichuan),
      region("眉山", R.meishan),
      region("仁寿县", R.renshou),
    ]);
    expect(ids(rels, "cooperates_with")).toEqual([`cooperates_with:${R.suzhou}->${R.renshou}`]);
  });

  it("X之行是学习取经: a trip named by its place learns from it only with a word of study", () => {
    const rels = relate("书记说，义乌之行是一次学习取经之行。昆山之行很顺利。", [
      region("义乌", R.yiwu),
      region("昆山", R.kunshan),
    ]);
    expect(ids(rels, "learns_from")).toEqual([`learns_from:${R.renshou}->${R.yiwu}`]);
  });

  it("邀请X党政代表团到我县参观: an invitation is no visit yet", () => {
    const rels = relate("我们真诚邀请义乌党政代表团到我县参观考察。", [region("义乌", R.yiwu)]);
    expect(ids(rels, "learns_from")).toEqual([]);
  });
});
