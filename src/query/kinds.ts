/** The node and edge kinds of our graphs, as lists (the unions of src/types.ts, spelled out). */
import type { EdgeKind, NodeKind, RegionLevel } from "../types.js";

export const NODE_KINDS: readonly NodeKind[] = [
  "region",
  "program",
  "industry",
  "organization",
  "person",
  "document",
];

export const EDGE_KINDS: readonly EdgeKind[] = [
  "benchmarks",
  "learns_from",
  "cooperates_with",
  "has_industry",
  "implements_program",
  "part_of",
  "located_in",
  "leads",
  "co_occurs",
  "mentions",
];

export const REGION_LEVELS: readonly RegionLevel[] = [
  "province",
  "prefecture",
  "county",
  "township",
  "zone",
  "macro_region",
];

/**
 * Kind given to nodes and edges of a foreign graph whose kind is not one of ours. It is outside the
 * `NodeKind` / `EdgeKind` unions on purpose: such a graph is queried, never extended.
 */
export const UNKNOWN_KIND = "unknown";

/** Node kinds a loaded graph can hold: ours, and "unknown" on nodes of a foreign GEXF. */
export const LOADED_NODE_KINDS: readonly NodeKind[] = [...NODE_KINDS, UNKNOWN_KIND as NodeKind];

/** Edge kinds a loaded graph can hold: ours, and "unknown" on edges of a foreign GEXF. */
export const LOADED_EDGE_KINDS: readonly EdgeKind[] = [...EDGE_KINDS, UNKNOWN_KIND as EdgeKind];
