// The region resolver: gazetteer (knowledge base), recognition, subject region and descriptions.
export { loadGazetteer, type Gazetteer, type RegionUnit } from "./gazetteer.js";
export { recognizeRegions } from "./recognize-regions.js";
export { subjectRegion } from "./subject-region.js";
export { describeRegion, type RegionDescription } from "./describe-region.js";
