import { describe, expect, it } from "vitest";
import { initialState } from "../../viewer/src/state.js";
import { readUrlState, writeUrlState } from "../../viewer/src/url.js";

describe("URL state", () => {
  it("round-trips selection, filters, colour mode, peers and graph", () => {
    const state = {
      ...initialState(),
      selectedNode: "region:510704",
      hiddenNodeKinds: new Set(["program", "person"]),
      hiddenEdgeKinds: new Set(["co_occurs"]),
      colorMode: "community" as const,
      peersOf: "region:510704",
    };
    const query = writeUrlState(state, "data/g.gexf");
    expect(query).toBe(
      "?graph=data%2Fg.gexf&node=region%3A510704&hide=person%2Cprogram&hideEdges=co_occurs&color=community&peers=region%3A510704",
    );
    expect(readUrlState(query)).toEqual({
      graph: "data/g.gexf",
      node: "region:510704",
      hiddenNodeKinds: new Set(["person", "program"]),
      hiddenEdgeKinds: new Set(["co_occurs"]),
      colorMode: "community",
      peersOf: "region:510704",
    });
  });

  it("writes nothing for the default view and reads defaults from junk", () => {
    expect(writeUrlState(initialState(), null)).toBe("");
    expect(readUrlState("?color=rainbow&hide=,,")).toMatchObject({
      colorMode: "kind",
      hiddenNodeKinds: new Set(),
    });
  });
});
