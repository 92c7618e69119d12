// Public library entry of county-kg: types, errors and one export line per module family.
export type * from "./types.js";
export { CountyKgError, type ErrorCode } from "./errors.js";
export { RunContext, type Problem, type Progress } from "./context.js";
export { recognizePrograms } from "./extract/programs.js";
export { recognizeIndustries } from "./extract/industries.js";
export { recognizeOrganizations } from "./extract/organizations.js";
export { recognizePeople } from "./extract/people.js";
export { resolveOverlaps } from "./extract/overlaps.js";
export { canonicalName } from "./extract/canonical.js";
export { Matcher, type LexiconHit } from "./extract/matcher.js";
