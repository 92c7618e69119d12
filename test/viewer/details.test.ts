import { describe, expect, it } from "vitest";
import { parentNames } from "../../viewer/src/panels/details.js";
import { loadFixture } from "./fixture.js";

describe("parentNames", async () => {
  const graph = await loadFixture();

  it("uses the builder's parentChain when present", () => {
    expect(parentNames({ graph }, "region:510704")).toEqual(["四川省", "绵阳市"]);
  });

  it("follows parent links through the graph otherwise, outermost first", () => {
    graph.setNodeAttribute("region:510704", "parentChain", []);
    expect(parentNames({ graph }, "region:510704")).toEqual(["四川省", "绵阳市"]);
  });

  it("shows the id of a parent missing from the graph and stops on cycles", () => {
    graph.setNodeAttribute("region:510117", "parentChain", []);
    graph.setNodeAttribute("region:510117", "parent", "region:510199");
    expect(parentNames({ graph }, "region:510117")).toEqual(["region:510199"]);
    graph.setNodeAttribute("region:510703", "parentChain", []);
    graph.setNodeAttribute("region:510000", "parent", "region:510700");
    expect(parentNames({ graph }, "region:510703")).toEqual(["四川省", "绵阳市"]);
  });
});
