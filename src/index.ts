// Public library entry of county-kg: types, errors and one export line per module family.
export type * from "./types.js";
export { CountyKgError, type ErrorCode } from "./errors.js";
export { RunContext, type Problem, type Progress } from "./context.js";
export { extractRelations, type RelationOptions } from "./extract/relations/index.js";
