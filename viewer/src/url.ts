/** The durable part of the view state in the page URL, so a link reopens the same view. */
import type { ColorMode, ViewState } from "./state.js";

/** What a URL says about the view. */
export interface UrlState {
  /** Graph to open (`?graph=`), absent for the default. */
  graph: string | null;
  node: string | null;
  hiddenNodeKinds: Set<string>;
  hiddenEdgeKinds: Set<string>;
  colorMode: ColorMode;
  peersOf: string | null;
}

function list(value: string | null): Set<string> {
  return new Set((value ?? "").split(",").filter((item) => item !== ""));
}

/** Reads the view from a query string (`location.search`). Unknown values fall back to defaults. */
export function readUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  return {
    graph: params.get("graph"),
    node: params.get("node"),
    hiddenNodeKinds: list(params.get("hide")),
    hiddenEdgeKinds: list(params.get("hideEdges")),
    colorMode: params.get("color") === "community" ? "community" : "kind",
    peersOf: params.get("peers"),
  };
}

/** The query string (with its `?`, or "" when empty) for `state` on graph `graph`. Sorted lists. */
export function writeUrlState(state: ViewState, graph: string | null): string {
  const params = new URLSearchParams();
  if (graph !== null) params.set("graph", graph);
  if (state.selectedNode !== null) params.set("node", state.selectedNode);
  if (state.hiddenNodeKinds.size > 0) params.set("hide", [...state.hiddenNodeKinds].sort().join(","));
  if (state.hiddenEdgeKinds.size > 0) params.set("hideEdges", [...state.hiddenEdgeKinds].sort().join(","));
  if (state.colorMode !== "kind") params.set("color", state.colorMode);
  if (state.peersOf !== null) params.set("peers", state.peersOf);
  const query = params.toString();
  return query === "" ? "" : `?${query}`;
}
