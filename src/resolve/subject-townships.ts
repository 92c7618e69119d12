import type { Candidate } from "./candidate.js";
import { isBigramAt, type Gazetteer, type RegionUnit } from "./gazetteer.js";

/** Township suffixes a short name drops (涂岭镇 → 涂岭). */
const TOWNSHIP_SUFFIX = /(?:镇|乡|街道|苏木)$/;

const byParent = new WeakMap<Gazetteer, Map<string, RegionUnit[]>>();

/** The townships directly under `parent` (memoized per gazetteer). */
function townshipsOf(parent: string, gazetteer: Gazetteer): readonly RegionUnit[] {
  let index = byParent.get(gazetteer);
  if (!index) {
    index = new Map();
    for (const unit of gazetteer.units.values()) {
      if (unit.level !== "township" || !unit.parent) continue;
      const list = index.get(unit.parent);
      if (list) list.push(unit);
      else index.set(unit.parent, [unit]);
    }
    byParent.set(gazetteer, index);
  }
  return index.get(parent) ?? [];
}

const shortNames = new WeakMap<Gazetteer, Map<string, { unit: RegionUnit; short: string }[]>>();

/**
 * The townships directly under `county` with the short name they may be called by: the name without
 * its suffix, at least two characters, no ordinary word or frequent bigram, no name of another unit
 * (memoized per gazetteer).
 */
function shortNamesOf(county: string, gazetteer: Gazetteer): readonly { unit: RegionUnit; short: string }[] {
  let memo = shortNames.get(gazetteer);
  if (!memo) shortNames.set(gazetteer, (memo = new Map()));
  let list = memo.get(county);
  if (list) return list;
  list = [];
  for (const unit of townshipsOf(county, gazetteer)) {
    const short = unit.name.replace(TOWNSHIP_SUFFIX, "");
    if (short.length < 2 || short === unit.name || gazetteer.commonWords.has(short)) continue;
    if (isBigramAt(short, 0, gazetteer) || gazetteer.names.get(short)) continue;
    list.push({ unit, short });
  }
  memo.set(county, list);
  return list;
}

/**
 * Townships of the subject county named without their suffix (推进涂岭休闲农业基地 in a text about
 * 泉港区): the short name of each of the subject's townships, where it is no ordinary word, no word
 * runs across either end and no other candidate covers it. Returns accepted candidates, unsorted.
 */
export function subjectTownshipCandidates(
  text: string,
  candidates: readonly Candidate[],
  subject: string | undefined,
  gazetteer: Gazetteer,
): Candidate[] {
  if (!subject || gazetteer.units.get(subject)?.level !== "county") return [];
  const found: Candidate[] = [];
  for (const { unit, short } of shortNamesOf(subject, gazetteer)) {
    for (let at = text.indexOf(short); at >= 0; at = text.indexOf(short, at + 1)) {
      const end = at + short.length;
      if (candidates.some((c) => c.start < end && c.end > at)) continue;
      if (at > 0 && isBigramAt(text, at - 1, gazetteer)) continue;
      if (isBigramAt(text, end - 1, gazetteer)) continue;
      found.push({
        start: at,
        end,
        rule: "township-short-name",
        options: [unit],
        common: false,
        accepted: true,
        ranked: [unit.id],
      });
    }
  }
  return found;
}
