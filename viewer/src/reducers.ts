/**
 * sigma node/edge reducers: filters, colour mode, hover/selection highlight and the benchmark-peers
 * view are applied at draw time. The graph itself is never mutated for display.
 */
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { PEER_EDGE_KINDS, type ViewerEdge, type ViewerGraph, type ViewerNode } from "./graph-types.js";
import type { ViewState } from "./state.js";

/** Colour of nodes outside the highlighted neighbourhood. */
export const DIM_COLOR = "#e2e2e2";
/** Colour of the selected edge. */
export const SELECTED_EDGE_COLOR = "#d62728";
/** Above this many neighbours, neighbours' labels are left to sigma's label grid. */
const FORCE_LABEL_LIMIT = 40;

/** The nodes and edges to emphasise; everything else is dimmed (or, in the peers view, hidden). */
export interface Focus {
  center: string;
  nodes: Set<string>;
  edges: Set<string>;
  /** Peers view: hide what is outside instead of dimming it. */
  exclusive: boolean;
}

/** Whether an edge is drawn under the current filters (its kind and both endpoints' kinds shown). */
export function edgeVisible(graph: ViewerGraph, edge: string, state: ViewState): boolean {
  if (state.hiddenEdgeKinds.has(graph.getEdgeAttribute(edge, "kind"))) return false;
  const [source, target] = graph.extremities(edge);
  return (
    !state.hiddenNodeKinds.has(graph.getNodeAttribute(source, "kind")) &&
    !state.hiddenNodeKinds.has(graph.getNodeAttribute(target, "kind"))
  );
}

/** The neighbourhood to emphasise: the peers view, else the hovered node, else the selected one. */
export function computeFocus(graph: ViewerGraph, state: ViewState): Focus | null {
  const peers = state.peersOf !== null && graph.hasNode(state.peersOf) ? state.peersOf : null;
  const center = peers ?? state.hoveredNode ?? state.selectedNode;
  if (center === null || !graph.hasNode(center)) return null;
  const focus: Focus = { center, nodes: new Set([center]), edges: new Set(), exclusive: peers !== null };
  graph.forEachEdge(center, (edge, attributes, source, target) => {
    if (peers !== null ? !PEER_EDGE_KINDS.has(attributes.kind) : !edgeVisible(graph, edge, state)) return;
    focus.edges.add(edge);
    focus.nodes.add(source === center ? target : source);
  });
  return focus;
}

/** Everything a reducer needs besides the item itself, computed once per state change. */
export interface ReducerContext {
  graph: ViewerGraph;
  state: ViewState;
  focus: Focus | null;
  communityColor: (community: number) => string;
}

/** Display data of one node. */
export function reduceNode(node: string, data: ViewerNode, ctx: ReducerContext): Partial<NodeDisplayData> {
  const { state, focus } = ctx;
  const display: Partial<NodeDisplayData> = { ...data };
  if (state.colorMode === "community") display.color = ctx.communityColor(data.community);
  const hiddenByKind = state.hiddenNodeKinds.has(data.kind);
  if (focus === null) {
    display.hidden = hiddenByKind;
    return display;
  }
  if (!focus.nodes.has(node)) {
    if (focus.exclusive || hiddenByKind) display.hidden = true;
    display.color = DIM_COLOR;
    display.label = null;
    display.zIndex = 0;
    return display;
  }
  display.hidden = hiddenByKind && node !== focus.center;
  display.zIndex = 1;
  if (node === focus.center || node === state.selectedNode) display.highlighted = true;
  if (node === focus.center || focus.nodes.size <= FORCE_LABEL_LIMIT) display.forceLabel = true;
  return display;
}

/** Display data of one edge. */
export function reduceEdge(edge: string, data: ViewerEdge, ctx: ReducerContext): Partial<EdgeDisplayData> {
  const { graph, state, focus } = ctx;
  const display: Partial<EdgeDisplayData> = { ...data };
  if (focus !== null) {
    if (!focus.edges.has(edge)) return { ...display, hidden: true };
    display.zIndex = 1;
  } else if (!edgeVisible(graph, edge, state)) {
    return { ...display, hidden: true };
  }
  if (edge === state.selectedEdge) {
    display.color = SELECTED_EDGE_COLOR;
    display.size = Math.max(2, (data.size || 1) * 2);
    display.zIndex = 2;
  }
  return display;
}

/** A stable, well-spread colour for community `index` (golden-angle hues). */
export function communityColor(index: number): string {
  const hue = (((index * 137.508) % 360) + 360) % 360;
  return hslToHex(hue, 0.62, 0.5);
}

function hslToHex(hue: number, saturation: number, lightness: number): string {
  const chroma = (1 - Math.abs(2 * lightness - 1)) * saturation;
  const x = chroma * (1 - Math.abs(((hue / 60) % 2) - 1));
  const m = lightness - chroma / 2;
  const [r, g, b] =
    hue < 60
      ? [chroma, x, 0]
      : hue < 120
        ? [x, chroma, 0]
        : hue < 180
          ? [0, chroma, x]
          : hue < 240
            ? [0, x, chroma]
            : hue < 300
              ? [x, 0, chroma]
              : [chroma, 0, x];
  const byte = (value: number): string =>
    Math.round((value + m) * 255)
      .toString(16)
      .padStart(2, "0");
  return `#${byte(r)}${byte(g)}${byte(b)}`;
}
