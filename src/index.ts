// Public library entry of county-kg: types, errors and one export line per module family.
export type * from "./types.js";
export { CountyKgError, type ErrorCode } from "./errors.js";
export { RunContext, type Problem, type Progress } from "./context.js";
export { loadGraph } from "./query/load.js";
export {
  findEntity,
  searchEntities,
  resolveEntity,
  type Hit,
  type FindResult,
  type MatchKind,
  type SearchOptions,
} from "./query/find.js";
export { neighbors, type Neighbor, type NeighborOptions } from "./query/neighbors.js";
export { shortestPath, type PathResult, type PathStep, type PathNode } from "./query/path.js";
export { egoGraph } from "./query/ego.js";
export { stats, type GraphStats, type RankedEntity, type StatsOptions } from "./query/stats.js";
export type { Direction, EdgeFilter } from "./query/adjacency.js";
