import { readDataLines } from "../data.js";
import { AlignedBuilder, type AlignedText } from "./aligned.js";

/** Phrase rules apply only to lines this short: a body paragraph quoting 版权所有 stays. */
const MAX_PHRASE_LINE = 100;
/** No rule applies to a longer line: chrome is short, and a whole article may be one line. */
const MAX_CHROME_LINE = 300;
/** A byline naming a source, author or editor stays, whatever counters share its line. */
const BYLINE = /(?:来源|作者|责任编辑|稿源|出处)\s*[:：|｜]\s*[^\s|｜:：]/;
/** A column label repeating the breadcrumb's last step is at most this long. */
const MAX_LABEL_LINE = 20;
/** Whitespace between the headlines of an e-paper's list of the articles on its page. */
const HEADLINE_GAP = /[ \t\u3000\u00a0]+/;
/** Fewest items of such a list, and fewest characters of its item repeated as a line of its own. */
const MIN_HEADLINES = 3;
const MIN_HEADLINE = 8;

interface ChromeRules {
  crumbs: string[];
  prefixes: string[];
  exact: Set<string>;
  phrases: string[];
  patterns: RegExp[];
}

let rules: ChromeRules | undefined;

function chromeRules(): ChromeRules {
  if (rules !== undefined) return rules;
  const loaded: ChromeRules = { crumbs: [], prefixes: [], exact: new Set(), phrases: [], patterns: [] };
  for (const [kind, pattern] of readDataLines("lexicons/web-chrome.txt")) {
    if (pattern === undefined) continue;
    if (kind === "crumb") loaded.crumbs.push(pattern);
    else if (kind === "prefix") loaded.prefixes.push(pattern);
    else if (kind === "exact") loaded.exact.add(pattern);
    else if (kind === "phrase") loaded.phrases.push(pattern.toLowerCase());
    else if (kind === "regex") loaded.patterns.push(new RegExp(pattern, "i"));
  }
  rules = loaded;
  return loaded;
}

/**
 * Whether one line (of normalized text) is web chrome by the rules of data/lexicons/web-chrome.txt
 * (a byline naming a source, author or editor never is).
 * Returns the breadcrumb's last step when the line is a breadcrumb, `true` for other chrome.
 */
export function classifyChromeLine(line: string): string | boolean {
  if (line.length > MAX_CHROME_LINE) return false;
  const trimmed = line.trim();
  if (trimmed.length === 0) return false;
  const r = chromeRules();
  if (BYLINE.test(trimmed)) return false;
  for (const crumb of r.crumbs) {
    if (trimmed.startsWith(crumb)) return lastCrumbStep(trimmed);
  }
  if (r.exact.has(trimmed)) return true;
  for (const prefix of r.prefixes) if (trimmed.startsWith(prefix)) return true;
  if (trimmed.length <= MAX_PHRASE_LINE) {
    const lower = trimmed.toLowerCase();
    for (const phrase of r.phrases) if (lower.includes(phrase)) return true;
  }
  for (const pattern of r.patterns) if (pattern.test(trimmed)) return true;
  return false;
}

/**
 * Drops the lines of web chrome (login prompts, breadcrumbs and the column label repeating their last
 * step, counters, share/print buttons, copyright, ICP filings, forum furniture, an e-paper's list of
 * the headlines on its page). Dropped lines vanish
 * with their line break; kept text keeps its alignment.
 */
export function dropChrome(source: AlignedText): AlignedText {
  const text = source.text;
  let out: AlignedBuilder | undefined;
  let copied = 0;
  let label: string | undefined;
  let lines: Set<string> | undefined;
  let lineStart = 0;
  while (lineStart < text.length) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline < 0 ? text.length : newline + 1;
    const lineLength = (newline < 0 ? text.length : newline) - lineStart;
    if (lineLength <= MAX_CHROME_LINE) {
      const line = text.slice(lineStart, lineStart + lineLength);
      const verdict = classifyChromeLine(line);
      if (typeof verdict === "string") label = verdict;
      const trimmed = line.trim();
      const isLabel = label !== undefined && trimmed === label && trimmed.length <= MAX_LABEL_LINE;
      if (verdict !== false || isLabel || isHeadlineList(trimmed, () => (lines ??= trimmedLines(text)))) {
        out ??= new AlignedBuilder(source);
        out.copy(copied, lineStart);
        copied = lineEnd;
      }
    }
    lineStart = lineEnd;
  }
  if (out === undefined) return source;
  out.copy(copied, text.length);
  return out.finish();
}

/**
 * Whether a line is an e-paper's list of the headlines on its page: at least three items separated by
 * whitespace, one of which is a line of the text on its own (the article's own title); the other
 * items are other articles' headlines.
 */
function isHeadlineList(trimmed: string, lines: () => Set<string>): boolean {
  if (!HEADLINE_GAP.test(trimmed)) return false;
  const items = trimmed.split(HEADLINE_GAP);
  if (items.length < MIN_HEADLINES) return false;
  return items.some((item) => item.length >= MIN_HEADLINE && lines().has(item));
}

/** Every line of `text`, trimmed. */
function trimmedLines(text: string): Set<string> {
  return new Set(text.split("\n").map((line) => line.trim()));
}

/** The last step of a breadcrumb `您现在的位置：首页>政务要闻>理论调研` (`理论调研`). */
function lastCrumbStep(line: string): string {
  const steps = line.split(/[>＞»›→/|｜]/);
  return steps[steps.length - 1]!.trim();
}
