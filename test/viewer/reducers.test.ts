import { describe, expect, it } from "vitest";
import {
  DIM_COLOR,
  SELECTED_EDGE_COLOR,
  communityColor,
  computeFocus,
  reduceEdge,
  reduceNode,
  type ReducerContext,
} from "../../viewer/src/reducers.js";
import { initialState, type ViewState } from "../../viewer/src/state.js";
import { loadFixture } from "./fixture.js";

const graph = await loadFixture();

function context(patch: Partial<ViewState>): ReducerContext {
  const state = { ...initialState(), ...patch };
  return { graph, state, focus: computeFocus(graph, state), communityColor };
}
const node = (key: string, ctx: ReducerContext) => reduceNode(key, graph.getNodeAttributes(key), ctx);
const edge = (key: string, ctx: ReducerContext) => reduceEdge(key, graph.getEdgeAttributes(key), ctx);
const BENCHMARK = "benchmarks:region:510904->region:510704";

describe("reducers", () => {
  it("hide nodes of a filtered kind and the edges touching them", () => {
    const ctx = context({ hiddenNodeKinds: new Set(["program"]) });
    expect(node("program:乡村振兴战略", ctx).hidden).toBe(true);
    expect(node("region:510904", ctx).hidden).toBe(false);
    expect(edge("implements_program:region:510904->program:乡村振兴战略", ctx).hidden).toBe(true);
    expect(edge(BENCHMARK, ctx).hidden).toBeUndefined();
  });

  it("hide edges of a filtered relation", () => {
    const ctx = context({ hiddenEdgeKinds: new Set(["benchmarks"]) });
    expect(edge(BENCHMARK, ctx).hidden).toBe(true);
    expect(edge("learns_from:region:510904->region:510704", ctx).hidden).toBeUndefined();
  });

  it("dim everything outside the hovered node's neighbourhood without touching the graph", () => {
    const ctx = context({ hoveredNode: "region:510704" });
    expect(node("region:510704", ctx)).toMatchObject({ highlighted: true, forceLabel: true, zIndex: 1 });
    expect(node("region:510904", ctx)).toMatchObject({ color: "#1f77b4", zIndex: 1 });
    expect(node("person:李明", ctx)).toMatchObject({ color: DIM_COLOR, label: null, zIndex: 0 });
    expect(node("person:李明", ctx).hidden).toBeUndefined();
    expect(edge("leads:person:李明->organization:安居区委", ctx).hidden).toBe(true);
    expect(graph.getNodeAttribute("person:李明", "color")).toBe("#8c564b");
  });

  it("show only benchmark peers in the peers view", () => {
    const ctx = context({ peersOf: "region:510704", hoveredNode: "person:李明" });
    expect(ctx.focus?.nodes).toEqual(
      new Set(["region:510704", "region:510904", "region:510903", "region:510117"]),
    );
    expect(node("industry:电子信息", ctx).hidden).toBe(true);
    expect(edge("has_industry:region:510704->industry:电子信息", ctx).hidden).toBe(true);
    expect(edge(BENCHMARK, ctx).hidden).toBeUndefined();
  });

  it("colour by community and mark the selected edge", () => {
    const ctx = context({ colorMode: "community", selectedEdge: BENCHMARK });
    expect(node("region:510704", ctx).color).toBe(communityColor(2));
    expect(edge(BENCHMARK, ctx)).toMatchObject({ color: SELECTED_EDGE_COLOR, zIndex: 2 });
  });

  it("give communities distinct hex colours", () => {
    const colors = new Set(Array.from({ length: 12 }, (_, index) => communityColor(index)));
    expect(colors.size).toBe(12);
    for (const color of colors) expect(color).toMatch(/^#[0-9a-f]{6}$/);
  });
});
