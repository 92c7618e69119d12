import { describe, expect, it } from "vitest";
import { recognizePeople, splitNames } from "../../src/extract/people.js";
import { makeDocument } from "../helpers/document.js";
import { summary } from "./helpers.js";

const people = (text: string) => summary(recognizePeople(makeDocument(text)));

describe("recognizePeople", () => {
  it("reads a name after a role, with the title next to the name as its role", () => {
    expect(people("县委书记张建国主持召开会议。市委常委、副市长李明强调，要抓落实。")).toEqual([
      "role-name 张建国 → person:张建国 (县委书记)",
      "role-name 李明 → person:李明 (副市长)",
    ]);
    expect(people("中共某某县委书记 陈立新")).toEqual(["role-name 陈立新 → person:陈立新 (县委书记)"]);
    expect(people("县长李建国在会上讲话，镇长王五带领队伍。")).toEqual([
      "role-name 李建国 → person:李建国 (县长)",
      "role-name 王五 → person:王五 (镇长)",
    ]);
  });
  it("reads a name before a reporting verb or a title, compound family names included", () => {
    expect(people("欧阳红梅表示，将继续努力。")).toEqual(["name-verb 欧阳红梅 → person:欧阳红梅"]);
    expect(people("习近平总书记指出，要坚持新发展理念。")).toEqual([
      "name-verb 习近平 → person:习近平 (总书记)",
    ]);
  });
  it("does not read common words as names", () => {
    expect(people("全会强调，高质量发展是首要任务。")).toEqual([]);
    expect(people("。周末前往公园。")).toEqual([]);
  });
  it("reads byline fields and skips an empty one", () => {
    expect(people("作者：王小平 来源：某某日报 责任编辑：刘洋")).toEqual([
      "byline 王小平 → person:王小平 (作者)",
      "byline 刘洋 → person:刘洋 (责任编辑)",
    ]);
    expect(people("作者: 来源:某某日报")).toEqual([]);
  });
  it("switches the role at each byline label", () => {
    expect(people("（记者 黄小明 通讯员 邓丽 何佳）")).toEqual([
      "byline 黄小明 → person:黄小明 (记者)",
      "byline 邓丽 → person:邓丽 (通讯员)",
      "byline 何佳 → person:何佳 (通讯员)",
    ]);
  });
  it("splits glued reporter names at family names", () => {
    expect(people("（记者张三丰李四 通讯员赵钱孙）")).toEqual([
      "byline 张三丰 → person:张三丰 (记者)",
      "byline 李四 → person:李四 (记者)",
      "role-name 赵钱孙 → person:赵钱孙 (通讯员)",
    ]);
  });
  it("reads a signature closing a paragraph", () => {
    expect(people("共同推动工作落实。 (林枫)")).toEqual(["signature 林枫 → person:林枫"]);
    expect(people("共同推动工作落实。（记者）")).toEqual([]);
    expect(people("共同推动工作落实。（全文完）")).toEqual([]);
  });
});

describe("splitNames", () => {
  it("prefers the split whose family names are most common", () => {
    // 张文|王李明 and 张文王|李明 are both possible; 王 is more common than 李 as a family name here.
    expect(splitNames("张文王李明")).toEqual([
      [0, 2],
      [2, 5],
    ]);
  });
  it("yields nothing when a run cannot be split into names", () => {
    expect(splitNames("的的的")).toEqual([]);
  });
  it("reads names before 陪同 and after 领导, and never a body opened by 区", () => {
    expect(people("市领导林华、陈东陪同。区政协主席王海出席。")).toEqual([
      "role-name 林华 → person:林华 (领导)",
      "name-verb 陈东 → person:陈东",
      "role-name 王海 → person:王海 (主席)",
    ]);
  });
  it("counts a confirmed name at every occurrence", () => {
    expect(people("县长陈文明出席。大家对陈文明的讲话反响热烈。")).toEqual([
      "role-name 陈文明 → person:陈文明 (县长)",
      "name-repeat 陈文明 → person:陈文明",
    ]);
  });
  it("reads review fields 一审/二审/三审 as bylines", () => {
    expect(people("审核：一审：林小红；二审：黄志；三审：郑海波")).toEqual([
      "byline 林小红 → person:林小红 (一审)",
      "byline 黄志 → person:黄志 (二审)",
      "byline 郑海波 → person:郑海波 (三审)",
    ]);
  });
  it("reads a name after a title where a common word follows it", () => {
    expect(people("县委常委、办公室主任庞守仁接待来宾。")).toEqual([
      "role-name 庞守仁 → person:庞守仁 (主任)",
    ]);
    expect(people("他说领导班子有干劲。")).toEqual([]);
  });
  it("reads every name listed after a title", () => {
    expect(people("县领导钱岚、孔德山、韦青参加活动。")).toEqual([
      "role-name 钱岚 → person:钱岚 (领导)",
      "role-name-list 孔德山 → person:孔德山 (领导)",
      "name-verb 韦青 → person:韦青",
    ]);
  });
  it("reads the name opening a byline before its first label, and a reposting credit", () => {
    expect(people("（梁一鸣 实习记者 葛舟）\n转载：尤思远")).toEqual([
      "byline 梁一鸣 → person:梁一鸣",
      "byline 葛舟 → person:葛舟 (记者)",
      "byline 尤思远 → person:尤思远 (转载)",
    ]);
  });
  it("reads no name in 代表团", () => {
    expect(people("代表团一行参观了园区。")).toEqual([]);
  });
  it("reads a title's name before 率", () => {
    expect(people("市委副书记严明率考察团来访。")).toEqual(["role-name 严明 → person:严明 (市委副书记)"]);
  });
  it("reads a list of names closed by 等 and a word for officials", () => {
    expect(people("翁立、褚秀芬、龚海等市领导陪同。")).toEqual([
      "names-before-leaders 翁立 → person:翁立",
      "names-before-leaders 褚秀芬 → person:褚秀芬",
      "names-before-leaders 龚海 → person:龚海",
    ]);
    expect(people("茶叶、蔬菜等领导关注的产业。")).toEqual([]);
  });
});
