import type { EdgeKind, NodeKind } from "../types.js";

/**
 * Node colours by kind: Okabe–Ito colour-blind-safe hues, so the five entity kinds stay apart for
 * readers with any common form of colour blindness; documents are grey.
 */
export const NODE_PALETTE: Readonly<Record<NodeKind, string>> = {
  region: "#0072b2",
  program: "#e69f00",
  industry: "#009e73",
  organization: "#cc79a7",
  person: "#d55e00",
  document: "#999999",
};

/** Edge colours by kind: peer relations stand out, structural and co-occurrence edges recede. */
export const EDGE_PALETTE: Readonly<Record<EdgeKind, string>> = {
  benchmarks: "#d62728",
  learns_from: "#ff7f0e",
  cooperates_with: "#2ca02c",
  has_industry: "#17becf",
  implements_program: "#bcbd22",
  part_of: "#7f7f7f",
  located_in: "#8c564b",
  leads: "#9467bd",
  co_occurs: "#d3d3d3",
  mentions: "#e0e0e0",
};
