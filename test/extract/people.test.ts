import { describe, expect, it } from "vitest";
import { recognizePeople, splitNames } from "../../src/extract/people.js";
import { makeDocument } from "../helpers/document.js";
import { summary } from "./helpers.js";

const people = (text: string) => summary(recognizePeople(makeDocument(text)));

describe("recognizePeople", () => {
  it("reads a name after a role, with the whole chain of titles", () => {
    expect(people("县委书记张建国主持召开会议。市委常委、副市长李明强调，要抓落实。")).toEqual([
      "role-name 张建国 → person:张建国 (县委书记)",
      "role-name 李明 → person:李明 (市委常委、副市长)",
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
  it("splits glued reporter names at family names", () => {
    expect(people("（记者张三丰李四 通讯员赵钱孙）")).toEqual([
      "byline 张三丰 → person:张三丰 (记者)",
      "byline 李四 → person:李四 (记者)",
      "role-name 赵钱孙 → person:赵钱孙 (通讯员)",
    ]);
  });
  it("reads a signature closing a paragraph", () => {
    expect(people("共同推动工作落实。 (林枫)")).toEqual(["signature 林枫 → person:林枫"]);
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
});
