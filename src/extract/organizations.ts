import type { Document, Mention, Span } from "../types.js";
import { entityLexicons } from "./lexicons.js";
import { createMention, sortMentions } from "./mention.js";
import { allHan, headStart, isHan, isRegionName } from "./scan.js";

/** A byline source field: 来源：某某日报. */
const SOURCE_FIELD = /来源[:：]\s*([^\s|:：]{2,16})/g;
/** A news site or paper named as a source: 据泉州网报道, 台海网2月3日讯 (the name head is found leftwards). */
const MEDIA = /(?:网|日报|晚报)(?=讯|报道|消息|\d{1,2}月\d{1,2}日)/g;
/** A party committee: 中共某某市某某区委, 中共四川省委. */
const PARTY_COMMITTEE = /中共[\u4e00-\u9fff]{1,10}?(?:省|自治区|市|州|盟|区|县|旗)委(?!员)/g;
/** A numbered middle school: 城关三中. */
const NUMBERED_SCHOOL = /(?<=[\u4e00-\u9fff]{2})([一二三四五六七八九十]{1,2})中(?![\u4e00-\u9fff])/g;
/** A level the name of a body starts with (省农科院), and the level before a department (县委宣传部). */
const LEVEL_PREFIX = /^(?:省|市|区|县|州)$/;
const DEPARTMENT_LEVEL = /[省市区县州]委?$/;
/** Heads of `strict` suffixes (中心) must start with 国家/中国 or name the kind of body. */
const STRICT_HEAD = /^(?:国家|中国)|研究|技术|计量|检测|数据|资料|媒体|创新/;
/** Heads that count or sort bodies instead of naming one (各类药业公司, 一批科技企业). */
const QUANTIFIER_HEAD = /^(?:各类|各种|各家|各|一批|多家|多个|一些|若干|有关|相关|这些|部分|其他|其它)/;
const QUANTIFIER_BEFORE = /(?:各类|各种|各家|一批|多家|多个|一些|若干|这些)$/;
/** A head ending in a preposition ran across a clause (某某向公司负责人介绍): no name. */
const PREPOSITION_END = /[向对给为在到赴从与和同把被将]$/;
/** Suffixes of firms, whose name follows the county it sits in (某某县某某集团 → 某某集团). */
const FIRM_SUFFIX = /^(?:集团|公司|有限公司|有限责任公司|股份有限公司|控股)$/;
/** Bodies of a region that a text names with a bare level (区人大常委会 of the district named before). */
const REGIONAL_BODY = /^(?:人大常委会|政协)$/;
/** A delegation going through a list of places: 一行先后到…、…, 参观了…、…. */
const VISIT =
  /(?:先后|依次|分别|相继|沿途)(?:来到|到|走进|走访|参观了?|考察了?|观摩了?)|参观了|考察了|观摩了|走进|走访了/g;
/** What after a business word makes the item a place of the firm, not the firm: 某某食品园区, 某某生物基地. */
const NOT_FIRM_AFTER = /^(?:园|区|基地|项目|现场|小镇|小院|展厅|车间|产业)/;
/** Heads of a firm suffix that only say what it does (成立投资有限责任公司): no name. */
const GENERIC_FIRM_HEAD = /^(?:投资|发展|建设|实业|贸易|管理|开发|运营|置业|科技|控股|文化|旅游)+$/;
/** Bodies every level has (政协, 妇联): named bare, they stand for the kind of body. */
const EVERY_LEVEL_BODY = /^(?:人大常委会|政协|妇联|团委|工商联|总工会|科协|残联)$/;
/** 等…企业 / 等…项目 closing a list of company short names. */
const COMPANY_LIST_END = /等(?:\d+余?家|一批|多家)?(?:龙头|重点|知名|链主)?(?:企业|公司|产业链项目|项目)/y;
/** A list of short names is a list of companies only where the clause brings them in or visits them. */
const INVESTMENT_VERB = /引进|招引|集聚|签约|落地|联合|针对|培育|走进|走访|参观|考察|调研/;

/**
 * Organizations named in `doc`: names ending in an organization suffix (大学, 医院, 集团, 研究中心 …)
 * with their name head, public bodies from a lexicon (省发展改革委, 农业农村厅, 新华社), party committees
 * (中共…委), sources in byline fields and news sites (来源：…, 据…网报道), numbered schools (…五中),
 * and company short names in lists closed by 等企业/等项目 where the clause speaks of investment.
 */
export function recognizeOrganizations(doc: Document): Mention[] {
  const text = doc.text;
  const found: Mention[] = [];
  const add = (span: Span, rule: string, name?: string) =>
    found.push(createMention(doc, "organization", span, rule, name));
  suffixed(text, add);
  publicBodies(text, add);
  for (const match of text.matchAll(PARTY_COMMITTEE)) {
    add({ start: match.index, end: match.index + match[0].length }, "party-committee");
  }
  for (const match of text.matchAll(NUMBERED_SCHOOL)) {
    const end = match.index + match[0].length;
    const start = headStartOrg(text, end - match[1]!.length - 1);
    if (end - start >= 4) add({ start, end }, "numbered-school");
  }
  for (const match of text.matchAll(SOURCE_FIELD)) {
    const start = match.index + match[0].indexOf(match[1]!);
    add({ start, end: start + match[1]!.length }, "source-field");
  }
  for (const match of text.matchAll(MEDIA)) {
    const start = headStartOrg(text, match.index);
    const length = match.index - start;
    if (length >= 2 && length <= 6) add({ start, end: match.index + match[0].length }, "media");
  }
  companyLists(text, add);
  visitedCompanies(text, add);
  return sortMentions(found);
}

type Add = (span: Span, rule: string, name?: string) => void;

function headStartOrg(text: string, end: number): number {
  return headStart(text, end, 20, entityLexicons().orgStops, /[（）()]/);
}

/** Names ending in a suffix of `org-suffixes.txt`, with a parenthesized place after 中心 kept. */
function suffixed(text: string, add: Add): void {
  const { orgSuffixes } = entityLexicons();
  for (let i = 0; i < text.length; i++) {
    const hit = orgSuffixes.longestAt(text, i);
    if (!hit) continue;
    // Prefer the longest suffix ending here: skip when a longer suffix continues past this one.
    let start = headStartOrg(text, hit.start);
    const open = Math.max(text.lastIndexOf("（", hit.start - 1), text.lastIndexOf("(", hit.start - 1));
    if (open >= start && !/[）)]/.test(text.slice(open, hit.start))) start = open + 1; // 讯（某某融媒
    while (start < hit.start && /[（）()]/.test(text[start]!)) start++;
    if (FIRM_SUFFIX.test(text.slice(hit.start, hit.end))) start = afterCounty(text, start, hit.start);
    const head = text.slice(start, hit.start);
    const strict = hit.value === "strict";
    const quantified =
      QUANTIFIER_HEAD.test(head) || QUANTIFIER_BEFORE.test(text.slice(Math.max(0, start - 2), start));
    const generic = GENERIC_FIRM_HEAD.test(head) && FIRM_SUFFIX.test(text.slice(hit.start, hit.end));
    if (quantified || generic || PREPOSITION_END.test(head)) {
      i = hit.end - 1;
      continue;
    }
    if ((head.length >= 2 || LEVEL_PREFIX.test(head)) && (!strict || STRICT_HEAD.test(head))) {
      let end = hit.end;
      const paren = /^[（(][\u4e00-\u9fff]{2,4}[)）]/.exec(text.slice(end, end + 6));
      if (paren) end += paren[0].length;
      add({ start, end }, "org-suffix");
    }
    i = hit.end - 1;
  }
}

/** Where a firm's head starts once a county or district name opening it is left out (某某县某某集团). */
function afterCounty(text: string, start: number, end: number): number {
  for (let length = Math.min(5, end - start - 2); length >= 2; length--) {
    if ("县区".includes(text[start + length - 1]!) && isRegionName(text.slice(start, start + length)))
      return start + length;
  }
  return start;
}

/**
 * The region a bare level before a regional body stands for: the nearest earlier region name ending in
 * that level character (天桥区 … 区政协 → 天桥区), or nothing.
 */
function namedRegionBefore(text: string, at: number, level: string): string | undefined {
  for (let p = text.lastIndexOf(level, at - 1); p > 0; p = text.lastIndexOf(level, p - 1)) {
    for (let length = 4; length >= 3; length--) {
      const name = text.slice(Math.max(0, p + 1 - length), p + 1);
      if (name.length === length && isRegionName(name)) return name;
    }
  }
  return undefined;
}

/** Public bodies from `gov-bodies.txt` with their level: 省发展改革委, 县委宣传部, 某某市农业农村局, 新华社. */
function publicBodies(text: string, add: Add): void {
  const { govBodies } = entityLexicons();
  for (const hit of govBodies.findAll(text)) {
    let start = hit.start;
    const level = DEPARTMENT_LEVEL.exec(text.slice(Math.max(0, hit.start - 2), hit.start));
    if (level) {
      const levelStart = hit.start - level[0].length;
      start = Math.min(levelStart, headStartOrg(text, levelStart));
      if (start === levelStart && level[0].length === 1 && REGIONAL_BODY.test(hit.value)) {
        const region = namedRegionBefore(text, levelStart, level[0]);
        if (region) {
          add({ start, end: hit.end }, "public-body", region + text.slice(hit.start, hit.end));
          continue;
        }
      }
    }
    if (
      start === hit.start &&
      EVERY_LEVEL_BODY.test(hit.value) &&
      !isRegionName(text.slice(start - 3, start))
    )
      continue; // 接受政协民主监督, 工会、妇联: the kind of body, not one body
    const own = innermostPlace(text, start, hit.start);
    add({ start, end: hit.end }, "public-body", own > start ? text.slice(own, hit.end) : undefined);
  }
}

/**
 * Where an organ's name starts once a containing place before its own place is left out: 某某省某某县政协
 * is the county's 政协, named 某某县政协 (the mention keeps the whole written name).
 */
function innermostPlace(text: string, start: number, end: number): number {
  for (let length = 2; length <= 4 && start + length < end; length++) {
    const outer = text.slice(start, start + length);
    if (!isRegionName(outer)) continue;
    const rest = start + length;
    for (let inner = 5; inner >= 2; inner--) {
      const word = text.slice(rest, rest + inner);
      if (rest + inner <= end && /[县区市旗]$/.test(word) && isRegionName(word)) return rest;
    }
  }
  return start;
}

/** The clause ending at `at`: back to the previous comma or sentence end, at most 60 characters. */
function clauseBefore(text: string, at: number): string {
  let start = at;
  while (start > 0 && at - start < 60 && !"，,。；;！？\n".includes(text[start - 1]!)) start--;
  return text.slice(start, at);
}

/** 引进的恒达科技、绿源农业等项目: short names before 等企业/等项目 in an investment clause. */
function companyLists(text: string, add: Add): void {
  const { stops } = entityLexicons();
  for (let at = text.indexOf("等"); at >= 0; at = text.indexOf("等", at + 1)) {
    COMPANY_LIST_END.lastIndex = at;
    if (!COMPANY_LIST_END.test(text)) continue;
    if (!INVESTMENT_VERB.test(clauseBefore(text, at))) continue;
    let end = at;
    for (let guard = 0; guard < 12; guard++) {
      let start = end;
      while (start > 0 && isHan(text.charCodeAt(start - 1))) start--;
      const head = headStart(text, end, end - start, stops);
      const name = text.slice(head, end);
      if (name.length >= 2 && name.length <= 8 && allHan(name)) add({ start: head, end }, "company-list");
      if (head !== start || text[start - 1] !== "、") break;
      end = start - 1;
    }
  }
}

/**
 * 一行先后到甲服装辅料、乙智能制造产业园、丙食品: in a list of at least two places a delegation visits,
 * an item made of a name of two to four characters and a business word (食品, 生物, 服装辅料) is a company's
 * short name.
 */
function visitedCompanies(text: string, add: Add): void {
  for (const match of text.matchAll(VISIT)) {
    const items: Span[] = [];
    let at = match.index + match[0].length;
    for (let guard = 0; guard < 12; guard++) {
      let end = at;
      while (end < text.length && isHan(text.charCodeAt(end)) && text[end] !== "等") end++;
      items.push({ start: at, end });
      if (text[end] !== "、") break;
      at = end + 1;
    }
    if (items.length < 2) continue;
    for (const item of items) if (isCompanyShortName(text, item)) add(item, "visited-company");
  }
}

/** Whether `item` is a name and a business word, possibly with a two-character product after it. */
function isCompanyShortName(text: string, item: Span): boolean {
  const { firmBusinessWords, stops, sectorModifiers } = entityLexicons();
  const length = item.end - item.start;
  if (length < 4 || length > 9) return false;
  for (let end = item.end; end >= item.end - 2; end--) {
    const word = firmBusinessWords.longestEndingAt(text, end, item.start + 2);
    if (!word || word.start - item.start > 4) continue;
    if (NOT_FIRM_AFTER.test(text.slice(word.end, item.end))) return false;
    const name = text.slice(item.start, word.start);
    for (let i = 0; i < name.length; i++) if (stops.longestAt(name, i)) return false;
    // 东宝食品 may open with a place's short name; 某某县食品 is the county's sector.
    return sectorModifiers.longestAt(name, 0) === undefined && !/[省市县区镇乡]$/.test(name);
  }
  return false;
}
