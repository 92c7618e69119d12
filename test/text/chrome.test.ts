import { describe, expect, it } from "vitest";
import { alignedIdentity } from "../../src/text/aligned.js";
import { classifyChromeLine, dropChrome } from "../../src/text/chrome.js";

describe("classifyChromeLine", () => {
  it("recognizes account prompts, counters, buttons and legal footers", () => {
    const chrome = [
      "您需要登录后才可以回帖 登录 | 立即注册",
      "查看：305|回复：12",
      "发表于 2022-3-4 08:00 | 只看该作者",
      "Powered by SomeBoard 2.0",
      "Processed in 0.02 second(s), 8 queries .",
      "Copyright © 2010-2024 某某网",
      "湘ICP备12345678号",
      "返回顶部 返回列表",
      "热搜：长沙 株洲",
      "评论留言",
      "x",
      "| — |",
      "某某论坛|某某社区(MOUXX.COM)",
    ];
    for (const line of chrome) expect([line, classifyChromeLine(line)]).toEqual([line, true]);
  });
  it("returns the last step of a breadcrumb", () => {
    expect(classifyChromeLine("您现在的位置：某某县人民政府>新闻中心>工作动态")).toBe("工作动态");
  });
  it("keeps bylines, headings and long paragraphs that quote chrome words", () => {
    const kept = [
      "来源：某某日报 作者：王五 责任编辑：赵六",
      "聚力创新创业",
      "全县新注册企业1200户，" + "同比增长明显，".repeat(20) + "版权所有意识增强。",
    ];
    for (const line of kept) expect([line, classifyChromeLine(line)]).toEqual([line, false]);
  });
});

describe("dropChrome", () => {
  it("drops chrome lines and the column label repeating the breadcrumb's last step", () => {
    const text = "您现在的位置：首页>工作动态\n\n工作动态\n标题在此\n正文。\n返回顶部\n";
    const out = dropChrome(alignedIdentity(text));
    expect(out.text).toBe("\n标题在此\n正文。\n");
    expect(text.slice(out.start[1]!, out.end[4]!)).toBe("标题在此");
  });
});

describe("dropChrome on e-paper headline lists", () => {
  it("drops a whitespace-separated list of headlines that holds the article's own title line", () => {
    const text =
      "读报首页 某县召开全县经济工作会议 某镇开展秋收秋种工作 甲县代表团来我县考察交流工作\n" +
      "甲县代表团来我县考察交流工作\n正文在此。\n";
    expect(dropChrome(alignedIdentity(text)).text).toBe("甲县代表团来我县考察交流工作\n正文在此。\n");
  });
  it("keeps such a line when none of its items is a line of its own, or when it has two items", () => {
    for (const text of [
      "读报首页 某县召开全县经济工作会议 某镇开展秋收秋种工作\n正文在此。\n",
      "某县日报 甲县代表团来我县考察交流工作\n甲县代表团来我县考察交流工作\n",
    ])
      expect(dropChrome(alignedIdentity(text)).text).toBe(text);
  });
});

describe("classifyChromeLine on reposts and bylines", () => {
  it("drops WeChat furniture and share-target rows", () => {
    for (const line of [
      "点击上方蓝字关注我们",
      "长按识别二维码",
      "阅读原文",
      "在看",
      "分享到：微信 微博 QQ空间",
    ]) {
      expect([line, classifyChromeLine(line)]).toEqual([line, true]);
    }
  });
  it("keeps a byline even when counters share its line", () => {
    const line = "发布时间：2021-03-04 来源：某某日报 浏览次数：123";
    expect(classifyChromeLine(line)).toBe(false);
  });
});
