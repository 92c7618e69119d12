import type { Document, Mention, Span } from "../types.js";
import { lookupUnit, type Gazetteer } from "./gazetteer.js";

/** A unit named at a place in the text, with how much the naming counts. */
export interface NamedUnit {
  span: Span;
  unit: string;
  weight: number;
}

/**
 * After a unit's name, the office of its party committee or government: a byline or signature
 * (XX区委书记, and XX县县委书记 with the admin word repeated).
 */
const SIGNATURE =
  /^(?:[省市州区县旗]?(?:委|党委|人民政府|政府)?(?:常委|副?书记|副?区长|副?县长|副?市长|副?省长|副?州长|副?旗长|代理.{1,2}长|委员会)|(?:党政)?(?:代表团|考察团)|第[一二三四五六七八九十]+届人民代表大会)/;
/** A delegation that comes to the writer's unit (来璧考察, 参观了我区) is a guest, not the subject. */
const GUEST = /来[^，,。]{0,3}(?:考察|调研|参观|交流|学习)|(?:考察|调研|参观|走访)了?我[区县市]/;
/** 来 + the first character of the host's name + the visit (来璧考察, 来陕调研). */
const HOST = /来([\u4e00-\u9fff])(?:考察|调研|参观|交流|学习)/g;
/** Before a unit's name in its clause: a visit (赴…考察) or a model to learn from (学习借鉴X). */
const VISIT_VERB = /赴|前往|走进|来到|深入|到|考察|参观/;
const VISIT_AIM = /考察|学习|参观|调研|取经|观摩/;
const TARGET_BEFORE = /(?:学习|借鉴|对标|学)$/;
/** 。！？!? and line feed: where a sentence ends for these rules. */
const isSentenceBreak = (code: number) =>
  code === 0x3002 || code === 0xff01 || code === 0xff1f || code === 0x21 || code === 0x3f || code === 0x0a;
/** After a unit's naming in its sentence: its people come to the writer's unit (来我县考察, 参观了我区). */
const COMES_TO_US = /来(?:到)?我[区县市旗]|(?:考察|调研|参观|走访)了?我[区县市旗]/;
/**
 * Before a unit's naming in its sentence: the writer's own people set out to it (我县代表团赴…, 县委书记…
 * 带领代表团到…: a bare organ, no name before it, is the writer's own).
 */
const WE_GO =
  /(?:我[区县市旗]|我们|(?:^|[^\u4e00-\u9fff])[区县市旗](?:委|政府))[^。！？!?\n]*?(?:赴|前往|走进|来到|到)/;
/** How much a visited or emulated unit counts towards being the subject. */
const TARGET_WEIGHT = 0.3;
/** Words by which a document speaks of its own unit (我区, 全县, 本市), by the unit's suffix. */
const OWN_UNIT = /[我全本](区|县|市|省|州|旗)/g;
const SUBJECT_LEVELS = new Set(["province", "prefecture", "county"]);
/** Mentions that do not name a unit for the subject's sake: 我县, and one-character abbreviations (津甘对接). */
const NOT_NAMINGS = new Set(["first-person", "province-abbreviation", "region-abbreviation"]);
const TITLE_BONUS = 5;
const SIGNATURE_BONUS = 6;
const OWN_UNIT_BONUS = 0.3;
const OWN_UNIT_CAP = 6;
/** Below this a document has no subject (a single ordinary word such as 安康 does not make one). */
const MIN_SCORE = 0.9;
/** A first line longer than this is no headline. */
const MAX_TITLE = 40;

/**
 * The unit a document is about (its 我区/我县/我市): every naming counts by its weight, a naming in the
 * title (or first line) and one in a byline or signature (中共XX市XX区委书记) count extra, and so does
 * each 我区/全区 for a unit whose name ends in 区. Only provinces, prefectures and counties qualify.
 */
export function rankSubject(
  doc: Document,
  named: readonly NamedUnit[],
  gazetteer: Gazetteer,
): string | undefined {
  const titleSpans = titleSpansOf(doc);
  const scores = new Map<string, number>();
  const otherSide = new Set<string>();
  for (let k = 0; k < named.length; k++) {
    const { span, unit, weight } = named[k]!;
    if (!SUBJECT_LEVELS.has(lookupUnit(unit, gazetteer)?.level ?? "")) continue;
    if (isOtherSide(doc.text, span)) otherSide.add(unit);
    let score = isTarget(doc, span) ? weight * TARGET_WEIGHT : weight;
    if (titleSpans.some((t) => span.start >= t.start && span.end <= t.end)) score += TITLE_BONUS;
    const chained = named[k + 1]?.span.start === span.end;
    const after = doc.text.slice(span.end, span.end + 12);
    if (!chained && SIGNATURE.test(after) && !GUEST.test(sentenceAfter(doc.text, span.end)))
      score += SIGNATURE_BONUS;
    scores.set(unit, (scores.get(unit) ?? 0) + score);
  }
  // 来璧考察: the host is the named unit whose name starts with the character after 来.
  for (const match of doc.text.matchAll(HOST)) {
    const host = named.find((n) => doc.text[n.span.start] === match[1] && scores.has(n.unit));
    if (host) scores.set(host.unit, scores.get(host.unit)! + SIGNATURE_BONUS);
  }
  for (const unit of titleOnlyUnits(doc, gazetteer)) scores.set(unit, (scores.get(unit) ?? 0) + TITLE_BONUS);
  const ownUnit = new Map<string, number>();
  for (const match of doc.text.matchAll(OWN_UNIT)) ownUnit.set(match[1]!, (ownUnit.get(match[1]!) ?? 0) + 1);
  let best: string | undefined;
  let bestScore = MIN_SCORE;
  // A unit that came to visit us or that we went to see is the subject only when no other unit can be.
  const home = [...scores].filter(([unit]) => !otherSide.has(unit));
  const eligible = home.some(([, score]) => score >= MIN_SCORE) ? home : [...scores];
  for (const [unit, base] of eligible.sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const name = lookupUnit(unit, gazetteer)!.name;
    const suffix =
      name.slice(-1) === "区" || name.slice(-1) === "县" ? name.slice(-1) : ownSuffix(unit, gazetteer);
    // 我县 helps a unit named in its own right, never one only visited (我县考察团到清丰县).
    const own = base >= MIN_SCORE ? Math.min(OWN_UNIT_CAP, (ownUnit.get(suffix) ?? 0) * OWN_UNIT_BONUS) : 0;
    const score = base + own;
    if (score > bestScore) {
      best = unit;
      bestScore = score;
    }
  }
  return best;
}

/** The rest of the sentence from `at`. */
function sentenceAfter(text: string, at: number): string {
  let end = at;
  while (end < text.length && !isSentenceBreak(text.charCodeAt(end))) end++;
  return text.slice(at, end);
}

/**
 * Whether the naming at `span` is of the other side of a visit: guests who come to the writer's unit
 * (X代表团来我县考察) or a place the writer's own people go to (我县代表团赴X考察学习).
 */
function isOtherSide(text: string, span: Span): boolean {
  const { start, end } = sentenceAround(text, span);
  if (COMES_TO_US.test(text.slice(span.end, end))) return true;
  return WE_GO.test(text.slice(start, span.start)) && VISIT_AIM.test(text.slice(start, end));
}

/** The sentence holding `span` (between sentence breaks). */
function sentenceAround(text: string, span: Span): Span {
  let start = span.start;
  while (start > 0 && !isSentenceBreak(text.charCodeAt(start - 1))) start--;
  let end = span.end;
  while (end < text.length && !isSentenceBreak(text.charCodeAt(end))) end++;
  return { start, end };
}

/** Whether the naming at `span` is the place visited or learnt from (赴山东省邹城市…考察, 学习借鉴山东). */
function isTarget(doc: Document, span: Span): boolean {
  const text = doc.text;
  if (TARGET_BEFORE.test(text.slice(Math.max(0, span.start - 2), span.start))) return true;
  const sentence = sentenceAround(text, span);
  if (!VISIT_VERB.test(text.slice(sentence.start, span.start))) return false;
  return VISIT_AIM.test(text.slice(sentence.start, sentence.end));
}

/** The suffix a document uses for its own unit: 省 for provinces, 市 for cities, else the name's last. */
function ownSuffix(unit: string, gazetteer: Gazetteer): string {
  const found = lookupUnit(unit, gazetteer)!;
  if (found.level === "province") return "省";
  return found.name.endsWith("市") ? "市" : found.name.slice(-1);
}

/** Units named in a title that the text itself does not carry (meta.title only). */
function titleOnlyUnits(doc: Document, gazetteer: Gazetteer): string[] {
  const title = doc.meta.title;
  if (!title || doc.text.includes(title)) return [];
  const units: string[] = [];
  for (let i = 0; i < title.length; i++) {
    const match = gazetteer.names.longestAt(title, i);
    if (!match || match[0] - i < 2 || match[1].length !== 1) continue;
    const unit = match[1][0]!.unit;
    if (SUBJECT_LEVELS.has(unit.level)) units.push(unit.id);
    i = match[0] - 1;
  }
  return units;
}

/** The title as it occurs in the text (meta.title), else a short first line that is no sentence. */
function titleSpansOf(doc: Document): Span[] {
  const title = doc.meta.title;
  if (title) {
    const at = doc.text.indexOf(title);
    return at >= 0 ? [{ start: at, end: at + title.length }] : [];
  }
  const first = doc.sentences[0];
  if (!first || first.end - first.start > MAX_TITLE) return [];
  const line = doc.text.slice(first.start, first.end);
  return /[。！？；!?;]$/.test(line) || doc.text[first.end] !== "\n" ? [] : [first];
}

/**
 * The region the document is about (its 我区/我县/我市), decided from the region mentions: the title,
 * byline and signature lines (中共XX市XX区委书记), how often each unit is named and how the document
 * speaks of itself (我区, 全县). Undefined when no province, prefecture or county is named.
 */
export function subjectRegion(
  doc: Document,
  mentions: readonly Mention[],
  gazetteer: Gazetteer,
): string | undefined {
  const named = mentions
    .filter((m) => m.kind === "region" && m.entity && !NOT_NAMINGS.has(m.rule))
    .map((m) => ({ span: m.span, unit: m.entity!, weight: 1 }));
  return rankSubject(doc, named, gazetteer);
}
