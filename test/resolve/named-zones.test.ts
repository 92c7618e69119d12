import { describe, expect, it } from "vitest";
import { describeRegion } from "../../src/resolve/describe-region.js";
import { loadGazetteer } from "../../src/resolve/gazetteer.js";
import { recognizeRegions } from "../../src/resolve/recognize-regions.js";
import { makeDocument } from "../helpers/document.js";

const gazetteer = loadGazetteer();
/** `surface → entity` for every mention, in text order. */
const found = (text: string) =>
  recognizeRegions(makeDocument(text), gazetteer).map((m) => `${m.surface}→${m.entity}`);

describe("recognizeRegions: zones named by a name that is no region", () => {
  it("reads a short name before 小镇 or 产业园 as a local zone of the subject", () => {
    expect(found("浦城县代表团考察了云杉小镇、栖霞足球产业园。")).toEqual([
      "浦城县→region:350722",
      "云杉小镇→region:云杉小镇",
      "栖霞足球产业园→region:栖霞足球产业园",
    ]);
    expect(describeRegion("region:云杉小镇", gazetteer)?.parent).toBe("region:350722");
    expect(found("浦城县召开会议。羊毛衫小镇入驻企业30家；丝巾小镇一期竣工。").slice(1)).toEqual([
      "羊毛衫小镇→region:羊毛衫小镇",
      "丝巾小镇→region:丝巾小镇",
    ]);
  });

  it("takes no description, long phrase, clause or bare noun for such a name", () => {
    expect(found("浦城县加快建设现代农业产业园、食品产业园。")).toEqual(["浦城县→region:350722"]);
    expect(found("浦城县考察了精品农业生态小镇。走进小镇，在产业园内参观。")).toEqual([
      "浦城县→region:350722",
    ]);
    expect(found("浦城县将打造产业园。")).toEqual(["浦城县→region:350722"]);
  });
});

describe("recognizeRegions: names before park nouns", () => {
  it("takes no two-character brand before a park noun and no name closing a quote", () => {
    expect(found("浦城县代表团参观了某某药业有限公司、欧迪产业园。")).toEqual(["浦城县→region:350722"]);
    expect(found("浦城县共建“飞地抱团”青禾联创产业园。")).toEqual(["浦城县→region:350722"]);
    expect(found("浦城县共建飞地，青禾联创产业园。")).toEqual([
      "浦城县→region:350722",
      "青禾联创产业园→region:青禾联创产业园",
    ]);
  });
});

describe("recognizeRegions: described zones ending in a cluster noun", () => {
  it("reads a city's described 经济区 as a zone, a province's or an undescribed one as a cluster", () => {
    expect(found("福州市滨海新区与莆田湄洲湾经济区签约。").slice(-1)).toEqual([
      "莆田湄洲湾经济区→region:莆田湄洲湾经济区",
    ]);
    expect(describeRegion("region:莆田湄洲湾经济区", gazetteer)?.level).toBe("zone");
    expect(found("融入福建沿海经济区，推进福州都市圈建设。")).toEqual([
      "福建→region:350000",
      "福州都市圈→region:福州都市圈",
    ]);
  });
});

describe("recognizeRegions: names of described zones", () => {
  it("drops a full unit name that only locates a zone with a proper name of its own", () => {
    expect(found("考察了南平市青峰岭现代农业示范区。")).toEqual([
      "南平市青峰岭现代农业示范区→region:青峰岭现代农业示范区",
    ]);
    expect(describeRegion("region:青峰岭现代农业示范区", gazetteer)?.parent).toBe("region:350700");
  });
  it("keeps the unit's name before a descriptive middle or after a short name", () => {
    expect(found("考察了南平市国际茶叶加工产业园。")).toEqual([
      "南平市国际茶叶加工产业园→region:南平市国际茶叶加工产业园",
    ]);
    expect(found("考察了南平青峰岭现代农业示范区。")).toEqual([
      "南平青峰岭现代农业示范区→region:南平青峰岭现代农业示范区",
    ]);
  });
});
