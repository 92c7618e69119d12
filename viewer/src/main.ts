/**
 * The viewer app: opens a graph (`?graph=URL`, else `graph/graph.json` next to the page, else a file
 * the user picks or drops), draws it with sigma, and wires panels, search, filters and the URL.
 */
import Sigma from "sigma";
import { fitNodes, resetCamera, zoomBy } from "./controllers/camera.js";
import { downloadPng } from "./controllers/export-png.js";
import { watchGraphFiles } from "./controllers/files.js";
import { LiveLayout } from "./controllers/layout.js";
import { byId } from "./dom.js";
import type { DocumentInfo, ViewerGraph, ViewerRenderer } from "./graph-types.js";
import { GraphLoadError, fetchGraph, readGraphFile } from "./load.js";
import type { PanelContext } from "./panels/context.js";
import { renderEdgeDetails, renderEmptyDetails, renderNodeDetails } from "./panels/details.js";
import { kindCounts, renderLegend } from "./panels/legend.js";
import { mountSearchBox } from "./panels/search-box.js";
import { mountToolbar } from "./panels/toolbar.js";
import { communityColor, computeFocus, reduceEdge, reduceNode, type ReducerContext } from "./reducers.js";
import { SearchIndex } from "./search.js";
import { Store, changedFields, initialState, type ViewState } from "./state.js";
import { readUrlState, writeUrlState, type UrlState } from "./url.js";

/** Graphs this big hide edges and labels while the camera moves and ignore edge hover. */
const LARGE_GRAPH_EDGES = 5_000;
const DEFAULT_GRAPHS = ["graph/graph.json", "graph/graph.gexf"];
const LABEL_FONT = "'Noto Sans CJK SC', 'WenQuanYi Zen Hei', 'Microsoft YaHei', 'PingFang SC', sans-serif";

interface App {
  graph: ViewerGraph;
  renderer: ViewerRenderer;
  layout: LiveLayout;
  index: SearchIndex | null;
  panel: PanelContext;
  counts: ReturnType<typeof kindCounts>;
}

const store = new Store();
const stage = byId("stage");
const details = byId("details");
const legend = byId("legend");
const status = byId("status");
let app: App | null = null;
/** Where the open graph came from (`?graph=`), null for the default or a local file. */
let graphSource: string | null = null;

function setStatus(text: string, state: "loading" | "ready" | "error"): void {
  status.textContent = text;
  status.hidden = text === "";
  document.body.dataset.state = state;
}

const setTool = mountToolbar(
  byId("tools"),
  [
    { id: "color", text: "Colour: type", title: "Colour by entity type or by community", run: toggleColor },
    { id: "zoom-in", text: "+", title: "Zoom in", run: () => app && zoomBy(app.renderer, 1 / 1.5) },
    { id: "zoom-out", text: "−", title: "Zoom out", run: () => app && zoomBy(app.renderer, 1.5) },
    {
      id: "reset",
      text: "Reset",
      title: "Show the whole graph",
      run: () => app && resetCamera(app.renderer),
    },
    { id: "layout", text: "Run layout", title: "Run/stop ForceAtlas2 in a worker", run: toggleLayout },
    { id: "fullscreen", text: "Fullscreen", title: "Fullscreen", run: toggleFullscreen },
    { id: "png", text: "PNG", title: "Export the view as PNG", run: exportPng },
    { id: "open", text: "Open…", title: "Open a GEXF or JSON graph", run: () => byId("file-input").click() },
  ],
  {
    options: [
      ["Labels: few", 0.25],
      ["Labels: normal", 1],
      ["Labels: many", 4],
    ],
    change: (density) =>
      app?.renderer.setSettings({ labelDensity: 0.07 * density, labelRenderedSizeThreshold: 6 / density }),
  },
);

function toggleColor(): void {
  store.update({ colorMode: store.state.colorMode === "kind" ? "community" : "kind" });
}

function toggleLayout(): void {
  if (!app) return;
  const running = app.layout.toggle();
  setTool("layout", running ? "Stop layout" : "Run layout", running);
}

function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen();
  else void document.documentElement.requestFullscreen().catch(() => undefined);
}

function exportPng(): void {
  if (app) void downloadPng(app.renderer, "county-kg-graph.png");
}

mountSearchBox(
  byId("search"),
  () => {
    if (app) app.index ??= new SearchIndex(app.graph);
    return app?.index ?? null;
  },
  selectNode,
);

function selectNode(node: string): void {
  if (!app?.graph.hasNode(node)) return;
  store.update({ selectedNode: node, selectedEdge: null });
  showNeighbourhood(app, node);
}

/** Moves the camera to `node` and what the view emphasises around it (its neighbours or peers). */
function showNeighbourhood(current: App, node: string): void {
  const focus = computeFocus(current.graph, { ...store.state, hoveredNode: null });
  fitNodes(current.renderer, focus && focus.center === node ? focus.nodes : [node]);
}

function selectEdge(edge: string): void {
  if (app?.graph.hasEdge(edge)) store.update({ selectedEdge: edge, selectedNode: null });
}

let reducerContext: ReducerContext | null = null;

function refreshReducerContext(graph: ViewerGraph, state: ViewState): void {
  reducerContext = { graph, state, focus: computeFocus(graph, state), communityColor };
}

function renderPanels(current: App, state: ViewState): void {
  if (state.selectedNode !== null && current.graph.hasNode(state.selectedNode)) {
    renderNodeDetails(details, current.panel, state.selectedNode);
  } else if (state.selectedEdge !== null && current.graph.hasEdge(state.selectedEdge)) {
    renderEdgeDetails(details, current.panel, state.selectedEdge);
  } else {
    renderEmptyDetails(details, current.panel);
  }
}

store.subscribe((state, previous) => {
  if (!app) return;
  refreshReducerContext(app.graph, state);
  if (state.peersOf !== previous.peersOf && state.peersOf !== null) showNeighbourhood(app, state.peersOf);
  const displayOnly =
    state.hiddenNodeKinds === previous.hiddenNodeKinds && state.hiddenEdgeKinds === previous.hiddenEdgeKinds;
  app.renderer.refresh(displayOnly ? { skipIndexation: true } : undefined);
  // Hovering only redraws the graph; panels, legend and URL follow the other fields.
  const changed = changedFields(state, previous);
  if (changed.length === 1 && changed[0] === "hoveredNode") return;
  renderChrome(app, state);
});

/** Everything outside the canvas that follows the state: panels, legend, toolbar, URL. */
function renderChrome(current: App, state: ViewState): void {
  renderPanels(current, state);
  renderLegend(legend, current.graph, store, current.counts);
  const community = state.colorMode === "community";
  setTool("color", community ? "Colour: community" : "Colour: type", community);
  history.replaceState(null, "", `${location.pathname}${writeUrlState(state, graphSource)}`);
}

// Escape leaves the peers view first, then closes the details panel.
document.addEventListener("keydown", (event) => {
  if (event.key !== "Escape" || event.target instanceof HTMLInputElement) return;
  if (store.state.peersOf !== null) store.update({ peersOf: null });
  else store.update({ selectedNode: null, selectedEdge: null });
});

/** Replaces the open graph (if any) with `graph`, restoring the view from `url` where it applies. */
function show(graph: ViewerGraph, url: Omit<UrlState, "graph"> | null): void {
  if (app) {
    app.layout.kill();
    app.renderer.kill();
    app = null;
  }
  const state: ViewState = { ...initialState() };
  if (url) {
    state.hiddenNodeKinds = url.hiddenNodeKinds;
    state.hiddenEdgeKinds = url.hiddenEdgeKinds;
    state.colorMode = url.colorMode;
    state.selectedNode = url.node !== null && graph.hasNode(url.node) ? url.node : null;
    state.peersOf = url.peersOf !== null && graph.hasNode(url.peersOf) ? url.peersOf : null;
  }
  // sigma runs the reducers while constructing: they must see the new graph already.
  refreshReducerContext(graph, state);
  const large = graph.size > LARGE_GRAPH_EDGES;
  const renderer: ViewerRenderer = new Sigma(graph, byId("sigma"), {
    // Arrow heads cost a second program and are clutter at this scale.
    defaultEdgeType: large ? "line" : "arrow",
    labelFont: LABEL_FONT,
    labelSize: 13,
    labelDensity: 0.07,
    labelGridCellSize: 80,
    labelRenderedSizeThreshold: 6,
    hideEdgesOnMove: large,
    hideLabelsOnMove: large,
    enableEdgeEvents: !large,
    zIndex: true,
    nodeReducer: (node, data) => (reducerContext ? reduceNode(node, data, reducerContext) : data),
    edgeReducer: (edge, data) => (reducerContext ? reduceEdge(edge, data, reducerContext) : data),
  });
  const documents = new Map<string, DocumentInfo>(
    graph.getAttribute("documents").map((doc): [string, DocumentInfo] => [doc.id, doc]),
  );
  app = {
    graph,
    renderer,
    layout: new LiveLayout(graph),
    index: null,
    panel: { graph, documents, store, selectNode, selectEdge },
    counts: kindCounts(graph),
  };
  setTool("layout", "Run layout", false);
  renderer.on("enterNode", ({ node }) => store.update({ hoveredNode: node }));
  renderer.on("leaveNode", () => store.update({ hoveredNode: null }));
  renderer.on("clickNode", ({ node }) => selectNode(node));
  renderer.on("clickEdge", ({ edge }) => selectEdge(edge));
  renderer.on("clickStage", () => store.update({ selectedNode: null, selectedEdge: null }));
  // The subscriber redraws what changed; draw everything once more for the fields that did not.
  store.update(state);
  refreshReducerContext(graph, store.state);
  renderer.refresh();
  renderChrome(app, store.state);
  stage.dataset.nodes = String(graph.order);
  stage.dataset.edges = String(graph.size);
  setStatus("", "ready");
  performance.mark("county-kg:graph-shown");
  const focusNode = state.peersOf ?? state.selectedNode;
  if (focusNode !== null) showNeighbourhood(app, focusNode);
}

async function openDefault(): Promise<ViewerGraph> {
  for (const path of DEFAULT_GRAPHS) {
    try {
      return await fetchGraph(path);
    } catch {
      // try the next one
    }
  }
  throw new GraphLoadError(
    "No graph found next to the viewer: open a .gexf or .json file (Open… or drop it here).",
  );
}

function failed(error: unknown): void {
  setStatus(error instanceof Error ? error.message : String(error), "error");
}

watchGraphFiles(byId<HTMLInputElement>("file-input"), document.body, (file) => {
  setStatus(`Opening ${file.name}…`, "loading");
  readGraphFile(file).then((graph) => {
    graphSource = null;
    show(graph, null);
  }, failed);
});

const url = readUrlState(location.search);
graphSource = url.graph;
setStatus("Loading graph…", "loading");
(url.graph !== null ? fetchGraph(url.graph) : openDefault()).then((graph) => show(graph, url), failed);
