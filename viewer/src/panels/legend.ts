/** Legend: node kinds and edge kinds with counts; each row a filter (checkbox) with an "only" button. */
import { h, replaceChildren } from "../dom.js";
import type { ViewerGraph } from "../graph-types.js";
import { toggled, type Store } from "../state.js";
import { edgeKindName, nodeKindName } from "./relations.js";

/** Counts of nodes per kind and edges per kind (sorted by count then name), and of communities. */
export function kindCounts(graph: ViewerGraph): {
  nodes: [string, number][];
  edges: [string, number][];
  communities: number;
} {
  const nodes = new Map<string, number>();
  const edges = new Map<string, number>();
  const communities = new Set<number>();
  graph.forEachNode((_node, attributes) => {
    nodes.set(attributes.kind, (nodes.get(attributes.kind) ?? 0) + 1);
    communities.add(attributes.community);
  });
  graph.forEachEdge((_edge, attributes) => edges.set(attributes.kind, (edges.get(attributes.kind) ?? 0) + 1));
  const sorted = (map: Map<string, number>): [string, number][] =>
    [...map].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return { nodes: sorted(nodes), edges: sorted(edges), communities: communities.size };
}

/** Renders the legend into `panel`; call again after the hidden sets change. */
export function renderLegend(
  panel: HTMLElement,
  graph: ViewerGraph,
  store: Store,
  counts: ReturnType<typeof kindCounts>,
): void {
  const { hiddenNodeKinds, hiddenEdgeKinds, colorMode } = store.state;
  const palette = graph.getAttribute("palette");
  const row = (
    group: "node" | "edge",
    kind: string,
    count: number,
    hidden: ReadonlySet<string>,
    all: [string, number][],
  ): HTMLElement => {
    const field = group === "node" ? "hiddenNodeKinds" : "hiddenEdgeKinds";
    const swatch = h("span", { class: group === "node" ? "swatch" : "swatch line" });
    // In community mode node colours no longer mean kinds: the swatches stay grey.
    if (group === "node" && colorMode === "kind" && palette[kind])
      swatch.style.backgroundColor = palette[kind];
    return h(
      "li",
      { "data-kind": kind },
      h(
        "label",
        {},
        h("input", {
          type: "checkbox",
          checked: !hidden.has(kind),
          "data-testid": `filter-${group}-${kind}`,
          onchange: () => store.update({ [field]: toggled(hidden, kind) }),
        }),
        swatch,
        h("span", { class: "kind" }, group === "node" ? nodeKindName(kind) : edgeKindName(kind)),
        h("span", { class: "count" }, String(count)),
      ),
      h(
        "button",
        {
          type: "button",
          class: "only",
          title: "Show only this",
          "data-testid": `only-${group}-${kind}`,
          onclick: () => store.update({ [field]: new Set(all.map(([k]) => k).filter((k) => k !== kind)) }),
        },
        "only",
      ),
    );
  };
  const anyHidden = hiddenNodeKinds.size > 0 || hiddenEdgeKinds.size > 0;
  replaceChildren(
    panel,
    h("h3", {}, "Entities 实体"),
    colorMode === "community"
      ? h(
          "p",
          { class: "note", "data-testid": "community-note" },
          `Colours: ${counts.communities} communities 社区`,
        )
      : null,
    h(
      "ul",
      { class: "legend-list" },
      ...counts.nodes.map(([k, n]) => row("node", k, n, hiddenNodeKinds, counts.nodes)),
    ),
    h("h3", {}, "Relations 关系"),
    h(
      "ul",
      { class: "legend-list" },
      ...counts.edges.map(([k, n]) => row("edge", k, n, hiddenEdgeKinds, counts.edges)),
    ),
    anyHidden
      ? h(
          "button",
          {
            type: "button",
            class: "show-all",
            onclick: () => store.update({ hiddenNodeKinds: new Set(), hiddenEdgeKinds: new Set() }),
          },
          "Show all",
        )
      : null,
  );
}
