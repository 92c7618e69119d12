import { readDataJson, readDataLines } from "../data.js";
import type { RegionLevel } from "../types.js";
import { PairFilter } from "../text/pair-filter.js";
import { pairKey, Trie } from "./trie.js";

/** One unit of the knowledge base: an administrative division, a statistics zone or a macro-region. */
export interface RegionUnit {
  /** `region:<code>` for coded units, `region:<name>` for zones and macro-regions. */
  id: string;
  /** Official (canonical) name. */
  name: string;
  /** Short name derived by the generator's general rules (恩施土家族苗族自治州 → 恩施). */
  short?: string;
  /** GB/T 2260 code (county and above) or 9-digit statistics code (townships). */
  code?: string;
  level: RegionLevel;
  /** Id of the containing unit. */
  parent?: string;
  /** For zones: the canonical zone type (高新技术产业开发区), from data/lexicons/zone-nouns.txt. */
  zoneType?: string;
}

/** A name form in the index: which unit it names and whether it is the full official name. */
export interface NameForm {
  unit: RegionUnit;
  full: boolean;
}

/** A zone or cluster noun (高新区, 都市圈) with the canonical type it stands for. */
export interface ZoneNoun {
  noun: string;
  type: string;
  level: "zone" | "macro_region";
  /** Makes a zone even after a name that is also an ordinary word (凤凰高新区, but not 平安示范区). */
  strong: boolean;
  /** After a name from far away, names a local area of the subject instead (湖滨新城 in 高淳). */
  local: boolean;
  /** May follow a short name that is no region (东山 + 特色小镇, 海兰江足球 + 产业园); never stands bare. */
  named: boolean;
}

/** The region knowledge base with its indexes; build it with {@link loadGazetteer}. */
export interface Gazetteer {
  units: ReadonlyMap<string, RegionUnit>;
  /** Full and short names of provinces, prefectures, counties and statistics zones. */
  names: Trie<NameForm>;
  /** Townships by full name (found from their suffix 镇/乡/街道/苏木 backwards). */
  townships: ReadonlyMap<string, readonly RegionUnit[]>;
  /** Length of the longest township name. */
  townshipMaxLength: number;
  /** The first two characters of every township name (a cheap test before `townships`). */
  townshipStarts: PairFilter;
  /** Region names that are also ordinary words (安居, 城区): they need evidence. */
  commonWords: ReadonlySet<string>;
  /** The first two characters (as {@link bigramKey}) of every key of `names`, `lexiconRegions`, `zoneNouns`. */
  starts: ReadonlySet<number>;
  /** The pairs of `starts` as a filter (a cheap test before the set's). */
  startPairs: PairFilter;
  /** Frequent two-character words that are no region name (城市, 更新): a name they run across is none. */
  bigrams: ReadonlySet<number>;
  /** The pairs of `bigrams` as a filter (see {@link isBigramAt}). */
  bigramPairs: PairFilter;
  /** Ordinary words that contain a region name (安居乐业, 三明治). */
  blockingWords: Trie<string>;
  zoneNouns: Trie<ZoneNoun>;
  /** Macro-regions and named zones of the lexicons, by every variant form. */
  lexiconRegions: Trie<RegionUnit>;
  /** Facility, water, mountain and product nouns that end a place name's use as a region (X港, X江). */
  facilities: Trie<string>;
  /** The facility nouns of institutions, which may follow a name after a few characters (福建师范大学). */
  institutions: Trie<string>;
  /** One-character province abbreviations → province id. */
  abbreviations: ReadonlyMap<string, string>;
  /** Well-known one-character names of cities (甬, 蓉) → prefecture id. */
  cityAbbreviations: ReadonlyMap<string, string>;
  /** Function words and verbs that cannot stand inside a zone's descriptive middle (遂平县食品产业园区). */
  zoneMiddleStops: Trie<string>;
  /** Sector words and their generic modifiers (现代, 农业): a park's name opening with one is a description. */
  zoneDescriptors: Trie<string>;
  /** Single-character surnames (surnames.txt). */
  surnames: ReadonlySet<string>;
  /** Titles and words after which a surname opens a person's name (市长, 领导), with their longest length. */
  personContext: { words: ReadonlySet<string>; maxLength: number };
  /** Look-alike characters miswritten in names (毫 for 亳) → the right character. */
  lookAlikes: ReadonlyMap<string, string>;
  /** Statistics zones by the id of their parent. */
  zonesByParent: ReadonlyMap<string, readonly RegionUnit[]>;
  /** Zones the recognizer found in texts (not in the table), by id, as last recognized. */
  discovered: Map<string, RegionUnit>;
}

/** Shape of data/gazetteer.json (written by scripts/generate-gazetteer.mjs). */
interface GazetteerFile {
  provinces: [code: string, name: string, short: string][];
  prefectures: [code: string, name: string, short: string, parent: string][];
  counties: [code: string, name: string, short: string, parent: string][];
  zones: [code: string, name: string, parent: string][];
  /** Parent code → `<9-digit code><name>` joined with `|`. */
  townships: Record<string, string>;
}

let cached: Gazetteer | undefined;

/**
 * The region gazetteer: China's administrative divisions (NBS codes as of 2023-06-30, from
 * data/gazetteer.json) with short names, statistics zones, townships and the region lexicons, indexed
 * for recognition. Parsed once and cached.
 */
export function loadGazetteer(): Gazetteer {
  cached ??= buildGazetteer(readDataJson<GazetteerFile>("gazetteer.json"));
  return cached;
}

const regionId = (key: string) => `region:${key}`;

function buildGazetteer(file: GazetteerFile): Gazetteer {
  const units = new Map<string, RegionUnit>();
  const names = new Trie<NameForm>();
  const starts = new Set<number>();
  const startPairs = new PairFilter();
  const addStart = (word: string) => {
    starts.add(bigramKey(word, 0));
    startPairs.add(word.charCodeAt(0), word.charCodeAt(1));
  };
  const add = (unit: RegionUnit) => {
    units.set(unit.id, unit);
    names.add(unit.name, { unit, full: true });
    addStart(unit.name);
    if (unit.short) {
      names.add(unit.short, { unit, full: false });
      addStart(unit.short);
    }
  };
  for (const [code, name, short] of file.provinces)
    add({ id: regionId(code), name, short: short || undefined, code, level: "province" });
  for (const [code, name, short, parent] of file.prefectures)
    add({
      id: regionId(code),
      name,
      short: short || undefined,
      code,
      level: "prefecture",
      parent: regionId(parent),
    });
  for (const [code, name, short, parent] of file.counties)
    add({
      id: regionId(code),
      name,
      short: short || undefined,
      code,
      level: "county",
      parent: regionId(parent),
    });

  const zoneNouns = new Trie<ZoneNoun>();
  const zoneNounList = readDataLines("lexicons/zone-nouns.txt").map(
    ([noun, type, level, strength, naming]): ZoneNoun => ({
      noun: noun!,
      type: type ?? noun!,
      level: level === "macro_region" ? "macro_region" : "zone",
      strong: strength === "strong",
      local: strength === "local",
      named: naming === "named",
    }),
  );
  for (const zn of zoneNounList) {
    zoneNouns.add(zn.noun, zn);
    addStart(zn.noun);
  }
  const zonesByParent = new Map<string, RegionUnit[]>();
  for (const [, name, parent] of file.zones) {
    const zoneType = zoneNounList
      .filter((zn) => zn.level === "zone" && name.endsWith(zn.noun))
      .sort((a, b) => b.noun.length - a.noun.length)[0]?.type;
    const unit: RegionUnit = { id: regionId(name), name, level: "zone", parent: regionId(parent), zoneType };
    add(unit);
    const list = zonesByParent.get(unit.parent!) ?? [];
    list.push(unit);
    zonesByParent.set(unit.parent!, list);
  }
  const townships = new Map<string, RegionUnit[]>();
  const townshipStarts = new PairFilter();
  let townshipMaxLength = 0;
  for (const [parent, packed] of Object.entries(file.townships)) {
    for (const row of packed.split("|")) {
      const code = row.slice(0, 9);
      const unit: RegionUnit = {
        id: regionId(code),
        name: row.slice(9),
        code,
        level: "township",
        parent: regionId(parent),
      };
      units.set(unit.id, unit);
      const list = townships.get(unit.name);
      if (list) list.push(unit);
      else townships.set(unit.name, [unit]);
      townshipMaxLength = Math.max(townshipMaxLength, unit.name.length);
      townshipStarts.add(unit.name.charCodeAt(0), unit.name.charCodeAt(1));
    }
  }

  const lexiconRegions = new Trie<RegionUnit>();
  const addLexiconRegion = (unit: RegionUnit, forms: string[]) => {
    units.set(unit.id, unit);
    for (const form of forms) {
      lexiconRegions.add(form, unit);
      addStart(form);
    }
  };
  for (const [canonical, ...variants] of readDataLines("lexicons/macro-regions.txt"))
    addLexiconRegion({ id: regionId(canonical!), name: canonical!, level: "macro_region" }, [
      canonical!,
      ...variants,
    ]);
  for (const [canonical, parent, ...variants] of readDataLines("lexicons/named-zones.txt")) {
    const unit: RegionUnit = {
      id: regionId(canonical!),
      name: canonical!,
      level: "zone",
      parent: regionId(parent!),
    };
    addLexiconRegion(unit, [canonical!, ...variants]);
  }
  const blockingWords = new Trie<string>();
  for (const [word] of readDataLines("lexicons/blocking-words.txt")) blockingWords.add(word!, word!);
  const facilities = new Trie<string>();
  const institutions = new Trie<string>();
  for (const [noun, kind] of readDataLines("lexicons/region-facilities.txt")) {
    facilities.add(noun!, noun!);
    if (kind === "institution") institutions.add(noun!, noun!);
  }
  const abbreviations = new Map<string, string>();
  const provinceByName = new Map(file.provinces.map(([code, name]) => [name, regionId(code)]));
  for (const [abbr, province] of readDataLines("lexicons/province-abbreviations.txt")) {
    const id = provinceByName.get(province!);
    if (id) abbreviations.set(abbr!, id);
  }
  const cityAbbreviations = new Map<string, string>();
  for (const [abbr, city] of readDataLines("lexicons/city-abbreviations.txt")) {
    const unit = names.get(city!)?.find((form) => form.full && form.unit.level === "prefecture")?.unit;
    if (unit && !abbreviations.has(abbr!)) cityAbbreviations.set(abbr!, unit.id);
  }
  const zoneMiddleStops = new Trie<string>();
  for (const [word] of readDataLines("lexicons/zone-middle-stops.txt")) zoneMiddleStops.add(word!, word!);
  const bigrams = new Set<number>();
  const bigramPairs = new PairFilter();
  for (const [word] of readDataLines("lexicons/common-bigrams.txt")) {
    bigrams.add(bigramKey(word!, 0));
    bigramPairs.add(word!.charCodeAt(0), word!.charCodeAt(1));
  }
  const zoneDescriptors = new Trie<string>();
  for (const list of ["sectors", "sector-modifiers"])
    for (const [word] of readDataLines(`lexicons/${list}.txt`)) zoneDescriptors.add(word!, word!);
  const contextWords = ["roles", "leader-roles", "person-context-words"].flatMap((list) =>
    readDataLines(`lexicons/${list}.txt`).map(([word]) => word!),
  );
  return {
    units,
    names,
    townships,
    townshipMaxLength,
    townshipStarts,
    commonWords: new Set(readDataLines("lexicons/common-words.txt").map(([word]) => word!)),
    bigrams,
    bigramPairs,
    starts,
    startPairs,
    blockingWords,
    zoneNouns,
    lexiconRegions,
    facilities,
    institutions,
    abbreviations,
    cityAbbreviations,
    zoneMiddleStops,
    zoneDescriptors,
    surnames: new Set(
      readDataLines("lexicons/surnames.txt")
        .map(([name]) => name!)
        .filter((n) => n.length === 1),
    ),
    personContext: {
      words: new Set(contextWords),
      maxLength: Math.max(0, ...contextWords.map((w) => w.length)),
    },
    lookAlikes: new Map(readDataLines("lexicons/look-alikes.txt").map(([wrong, right]) => [wrong!, right!])),
    zonesByParent,
    discovered: new Map(),
  };
}

/** The number standing for the two characters of `text` at `at` in {@link Gazetteer.bigrams}. */
export function bigramKey(text: string, at: number): number {
  return pairKey(text.charCodeAt(at), text.charCodeAt(at + 1));
}

/**
 * Whether the two characters of `text` at `at` are a frequent word of {@link Gazetteer.bigrams}: the
 * set's answer, with most pairs turned away by the filter before the set is asked.
 */
export function isBigramAt(text: string, at: number, gazetteer: Gazetteer): boolean {
  return (
    gazetteer.bigramPairs.has(text.charCodeAt(at), text.charCodeAt(at + 1)) &&
    gazetteer.bigrams.has(bigramKey(text, at))
  );
}

/** The unit with id `id`: from the table, or a zone found in a text. */
export function lookupUnit(id: string, gazetteer: Gazetteer): RegionUnit | undefined {
  return gazetteer.units.get(id) ?? gazetteer.discovered.get(id);
}

const ancestries = new WeakMap<Gazetteer, Map<string, readonly string[]>>();

/** Ids of `id` and every unit containing it, innermost first (memoized). */
export function ancestry(id: string, gazetteer: Gazetteer): readonly string[] {
  let memo = ancestries.get(gazetteer);
  if (!memo) ancestries.set(gazetteer, (memo = new Map()));
  let chain = memo.get(id);
  if (!chain) {
    const ids: string[] = [];
    for (let at: string | undefined = id; at; at = lookupUnit(at, gazetteer)?.parent) ids.push(at);
    memo.set(id, (chain = ids));
  }
  return chain;
}

/** Whether `inner` lies inside `outer` (or is it). */
export function within(inner: string, outer: string, gazetteer: Gazetteer): boolean {
  return ancestry(inner, gazetteer).includes(outer);
}

const provinces = new WeakMap<Gazetteer, Map<string, string | undefined>>();

/** The province containing `id` (itself for a province); memoized like {@link ancestry}. */
export function provinceOf(id: string, gazetteer: Gazetteer): string | undefined {
  let memo = provinces.get(gazetteer);
  if (!memo) provinces.set(gazetteer, (memo = new Map()));
  if (memo.has(id)) return memo.get(id);
  const province = ancestry(id, gazetteer).find((at) => lookupUnit(at, gazetteer)?.level === "province");
  memo.set(id, province);
  return province;
}
