import { describe, expect, it } from "vitest";
import { closingSignature, isoDate, parseMeta, readByline } from "../../src/ingest/meta.js";

describe("readByline", () => {
  it("reads labelled fields, leaving empty ones out", () => {
    expect(readByline("2024-01-02 10:00:00？ 作者： 来源：江河晚报 责任编辑：孙七")).toEqual({
      date: "2024-01-02",
      source: "江河晚报",
      editor: "孙七",
    });
    expect(readByline("作者：周八 来源：某某发布 发布时间：2020-11-09 18:18")).toEqual({
      date: "2020-11-09",
      author: "周八",
      source: "某某发布",
    });
  });
  it("reads a forum post line and Chinese dates", () => {
    expect(readByline("发表于 2019-7-8 09:10 | 只看该作者")).toEqual({ date: "2019-07-08" });
    expect(readByline("2018年3月5日 来源：某某网")).toEqual({ date: "2018-03-05", source: "某某网" });
  });
  it("is not fooled by body text", () => {
    expect(readByline("全县2020年完成投资100亿元。")).toBeUndefined();
    expect(readByline("（作者系某某县委书记）")).toBeUndefined();
  });
});

describe("isoDate", () => {
  it("pads and validates", () => {
    expect(isoDate("2021", "2", "3")).toBe("2021-02-03");
    expect(isoDate("2021", "13", "3")).toBeUndefined();
  });
});

describe("parseMeta", () => {
  it("takes the line above the byline as the title, skipping chrome", () => {
    expect(
      parseMeta("某某论坛\n立即注册\n清河县发展茶产业\n[复制链接]\n发表于 2022-1-5 08:00\n正文。"),
    ).toEqual({
      title: "清河县发展茶产业",
      date: "2022-01-05",
    });
  });
  it("takes a first headline-like line when there is no byline", () => {
    expect(parseMeta("奋力开创新局面\n正文第一段。")).toEqual({ title: "奋力开创新局面" });
  });
  it("reads a signature under the title", () => {
    expect(parseMeta("奋力开创新局面\n中共某某县委书记 张三\n正文。")).toEqual({
      title: "奋力开创新局面",
      author: "张三",
    });
  });
  it("has no title when the text starts with body", () => {
    expect(parseMeta("3月1日，全县召开大会，部署全年工作。\n会议指出……")).toEqual({});
  });
});

describe("closingSignature", () => {
  it("reads a reporter's bracketed name closing the text", () => {
    expect(closingSignature("正文第一段。\n正文最后一段。 （李四）\n")).toBe("李四");
    expect(closingSignature("3月1日，全县召开大会。（记者 王五 赵六）")).toBe("王五 赵六");
  });
  it("does not take an author note or a bracketed qualifier for an author", () => {
    expect(closingSignature("正文。\n（作者系某某县委书记）")).toBeUndefined();
    expect(closingSignature("正文\n管理办法（试行）")).toBeUndefined();
  });
});
