/** The side panel: a node's identity, attributes, benchmark peers, neighbours and evidence; or an edge. */
import { h, replaceChildren } from "../dom.js";
import { PEER_EDGE_KINDS, type ViewerNode } from "../graph-types.js";
import type { PanelContext } from "./context.js";
import { evidenceList } from "./evidence.js";
import { edgeKindName, nodeKindName } from "./relations.js";

/** Neighbours listed per relation group before "… N more". */
const GROUP_LIMIT = 50;

interface Link {
  edge: string;
  kind: string;
  other: string;
  outgoing: boolean;
}

function links(ctx: PanelContext, node: string): Link[] {
  const result: Link[] = [];
  ctx.graph.forEachEdge(node, (edge, attributes, source, target) => {
    result.push({
      edge,
      kind: attributes.kind,
      other: source === node ? target : source,
      outgoing: source === node,
    });
  });
  return result.sort((a, b) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : a.other < b.other ? -1 : 1));
}

function nodeButton(ctx: PanelContext, node: string): HTMLElement {
  return h(
    "button",
    { class: "link", type: "button", "data-node": node, onclick: () => ctx.selectNode(node) },
    ctx.graph.getNodeAttribute(node, "label"),
  );
}

/**
 * The containing units, outermost first: the builder's `parentChain` when present, else the
 * `parent` links followed through the graph (ids shown for parents the graph lacks).
 */
export function parentNames(ctx: Pick<PanelContext, "graph">, node: string): string[] {
  const data = ctx.graph.getNodeAttributes(node);
  if (data.parentChain && data.parentChain.length > 0) return data.parentChain;
  const names: string[] = [];
  const seen = new Set([node]);
  let parent = data.parent;
  while (parent !== undefined && !seen.has(parent)) {
    seen.add(parent);
    if (!ctx.graph.hasNode(parent)) {
      names.unshift(parent);
      break;
    }
    names.unshift(ctx.graph.getNodeAttribute(parent, "name"));
    parent = ctx.graph.getNodeAttribute(parent, "parent");
  }
  return names;
}

function attributeRows(ctx: PanelContext, node: string, data: ViewerNode): HTMLElement {
  const rows: [string, string][] = [
    ["Name 名称", data.name],
    ["Kind 类型", nodeKindName(data.kind)],
    ["Code 代码", data.code ?? ""],
    ["Parents 上级", parentNames(ctx, node).join(" › ")],
    ["Level 级别", data.level ?? ""],
    ["Aliases 别名", data.aliases.join("、")],
    ["Roles 职务", (data.roles ?? []).join("、")],
    ["Mentions 提及", data.mentions ? `${data.mentions} in ${data.documents} document(s)` : ""],
    ["PageRank", data.pagerank ? data.pagerank.toFixed(4) : ""],
    ["Community 社区", String(data.community)],
    ["Degree 度", String(data.degree)],
    ["Id", node],
  ];
  return h(
    "dl",
    { class: "attributes" },
    ...rows
      .filter(([, value]) => value !== "")
      .flatMap(([key, value]) => [h("dt", {}, key), h("dd", {}, value)]),
  );
}

/** Who the node benchmarks / learns from, and who benchmarks it, each with the evidence. */
function peersSection(ctx: PanelContext, node: string, all: Link[]): HTMLElement | null {
  const peers = all.filter((link) => PEER_EDGE_KINDS.has(link.kind));
  if (peers.length === 0 && ctx.graph.getNodeAttribute(node, "kind") !== "region") return null;
  const group = (title: string, testId: string, items: Link[]): HTMLElement =>
    h(
      "div",
      { class: "peer-group", "data-testid": testId },
      h("h4", {}, `${title} (${items.length})`),
      items.length === 0
        ? h("p", { class: "empty" }, "none")
        : h(
            "ul",
            {},
            ...items.map((link) =>
              h(
                "li",
                {},
                nodeButton(ctx, link.other),
                h("span", { class: "relation" }, ` ${edgeKindName(link.kind)}`),
                aspectLine(ctx, link.edge),
                evidenceList(ctx.graph.getEdgeAttribute(link.edge, "evidence"), ctx.documents, 5),
              ),
            ),
          ),
    );
  const active = ctx.store.state.peersOf === node;
  return h(
    "section",
    { class: "peers", "data-testid": "peers" },
    h("h3", {}, "Benchmark peers 对标"),
    h(
      "button",
      {
        type: "button",
        class: active ? "toggle active" : "toggle",
        "aria-pressed": String(active),
        "data-testid": "peers-toggle",
        onclick: () => ctx.store.update({ peersOf: active ? null : node }),
      },
      active ? "Show the whole graph" : "Show only benchmark peers",
    ),
    group(
      "Benchmarks 对标/学习",
      "benchmarks-out",
      peers.filter((link) => link.outgoing),
    ),
    group(
      "Benchmarked by 被对标",
      "benchmarks-in",
      peers.filter((link) => !link.outgoing),
    ),
  );
}

function aspectLine(ctx: PanelContext, edge: string): HTMLElement | null {
  const aspect = ctx.graph.getEdgeAttribute(edge, "aspect");
  return aspect ? h("p", { class: "aspect" }, `Aspect 方面: ${aspect}`) : null;
}

function neighbourSection(ctx: PanelContext, all: Link[]): HTMLElement {
  const groups = new Map<string, Link[]>();
  for (const link of all) {
    const key = `${link.outgoing ? "→" : "←"} ${edgeKindName(link.kind)}`;
    const list = groups.get(key) ?? [];
    list.push(link);
    groups.set(key, list);
  }
  return h(
    "section",
    { class: "neighbours", "data-testid": "neighbours" },
    h("h3", {}, `Neighbours 关联 (${all.length})`),
    ...[...groups].map(([title, items]) =>
      h(
        "details",
        { open: items.length <= 12 },
        h("summary", {}, `${title} (${items.length})`),
        h(
          "ul",
          {},
          ...items
            .slice(0, GROUP_LIMIT)
            .map((link) =>
              h(
                "li",
                {},
                nodeButton(ctx, link.other),
                " ",
                h(
                  "button",
                  { type: "button", class: "link small", onclick: () => ctx.selectEdge(link.edge) },
                  "evidence",
                ),
              ),
            ),
          items.length > GROUP_LIMIT
            ? h("li", { class: "more" }, `… ${items.length - GROUP_LIMIT} more`)
            : null,
        ),
      ),
    ),
  );
}

/** Fills `panel` with the details of `node`. */
export function renderNodeDetails(panel: HTMLElement, ctx: PanelContext, node: string): void {
  const data = ctx.graph.getNodeAttributes(node);
  const all = links(ctx, node);
  replaceChildren(
    panel,
    h(
      "article",
      { "data-testid": "node-details", "data-node": node },
      closeButton(ctx),
      h("h2", {}, data.label),
      attributeRows(ctx, node, data),
      peersSection(ctx, node, all),
      neighbourSection(ctx, all),
      h(
        "section",
        { class: "occurrences", "data-testid": "occurrences" },
        h("h3", {}, `Evidence 出处 (${data.occurrences.length})`),
        evidenceList(data.occurrences, ctx.documents),
      ),
    ),
  );
}

/** Fills `panel` with an edge: its endpoints, kind, aspect and evidence. */
export function renderEdgeDetails(panel: HTMLElement, ctx: PanelContext, edge: string): void {
  const data = ctx.graph.getEdgeAttributes(edge);
  const [source, target] = ctx.graph.extremities(edge);
  replaceChildren(
    panel,
    h(
      "article",
      { "data-testid": "edge-details", "data-edge": edge },
      closeButton(ctx),
      h("h2", {}, nodeButton(ctx, source), ` ${edgeKindName(data.kind)} `, nodeButton(ctx, target)),
      aspectLine(ctx, edge),
      h("p", {}, `Weight 权重: ${data.weight}`),
      h("h3", {}, `Evidence 出处 (${data.evidence.length})`),
      evidenceList(data.evidence, ctx.documents),
    ),
  );
}

/** The panel when nothing is selected: a short guide and the graph's documents. */
export function renderEmptyDetails(panel: HTMLElement, ctx: PanelContext): void {
  const documents = [...ctx.documents.values()];
  replaceChildren(
    panel,
    h(
      "article",
      { class: "guide" },
      h("h2", {}, "Graph 图谱"),
      h("p", {}, `${ctx.graph.order} nodes, ${ctx.graph.size} edges.`),
      h("p", {}, "Hover a node to see its neighbourhood; click it for details and evidence."),
      documents.length > 0 ? h("h3", {}, `Documents 文档 (${documents.length})`) : null,
      documents.length > 0
        ? h(
            "ul",
            { class: "documents" },
            ...documents.map((doc) =>
              h("li", {}, [doc.title ?? doc.id, doc.date].filter(Boolean).join(" · ")),
            ),
          )
        : null,
    ),
  );
}

function closeButton(ctx: PanelContext): HTMLElement {
  return h(
    "button",
    {
      type: "button",
      class: "close",
      title: "Close",
      "aria-label": "Close",
      onclick: () => ctx.store.update({ selectedNode: null, selectedEdge: null }),
    },
    "×",
  );
}
