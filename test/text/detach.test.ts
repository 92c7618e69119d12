import { describe, expect, it } from "vitest";
import { detach } from "../../src/text/detach.js";

describe("detach", () => {
  it("gives the same text, short or long", () => {
    const document = "浙江省安吉县大力发展竹产业，打造绿色家居产业集群。".repeat(20);
    expect(detach(document.slice(3, 6))).toBe("安吉县");
    expect(detach(document.slice(0, 25))).toBe("浙江省安吉县大力发展竹产业，打造绿色家居产业集群。");
    expect(detach("")).toBe("");
  });
});
