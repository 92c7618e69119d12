import { describe, expect, it } from "vitest";
import { loadGazetteer } from "../../src/resolve/gazetteer.js";
import { recognizeRegions } from "../../src/resolve/recognize-regions.js";
import { makeDocument } from "../helpers/document.js";

const gazetteer = loadGazetteer();
/** `surface → entity` for every mention, in text order. */
const found = (text: string) =>
  recognizeRegions(makeDocument(text), gazetteer).map((m) => `${m.surface}→${m.entity}`);

describe("recognizeRegions: abbreviations before a count of places", () => {
  it("reads a 、-list of province abbreviations whose count of places matches it", () => {
    expect(found("考察组分赴皖、赣两地学习。")).toEqual(["皖→region:340000", "赣→region:360000"]);
    expect(found("沪、苏、浙三省市共同推进。")).toEqual([
      "沪→region:310000",
      "苏→region:320000",
      "浙→region:330000",
    ]);
  });

  it("reads none where the count differs or a single character stands before it", () => {
    expect(found("皖、赣、闽两地交流。")).toEqual([]);
    expect(found("代表团赴赣两地。")).toEqual([]);
  });
});
