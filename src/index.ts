// Public library entry of county-kg: types, errors and one export line per module family.
export type * from "./types.js";
export { CountyKgError, type ErrorCode } from "./errors.js";
export { RunContext, type Problem, type Progress } from "./context.js";
export {
  describeRegion,
  loadGazetteer,
  recognizeRegions,
  subjectRegion,
  type Gazetteer,
  type RegionDescription,
  type RegionUnit,
} from "./resolve/index.js";
