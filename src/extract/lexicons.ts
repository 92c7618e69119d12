import { readDataLines } from "../data.js";
import { Matcher } from "./matcher.js";

/**
 * The lexicons of the entity recognizers, read once from `data/lexicons/*.txt` (one entry a line; an
 * optional second field is the canonical form the entry stands for) and kept as tries.
 */
export interface EntityLexicons {
  /** National strategies and programs → canonical name. */
  strategies: Matcher<string>;
  /** Words after a quoted or named campaign that make it a program (行动, 工程 …). */
  programNouns: Matcher<string>;
  /** The subset of program nouns that also mark an UNQUOTED program name. */
  namedProgramNouns: Matcher<string>;
  /** Well-known formulas that look like programs but are not (四个意识 …). */
  programExcluded: Matcher<string>;
  /** Words that open an unquoted program head without naming anything (重点, 各项). */
  programGenericHeads: Matcher<string>;
  /** Nouns counted by 个 that make a numbered phrase, not a slogan (四个方面). */
  countedNouns: Matcher<string>;
  /** Sector and product names → canonical name. */
  sectors: Matcher<string>;
  /** Modifiers before 产业 that are not industries themselves (重点, 特色 …). */
  sectorModifiers: Matcher<string>;
  /** Organization name suffixes → suffix class (`strict` suffixes need a stronger name head). */
  orgSuffixes: Matcher<string>;
  /** Abbreviated organization suffixes → full form (农科院 → 农业科学院). */
  orgAbbreviations: Matcher<string>;
  /** Government departments (发展改革委, 农业农村厅 …). */
  govBodies: Matcher<string>;
  /** Family names (single and compound) → frequency rank (lower is more common). */
  surnames: Matcher<number>;
  /** Titles and posts (区委书记, 副省长 …). */
  roles: Matcher<string>;
  /** Verbs that follow a person's name (表示, 主持召开 …). */
  personVerbs: Matcher<string>;
  /** Words that follow a name after a title only (带领, 深入 …). */
  roleFollowers: Matcher<string>;
  /** Common words that look like names (高质量 …). */
  notNames: Matcher<string>;
  /** Words that end a name head when scanning leftwards (verbs, function words). */
  stops: Matcher<string>;
  /** The stop words plus words that end the qualifier before a quoted name (和, 经验). */
  qualifierStops: Matcher<string>;
  /** The stop words plus words that end an organization's name head but may occur in other names (建设). */
  orgStops: Matcher<string>;
  /** Words a company's short name ends with, with the sector names (某某食品, 某某生物). */
  firmBusinessWords: Matcher<string>;
  /** Variant characters opencc leaves alone → the standard character (陜 → 陕). */
  charVariants: Matcher<string>;
  /** One-character province abbreviations (津, 陕), for pairings before a cooperation noun. */
  provinceAbbreviations: Matcher<string>;
}

let cached: EntityLexicons | undefined;

/** The recognizers' lexicons, loaded from `data/lexicons/` on first use. */
export function entityLexicons(): EntityLexicons {
  cached ??= {
    strategies: mapped("national-strategies.txt"),
    programNouns: mapped("program-nouns.txt"),
    namedProgramNouns: mapped("program-nouns-named.txt"),
    programExcluded: mapped("program-excluded.txt"),
    countedNouns: mapped("counted-nouns.txt"),
    programGenericHeads: mapped("program-generic-heads.txt"),
    sectors: mapped("sectors.txt"),
    sectorModifiers: mapped("sector-modifiers.txt"),
    orgSuffixes: mapped("org-suffixes.txt"),
    orgAbbreviations: mapped("org-abbreviations.txt"),
    govBodies: mapped("gov-bodies.txt"),
    surnames: new Matcher(
      readDataLines("lexicons/surnames.txt").map(([name], rank) => [name!, rank] as const),
    ),
    roles: mapped("roles.txt"),
    personVerbs: mapped("person-verbs.txt"),
    roleFollowers: mapped("role-followers.txt"),
    notNames: mapped("not-names.txt"),
    stops: mapped("stop-words.txt"),
    qualifierStops: mapped("stop-words.txt", "qualifier-stop-words.txt"),
    orgStops: mapped("stop-words.txt", "org-stop-words.txt"),
    provinceAbbreviations: mapped("province-abbreviations.txt"),
    charVariants: mapped("char-variants.txt"),
    firmBusinessWords: mapped("firm-business-words.txt", "sectors.txt"),
  };
  return cached;
}

/** Entries `key [canonical]` of one or more files → a matcher from key to canonical (the key itself when none is given). */
function mapped(...files: string[]): Matcher<string> {
  return new Matcher(
    files
      .flatMap((file) => readDataLines(`lexicons/${file}`))
      .map(([key, value]) => [key!, value ?? key!] as const),
  );
}
