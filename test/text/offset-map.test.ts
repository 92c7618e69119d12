import { describe, expect, it } from "vitest";
import { ArrayOffsetMap } from "../../src/text/offset-map.js";

describe("ArrayOffsetMap", () => {
  it("maps a character that replaced several original ones to all of them", () => {
    // original "區(qū)域" → normalized "区域": 区 covers 區(qū), 域 is itself
    const map = new ArrayOffsetMap(Int32Array.from([0, 5]), Int32Array.from([5, 6]), 6);
    expect(map.toOriginal({ start: 0, end: 2 })).toEqual({ start: 0, end: 6 });
    expect(map.toOriginal({ start: 1, end: 2 })).toEqual({ start: 5, end: 6 });
    expect(map.toOriginal({ start: 2, end: 2 })).toEqual({ start: 6, end: 6 });
  });
  it("composes two maps", () => {
    const inner = new ArrayOffsetMap(Int32Array.from([0, 5]), Int32Array.from([5, 6]), 6);
    const outer = ArrayOffsetMap.identity(2);
    expect(outer.composeOnto(inner).toOriginal({ start: 0, end: 1 })).toEqual({ start: 0, end: 5 });
  });
  it("rejects spans outside the text", () => {
    expect(() => ArrayOffsetMap.identity(3).toOriginal({ start: 2, end: 4 })).toThrow(RangeError);
  });
});
