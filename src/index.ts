// Public library entry of county-kg: types, errors and one export line per module family.
export type * from "./types.js";
export { CountyKgError, type ErrorCode } from "./errors.js";
export { RunContext, type Problem, type Progress } from "./context.js";
export { listInputs } from "./ingest/list-inputs.js";
export { readDocument } from "./ingest/read-document.js";
export { documentFromText, type DocumentSource } from "./ingest/document.js";
export { stripRuby } from "./text/ruby.js";
export { buildGraph, DEFAULT_BUILD_OPTIONS, type BuildOptions } from "./build/build-graph.js";
export {
  writeOutputs,
  OUTPUT_FORMATS,
  type OutputFormat,
  type OutputOptions,
} from "./export/write-outputs.js";
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
export { recognizePrograms } from "./extract/programs.js";
export { recognizeIndustries } from "./extract/industries.js";
export { recognizeOrganizations } from "./extract/organizations.js";
export { recognizePeople } from "./extract/people.js";
export { resolveOverlaps } from "./extract/overlaps.js";
export { canonicalName } from "./extract/canonical.js";
export { Matcher, type LexiconHit } from "./extract/matcher.js";
export { extractRelations, type RelationOptions } from "./extract/relations/index.js";
export {
  describeRegion,
  loadGazetteer,
  recognizeRegions,
  subjectRegion,
  type Gazetteer,
  type RegionDescription,
  type RegionUnit,
} from "./resolve/index.js";
