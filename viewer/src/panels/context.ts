/** What panels need from the app: the graph, its documents, the store, and navigation. */
import type { DocumentInfo, ViewerGraph } from "../graph-types.js";
import type { Store } from "../state.js";

export interface PanelContext {
  graph: ViewerGraph;
  /** The graph's documents by id, for evidence captions. */
  documents: ReadonlyMap<string, DocumentInfo>;
  store: Store;
  /** Selects a node and flies the camera to it. */
  selectNode(node: string): void;
  /** Selects an edge (its evidence panel). */
  selectEdge(edge: string): void;
}
