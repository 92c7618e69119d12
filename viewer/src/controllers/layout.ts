/** ForceAtlas2 run live in a web worker (the worker starts from a `blob:` URL: CSP `worker-src blob:`). */
import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2LayoutModule from "graphology-layout-forceatlas2/worker.js";
import type { ViewerGraph } from "../graph-types.js";

// The package is CommonJS (`module.exports = FA2LayoutSupervisor`) typed as `export default`.
const FA2Layout = FA2LayoutModule as unknown as typeof FA2LayoutModule.default;
type FA2Layout = InstanceType<typeof FA2Layout>;

/** Start/stop control of a live layout on one graph. */
export class LiveLayout {
  readonly #layout: FA2Layout;

  constructor(graph: ViewerGraph) {
    this.#layout = new FA2Layout(graph, {
      settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 500 },
    });
  }

  get running(): boolean {
    return this.#layout.isRunning();
  }

  /** Starts when stopped, stops when running; returns whether it now runs. */
  toggle(): boolean {
    if (this.#layout.isRunning()) this.#layout.stop();
    else this.#layout.start();
    return this.#layout.isRunning();
  }

  /** Stops the worker for good (before the graph is replaced). */
  kill(): void {
    this.#layout.kill();
  }
}
