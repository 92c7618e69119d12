import { describe, expect, it } from "vitest";
import { extractRelations } from "../../../src/extract/relations/index.js";
import type { Relation } from "../../../src/types.js";
import { markedDocument, type Mark } from "./marked-document.js";
import { R, region } from "./regions.js";

function relate(text: string, marks: Mark[], subject: string = R.renshou): Relation[] {
  const { doc, mentions, nested } = markedDocument(text, marks);
  return extractRelations(doc, mentions, { subject, nested });
}
const cooperation = (rels: Relation[]) =>
  rels.filter((r) => r.kind === "cooperates_with").map((r) => `${r.source}->${r.target}`);

describe("mutual cooperation (两地, 双方, 三地)", () => {
  it("两地 and a cooperation word later in the sentence: the two places cooperate", () => {
    const rels = relate(
      "昆山市与江阴市都是工业强市。希望两地今后加强沟通，携手并进。",
      [region("昆山市", R.kunshan), region("江阴市", R.jiangyin)],
      R.kunshan,
    );
    expect(cooperation(rels)).toEqual([`${R.kunshan}->${R.jiangyin}`]);
  });

  it("两地 in a text about one of them: that one and the other place named last", () => {
    const rels = relate(
      "江阴市代表团来我县考察，义乌市领导陪同。昆山市与义乌市交流。两地将携手合作。",
      [region("江阴市", R.jiangyin), region("义乌市", R.yiwu), region("昆山市", R.kunshan)],
      R.yiwu,
    );
    expect(cooperation(rels)).toEqual([`${R.yiwu}->${R.kunshan}`]);
  });

  it("双方 after a visit: the host, its container dropped, and the document's own region", () => {
    const rels = relate("代表团考察了江苏省昆山市的园区，双方就开展区域合作进行了交流。", [
      region("江苏省", R.jiangsu),
      region("昆山市", R.kunshan),
    ]);
    expect(cooperation(rels)).toEqual([`${R.renshou}->${R.kunshan}`]);
  });

  it("三地 counts three places, each pair cooperating", () => {
    const rels = relate("昆山市、江阴市和义乌市签约。三地将优势互补。", [
      region("昆山市", R.kunshan),
      region("江阴市", R.jiangyin),
      region("义乌市", R.yiwu),
    ]);
    expect(cooperation(rels).sort()).toEqual(
      [`${R.jiangyin}->${R.yiwu}`, `${R.kunshan}->${R.jiangyin}`, `${R.kunshan}->${R.yiwu}`].sort(),
    );
  });

  it("两地 with no cooperation word after it links nothing", () => {
    const rels = relate("昆山市与江阴市都是工业强市。两地发展各有特色。", [
      region("昆山市", R.kunshan),
      region("江阴市", R.jiangyin),
    ]);
    expect(cooperation(rels)).toEqual([]);
  });

  it("places qualified by a cooperation word (结对两市) are no partners of each other", () => {
    const rels = relate("我县与昆山市、江阴市结对。我县为结对两市定制帮扶方案。", [
      region("昆山市", R.kunshan),
      region("江阴市", R.jiangyin),
    ]);
    expect(cooperation(rels).sort()).toEqual([`${R.renshou}->${R.jiangyin}`, `${R.renshou}->${R.kunshan}`]);
  });

  it("a count closing a list (昆山、江阴两市) is no word pointing back", () => {
    const rels = relate("与江苏省昆山、江阴两市结对，开展帮扶合作。", [
      region("江苏省", R.jiangsu),
      region("昆山", R.kunshan),
      region("江阴", R.jiangyin),
    ]);
    expect(cooperation(rels).sort()).toEqual([`${R.renshou}->${R.jiangyin}`, `${R.renshou}->${R.kunshan}`]);
  });
});

describe("joint action (A、B共同…)", () => {
  it("the regions listed right before 共同, an adverb between, cooperate pair by pair", () => {
    const rels = relate("近日，昆山市、江阴市将共同成立产业基金。", [
      region("昆山市", R.kunshan),
      region("江阴市", R.jiangyin),
    ]);
    expect(cooperation(rels)).toEqual([`${R.kunshan}->${R.jiangyin}`]);
  });

  it("A与B、C共同签订: every pair of the three", () => {
    const rels = relate("义乌市与昆山市、江阴市共同签订协议。", [
      region("义乌市", R.yiwu),
      region("昆山市", R.kunshan),
      region("江阴市", R.jiangyin),
    ]);
    expect(cooperation(rels).sort()).toEqual(
      [`${R.kunshan}->${R.jiangyin}`, `${R.yiwu}->${R.jiangyin}`, `${R.yiwu}->${R.kunshan}`].sort(),
    );
  });

  it("one region before 共同 acts with nobody", () => {
    const rels = relate("昆山市共同推进改革。", [region("昆山市", R.kunshan)]);
    expect(cooperation(rels)).toEqual([]);
  });
});
