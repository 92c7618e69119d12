/** A synthetic graph in the builder's shape, of any size, the same for the same arguments. */
import type { SerializedGraph } from "graphology-types";
import { blankNodeAttributes } from "../../src/bench/synthetic-graph.js";
import { NODE_PALETTE } from "../../src/build/palette.js";
import type { NodeKind } from "../../src/types.js";

const KINDS: NodeKind[] = ["region", "program", "industry", "organization", "person"];
const EDGE_KINDS = ["benchmarks", "co_occurs", "has_industry", "part_of", "implements_program"];
const SYLLABLES = "安居游仙船山郫都涪城射洪蓬溪盐亭江阳龙马潭纳溪合江古蔺叙永翠屏南长宁高县珙筠连兴文";

/** `nodes` nodes and `edges` random edges (seeded linear congruential generator). */
export function largeGraph(nodes: number, edges: number, seed = 42): SerializedGraph {
  let state = seed;
  const random = (): number => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = (text: string): string => text[Math.floor(random() * text.length)]!;
  const nodeList = Array.from({ length: nodes }, (_, index) => {
    const kind = KINDS[index % KINDS.length]!;
    const name = `${pick(SYLLABLES)}${pick(SYLLABLES)}${kind === "region" ? "区" : ""}${index}`;
    const pagerank = random() * random() * 0.01;
    return {
      key: `${kind}:${index}`,
      attributes: blankNodeAttributes(kind, name, {
        pagerank,
        community: index % 37,
        x: (random() - 0.5) * 1000,
        y: (random() - 0.5) * 1000,
        size: 2 + pagerank * 800,
        color: NODE_PALETTE[kind],
      }),
    };
  });
  const edgeList = Array.from({ length: edges }, (_, index) => ({
    key: `e${index}`,
    source: nodeList[Math.floor(random() * nodes)]!.key,
    target: nodeList[Math.floor(random() * nodes)]!.key,
    attributes: {
      kind: EDGE_KINDS[index % EDGE_KINDS.length],
      weight: 1,
      evidence: [],
      size: 0.5,
      color: "#cccccc",
    },
  }));
  return {
    attributes: { generator: "synthetic", documents: [], palette: { ...NODE_PALETTE } },
    options: { type: "directed", multi: true, allowSelfLoops: true },
    nodes: nodeList,
    edges: edgeList,
  };
}
