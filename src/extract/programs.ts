import type { Document, Mention, Span } from "../types.js";
import { entityLexicons } from "./lexicons.js";
import { createMention, sortMentions } from "./mention.js";
import { allHan, headStart, isHan, quotedSpans, type Quoted } from "./scan.js";

const NUMERAL = "一二两三四五六七八九十百千万";
/** “2+3+N”, “1+32”: a formula of numbers and placeholders. */
const FORMULA = /^\d+(?:[+＋](?:\d+|[A-ZＮ]))+$/;
/** A quoted name made of numbers: 三争, 十四五, 一县一策, 百村解千难. */
const NUMBERED = new RegExp(`^[${NUMERAL}][\\u4e00-\\u9fff]{1,11}$`);
/** 一朵花, 一张图, 一日游: 一 + two characters is a nickname or a phrase, not a slogan. */
const ONE_THING = /^一[\u4e00-\u9fff]{2}$/;
/** Unquoted numbered slogans: 五个共富, 四个关系 (the counted noun is checked against a lexicon). */
const COUNTED = new RegExp(`(?<![\\d第这那几每哪个])[${NUMERAL.slice(0, 11)}]个([\\u4e00-\\u9fff]{2})`, "g");
/** Policy documents in title brackets, with an optional period in parentheses. */
const TITLE = /《([^《》\n]{4,80}?)》/g;
const DOCUMENT_KIND = /(?:方案|规划|计划|意见|决定|纲要|办法|细则|行动)(?:[（(][^）)]*[）)])?$/;
/** 四个三年行动 after a list of quoted names: the counted noun phrase each name shares. */
const COUNTED_TAIL = new RegExp(
  `^[${NUMERAL.slice(0, 11)}][个项大]([\\u4e00-\\u9fff]{2,6}?(?:行动|工程|计划|改革))`,
);
/** Nouns too generic to be part of a short numbered slogan's name: “五增”重点 is the program 五增. */
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
/** How far a name head may reach left of a program noun, and how many characters may separate a quote from its noun. */
const MAX_HEAD = 14;
const MAX_GAP = 6;

/**
 * Programs, campaigns, strategies and policy documents named in `doc`: national strategies from the
 * lexicon, quoted campaign names with a program noun (“三争”行动, “四景”提升工程), quoted numbered
 * slogans (“五增”, “2+3+N”, “一县一策”), unquoted names ending in a program noun (国土空间规划引领行动),
 * numbered slogans (五个共富) and policy documents in 《》 (《…实施方案（2025—2030年）》). Ideological
 * formulas listed in `program-excluded.txt` are left out, and so are quoted words without a program noun
 * or a number (思想“清醒剂”).
 */
export function recognizePrograms(doc: Document): Mention[] {
  const text = doc.text;
  const lexicons = entityLexicons();
  const found: Mention[] = [];
  const add = (span: Span, rule: string, name?: string) => {
    const mention = createMention(doc, "program", span, rule, name);
    const canonical = mention.entity!.slice("program:".length);
    if (canonical.length < 2 || lexicons.programExcluded.get(canonical) !== undefined) return;
    found.push(mention);
  };

  for (const hit of lexicons.strategies.findAll(text)) add(hit, "strategy-lexicon", hit.value);
  quotedPrograms(text, add);
  unquotedNamedPrograms(text, add);
  for (const match of text.matchAll(COUNTED)) {
    const words = match[1]!;
    if (lexicons.countedNouns.get(words) !== undefined || NUMERAL.includes(words[0]!)) continue;
    if (text[match.index - 1] === "“" || text[match.index - 1] === "‘") continue;
    add({ start: match.index, end: match.index + match[0].length }, "numbered-slogan");
  }
  for (const match of text.matchAll(TITLE)) {
    if (!DOCUMENT_KIND.test(match[1]!)) continue;
    add({ start: match.index, end: match.index + match[0].length }, "policy-document");
  }
  return sortMentions(mergeSlogans(found));
}

/**
 * A bare numbered slogan (三争) merges into the one program of the same document that is the slogan
 * followed by a program noun (三争行动): the text names one campaign both ways.
 */
function mergeSlogans(mentions: Mention[]): Mention[] {
  const ids = [...new Set(mentions.map((m) => m.entity!))];
  return mentions.map((m) => {
    if (m.rule !== "quoted-numbered") return m;
    const longer = ids.filter((id) => id !== m.entity && id.startsWith(m.entity!));
    return longer.length === 1 ? { ...m, entity: longer[0]! } : m;
  });
}

type Add = (span: Span, rule: string, name?: string) => void;

function isNumbered(content: string): boolean {
  return FORMULA.test(content) || (NUMBERED.test(content) && !ONE_THING.test(content));
}

/** Quoted names: with a program noun after them (or ending in one), in 等-lists before one, or numbered. */
function quotedPrograms(text: string, add: Add): void {
  const { programNouns, stops } = entityLexicons();
  const quotes = quotedSpans(text);
  for (let q = 0; q < quotes.length; q++) {
    // A run of adjacent quoted names: “零碳城市”“零碳园区”“零碳社区”等试点.
    let last = q;
    while (last + 1 < quotes.length && isListGap(text, quotes[last]!.span.end, quotes[last + 1]!.span.start))
      last++;
    const run = quotes.slice(q, last + 1);
    const after = run[run.length - 1]!.span.end;
    if (run.length > 1 && text[after] === "等" && nounAt(text, after + 1, 2) !== undefined) {
      for (const item of run) add(item.span, "quoted-list", item.content);
      q = last;
      continue;
    }
    const counted = COUNTED_TAIL.exec(text.slice(after, after + 12));
    if (run.length > 1 && counted && nounAt(text, after + counted[0].length - 4, 4) !== undefined) {
      // “县级医院能力提升”“基层服务能力达标”四个三年行动: each item is one of the counted programs.
      for (const item of run) add(item.span, "quoted-counted", `${item.content}${counted[1]}`);
      q = last;
      continue;
    }
    if (run.length > 1 && run.every((item) => isNumbered(item.content) && item.content.length <= 3)) {
      if (run.every((item, i) => i === 0 || item.span.start === run[i - 1]!.span.end)) {
        add(
          { start: run[0]!.span.start, end: after },
          "quoted-numbered",
          run.map((item) => item.content).join(""),
        );
        q = last;
        continue;
      }
    }
    quotedOne(text, quotes[q]!, add, programNouns, stops);
  }
}

function quotedOne(
  text: string,
  quote: Quoted,
  add: Add,
  nouns: ReturnType<typeof entityLexicons>["programNouns"],
  stops: ReturnType<typeof entityLexicons>["stops"],
): void {
  const { span, content } = quote;
  let from = span.end;
  if (text[from] === "的") from++;
  const noun = nounAt(text, from, MAX_GAP);
  if (noun !== undefined && (from === span.end || noun.start === from)) {
    const gap = text.slice(from, noun.start);
    if (!hasStop(gap, stops)) {
      const generic = GENERIC_NOUN.has(text.slice(noun.start, noun.end));
      if (generic && gap.length === 0 && isNumbered(content) && content.length <= 4) {
        add(span, "quoted-numbered", content);
        return;
      }
      const start =
        span.start > 0 && isHan(text.charCodeAt(span.start - 1))
          ? headStart(text, span.start, 10, stops)
          : span.start;
      add({ start, end: noun.end }, "quoted-with-noun");
      return;
    }
  }
  if (
    !content.includes("、") &&
    content.length >= 4 &&
    nouns.longestEndingAt(content, content.length) !== undefined
  ) {
    add(span, "quoted-name", content);
  } else if (isNumbered(content)) add(span, "quoted-numbered", content);
}

/** The first program noun starting within `maxGap` Han characters of `from`. */
function nounAt(text: string, from: number, maxGap: number): Span | undefined {
  const { programNouns } = entityLexicons();
  for (let p = from; p <= from + maxGap && p < text.length; p++) {
    const hit = programNouns.longestAt(text, p);
    if (hit) return hit;
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

/** Unquoted names ending in a program noun: 实施国土空间规划引领行动 → 国土空间规划引领行动. */
function unquotedNamedPrograms(text: string, add: Add): void {
  const { namedProgramNouns, stops } = entityLexicons();
  for (const hit of namedProgramNouns.findAll(text)) {
    const before = text[hit.start - 1];
    if (before === "”" || before === "’" || before === "》") continue;
    const start = headStart(text, hit.start, MAX_HEAD, stops);
    const head = text.slice(start, hit.start);
    if (head.length < 2 || !allHan(head) || text[start - 1] === "等") continue;
    add({ start, end: hit.end }, "named-program");
  }
}
