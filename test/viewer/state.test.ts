import { describe, expect, it } from "vitest";
import { Store, changedFields, initialState, toggled } from "../../viewer/src/state.js";

describe("Store", () => {
  it("notifies subscribers with the new and previous state, only on change", () => {
    const store = new Store();
    const seen: [string | null, string | null][] = [];
    const unsubscribe = store.subscribe((state, previous) =>
      seen.push([state.selectedNode, previous.selectedNode]),
    );
    store.update({ selectedNode: "a" });
    store.update({ selectedNode: "a" });
    store.update({ selectedNode: "b" });
    unsubscribe();
    store.update({ selectedNode: "c" });
    expect(seen).toEqual([
      ["a", null],
      ["b", "a"],
    ]);
    expect(store.state.selectedNode).toBe("c");
  });

  it("lists changed fields by identity", () => {
    const before = initialState();
    const after = { ...before, hoveredNode: "x", hiddenNodeKinds: new Set<string>() };
    expect(changedFields(after, before)).toEqual(["hoveredNode", "hiddenNodeKinds"]);
    expect(changedFields(before, before)).toEqual([]);
  });

  it("toggles set members without mutating the original", () => {
    const original = new Set(["program"]);
    expect(toggled(original, "person")).toEqual(new Set(["program", "person"]));
    expect(toggled(original, "program")).toEqual(new Set());
    expect(original).toEqual(new Set(["program"]));
  });
});
