/** The graph the viewer draws: the builder's attribute shapes on a mixed multigraph. */
import type { AbstractGraph } from "graphology-types";
import type Sigma from "sigma";
import type { GraphAttributes, GraphEdgeAttributes, GraphNodeAttributes } from "../../src/types.js";

export type { Evidence, DocumentInfo, GraphNodeAttributes, GraphEdgeAttributes } from "../../src/types.js";

/** Node attributes after loading: `kind` may be any string when the file came from elsewhere. */
export type ViewerNode = Omit<GraphNodeAttributes, "kind"> & { kind: string };
/** Edge attributes after loading. */
export type ViewerEdge = Omit<GraphEdgeAttributes, "kind"> & { kind: string };

export type ViewerGraph = AbstractGraph<ViewerNode, ViewerEdge, GraphAttributes>;

/** The sigma renderer of a viewer graph. */
export type ViewerRenderer = Sigma<ViewerNode, ViewerEdge, GraphAttributes>;

/** Relations that make one region another's benchmark peer. */
export const PEER_EDGE_KINDS: ReadonlySet<string> = new Set(["benchmarks", "learns_from"]);
