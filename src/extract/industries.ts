import type { Document, Mention, Span } from "../types.js";
import { entityLexicons } from "./lexicons.js";
import { createMention, sortMentions } from "./mention.js";
import { bigramKey, loadGazetteer } from "../resolve/gazetteer.js";
import { allHan, headStart, isHan, isRegionName, quotedSpans } from "./scan.js";

/** How far left of 产业 an industry's name head may reach. */
const MAX_HEAD = 12;
/** Suffixes after which the head names an industry (longest first). */
const INDUSTRY_SUFFIX = /(?:全产业链|产业集群|工业集群|产业链|产业)/g;
/** What after 产业 makes the word a zone, a fund, a process or a firm, not an industry (产业园, 产业化). */
const NOT_INDUSTRY_AFTER =
  /^(?:化|园|开发区|基地|集聚区|示范|新城|孵化|发展基金|基金|联盟|投资|公司|工人|工业园)/;
/** Words inside a head that show it is no product name (企业发展支撑产业, 明晰园区产业定位). */
const NOT_PRODUCT = /企业|项目|园区|政策|布局|结构|地区|区域|城市/;
/** Words after a sector word that confirm it (纺织工业: 织工 is a word, but not here). */
const INDUSTRY_WORD = /^(?:产业|工业|行业)/;
/** What after a sector word makes it no industry there (食品安全, 养老服务体系, 物流成本, 物流中心). */
const NOT_SECTOR_AFTER = /^(?:化|园|态|安全|药品|站|供给|价格|作物|成本|监管|保障|市场|中心)/;
/** 石材加工, 汽车制造: a sector word with the work done on it names the industry. */
const PROCESS = /加工|制造/y;
/** Characters that join two heads: 旅游产业和中医药产业 holds two industries. */
const CONJUNCTION = new Set("和与及、");
/** Nouns naming a class of products, after which the product itself is named (农作物辣椒). */
const CLASS_NOUN = /^(?:农作物|作物|农产品|特产|产品|品种)$/;
/** The suffix of a full place name. */
const ADMIN_END = /[省市县区镇乡旗州]$/;
/**
 * A park named after its sector with a name before it (某镇现代农业产业园, 某某智能制造产业园) is a zone,
 * not the industry; a bare 食品产业园区 after a list word still names the sector.
 */
const PARK_AFTER = /^(?:产业园|示范园)/;
/** A facility named after its sector (都市农业科技小院): never the industry. */
const FACILITY_AFTER = /^(?:科技小院|科技园)/;
/** One-character words that are no product before 产业 (也有产业, 各产业, 新产业). */
const NOT_ONE_PRODUCT = /^[有是在为把被等各该本其每两新]$/;
/** A whole head that names a field, not a product (经济产业取得成果: the economy at large). */
const FIELD_WORD = /^(?:经济|社会|发展|民生)$/;
/** 中国有机茶之都: the product before 之都 is the industry. */
const CAPITAL = /(?:中国|全国|世界|国际|全球)([\u4e00-\u9fff]{2,8}?)之都/g;
/** “三个一”特色产业, “2+1”主导产业: an umbrella of industries named by a quoted number. */
const UMBRELLA = /“([^“”]{1,8})”(?:[\u4e00-\u9fff]{0,4})?(?:产业|工业|农业)(?!体系|链|园|基地)/y;
/** “四大主导产业”: a quoted numbered umbrella that is itself the name. */
const QUOTED_UMBRELLA = /^[一二三四五六七八九十]大[\u4e00-\u9fff]{1,6}(?:产业|工业|农业|服务业)$/;
/** “一片茶”: a nickname of one product (一 + classifier + product). */
const NICKNAME = /^一[\u4e00-\u9fff]{2}$/;
/** 等(新)业态 / 等(重点)产业 closing an enumeration of industries. */
const LIST_END = /等(?:[\u4e00-\u9fff]{0,6}?)(?:产业|业态|行业)(?!链?(?:项目|企业|园))/y;
/** 等(重点)领域 closing an enumeration that may be one of industries. */
const DOMAIN_END = /等(?:[\u4e00-\u9fff]{0,4}?)领域/y;
/** “一片茶”即茶叶产业, 一颗果（脐橙）: the text explains a nickname. */
const EXPLAINED =
  /(?:[（(]([\u4e00-\u9fff]{1,8})[)）]|(?:即|也就是|就是)([\u4e00-\u9fff]{1,10}?)(?=[，。、；,]))/y;

/**
 * Industries named in `doc`: sector and product names from the lexicon (新能源, 茶叶 …), heads of
 * 产业/产业链/产业集群 (竹产业, 动力电池产业集群 → 动力电池), the product of a …之都 brand (中国有机茶之都
 * → 有机茶), members of enumerations closed by 等…产业/业态 (研学旅行、康养等业态), quoted
 * umbrellas (“三个一”特色产业, “四大主导产业”) and quoted one-product nicknames in an industry context
 * (“一片茶”), merged with the industry the text explains them by (即茶叶产业, （脐橙）) or whose product they
 * name.
 */
export function recognizeIndustries(doc: Document): Mention[] {
  const text = doc.text;
  const { sectors } = entityLexicons();
  const found: Mention[] = [];
  const add = (span: Span, rule: string, name?: string) =>
    found.push(createMention(doc, "industry", span, rule, name));

  for (const hit of sectors.findAll(text)) {
    if (!isSectorWord(text, hit)) continue;
    PROCESS.lastIndex = hit.end;
    const process = PROCESS.exec(text);
    if (process && !hit.value.endsWith(process[0])) {
      const span = { start: hit.start, end: hit.end + process[0].length };
      add(span, "sector-lexicon", text.slice(span.start, span.end));
    } else add(hit, "sector-lexicon", hit.value);
  }
  for (const match of text.matchAll(INDUSTRY_SUFFIX)) suffixed(text, match.index, match[0], add);
  for (const match of text.matchAll(CAPITAL)) {
    const start = match.index + match[0].indexOf(match[1]!);
    add({ start, end: start + match[1]!.length }, "capital-of");
  }
  enumerations(text, add);
  quotedIndustries(text, add);
  return sortMentions(mergeNicknames(found));
}

type Add = (span: Span, rule: string, name?: string) => void;

/** Whether `char` may belong to a name written before a sector word (no punctuation or conjunction). */
function isNameChar(char: string | undefined): boolean {
  return char !== undefined && isHan(char.charCodeAt(0)) && !CONJUNCTION.has(char);
}

/**
 * Whether a sector word found in the text stands as a sector there: not inside a longer word (标准化工作
 * has no 化工: the characters across its end form a common word; 多种业态 has no 种业), not a process or
 * a zone (数字产业化, 食品工业园) and not a matter of safety or public service (食品药品安全,
 * 食品站, 粮油作物).
 */
function isSectorWord(text: string, hit: Span): boolean {
  const { bigrams } = loadGazetteer();
  const after = text.slice(hit.end, hit.end + 2);
  if (
    !INDUSTRY_WORD.test(after) &&
    isHan(text.charCodeAt(hit.end)) &&
    bigrams.has(bigramKey(text, hit.end - 1))
  )
    return false;
  const next = text.slice(hit.end, hit.end + 4);
  if (FACILITY_AFTER.test(next) || (PARK_AFTER.test(next) && isNameChar(text[hit.start - 1]))) return false;
  return !NOT_SECTOR_AFTER.test(text.slice(hit.end, hit.end + 2));
}

/** The head of 产业/产业链/产业集群 ending at `at`, stripped of modifiers; whole names stay in the span. */
function suffixed(text: string, at: number, suffix: string, add: Add): void {
  if (text[at - 1] === "”") return; // a quoted umbrella, handled with the quotes
  if (NOT_INDUSTRY_AFTER.test(text.slice(at + suffix.length, at + suffix.length + 4))) return;
  if ("和与及、的".includes(text[at - 1] ?? "")) return; // 要素和产业: 产业 stands alone
  const head = trimmedHead(text, at, MAX_HEAD);
  if (head === undefined) return;
  const name = `${text.slice(head.start, head.end)}${suffix === "工业集群" ? "工业" : "产业"}`;
  add({ start: head.start, end: at + suffix.length }, "industry-suffix", name);
}

/** The industry head ending at `end`: a Han run left of it without stop words and leading modifiers. */
function trimmedHead(text: string, end: number, max: number): Span | undefined {
  // The qualifier stops add 和 (肉牛产业和花椒产业): a head never runs across a conjunction.
  const { qualifierStops, sectorModifiers } = entityLexicons();
  let start = afterInnerBreak(text, headStart(text, end, max, qualifierStops), end);
  for (let guard = 0; guard < 4 && start < end; guard++) {
    const modifier = sectorModifiers.longestAt(text, start, end);
    if (!modifier) break;
    start = modifier.end;
  }
  let stem = end;
  for (let guard = 0; guard < 4 && start < stem; guard++) {
    const modifier = sectorModifiers.longestEndingAt(text, stem, start);
    if (!modifier || modifier.start === start || modifier.value === "lead") break;
    stem = modifier.start;
  }
  // A one-character head must stand alone (竹产业), not end a longer word (区域性优势特色产业 → 性).
  if (stem - start === 1 && isHan(text.charCodeAt(start - 1)) && stem !== end) return undefined;
  const head = text.slice(start, stem);
  if (head.length === 0 || !allHan(head) || sectorModifiers.get(head) !== undefined) return undefined;
  if (
    NOT_PRODUCT.test(head) ||
    NOT_ONE_PRODUCT.test(head) ||
    FIELD_WORD.test(head) ||
    isRegionName(head) ||
    /[和与及的]$/.test(head) ||
    /[\d“‘]/.test(text[start - 1] ?? "")
  )
    return undefined;
  if (/^[第一二两三四五六七八九十百千万\d]/.test(head) && !entityLexicons().sectors.get(head))
    return undefined;
  return { start, end: stem };
}

/**
 * Where an industry head starts once what precedes a break inside it is left out: a full place name
 * (就三原县绿色食品 → 绿色食品: the place is the region recognizer's, the words before it a clause), a
 * conjunction (旅游产业和中医药 → 中医药), a verb that introduces the industry (帮助当地发展肉牛养殖 → 肉牛养殖)
 * or a class noun (农作物辣椒 → 辣椒).
 */
function afterInnerBreak(text: string, start: number, end: number): number {
  const { sectorModifiers } = entityLexicons();
  let cut = start;
  for (let i = start; i < end; i++) {
    if (CONJUNCTION.has(text[i]!)) cut = i + 1;
    const verb = sectorModifiers.longestAt(text, i, end);
    if (verb?.value === "lead" && verb.end < end) {
      // 以企业发展支撑产业升级: a subject before the verb that names no product (企业) makes it a clause.
      if (NOT_PRODUCT.test(text.slice(start, verb.start))) return end;
      cut = Math.max(cut, verb.end);
    }
    for (let length = 2; length <= 6 && i + length < end; length++) {
      const word = text.slice(i, i + length);
      if ((ADMIN_END.test(word) && isRegionName(word)) || CLASS_NOUN.test(word))
        cut = Math.max(cut, i + length);
    }
  }
  return cut;
}

/**
 * A、B、C等…产业/业态: each member of the enumeration is an industry. Before 等领域 (a wider word) the
 * members are industries only where one of them is a known sector or an …产业 (有机产业、现代材料等领域).
 */
function enumerations(text: string, add: Add): void {
  const { sectors } = entityLexicons();
  for (let at = text.indexOf("等"); at >= 0; at = text.indexOf("等", at + 1)) {
    LIST_END.lastIndex = at;
    DOMAIN_END.lastIndex = at;
    const industryList = LIST_END.test(text);
    if (!industryList && !DOMAIN_END.test(text)) continue;
    const items: Span[] = [];
    let end = at;
    for (let guard = 0; guard < 12 && end > 0; guard++) {
      let start = end;
      while (start > 0 && isHan(text.charCodeAt(start - 1))) start--;
      const item = trimmedHead(text, end, end - start);
      if (item && item.end - item.start >= 2 && item.end - item.start <= 8) items.push(item);
      if (item === undefined || item.start !== start || text[start - 1] !== "、") break;
      end = start - 1;
    }
    const known = (item: Span) => {
      const name = text.slice(item.start, item.end);
      return sectors.get(name) !== undefined || /产业$/.test(name);
    };
    if (industryList || (items.length >= 2 && items.some(known)))
      for (const item of items) add(item, "industry-list");
  }
}

/** Quoted umbrellas and quoted one-product nicknames followed by an industry word. */
function quotedIndustries(text: string, add: Add): void {
  const quotes = quotedSpans(text);
  for (const quote of quotes) {
    UMBRELLA.lastIndex = quote.span.start;
    const umbrella = UMBRELLA.exec(text);
    if (umbrella && /^[\d一二三四五六七八九十]/.test(umbrella[1]!) && !NICKNAME.test(umbrella[1]!)) {
      add({ start: quote.span.start, end: quote.span.start + umbrella[0].length }, "industry-umbrella");
      continue;
    }
    if (QUOTED_UMBRELLA.test(quote.content)) {
      add(quote.span, "industry-umbrella", quote.content);
      continue;
    }
    const items = quote.content.split("、");
    if (!items.every((item) => NICKNAME.test(item))) continue;
    const context = text.slice(quote.span.end, quote.span.end + 24);
    if (!/^[^。；]*?(?:产业|产学研|优势)/.test(context)) continue;
    let offset = quote.span.start + 1;
    for (const item of items) {
      const span = { start: offset, end: offset + item.length };
      EXPLAINED.lastIndex = quote.span.end;
      const explained = items.length === 1 ? EXPLAINED.exec(text) : null;
      add(span, "industry-nickname", explained ? (explained[1] ?? explained[2]) : item);
      offset += item.length + 1;
    }
  }
}

/**
 * A nickname 一棵竹 merges into an industry of the same document whose name is its product (竹产业,
 * 竹): the text uses both for one industry.
 */
function mergeNicknames(mentions: Mention[]): Mention[] {
  const names = new Set(mentions.map((m) => m.entity!));
  return mentions.map((m) => {
    if (m.rule !== "industry-nickname" || !NICKNAME.test(m.entity!.slice("industry:".length))) return m;
    const product = m.surface.slice(2);
    const target = [`industry:${product}产业`, `industry:${product}`].find((id) => names.has(id));
    return target ? { ...m, entity: target } : m;
  });
}
