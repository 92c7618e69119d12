import type { Document, Mention, Span } from "../types.js";
import { entityLexicons } from "./lexicons.js";
import { createMention, sortMentions } from "./mention.js";
import { bigramKey, loadGazetteer } from "../resolve/gazetteer.js";
import { isBoundary, isHan } from "./scan.js";

/** Characters that never occur in a given name (function words, admin words). */
const NOT_IN_NAME = new Set("的了和在是省市区县镇乡村会委党局厅等与及对为将把也都而年月日个上下后前说");
/** Family names that are also admin levels (区): before an organ word they open a body, not a name. */
const ADMIN_FAMILY = /^[区]$/;
const ORGAN_WORD = /^(?:政协|人大|人民|政府|委|党|纪委|法院|检察|直|属|级|域|内|外)/;
/** Closing marks that are no signature: (完), (全文完), (本报讯), (供稿). */
const NOT_SIGNATURE = /完|本报|供稿|图片|摄影|通讯/;
/** Single characters that may follow a name written after a title (县长李明在会上, 书记王强到村里). */
const AFTER_ROLE_PARTICLE = new Set("在到来对与和及等就同向从赴率");
/** Byline fields followed by names: 作者：X, 责任编辑：X, 记者 X Y. */
const BYLINE =
  /(作者|责任编辑|编辑|记者|通讯员|撰稿|摄影|审核|校对|转载|[一二三]审|终审)[:：]?[ \u3000]*(?![一二三]审|终审)([\u4e00-\u9fff]{2,}(?:[ \u3000]+[\u4e00-\u9fff]{2,})*)/g;
/** A byline label standing alone between names. */
const BYLINE_LABEL = /^(?:作者|责任编辑|编辑|记者|通讯员|撰稿|摄影|审核|校对|转载|实习记者|[一二三]审|终审)$/;
/** A byline opening with a name before the first label: （张三 实习记者 李四 记者 王五）. */
const LEADING_BYLINE = /[（(]([\u4e00-\u9fff]{2,3})[ \u3000]+(?=(?:实习)?(?:记者|通讯员))/g;
/** Field labels that can follow an empty byline field (作者: 来源:…). */
const FIELD_LABEL = /^(?:来源|发布|时间|日期|编辑|作者|责任|点击|浏览|字号)/;
/** 甲、乙、丙等某市领导陪同: a list of names closed by 等 and a word for officials. */
const LEADERS_AFTER = /^等[\u4e00-\u9fff]{0,6}?(?:领导|同志)/;
/** A signature in parentheses closing a paragraph: 。 (林枫). */
const SIGNATURE = /(?<=[。！？]\s*)[（(]([\u4e00-\u9fff]{2,3})[)）](?=\s*(?:\n|$))/g;

/** A candidate name and where it ends. */
interface NameAt {
  start: number;
  end: number;
}

/**
 * People named in `doc`: a title or post before a name (县委书记张建国, 党组书记、主任王强 → role
 * 主任, the title next to the name), a name before a reporting verb or title (刘伟主持召开, 习近平总书记), names in byline
 * fields (作者：…, 责任编辑：…, 记者…, several glued names split at family names: 张三丰李四 → 张三丰,
 * 李四) and a signature closing the article ((林枫)). A name is a family name from `surnames.txt` plus
 * one or two given characters; common words listed in `not-names.txt` are never names.
 */
export function recognizePeople(doc: Document): Mention[] {
  const text = doc.text;
  const { roles, personVerbs } = entityLexicons();
  const found: Mention[] = [];
  const add = (span: Span, rule: string, role?: string) =>
    found.push(createMention(doc, "person", span, rule, undefined, role));

  // Role + name.
  for (const hit of roles.findAll(text)) {
    let at = hit.end;
    if (text[at] === " " || text[at] === "\u3000") at++;
    const role = text.slice(hit.start, hit.end);
    const name = nameAt(text, at, true);
    if (!name) continue;
    add(name, "role-name", role);
    // 县领导甲、乙、丙参加: the names listed after the first share its title.
    for (let item = listedName(text, name.end); item; item = listedName(text, item.end))
      add(item, "role-name-list", role);
  }
  for (const match of text.matchAll(LEADING_BYLINE)) {
    const start = match.index + 1;
    if (isName(text, start, start + match[1]!.length))
      add({ start, end: start + match[1]!.length }, "byline");
  }
  // Name + verb or title, after a boundary.
  for (let i = 0; i < text.length; i++) {
    if (i > 0 && isHan(text.charCodeAt(i - 1))) continue;
    const name = nameAt(text, i, false);
    if (!name) continue;
    const title = roles.longestAt(text, name.end);
    if (
      personVerbs.longestAt(text, name.end) ||
      (title && ["总书记", "同志", "主席", "书记"].includes(title.value))
    ) {
      add(name, "name-verb", title?.value);
    }
  }
  namesBeforeLeaders(text, add);
  bylines(text, add);
  for (const match of text.matchAll(SIGNATURE)) {
    const signed = match[1]!;
    if (roles.get(signed) !== undefined || FIELD_LABEL.test(signed) || NOT_SIGNATURE.test(signed)) continue;
    const start = match.index + 1;
    add({ start, end: start + signed.length }, "signature");
  }
  return sortMentions([...found, ...repeated(doc, found)]);
}

/** Further occurrences of names found once (张建国 … 张建国表示): a confirmed name counts everywhere. */
function repeated(doc: Document, found: Mention[]): Mention[] {
  const text = doc.text;
  const taken = new Set(found.map((m) => m.span.start));
  const names = [...new Set(found.map((m) => m.surface))].sort();
  const more: Mention[] = [];
  for (const name of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      if (taken.has(at)) continue;
      taken.add(at);
      more.push(createMention(doc, "person", { start: at, end: at + name.length }, "name-repeat"));
    }
  }
  return more;
}

type Add = (span: Span, rule: string, role?: string) => void;

/**
 * The name starting at `start`: family name + one or two given characters, chosen so that a reporting
 * verb, a title or a boundary follows. With `afterRole`, a following boundary is enough.
 */
function nameAt(text: string, start: number, afterRole: boolean): NameAt | undefined {
  const { surnames, personVerbs, roles, roleFollowers, notNames } = entityLexicons();
  const family = surnames.longestAt(text, start);
  if (!family) return undefined;
  const familyText = text.slice(family.start, family.end);
  if (ADMIN_FAMILY.test(familyText) && ORGAN_WORD.test(text.slice(family.end, family.end + 2)))
    return undefined;
  let best: NameAt | undefined;
  let bestScore = 0;
  for (const given of [2, 1]) {
    const end = family.end + given;
    if (end > text.length) continue;
    const name = text.slice(start, end);
    if (!isGiven(text, family.end, end) || notNames.get(name) !== undefined) continue;
    if (notNames.longestAt(text, start) !== undefined) continue;
    const next = text[end];
    let score = 0;
    if (personVerbs.longestAt(text, end) || roles.longestAt(text, end)) score = 3;
    else if (
      afterRole &&
      (isBoundary(next) || AFTER_ROLE_PARTICLE.has(next!) || roleFollowers.longestAt(text, end))
    ) {
      score = 2;
    } else if (afterRole && given === 2 && endsBeforeWord(text, family.end, end)) {
      score = 1;
    }
    // 严明率考察团: 率 (leads) after a name is the verb, not the name's last character.
    if (given === 2 && text[end - 1] === "率") score = Math.min(score, 1);
    if (score > bestScore) {
      best = { start, end };
      bestScore = score;
    }
  }
  return best;
}

/**
 * Whether a two-character given name from `from` to `end` ends where a word starts (主任白某德接待): the
 * two characters after it form a common word; the given name, the pair across its start (班子有思路) and
 * the pair across its end do not.
 */
function endsBeforeWord(text: string, from: number, end: number): boolean {
  const { bigrams } = loadGazetteer();
  return (
    isHan(text.charCodeAt(end + 1)) &&
    bigrams.has(bigramKey(text, end)) &&
    !bigrams.has(bigramKey(text, from)) &&
    !bigrams.has(bigramKey(text, from - 1)) &&
    !bigrams.has(bigramKey(text, end - 1))
  );
}

/**
 * The name listed after a 、 at `at` (县领导甲、乙、丙参加): a family name and one or two given characters
 * reaching to the next 、, or followed by what may follow a name after a title.
 */
function listedName(text: string, at: number): NameAt | undefined {
  if (text[at] !== "、") return undefined;
  const start = at + 1;
  let end = start;
  while (end < text.length && end - start <= 3 && isHan(text.charCodeAt(end))) end++;
  if (text[end] === "、" && end - start >= 2 && end - start <= 3 && isName(text, start, end))
    return { start, end };
  return nameAt(text, start, true);
}

/** Whether `text` from `start` to `end` is a family name followed by given characters, and no common word. */
function isName(text: string, start: number, end: number): boolean {
  const { surnames, notNames } = entityLexicons();
  const family = surnames.longestAt(text, start, end);
  return (
    family !== undefined &&
    family.end < end &&
    isGiven(text, family.end, end) &&
    notNames.longestAt(text, start, end) === undefined
  );
}

function isGiven(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    if (!isHan(ch.charCodeAt(0)) || NOT_IN_NAME.has(ch)) return false;
  }
  return true;
}

/** 甲、乙、丙等市领导陪同: every item of a list of at least two names closed by 等…领导. */
function namesBeforeLeaders(text: string, add: Add): void {
  for (let at = text.indexOf("等"); at >= 0; at = text.indexOf("等", at + 1)) {
    if (!LEADERS_AFTER.test(text.slice(at, at + 9))) continue;
    const items: Span[] = [];
    for (let end = at; ;) {
      let start = end;
      while (start > 0 && end - start < 4 && isHan(text.charCodeAt(start - 1))) start--;
      if (end - start < 2 || end - start > 3 || !isName(text, start, end)) break;
      items.push({ start, end });
      if (text[start - 1] !== "、") break;
      end = start - 1;
    }
    if (items.length >= 2) for (const item of items.reverse()) add(item, "names-before-leaders");
  }
}

/** Names in byline fields; a run of glued names is split at family names. */
function bylines(text: string, add: Add): void {
  for (const match of text.matchAll(BYLINE)) {
    let offset = match.index + match[0].indexOf(match[2]!, match[1]!.length);
    let role = match[1]!;
    for (const chunk of match[2]!.split(/([ \u3000]+)/)) {
      if (BYLINE_LABEL.test(chunk))
        role = chunk; // 记者 甲 通讯员 乙: the label changes
      else if (FIELD_LABEL.test(chunk)) break;
      else if (!/^[ \u3000]*$/.test(chunk)) {
        for (const [from, to] of splitNames(chunk))
          add({ start: offset + from, end: offset + to }, "byline", role);
      }
      offset += chunk.length;
    }
  }
}

/**
 * Splits a run of glued names (张三丰李四) into names of two or three characters, each starting with a
 * family name; among several splits, the one whose family names are most common wins. A run that cannot
 * be split yields nothing.
 */
export function splitNames(run: string): [number, number][] {
  const { surnames } = entityLexicons();
  // best[i] = cheapest split of run[i:], as cost and pieces.
  const best: ({ cost: number; pieces: [number, number][] } | undefined)[] = new Array(run.length + 1);
  best[run.length] = { cost: 0, pieces: [] };
  for (let i = run.length - 1; i >= 0; i--) {
    const family = surnames.longestAt(run, i);
    if (!family) continue;
    for (const length of [2, 3]) {
      const rest = best[i + length];
      if (i + length > run.length || !rest || !isGiven(run, family.end, i + length)) continue;
      const cost = rest.cost + family.value + (length === 3 ? 0 : 1);
      if (!best[i] || cost < best[i]!.cost) best[i] = { cost, pieces: [[i, i + length], ...rest.pieces] };
    }
  }
  return best[0]?.pieces ?? [];
}
