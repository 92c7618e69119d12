import type { RegionUnit, ZoneNoun } from "./gazetteer.js";

/** How a region candidate was found; also the Mention's `rule`. */
export type CandidateRule =
  | "region-full-name"
  | "region-short-name"
  | "township-full-name"
  | "township-short-name"
  | "zone"
  | "zone-bare"
  | "zone-corridor"
  | "zone-named"
  | "zone-of-macro-region"
  | "macro-region"
  | "named-zone"
  | "macro-region-cluster"
  | "province-abbreviation"
  | "region-abbreviation"
  | "first-person";

/** A possible region mention found by the scan, before evidence and disambiguation. */
export interface Candidate {
  start: number;
  end: number;
  rule: CandidateRule;
  /** Units the surface may name (for zones: the stem's units), unranked. */
  options: RegionUnit[];
  /** The surface is an ordinary word as well as a name (安居, 城区): it needs evidence. */
  common: boolean;
  /** Zones and clusters: the noun that made it one, and where the stem ends. */
  zone?: { noun: ZoneNoun; stemEnd: number; parent?: string; described?: boolean };
  /** Fixed result for candidates resolved by the scan itself (macro-regions, corridors). */
  entity?: string;
  /** Accepted after the evidence rules. */
  accepted?: boolean;
  /** Ranked entity ids after disambiguation, best first. */
  ranked?: string[];
}
