import { CharSet } from "../text/char-set.js";
import type { Candidate } from "./candidate.js";
import { pairKey } from "./trie.js";
import {
  bigramKey,
  isBigramAt,
  within,
  type Gazetteer,
  type NameForm,
  type RegionUnit,
  type ZoneNoun,
} from "./gazetteer.js";

/** Admin suffix + next character that form an ordinary word (南平市场 is a market, not 南平市 + 场). */
const SUFFIX_COMPOUNDS = new Set(
  ["市场", "市值", "市面", "区域", "区间", "区块", "区位", "省份", "县城"].map((word) => bigramKey(word, 0)),
);
/** Ranks that may stand between a place name and a zone noun (安康国家高新区). */
const ZONE_MODIFIERS = ["国家级", "国家", "省级", "市级"];
/** Zone types a river name can carry (汉江经济走廊, 月河川道). */
const CORRIDOR_TYPE = /(走廊|川道|经济带)$/;
const TOWNSHIP_SUFFIXES = ["镇", "乡", "街道"];
/** How many characters may stand between a name and an institution noun (福建 + 师范 + 大学, 泉港 + 实验 + 小学). */
const INSTITUTION_GAP = 2;
const code = (ch: string) => ch.charCodeAt(0);
const [ZHEN, XIANG, STREET, DAO, SUMU, MU, CUN] = [..."镇乡街道苏木村"].map(code) as [
  number,
  number,
  number,
  number,
  number,
  number,
  number,
];
/** First characters of township suffixes: 镇, 乡, 街(道), 苏(木). */
const TOWNSHIP_END = new Set([ZHEN, XIANG, STREET, SUMU]);
const FIRST_PERSON_SUFFIXES = new Set([..."区县市省州旗"].map((ch) => ch.charCodeAt(0)));
const RIVER = new Set([..."江河"].map((ch) => ch.charCodeAt(0)));
const FIRST_PERSON = new Set([..."我本"].map((ch) => ch.charCodeAt(0)));
/** The three sets above as one 64K table of bits, for the scan's per-character test. */
const [RIVER_BIT, OWN_OR_TOWNSHIP_BIT] = [1, 2];
const TRIGGERS = new Uint8Array(0x10000);
for (const c of RIVER) TRIGGERS[c]! |= RIVER_BIT;
for (const c of [...FIRST_PERSON, ...TOWNSHIP_END]) TRIGGERS[c]! |= OWN_OR_TOWNSHIP_BIT;

/** Single-character function words after which a bare zone noun starts a phrase (以高新区为承载). */
const FUNCTION_CHARS = new Set(
  [..."以在和与及的对把将向为是由从到入进等让使至"].map((ch) => ch.charCodeAt(0)),
);

const isHan = (code: number) => code >= 0x4e00 && code <= 0x9fff;
const isQuote = (code: number) =>
  code === 0x201c || code === 0x201d || code === 0x2018 || code === 0x2019 || code === 0x22;

/**
 * One left-to-right pass over `text` collecting every possible region mention: macro-regions, river
 * corridors, names of units (with the zone nouns that may follow them), bare zone nouns, first-person
 * references (我区) and one-character province abbreviations in their patterns. Overlaps are resolved
 * longest-first as it goes; evidence and disambiguation come later.
 */
export function scanCandidates(text: string, gazetteer: Gazetteer): Candidate[] {
  const found = scanAbbreviations(text, gazetteer);
  const taken = new Set(found.map((c) => c.start));
  const { startPairs, starts } = gazetteer;
  let i = 0;
  while (i < text.length) {
    // Most positions start nothing: neither a key of the tries nor a river corridor or 我区.
    const code = text.charCodeAt(i);
    if (
      !isHan(code) ||
      (taken.size > 0 && taken.has(i)) ||
      ((!startPairs.has(code, text.charCodeAt(i + 1)) ||
        !starts.has(pairKey(code, text.charCodeAt(i + 1)))) &&
        ((TRIGGERS[text.charCodeAt(i + 1)] ?? 0) & RIVER_BIT) === 0 &&
        ((TRIGGERS[text.charCodeAt(i + 2)] ?? 0) & RIVER_BIT) === 0 &&
        (TRIGGERS[code]! & OWN_OR_TOWNSHIP_BIT) === 0)
    ) {
      i++;
      continue;
    }
    const next =
      townshipEndingAt(text, i, gazetteer, found) ??
      macroAt(text, i, gazetteer) ??
      corridorAt(text, i, gazetteer) ??
      unitAt(text, i, gazetteer, found[found.length - 1]?.end === i) ??
      bareZoneAt(text, i, gazetteer, found) ??
      firstPersonAt(text, i);
    if (next === undefined) i++;
    else if (typeof next === "number") i = next;
    else {
      found.push(next);
      i = next.end;
    }
  }
  found.push(...scanDocumentPairs(text, gazetteer, found), ...scanLookAlikes(text, gazetteer, found));
  return found.sort((a, b) => a.start - b.start);
}

/** A macro-region or named zone of the lexicons (长三角, 天府新区), or a zone named after a macro-region. */
function macroAt(text: string, i: number, gazetteer: Gazetteer): Candidate | undefined {
  if (!gazetteer.lexiconRegions.mayStartAt(text, i)) return undefined;
  const match = gazetteer.lexiconRegions.longestAt(text, i, isQuote);
  if (!match) return undefined;
  const [end, [region]] = match;
  // A longer unit or zone name starting here wins (雄安新区 is in both).
  const unit = gazetteer.names.longestAt(text, i);
  if (unit && unit[0] > end) return undefined;
  // A zone named after a macro-region (秦巴生物多样性生态功能区) is a zone of its own.
  const zone = zoneAfter(text, end, gazetteer);
  if (zone && zone.noun.level === "zone" && !zone.innerForms) {
    const entity = `region:${text.slice(i, zone.end)}`;
    const stem = { noun: zone.noun, stemEnd: end };
    return {
      start: i,
      end: zone.end,
      rule: "zone-of-macro-region",
      options: [],
      common: false,
      zone: stem,
      entity,
    };
  }
  const rule = region!.level === "zone" ? "named-zone" : "macro-region";
  return { start: i, end, rule, options: [], common: false, entity: region!.id };
}

/** A corridor noun after a river name of `stemLength` characters at `at` (汉江 + 经济走廊). */
function corridorNoun(
  text: string,
  at: number,
  stemLength: number,
  gazetteer: Gazetteer,
): ZoneNoun | undefined {
  if (!RIVER.has(text.charCodeAt(at + stemLength - 1))) return undefined;
  if (!isHan(text.charCodeAt(at + stemLength - 2))) return undefined;
  const noun = gazetteer.zoneNouns.longestAt(text, at + stemLength)?.[1][0];
  return noun && noun.level === "zone" && CORRIDOR_TYPE.test(noun.type) ? noun : undefined;
}

function corridorAt(text: string, i: number, gazetteer: Gazetteer): Candidate | undefined {
  if (!RIVER.has(text.charCodeAt(i + 1)) && !RIVER.has(text.charCodeAt(i + 2))) return undefined;
  for (let stemLength = 2; stemLength <= 3; stemLength++) {
    const noun = corridorNoun(text, i, stemLength, gazetteer);
    // The shorter river name one character on wins (打造琼江生态走廊: 琼江, not 造琼江).
    if (noun && stemLength === 3 && corridorNoun(text, i + 1, 2, gazetteer)) return undefined;
    if (noun) {
      const end = i + stemLength + noun.noun.length;
      return {
        start: i,
        end,
        rule: "zone-corridor",
        options: [],
        common: false,
        zone: { noun, stemEnd: i + stemLength },
        entity: `region:${text.slice(i, end)}`,
      };
    }
  }
  return undefined;
}

/**
 * A unit name at `i`: the longest name not inside an ordinary word; extended into a zone when a zone
 * noun follows; skipped (returns the position after it) when a facility noun follows (闽江, 西康高速).
 */
function unitAt(
  text: string,
  i: number,
  gazetteer: Gazetteer,
  chained: boolean,
): Candidate | number | undefined {
  if (!gazetteer.names.mayStartAt(text, i)) return undefined;
  const matches = gazetteer.names.matchesAt(text, i);
  if (matches.length === 0) return undefined;
  // A word that runs across the name's start (更新和, 打通城管) means no name starts here.
  if (!chained && i > 0 && isBigramAt(text, i - 1, gazetteer)) return undefined;
  for (let k = 0; k < matches.length; k++) {
    const [end, forms] = matches[k]!;
    if (end - i < 2) continue;
    if (SUFFIX_COMPOUNDS.has(bigramKey(text, end - 1)) && k + 1 < matches.length) continue;
    if (isBlocked(text, i, end, gazetteer)) return undefined;
    const full = forms.some((f) => f.full);
    // A two-character full name (和县, 东区, 城区) reads as ordinary words as often as not.
    const common = () => (full && end - i === 2) || gazetteer.commonWords.has(text.slice(i, end));
    const zone = zoneAfter(text, end, gazetteer);
    if (zone) {
      if (facilityAt(text, zone.end, gazetteer)) return zone.end;
      // A stem that is itself a zone noun (新城新区) is typology, not a place.
      if (gazetteer.zoneNouns.get(text.slice(i, end))) return undefined;
      const options = uniqueUnits(zone.innerForms ?? forms);
      const stem = { noun: zone.noun, stemEnd: zone.innerEnd ?? end };
      return { start: i, end: zone.end, rule: "zone", options, common: common(), zone: stem };
    }
    if (facilityAt(text, end, gazetteer)) return end;
    // A word that runs across a short name's end (上城市, 大城市) means it is none either, unless a
    // name of a unit inside it starts there (浙江湖州: 江湖 is no word here).
    if (
      !full &&
      end < text.length &&
      isBigramAt(text, end - 1, gazetteer) &&
      !containedNameAt(text, end, forms, gazetteer)
    )
      continue;
    // Below a province, a described cluster noun names a zone too (某市 + 北部湾 + 经济区).
    const clusters = forms.every((f) => f.unit.level !== "province");
    const described = common() ? undefined : describedZoneAt(text, end, gazetteer, clusters);
    if (described)
      return {
        start: i,
        end: described.end,
        rule: "zone",
        options: uniqueUnits(forms),
        common: false,
        zone: { noun: described.noun, stemEnd: end, described: true },
      };
    const rule = full ? "region-full-name" : "region-short-name";
    return { start: i, end, rule, options: uniqueUnits(forms), common: common() };
  }
  return undefined;
}

/**
 * A township's full name ending at the suffix that starts at `i` (常理镇, 柔刚街道), the longest that
 * no ordinary word runs across. It replaces the shorter names found inside it (金山 in 金山镇), which
 * it removes from `found`; like other names it may carry a zone noun or end in a facility.
 */
function townshipEndingAt(
  text: string,
  i: number,
  gazetteer: Gazetteer,
  found: Candidate[],
): Candidate | number | undefined {
  const code = text.charCodeAt(i);
  if (!TOWNSHIP_END.has(code)) return undefined;
  const twoChar = code === STREET || code === SUMU;
  if (twoChar && text.charCodeAt(i + 1) !== (code === STREET ? DAO : MU)) return undefined;
  const end = i + (twoChar ? 2 : 1);
  // 乡村, 乡镇: the word, not a township's suffix.
  if (code === XIANG && (text.charCodeAt(end) === CUN || text.charCodeAt(end) === ZHEN)) return undefined;
  for (let start = Math.max(0, end - gazetteer.townshipMaxLength); start <= i - 2; start++) {
    if (!isHan(text.charCodeAt(start))) continue;
    if (!gazetteer.townshipStarts.has(text.charCodeAt(start), text.charCodeAt(start + 1))) continue;
    const name = text.slice(start, end);
    const units = gazetteer.townships.get(name);
    if (!units) continue;
    // The scan appends candidates in text order: only the latest ones can reach `start`.
    let crossed = false;
    let chained = false;
    for (let k = found.length - 1; k >= 0 && found[k]!.end >= start; k--) {
      if (found[k]!.start < start && found[k]!.end > start) crossed = true;
      if (found[k]!.end === start) chained = true;
    }
    if (crossed) continue;
    if (!chained && start > 0 && isBigramAt(text, start - 1, gazetteer)) continue;
    if (isBlocked(text, start, end, gazetteer)) continue;
    for (let k = found.length - 1; k >= 0; k--)
      if (found[k]!.start >= start && found[k]!.start < end) found.splice(k, 1);
    const zone = zoneAfter(text, end, gazetteer);
    if (zone && !zone.innerForms) {
      if (facilityAt(text, zone.end, gazetteer)) return zone.end;
      const stem = { noun: zone.noun, stemEnd: end };
      return { start, end: zone.end, rule: "zone", options: [...units], common: false, zone: stem };
    }
    if (facilityAt(text, end, gazetteer)) return end;
    const common = gazetteer.commonWords.has(name);
    return { start, end, rule: "township-full-name", options: [...units], common };
  }
  return undefined;
}

/** Whether a name of a unit inside one of `outer`'s units starts at `at` (浙江 + 湖州, 西藏 + 山南). */
function containedNameAt(
  text: string,
  at: number,
  outer: readonly NameForm[],
  gazetteer: Gazetteer,
): boolean {
  const inner = gazetteer.names.longestAt(text, at);
  if (!inner || inner[0] - at < 2) return false;
  return inner[1].some(({ unit }) =>
    outer.some((o) => o.unit.id !== unit.id && within(unit.id, o.unit.id, gazetteer)),
  );
}

/** Whether a facility noun follows at `at` (西康高速, 嘉陵江), not merely the start of a longer name (天津河北区). */
function facilityAt(text: string, at: number, gazetteer: Gazetteer): boolean {
  for (let k = 1; k <= INSTITUTION_GAP && isHan(text.charCodeAt(at + k - 1)); k++)
    if (gazetteer.institutions.mayStartAt(text, at + k) && gazetteer.institutions.longestAt(text, at + k))
      return true;
  const facility = gazetteer.facilities.longestAt(text, at);
  if (!facility) return false;
  const name = gazetteer.names.longestAt(text, at);
  return !name || name[0] <= facility[0];
}

function uniqueUnits(forms: readonly NameForm[]): RegionUnit[] {
  if (forms.length === 1) return [forms[0]!.unit];
  const seen = new Set<string>();
  const units: RegionUnit[] = [];
  for (const { unit } of forms) {
    if (seen.has(unit.id)) continue;
    seen.add(unit.id);
    units.push(unit);
  }
  return units;
}

/** Whether an ordinary word covers the name at [start, end) or runs across its end (安居乐业, 三明治). */
function isBlocked(text: string, start: number, end: number, gazetteer: Gazetteer): boolean {
  for (let j = Math.max(0, start - 5); j < end; j++) {
    for (const [wordEnd] of gazetteer.blockingWords.matchesAt(text, j)) {
      if (j <= start && wordEnd >= end && (j < start || wordEnd > end)) return true;
      if (j > start && wordEnd > end) return true;
    }
  }
  return false;
}

/** A zone noun after a place name; in a chain (陕西自贸区安康协同创新区) also the inner name's forms. */
interface ZoneTail {
  end: number;
  noun: ZoneNoun;
  innerForms?: readonly NameForm[];
  innerEnd?: number;
}

/** A zone noun right after a place name (optionally after a rank, or after the ） of 中国（绵阳）). */
function zoneAfter(text: string, at: number, gazetteer: Gazetteer): ZoneTail | undefined {
  let p = at;
  if (text[p] === "）" || text[p] === ")") p++;
  const modifier = ZONE_MODIFIERS.find((m) => text.startsWith(m, p));
  for (const start of modifier ? [p + modifier.length, p] : [p]) {
    const match = gazetteer.zoneNouns.longestAt(text, start);
    if (match) {
      const end = match[0];
      // A zone inside a zone (陕西自贸区安康协同创新区): the chain is one zone named by its last part.
      const inner = gazetteer.names.longestAt(text, end);
      const chained = inner ? zoneAfter(text, inner[0], gazetteer) : undefined;
      if (chained && inner) return { innerForms: inner[1], innerEnd: inner[0], ...chained };
      return { end, noun: match[1][0]! };
    }
  }
  return undefined;
}

/** Most characters a zone's descriptive middle may have (驻马店市 + 国际农产品加工 + 产业园). */
const MAX_ZONE_MIDDLE = 10;
const DASHES = new Set([..."—–-－"].map(code));

/**
 * A zone noun after a descriptive middle of Han characters (遂平县 + 食品 + 产业园区; 海曙 + —五河协同发展 +
 * 合作区, a dash joining a second place name): no function word or verb of a clause in the middle
 * (zone-middle-stops.txt), and no full name of another unit starting in it (绵阳市游仙区产业园 is
 * 游仙区's). With `clusters`, a cluster noun (经济区) ends such a zone too. Returns where the zone ends.
 */
function describedZoneAt(
  text: string,
  at: number,
  gazetteer: Gazetteer,
  clusters = false,
): { end: number; noun: ZoneNoun } | undefined {
  let afterDash = false;
  for (let q = at; q <= at + MAX_ZONE_MIDDLE + 1 && q < text.length; q++) {
    if (q > at && !afterDash) {
      const match = gazetteer.zoneNouns.longestAt(text, q);
      const noun = match?.[1][0];
      if (match && noun && (noun.level === "zone" || clusters)) return { end: match[0], noun };
    }
    const ch = text.charCodeAt(q);
    if (q === at && DASHES.has(ch) && gazetteer.names.longestAt(text, q + 1)) {
      afterDash = true;
      continue;
    }
    if (!isHan(ch) || gazetteer.zoneMiddleStops.longestAt(text, q)) return undefined;
    if (!afterDash && gazetteer.names.matchesAt(text, q).some(([, forms]) => forms.some((f) => f.full)))
      return undefined;
    afterDash = false;
  }
  return undefined;
}

/**
 * A zone noun with no place name before it: the abbreviated forms (高新区, 经开区) may name the
 * document's own zone; a zone noun after a township's stem (恒口示范区) names a zone of that township.
 */
function bareZoneAt(
  text: string,
  i: number,
  gazetteer: Gazetteer,
  found: Candidate[],
): Candidate | undefined {
  if (!gazetteer.zoneNouns.mayStartAt(text, i)) return undefined;
  const match = gazetteer.zoneNouns.longestAt(text, i);
  if (!match) return undefined;
  const [end, [noun]] = match;
  if (noun!.level !== "zone") return undefined;
  const previous = found[found.length - 1];
  if (previous?.end !== i) {
    for (const stemLength of [2, 3]) {
      if (i - stemLength < 0) continue;
      const stem = text.slice(i - stemLength, i);
      if (gazetteer.zoneNouns.get(stem)) break;
      const townships = TOWNSHIP_SUFFIXES.flatMap((suffix) => gazetteer.townships.get(stem + suffix) ?? []);
      if (townships.length > 0)
        return {
          start: i - stemLength,
          end,
          rule: "zone",
          options: townships,
          common: true,
          zone: { noun: noun!, stemEnd: i },
        };
    }
  }
  if (noun!.named && previous?.end !== i) {
    const named = namedZoneAt(text, i, end, noun!, gazetteer, previous);
    if (named) return named;
  }
  // Only abbreviated forms (高新区) stand bare; a local noun (新城, 小镇) needs its name.
  if (noun!.noun === noun!.type || noun!.local) return undefined;
  if (isHan(text.charCodeAt(i - 1)) && !FUNCTION_CHARS.has(text.charCodeAt(i - 1))) return undefined;
  return { start: i, end, rule: "zone-bare", options: [], common: false, zone: { noun: noun!, stemEnd: i } };
}

/** Most characters of a name that is no region before a `named` zone noun (海兰江足球 + 产业园). */
const MAX_NAMED_STEM = 5;
/**
 * Fewest characters of that name: two before a local noun (裘皮小镇), three before a park noun, where
 * two characters are mostly a firm's brand (某迪产业园 is the firm's park).
 */
const MIN_NAMED_STEM = { local: 2, park: 3 };
const LE = code("了");

/**
 * A local zone named by a short name that is no region (东山 + 特色小镇, 海兰江足球 + 产业园 after 考察了 or
 * 、): the Han characters back to a function word or a non-Han character other than a quote, two (three
 * before a park noun) to five of them, with no
 * word of a clause in them (zone-middle-stops.txt) and not opening with a sector word or a generic
 * modifier (现代农业产业园 is a description, not a name). Its parent is the document's subject.
 */
function namedZoneAt(
  text: string,
  i: number,
  end: number,
  noun: ZoneNoun,
  gazetteer: Gazetteer,
  previous: Candidate | undefined,
): Candidate | undefined {
  let start = i;
  for (; start > 0; start--) {
    const ch = text.charCodeAt(start - 1);
    if (!isHan(ch) || FUNCTION_CHARS.has(ch) || ch === LE) break;
    if (i - start >= MAX_NAMED_STEM) return undefined;
  }
  if (i - start < (noun.local ? MIN_NAMED_STEM.local : MIN_NAMED_STEM.park)) return undefined;
  // A quoted phrase before it (“飞地抱团”强村产业园) is part of a longer name.
  if (isQuote(text.charCodeAt(start - 1)) || (previous !== undefined && previous.end > start))
    return undefined;
  for (let q = start; q < i; q++) if (gazetteer.zoneMiddleStops.longestAt(text, q)) return undefined;
  if (gazetteer.zoneDescriptors.longestAt(text, start)) return undefined;
  const entity = `region:${text.slice(start, end)}`;
  return { start, end, rule: "zone-named", options: [], common: false, zone: { noun, stemEnd: i }, entity };
}

function firstPersonAt(text: string, i: number): Candidate | undefined {
  if (!FIRST_PERSON.has(text.charCodeAt(i)) || !FIRST_PERSON_SUFFIXES.has(text.charCodeAt(i + 1)))
    return undefined;
  return { start: i, end: i + 2, rule: "first-person", options: [], common: false };
}

/** Nouns of cooperation after pairs of abbreviations (苏陕协作, 川渝合作, 津甘对接). */
const COOPERATION = /对口|协作|合作|帮扶|扶贫|对接/g;
/** Aims of a visit after 来/赴 + abbreviation (来陕考察). */
const VISIT_AIM = /考察|调研|视察|指导|投资|兴业|创业|参观/g;
const VISIT_VERBS = "来赴到回入";
/** A count of places after a list of abbreviations (鲁、湘两地, 京、津、冀三省市): the count, then the noun. */
const COUNTED_PLACES = /([两二三四五六七八九])(?:地|省|省市|省区|市)/g;
const COUNTS = "一二三四五六七八九";
const PAIR_SEPARATORS = "、和与";

/** The unit a one-character abbreviation stands for, or undefined. */
type AbbreviationLookup = (ch: string) => string | undefined;

/**
 * One-character abbreviations, only in two patterns: pairs before a cooperation noun (苏陕、津陕对口协作,
 * 甬蚌合作: provinces and the well-known names of cities) and visits (来陕考察, 来闽、来明考察: provinces).
 * Found from the trigger words backwards.
 */
function scanAbbreviations(text: string, gazetteer: Gazetteer): Candidate[] {
  const province = (ch: string) => gazetteer.abbreviations.get(ch);
  const found = scanPairs(text, gazetteer, (ch) => province(ch) ?? gazetteer.cityAbbreviations.get(ch), []);
  const push = (at: number) => {
    const unit = gazetteer.units.get(province(text[at]!)!)!;
    found.push({ start: at, end: at + 1, rule: "province-abbreviation", options: [unit], common: false });
  };
  for (const match of text.matchAll(VISIT_AIM)) {
    // 来闽、来明考察: each 、-separated element is a visit verb and one character.
    for (let q = match.index; q >= 2 && VISIT_VERBS.includes(text[q - 2]!); q -= 3) {
      if (province(text[q - 1]!) && text[q - 1] !== "新") push(q - 1);
      if (text[q - 3] !== "、") break;
    }
  }
  for (const match of text.matchAll(COUNTED_PLACES)) {
    const items = countedAbbreviations(text, match.index, province);
    // The count must be the number of items listed (鲁、湘两地: two).
    if (items.length === COUNTS.indexOf(match[1] === "两" ? "二" : match[1]!) + 1)
      for (const at of items) if (!found.some((c) => c.start === at)) push(at);
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Positions of two or more province abbreviations listed with 、 right before `at` (鲁、湘 before 两地). */
function countedAbbreviations(text: string, at: number, province: AbbreviationLookup): number[] {
  const items: number[] = [];
  for (let q = at - 1; q >= 0 && province(text[q]!); q -= 2) {
    items.push(q);
    if (text[q - 1] !== "、") break;
  }
  return items.length >= 2 ? items : [];
}

/**
 * Pairs of one-character abbreviations before a cooperation noun (苏陕协作, 如洋对口协作), each
 * character standing for the unit `lookup` gives; positions inside `found` candidates are skipped. A
 * zone named after the pair (如洋协作有机产业协同示范区) becomes one zone candidate of the first unit.
 */
function scanPairs(
  text: string,
  gazetteer: Gazetteer,
  lookup: AbbreviationLookup,
  found: readonly Candidate[],
): Candidate[] {
  const mask = coverage(text.length, found);
  const covered = (at: number) => mask[at] === 1;
  const unitAt = (at: number) => (at >= 0 && !covered(at) ? lookup(text[at]!) : undefined);
  const pairs: Candidate[] = [];
  for (const match of text.matchAll(COOPERATION)) {
    const run: number[] = [];
    let p = match.index;
    while (unitAt(p - 1) && unitAt(p - 2)) {
      run.push(p - 2, p - 1);
      p -= 2;
      if (!PAIR_SEPARATORS.includes(text[p - 1] ?? "x") || !unitAt(p - 2) || !unitAt(p - 3)) break;
      p -= 1;
    }
    // An odd run (京津冀合作) is a name of its own, not pairs.
    if (run.length === 0 || unitAt(p - 1)) continue;
    const unit = (at: number) => gazetteer.units.get(unitAt(at)!)!;
    const zone = run.length === 2 ? describedZoneAt(text, match.index, gazetteer) : undefined;
    if (zone) {
      const stem = { noun: zone.noun, stemEnd: match.index, described: true };
      pairs.push({ start: p, end: zone.end, rule: "zone", options: [unit(p)], common: false, zone: stem });
      continue;
    }
    for (const at of run.sort((a, b) => a - b))
      pairs.push({
        start: at,
        end: at + 1,
        rule: unit(at).level === "province" ? "province-abbreviation" : "region-abbreviation",
        options: [unit(at)],
        common: false,
      });
  }
  return pairs;
}

/**
 * Pairs whose characters are the first characters of units the document names (如洋对口协作 in a text
 * naming 如皋 and 洋县), where that character starts the name of one unit only.
 */
function scanDocumentPairs(text: string, gazetteer: Gazetteer, found: readonly Candidate[]): Candidate[] {
  const byFirst = new Map<string, string | null>();
  for (const c of found) {
    if (c.zone || c.options.length !== 1 || c.end - c.start < 2) continue;
    const unit = c.options[0]!;
    if (unit.level !== "prefecture" && unit.level !== "county") continue;
    const first = unit.name[0]!;
    const known = byFirst.get(first);
    byFirst.set(first, known === undefined || known === unit.id ? unit.id : null);
  }
  return scanPairs(
    text,
    gazetteer,
    (ch) =>
      gazetteer.abbreviations.get(ch) ?? gazetteer.cityAbbreviations.get(ch) ?? byFirst.get(ch) ?? undefined,
    found,
  );
}

/** Suffixes after which a name with a look-alike character is still unique enough to correct (毫州市). */
const LOOK_ALIKE_SUFFIX = /[省市县区州旗]/;

/**
 * Names misspelt with a look-alike character (毫州 for 亳州, 临颖 for 临颍; data/lexicons/look-alikes.txt),
 * corrected only where the corrected full name is one unit's, or where the corrected short name follows
 * the name of a unit containing it (安徽毫州).
 */
function scanLookAlikes(text: string, gazetteer: Gazetteer, found: readonly Candidate[]): Candidate[] {
  const result: Candidate[] = [];
  if (gazetteer.lookAlikes.size === 0) return result;
  const mask = coverage(text.length, found);
  const covered = (from: number, to: number) => mask.subarray(from, to).includes(1);
  const wrong = lookAlikeChars(gazetteer);
  for (let p = 0; p < text.length; p++) {
    if (!wrong.has(text.charCodeAt(p))) continue;
    const right = gazetteer.lookAlikes.get(text[p]!);
    if (!right) continue;
    for (let start = Math.max(0, p - 2); start <= p && !result.some((c) => c.end > start); start++) {
      const hit = lookAlikeAt(text, start, p, right, gazetteer, found);
      if (hit && !covered(hit.start, hit.end)) {
        result.push(hit);
        break;
      }
    }
  }
  return result;
}

const lookAlikeTables = new WeakMap<Gazetteer, CharSet>();

/** The first UTF-16 unit of every look-alike character: most positions are none. */
function lookAlikeChars(gazetteer: Gazetteer): CharSet {
  let set = lookAlikeTables.get(gazetteer);
  if (!set) {
    set = new CharSet();
    for (const wrong of gazetteer.lookAlikes.keys()) if (wrong.length > 0) set.add(wrong.charCodeAt(0));
    lookAlikeTables.set(gazetteer, set);
  }
  return set;
}

function lookAlikeAt(
  text: string,
  start: number,
  p: number,
  right: string,
  gazetteer: Gazetteer,
  found: readonly Candidate[],
): Candidate | undefined {
  for (let end = Math.min(text.length, start + 4); end >= Math.max(p + 1, start + 2); end--) {
    const name = text.slice(start, p) + right + text.slice(p + 1, end);
    const forms = gazetteer.names.get(name);
    if (!forms) continue;
    const units = uniqueUnits(forms.filter((f) => f.full));
    if (units.length === 1 && LOOK_ALIKE_SUFFIX.test(name[name.length - 1]!))
      return { start, end, rule: "region-full-name", options: units, common: false };
    const outer = found.find((c) => c.end === start && c.options.length > 0);
    const inside = uniqueUnits(forms).filter((u) =>
      outer?.options.some((o) => within(u.id, o.id, gazetteer)),
    );
    if (inside.length === 1) return { start, end, rule: "region-short-name", options: inside, common: false };
  }
  return undefined;
}

/** 1 at every offset a candidate covers. */
function coverage(length: number, found: readonly Candidate[]): Uint8Array {
  const mask = new Uint8Array(length);
  for (const c of found) mask.fill(1, c.start, c.end);
  return mask;
}
