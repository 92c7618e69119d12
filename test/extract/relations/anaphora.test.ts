import { describe, expect, it } from "vitest";
import { extractRelations } from "../../../src/extract/relations/index.js";
import type { Relation } from "../../../src/types.js";
import { markedDocument, type Mark } from "./marked-document.js";
import { R, region } from "./regions.js";

function relate(text: string, marks: Mark[], subject: string = R.renshou): Relation[] {
  const { doc, mentions, nested } = markedDocument(text, marks);
  return extractRelations(doc, mentions, { subject, nested });
}
const industries = (rels: Relation[]) =>
  rels.filter((r) => r.kind === "has_industry").map((r) => `${r.source}->${r.target}`);
const industry = (text: string): Mark => ({ text, kind: "industry", entity: `industry:${text}` });

describe("当地 (the aided places)", () => {
  it("落地江苏两市，支持当地发展X: the two cities named last, not the helper", () => {
    const rels = relate("我县与昆山、江阴两市结对。我县引导企业落地江苏两市，支持当地发展茶叶产业。", [
      region("昆山", R.kunshan),
      region("江阴", R.jiangyin),
      region("江苏", R.jiangsu),
      industry("茶叶产业"),
    ]);
    expect(industries(rels).sort()).toEqual([
      `${R.jiangyin}->industry:茶叶产业`,
      `${R.kunshan}->industry:茶叶产业`,
    ]);
  });

  it("援建义乌市园区，带动当地发展X: the place named before 当地 in the sentence", () => {
    const rels = relate("我县援建义乌市园区，带动当地发展茶叶产业。", [
      region("义乌市", R.yiwu),
      industry("茶叶产业"),
    ]);
    expect(industries(rels)).toEqual([`${R.yiwu}->industry:茶叶产业`]);
  });

  it("当地 with no other place named before it is the document's own region", () => {
    const rels = relate("我县支持当地发展茶叶产业。", [industry("茶叶产业")]);
    expect(industries(rels)).toEqual([`${R.renshou}->industry:茶叶产业`]);
  });
});
