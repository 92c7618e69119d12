/** The view state of the viewer and a tiny store that tells subscribers when it changes. */

export type ColorMode = "kind" | "community";

/** Everything that decides what the graph shows; the URL carries the durable part. */
export interface ViewState {
  /** Node whose details panel is open. */
  selectedNode: string | null;
  /** Edge whose evidence panel is open. */
  selectedEdge: string | null;
  /** Node under the mouse. */
  hoveredNode: string | null;
  /** Node kinds (`region`, `program` …) not drawn. */
  hiddenNodeKinds: ReadonlySet<string>;
  /** Edge kinds (`co_occurs` …) not drawn. */
  hiddenEdgeKinds: ReadonlySet<string>;
  colorMode: ColorMode;
  /** Region whose benchmark peers (who it benchmarks, who benchmarks it) are the only nodes shown. */
  peersOf: string | null;
}

/** The state of a freshly opened graph. */
export function initialState(): ViewState {
  return {
    selectedNode: null,
    selectedEdge: null,
    hoveredNode: null,
    hiddenNodeKinds: new Set(),
    hiddenEdgeKinds: new Set(),
    colorMode: "kind",
    peersOf: null,
  };
}

type Listener = (state: ViewState, previous: ViewState) => void;

/** Holds the state; `update` replaces fields and notifies subscribers synchronously. */
export class Store {
  #state: ViewState;
  readonly #listeners = new Set<Listener>();

  constructor(state: ViewState = initialState()) {
    this.#state = state;
  }

  get state(): ViewState {
    return this.#state;
  }

  /** Applies `patch` and notifies subscribers (only when something changed). */
  update(patch: Partial<ViewState>): void {
    const previous = this.#state;
    const next = { ...previous, ...patch };
    if (changedFields(next, previous).length === 0) return;
    this.#state = next;
    for (const listener of this.#listeners) listener(next, previous);
  }

  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}

/** The fields whose values differ between two states (by identity). */
export function changedFields(state: ViewState, previous: ViewState): (keyof ViewState)[] {
  return (Object.keys(state) as (keyof ViewState)[]).filter((key) => state[key] !== previous[key]);
}

/** A copy of `set` with `value` added when absent, removed when present. */
export function toggled(set: ReadonlySet<string>, value: string): Set<string> {
  const next = new Set(set);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return next;
}
