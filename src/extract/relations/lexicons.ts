import { readDataLines } from "../../data.js";
import { CountyKgError } from "../../errors.js";
import type { RelationKind } from "../../types.js";
import { anchorIndex, type Anchor } from "./frames.js";
import type { CodedLevel } from "./region-codes.js";
import { WordIndex } from "./word-index.js";

/** One item of a trigger frame: literal alternatives (longest first), or a slot for an entity list. */
export type FrameItem = { literal: string[] } | { slot: true };

/** A trigger frame from data/lexicons/relation-triggers.txt. */
export interface TriggerFrame {
  kind: RelationKind;
  rule: string;
  items: FrameItem[];
}

/** The general vocabulary the relation rules read, loaded once. */
export interface RelationLexicons {
  frames: TriggerFrame[];
  /** The frames' anchor words, for one scan per sentence. */
  anchors: WordIndex<Anchor>;
  /** Leadership roles, longest first. */
  roles: string[];
  clauseOpeners: WordIndex<true>;
  /** Sentence openers that continue the previous sentence's subject (特别是, 其中). */
  continuationOpeners: WordIndex<true>;
  selfReferences: WordIndex<true>;
  /** Organ name endings that stand for a region, longest first, with the level a bare form means. */
  regionOrgans: { suffix: string; level?: Exclude<CodedLevel, "township"> }[];
  /** Words after a benchmark slot that make it a requirement's issuer, not a peer (要求, 标准). */
  requirementWords: string[];
  /** Nouns of a visiting delegation (代表团, 考察团), from the delegation frame. */
  delegationWords: string[];
  /** Verbs by which an organ issues a program (确定, 提出), written before 的. */
  decisionVerbs: string[];
  /** Name beginnings and endings of organizations that get no located_in edge. */
  unlocated: { prefixes: string[]; suffixes: string[] };
  /** Name endings of zones (development zones, parks, corridors) among regions without a code. */
  zoneEndings: string[];
}

const TRIGGERS_FILE = "lexicons/relation-triggers.txt";
const PEER_KINDS = new Set<string>(["benchmarks", "learns_from", "cooperates_with"]);
const LEVELS = new Set<string>(["province", "prefecture", "county"]);

let cached: RelationLexicons | undefined;

/** The relation lexicons under data/lexicons/, read on first use. */
export function relationLexicons(): RelationLexicons {
  if (cached) return cached;
  const frames = readDataLines(TRIGGERS_FILE).map(parseFrameLine);
  cached = {
    frames,
    anchors: anchorIndex(frames),
    roles: longestFirst(readDataLines("lexicons/leader-roles.txt").map((f) => f[0]!)),
    clauseOpeners: wordIndex(readDataLines("lexicons/clause-openers.txt").map((f) => f[0]!)),
    continuationOpeners: wordIndex(readDataLines("lexicons/continuation-openers.txt").map((f) => f[0]!)),
    selfReferences: wordIndex(readDataLines("lexicons/self-references.txt").map((f) => f[0]!)),
    regionOrgans: readDataLines("lexicons/region-organs.txt")
      .map(([suffix, level]) => ({
        suffix: suffix!,
        level: level && LEVELS.has(level) ? (level as "province" | "prefecture" | "county") : undefined,
      }))
      .sort((a, b) => b.suffix.length - a.suffix.length),
    requirementWords: longestFirst(readDataLines("lexicons/requirement-words.txt").map((f) => f[0]!)),
    delegationWords: frames
      .filter((f) => f.rule === "delegation")
      .flatMap((f) => f.items.flatMap((item) => ("literal" in item ? item.literal : []))),
    decisionVerbs: longestFirst(readDataLines("lexicons/decision-verbs.txt").map((f) => f[0]!)),
    unlocated: readUnlocated(),
    zoneEndings: longestFirst(readDataLines("lexicons/zone-endings.txt").map((f) => f[0]!)),
  };
  return cached;
}

function parseFrameLine(fields: string[]): TriggerFrame {
  const [kind, rule, frame] = fields;
  if (!kind || !PEER_KINDS.has(kind) || !rule || !frame) {
    throw new CountyKgError(
      "E_DATA",
      `malformed trigger line "${fields.join("\t")}" in data/${TRIGGERS_FILE}`,
      {
        hint: "each line needs a peer relation kind, a rule name and a frame, separated by tabs",
      },
    );
  }
  const items: FrameItem[] = frame
    .split(" ")
    .filter((part) => part.length > 0)
    .map((part) => (part === "…" ? { slot: true as const } : { literal: longestFirst(part.split("|")) }));
  return { kind: kind as RelationKind, rule, items };
}

function readUnlocated(): RelationLexicons["unlocated"] {
  const lines = readDataLines("lexicons/unlocated-organizations.txt");
  const pick = (side: string) =>
    longestFirst(
      lines
        .filter((f) => f[0] === side)
        .map((f) => f[1]!)
        .filter(Boolean),
    );
  return { prefixes: pick("prefix"), suffixes: pick("suffix") };
}

function wordIndex(words: string[]): WordIndex<true> {
  const index = new WordIndex<true>();
  for (const word of words) index.add(word, true);
  return index;
}

function longestFirst(words: string[]): string[] {
  return [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}
