import type { Document, Mention, Span } from "../types.js";
import { entityLexicons } from "./lexicons.js";
import { compareStrings, createMention, sortMentions } from "./mention.js";
import { loadGazetteer } from "../resolve/gazetteer.js";
import { allHan, headStart, isHan, isRegionName, quotedSpans, type Quoted } from "./scan.js";

const NUMERAL = "一二两三四五六七八九十百千万";
const SMALL_NUMERAL = "一二两三四五六七八九十";
/** “3+1”, “1+N”: a formula of numbers and placeholders. */
const FORMULA = /^\d+(?:[+＋](?:\d+|[A-ZＮ]))+$/;
/** A quoted name made of numbers: 两减, 十四五, 一镇一品, 百企帮百村. */
const NUMBERED = new RegExp(`^[${NUMERAL}][\\u4e00-\\u9fff]{1,11}$`);
/** 一片茶, 两条腿, 一日游: a number, a classifier or unit and one noun is a phrase, not a slogan. */
const COUNTED_THING = new RegExp(
  `^(?:一[\\u4e00-\\u9fff]|[${SMALL_NUMERAL}][个条只件张把根朵片瓶座])[\\u4e00-\\u9fff]$`,
);
/** 百名硕博进某县, 千企帮千村: a campaign naming the number of people or firms it involves. */
const COUNTED_GROUP = /^[十百千万][名家人村企户]/;
/** “攻坚2024”: a campaign named with its year. */
const YEAR_CAMPAIGN = /^[\u4e00-\u9fff]{2,10}20\d\d$/;
/** “党建引领·网格服务”: two slogans joined by an interpunct. */
const JOINED = /^[\u4e00-\u9fff]{2,8}[·・][\u4e00-\u9fff]{2,8}$/;
/** Unquoted numbered slogans: 六个聚焦, 三个转变 (the counted noun is checked against a lexicon). */
const COUNTED = new RegExp(`(?<![\\d第这那几每哪个])[${SMALL_NUMERAL}]个([\\u4e00-\\u9fff]{2})`, "g");
/** 一个 is the article "a" (进入了一个新阶段, 一个缩影) unless the slogan heads a list (一个中心、两个基本点). */
const NEXT_COUNTED = new RegExp(`^[、，,]?[${SMALL_NUMERAL}]个`);
/** 四个三年行动 after a list of quoted names: the counted noun phrase each name shares. */
const COUNTED_TAIL = new RegExp(
  `^[${SMALL_NUMERAL}][个项大]([\\u4e00-\\u9fff]{0,6}?(?:行动|工程|计划|改革))`,
);
/** Policy documents in title brackets, with an optional period in parentheses. */
const TITLE = /《([^《》\n]{4,80}?)》/g;
const DOCUMENT_KIND = /(?:方案|规划|计划|意见|决定|纲要|办法|细则|行动)(?:[（(][^）)]*[）)])?$/;
/** Nouns too generic to be part of a short numbered slogan's name: “两减”重点 is the program 两减. */
const GENERIC_NOUN = new Set([
  "重点",
  "要求",
  "目标",
  "工作",
  "路径",
  "思路",
  "布局",
  "格局",
  "平台",
  "项目",
  "服务",
]);
/** “四大主导产业”: a quoted umbrella of industries, which the industry recognizer reads. */
const INDUSTRY_UMBRELLA = /(?:产业|工业|农业|服务业)$/;
/** Nouns after a quoted brand that are not part of its name: 擦亮“山水之城”城市品牌 → 山水之城. */
const BRAND_NOUN = new Set(["品牌", "名片"]);
/** A brand is a program only when it brands a place (城市品牌); a labour or product brand is a label. */
const PLACE_BRAND_GAP = /(?:城市|城区|县域|区域|全域)$/;
/** Verbs whose quoted object is a campaign: 开展“干部大走访”, 推进“科技兴县、人才强县”. */
const CAMPAIGN_VERB = /(?:开展|实施|推行|启动|深化|推进)$/;
/** 开展跨越千里的干部“…”。: a campaign verb earlier in the clause whose object the quote closes. */
const CLAUSE_CAMPAIGN = /(?:开展|实施|推行|启动)[\u4e00-\u9fff]{1,10}$/;
const CLAUSE_END = /^[，。；！,;]/;
const MAX_OBJECT_REACH = 12;
const CAMPAIGN = /^[\u4e00-\u9fff]{3,8}(?:、[\u4e00-\u9fff]{3,8})*$/;
/** Characters after a program noun that make it part of a longer word (行动派, 战略性, 战略产业, 一体化). */
const NOUN_CONTINUES = /^[派性产者家委办化]/;
/** A noun that is itself counted (三年行动): 四个三年行动 is a name. */
const COUNTED_NOUN = new RegExp(`^[${SMALL_NUMERAL}]年`);
/** Designations (…示范区) are programs only when a national or provincial body grants them. */
const DESIGNATION = /(?:示范区|先行区)$/;
const NATIONAL_HEAD = /国家|全国|省级/;
/** A head that only counts (两大工程): no name. */
const COUNT_ONLY = new RegExp(`^[${SMALL_NUMERAL}][个大项]$`);
/** “十四五末”, “十五五”时期: a five-year period named as a time, not its plan (十四五规划). */
const FIVE_YEAR = /^十[一二三四五六七八九]五/;
const FIVE_YEAR_PLAN = /^[”’]?(?:规划|发展规划)/;
/**
 * 对口合作, 对口协作, 对口支援, 对口帮扶: paired assistance between two places, with the pair of province
 * abbreviations before it when the text names it (津陕对口协作; 苏陕、津陕对口协作 names two).
 */
const PAIRED = /对口(?:合作|协作|支援|帮扶)/g;
/**
 * 两业融合, 两化融合: two sectors merged, named by their count; 农文旅融合, 商文旅融合: three sectors merged,
 * named by their abbreviations (a pair such as 文旅融合 is the ordinary word for a field of work).
 */
const FUSION = /(?:两[\u4e00-\u9fff]|(?<![农文旅商体康养])[农文旅商体康养]{3})融合/g;
/** 结对帮扶协议 is a document and 结对帮扶相关镇 a qualifier: the pattern names no program there. */
const NOT_PROGRAM_AFTER = /^(?:相关|(?:框架)?(?:合作)?(?:协议|合同|备忘录))/;
/** 结对帮扶, 定点帮扶 (of central units), 结对共建: assistance between paired units. */
const PAIRING = /(?:中央(?:单位|国家机关|企业))?定点帮扶|结对(?:帮扶|共建|共促(?:发展)?|帮带)/g;
/** “干部素质提升年”: a campaign year named by what it improves. */
const CAMPAIGN_YEAR =
  /^[\u4e00-\u9fff]{2,8}(?:提升|建设|攻坚|突破|落实|深化|推进|优化|创新|效能|作风|服务|发展|招商|质量|能力)年$/;
/** The suffix of a full place name (大云镇, 某某县). */
const ADMIN_END = /[省市县区镇乡旗州]$/;
/** A quoted number or formula naming a mechanism (“343”结对共促发展机制): the name runs on to the noun. */
const QUOTED_DIGITS = /^\d{2,5}$/;
const MAX_DIGITS_GAP = 8;
/** How far a name head may reach left of a program noun or a quote. */
const MAX_HEAD = 14;
const MAX_QUOTE_HEAD = 10;
/** At most this many quoted names side by side are read as one list. */
const MAX_RUN = 12;
/** How many characters may separate a quoted name from its program noun (“小城大县”发展模式). */
const MAX_GAP = 6;

type Add = (span: Span, rule: string, name?: string) => void;

/**
 * Programs, campaigns, strategies and policy documents named in `doc`: national strategies from the
 * lexicon, quoted campaign names with a program noun (“四送”行动, “暖心食堂”提升工程) and the words that
 * qualify them on the left (容缺受理“一窗通办”改革), quoted lists before 等 + a program noun, quoted
 * numbered slogans (“两减”, “3+1”, “一镇一品”, “三区”“三线”), quoted names with a year or an
 * interpunct (“攻坚2024”), unquoted names ending in a program noun (国土空间规划引领行动), numbered
 * slogans (三个转变) and policy documents in 《》 (《…实施方案（2025—2030年）》). Formulas listed in
 * `program-excluded.txt` are left out, and so are quoted words without a program noun or a number
 * (思想“清醒剂”). A bare slogan merges into the one program of the document that adds a noun to it
 * (五抓 → 五抓行动).
 */
export function recognizePrograms(doc: Document): Mention[] {
  const text = doc.text;
  const lexicons = entityLexicons();
  const found: Mention[] = [];
  const add: Add = (span, rule, name) => {
    const mention = createMention(doc, "program", span, rule, name);
    const canonical = mention.entity!.slice("program:".length);
    if (canonical.length < 2 || lexicons.programExcluded.get(canonical) !== undefined) return;
    if (FIVE_YEAR.test(canonical) && !isFiveYearPlan(text, span, canonical)) return;
    found.push(mention);
  };

  for (const hit of lexicons.strategies.findAll(text)) {
    if (namesPlaceAfter(text, hit.end)) continue;
    if (DESIGNATION.test(hit.value) && followsPlaceName(text, hit.start)) continue;
    add(hit, "strategy-lexicon", hit.value);
  }
  quotedPrograms(text, add);
  unquotedNamedPrograms(text, add);
  numberedSlogans(text, add);
  for (const pattern of [PAIRED, FUSION, PAIRING]) {
    for (const match of text.matchAll(pattern)) {
      const span = { start: match.index, end: match.index + match[0].length };
      if (NOT_PROGRAM_AFTER.test(text.slice(span.end, span.end + 6))) continue;
      add(span, "pattern-program", pattern === PAIRED ? pairedName(text, match.index, match[0]) : undefined);
      // 苏陕、津陕对口协作: each pair listed before takes the same noun (the pairs stay regions).
      const listed = pattern === PAIRED && isProvincePair(text, match.index - 2);
      for (let at = match.index - 5; listed && text[at + 2] === "、" && isProvincePair(text, at); at -= 3)
        add(span, "pattern-program", text.slice(at, at + 2) + match[0]);
    }
  }
  for (const match of text.matchAll(TITLE)) {
    if (DOCUMENT_KIND.test(match[1]!))
      add({ start: match.index, end: match.index + match[0].length }, "policy-document");
  }
  return sortMentions(mergeSlogans(found));
}

/**
 * Whether a place name follows at once: 省级特色小镇大云镇 gives the place a title; the title names no
 * program there.
 */
function namesPlaceAfter(text: string, at: number): boolean {
  for (let length = 2; length <= 5 && at + length <= text.length; length++) {
    const word = text.slice(at, at + length);
    if (ADMIN_END.test(word) && (isRegionName(word) || loadGazetteer().townships.has(word))) return true;
  }
  return false;
}

/**
 * Whether a place name stands at most four name characters before `at` (某镇某村乡村振兴示范区): the
 * designation is then the name of a zone there, which the region recognizer reads.
 */
function followsPlaceName(text: string, at: number): boolean {
  const { stops } = entityLexicons();
  for (let end = at; end >= Math.max(0, at - 4); end--) {
    if (end < at && (!isHan(text.charCodeAt(end)) || stops.longestAt(text, end, at))) return false;
    if (ADMIN_END.test(text[end - 1] ?? "")) {
      for (let length = 2; length <= 5; length++) {
        const word = text.slice(end - length, end);
        if (isRegionName(word) || loadGazetteer().townships.has(word)) return true;
      }
    }
  }
  return false;
}

/** 津陕对口协作 where the pair of provinces is written before the noun, else the noun alone. */
function pairedName(text: string, at: number, noun: string): string {
  return isProvincePair(text, at - 2) ? text.slice(at - 2, at) + noun : noun;
}

/** Whether two province abbreviations stand at `at` (津陕). */
function isProvincePair(text: string, at: number): boolean {
  const { provinceAbbreviations } = entityLexicons();
  if (at < 0) return false;
  return (
    provinceAbbreviations.get(text[at]!) !== undefined &&
    provinceAbbreviations.get(text[at + 1]!) !== undefined
  );
}

/** 十四五规划 is a program where the text names the plan; 十四五末, “十五五”时期 are times. */
function isFiveYearPlan(text: string, span: Span, canonical: string): boolean {
  const surface = text.slice(span.start, span.end);
  if (surface.includes("规划")) return true;
  return (
    canonical.replace(/规划$/, "").length === 3 && FIVE_YEAR_PLAN.test(text.slice(span.end, span.end + 5))
  );
}

function isNumbered(content: string): boolean {
  if (FORMULA.test(content)) return true;
  if (!NUMBERED.test(content) || COUNTED_THING.test(content)) return false;
  // Longer sentences that merely open with a numeral (一泓清水永续北上) are no numbered slogan.
  return content.length <= 4 || numeralCount(content) >= 2 || COUNTED_GROUP.test(content);
}

function numeralCount(content: string): number {
  let count = 0;
  for (const char of content) if (NUMERAL.includes(char)) count++;
  return count;
}

/** Quoted names: with a program noun after them (or ending in one), in lists before one, or numbered. */
function quotedPrograms(text: string, add: Add): void {
  const quotes = quotedSpans(text);
  for (let q = 0; q < quotes.length; q++) {
    let last = q;
    const limit = Math.min(quotes.length - 1, q + MAX_RUN - 1);
    while (last < limit && isListGap(text, quotes[last]!.span.end, quotes[last + 1]!.span.start)) last++;
    const run = quotes.slice(q, last + 1);
    if (last > q && !run.some((item) => item.phrase) && quotedRun(text, run, add)) q = last;
    else quotedOne(text, quotes[q]!, add);
  }
}

/**
 * A run of quoted names side by side. Returns whether the run was read as a whole: “A”“B”等试点 (each
 * a program), “A”“B”四个三年行动 (each one of the counted programs), “A”“B”行动 (one program), or
 * “三区”“三线” (one numbered slogan).
 */
function quotedRun(text: string, run: Quoted[], add: Add): boolean {
  const after = run[run.length - 1]!.span.end;
  const adjacent = run.every((item, i) => i === 0 || item.span.start === run[i - 1]!.span.end);
  if (text[after] === "等" && nounAt(text, after + 1, 2) !== undefined) {
    for (const item of run) add(item.span, "quoted-list", item.content);
    return true;
  }
  const counted = COUNTED_TAIL.exec(text.slice(after, after + 12));
  if (counted) {
    for (const item of run) add(item.span, "quoted-counted", `${item.content}${counted[1]}`);
    return true;
  }
  const joined = run.map((item) => item.content).join("");
  const noun = entityLexicons().programNouns.longestAt(text, after);
  if (adjacent && noun) {
    add(
      { start: run[0]!.span.start, end: noun.end },
      "quoted-with-noun",
      joined + text.slice(noun.start, noun.end),
    );
    return true;
  }
  if (adjacent && run.every((item) => isNumbered(item.content) && item.content.length <= 3)) {
    add({ start: run[0]!.span.start, end: after }, "quoted-numbered", joined);
    return true;
  }
  return false;
}

/** One quoted name: with its program noun and left qualifier, ending in a noun, or numbered. */
function quotedOne(text: string, quote: Quoted, add: Add): void {
  const { programNouns, namedProgramNouns, programExcluded, stops } = entityLexicons();
  const { span, content } = quote;
  if (quote.phrase) {
    const noun = programNouns.longestAt(text, span.end);
    if (noun && !NOUN_CONTINUES.test(text.slice(noun.end, noun.end + 1)))
      add({ start: span.start, end: noun.end }, "quoted-with-noun");
    return;
  }
  if (programExcluded.get(content) !== undefined || INDUSTRY_UMBRELLA.test(content)) return;
  const from = text[span.end] === "的" ? span.end + 1 : span.end;
  const digits = QUOTED_DIGITS.test(content) || FORMULA.test(content);
  const noun = nounAt(text, from, from === span.end ? (digits ? MAX_DIGITS_GAP : MAX_GAP) : 2);
  const gap = noun ? text.slice(from, noun.start) : "";
  const start = quoteHeadStart(text, span.start);
  if (noun && from > span.end && gap.length > 0 && namedProgramNouns.longestAt(text, noun.start)) {
    // “智志双扶”的人才工程: what follows 的 describes the campaign; the quote is its name.
    add({ start: span.start, end: noun.end }, "quoted-described", content);
  } else if (noun && (digits || !hasStop(gap, stops))) {
    const nounText = text.slice(noun.start, noun.end);
    if (BRAND_NOUN.has(nounText)) {
      if (PLACE_BRAND_GAP.test(gap)) add(span, "quoted-brand", content);
    } else if (GENERIC_NOUN.has(nounText) && gap.length === 0 && isNumbered(content) && content.length <= 4) {
      add(span, "quoted-numbered", content);
    } else
      add(
        { start, end: noun.end },
        "quoted-with-noun",
        text.slice(start, span.end) + text.slice(from, noun.end),
      );
  } else if (content.length >= 4 && programNouns.longestEndingAt(content, content.length)) {
    add({ start, end: span.end }, "quoted-name");
  } else if (
    isNumbered(content) ||
    YEAR_CAMPAIGN.test(content) ||
    JOINED.test(content) ||
    CAMPAIGN_YEAR.test(content)
  ) {
    add(span, "quoted-numbered", content);
  } else if (
    (CAMPAIGN_VERB.test(text.slice(Math.max(0, span.start - 2), span.start)) || isClauseObject(text, span)) &&
    CAMPAIGN.test(content) &&
    !COUNTED_THING.test(content)
  ) {
    add(span, "quoted-object", content);
  }
}

/** Whether the quote closes its clause as the object of a campaign verb written before it in the clause. */
function isClauseObject(text: string, span: Span): boolean {
  if (!CLAUSE_END.test(text.slice(span.end, span.end + 1))) return false;
  return CLAUSE_CAMPAIGN.test(text.slice(Math.max(0, span.start - MAX_OBJECT_REACH), span.start));
}

/** Start of the qualifier written left of a quote (容缺受理“…”), or the quote itself when there is none. */
function quoteHeadStart(text: string, quoteStart: number): number {
  if (quoteStart === 0 || !isHan(text.charCodeAt(quoteStart - 1))) return quoteStart;
  let start = headStart(text, quoteStart, MAX_QUOTE_HEAD, entityLexicons().qualifierStops);
  start = afterRegionName(text, start, quoteStart);
  // After an enumeration comma the words are a list item (生产、生活、生态“三区共建”), not a qualifier.
  return quoteStart - start >= 2 && text[start - 1] !== "、" ? start : quoteStart;
}

/**
 * Where a name head from `start` to `end` begins once a region name opening it is left out (泉州“跨江发展”
 * 战略 → “跨江发展”战略): the region is the region recognizer's.
 */
function afterRegionName(text: string, start: number, end: number): number {
  for (let length = Math.min(6, end - start); length >= 2; length--) {
    if (isRegionName(text.slice(start, start + length))) return start + length;
  }
  return start;
}

/** The first program noun starting within `maxGap` Han characters of `from`. */
function nounAt(text: string, from: number, maxGap: number): Span | undefined {
  const { programNouns } = entityLexicons();
  for (let p = from; p <= from + maxGap && p < text.length; p++) {
    const hit = programNouns.longestAt(text, p);
    if (hit && !NOUN_CONTINUES.test(text.slice(hit.end, hit.end + 1))) return hit;
    if (!isHan(text.charCodeAt(p))) return undefined;
  }
  return undefined;
}

function hasStop(gap: string, stops: ReturnType<typeof entityLexicons>["stops"]): boolean {
  for (let i = 0; i < gap.length; i++) if (stops.longestAt(gap, i)) return true;
  return false;
}

/** Whether two quoted names are listed side by side (nothing or an enumeration comma between them). */
function isListGap(text: string, end: number, next: number): boolean {
  return next === end || (next === end + 1 && (text[end] === "、" || text[end] === "，"));
}

/**
 * Unquoted names ending in a program noun: 实施国土空间规划引领行动 → 国土空间规划引领行动; words that
 * name nothing (重点工程, 相关配套工程) are stripped from the head first.
 */
function unquotedNamedPrograms(text: string, add: Add): void {
  const { namedProgramNouns, programGenericHeads, stops } = entityLexicons();
  for (const hit of namedProgramNouns.findAll(text)) {
    const before = text[hit.start - 1];
    if (before === "”" || before === "’" || before === "》") continue;
    if (NOUN_CONTINUES.test(text.slice(hit.end, hit.end + 1))) continue;
    let start = afterRegionName(text, headStart(text, hit.start, MAX_HEAD, stops), hit.start);
    for (let generic = programGenericHeads.longestAt(text, start, hit.start); generic;) {
      start = generic.end;
      generic = programGenericHeads.longestAt(text, start, hit.start);
    }
    let head = text.slice(start, hit.start);
    if (DESIGNATION.test(hit.value)) {
      // 建设国家级农业现代化示范区: the designation starts where the granting level is named.
      const level = NATIONAL_HEAD.exec(head);
      if (!level) continue;
      start += level.index;
      head = text.slice(start, hit.start);
    }
    if (
      head.length < 2 ||
      !allHan(head) ||
      text[start - 1] === "等" ||
      describesQuote(text, start) ||
      (COUNT_ONLY.test(head) && !COUNTED_NOUN.test(hit.value))
    )
      continue;
    add({ start, end: hit.end }, "named-program");
  }
}

/** “育才强镇”的人才工程: the head describes the quoted campaign before 的, which is the name. */
function describesQuote(text: string, start: number): boolean {
  return text[start - 1] === "的" && (text[start - 2] === "”" || text[start - 2] === "’");
}

/** 六个聚焦, 三个转变; after a quoted list, the list is part of the name (“稳增长、促改革”两个大局). */
function numberedSlogans(text: string, add: Add): void {
  const { countedNouns } = entityLexicons();
  for (const match of text.matchAll(COUNTED)) {
    const words = match[1]!;
    if (countedNouns.get(words) !== undefined || NUMERAL.includes(words[0]!)) continue;
    const before = text[match.index - 1];
    if (before === "“" || before === "‘") continue;
    const end = match.index + match[0].length;
    if (text[match.index] === "一" && !NEXT_COUNTED.test(text.slice(end, end + 3))) continue;
    const open = before === "”" ? text.lastIndexOf("“", match.index) : -1;
    const start = open >= 0 && match.index - open <= 40 ? open : match.index;
    add({ start, end }, "numbered-slogan");
  }
}

/**
 * A bare numbered slogan (五抓) merges into the one program of the same document that is the slogan
 * followed by a program noun (五抓行动): the text names one campaign both ways.
 */
function mergeSlogans(mentions: Mention[]): Mention[] {
  const ids = [...new Set(mentions.map((m) => m.entity!))].sort(compareStrings);
  const longer = (id: string): string | undefined => {
    // ids starting with `id` follow it in sorted order: the one just after, if it is the only one.
    let at = lowerBound(ids, id);
    if (ids[at] === id) at++;
    const next = ids[at];
    if (next === undefined || !next.startsWith(id)) return undefined;
    return ids[at + 1]?.startsWith(id) ? undefined : next;
  };
  return mentions.map((m) => {
    const target = m.rule === "quoted-numbered" ? longer(m.entity!) : undefined;
    return target ? { ...m, entity: target } : m;
  });
}

/** Index of the first element of sorted `items` not before `key`. */
function lowerBound(items: string[], key: string): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
