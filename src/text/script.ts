import { Trie, type DictGroup, type DictLike } from "opencc-js";
import { configs as openccConfigs, to as openccTargets } from "opencc-js/preset";
import { readDataLines } from "../data.js";
import { AlignedBuilder, alignedIdentity, type AlignedText } from "./aligned.js";
import { CharSet } from "./char-set.js";

/**
 * Which Traditional standard a document follows, i.e. which opencc source locale converts it:
 * `t` (OpenCC standard), `twp` (Taiwan, with Taiwan vocabulary: 軟體 → 软件), `hk` (Hong Kong).
 */
export type ScriptVariant = "t" | "twp" | "hk";

/** A run whose conversion changed length is looked at in pieces of about this many characters. */
const PIECE = 256;
/** Clause ends, where such pieces are cut. */
const CLAUSE_END = /[，。、；：！？,;:!?\s“”「」『』（）()《》]/g;
/** Distinct Taiwan (or Hong Kong) marker words a document must hold to be converted as such. */
const MIN_MARKERS = 2;

/** opencc's configuration names for each variant → mainland Simplified. */
const CONFIG_OF: Record<ScriptVariant, string> = { t: "t2s", twp: "tw2sp", hk: "hk2s" };

/** The shape of an entry of opencc-js's `configs` (its types omit `normalizationChain`). */
interface OpenccConfig {
  normalizationChain?: DictGroup[];
  segmentation?: DictLike | DictGroup;
  conversionChain: DictGroup[];
}

const plans = new Map<ScriptVariant, Plan>();

/** One byte per BMP code unit: 1 where opencc's character table changes it. */
let traditionalChars: CharSet | undefined;
interface VariantLexicon {
  markers: { variant: ScriptVariant; word: string }[];
  keep: Set<string>;
}

let lexicon: VariantLexicon | undefined;

/**
 * Chooses the variant for a text: `twp` when it holds at least two distinct Taiwan vocabulary words
 * (資料庫, 數位, 軟體 … listed in data/lexicons/script-variants.txt), `hk` likewise for Hong Kong forms,
 * otherwise `t`. Regional words that are also mainland vocabulary (智慧, listed there as `keep`) are
 * never rewritten.
 */
export function chooseScriptVariant(text: string): ScriptVariant {
  const found = new Map<ScriptVariant, number>();
  for (const { variant, word } of variantLexicon().markers) {
    if (text.includes(word)) found.set(variant, (found.get(variant) ?? 0) + 1);
  }
  if ((found.get("twp") ?? 0) >= MIN_MARKERS) return "twp";
  if ((found.get("hk") ?? 0) >= MIN_MARKERS) return "hk";
  return "t";
}

function variantLexicon(): VariantLexicon {
  if (lexicon !== undefined) return lexicon;
  const loaded: VariantLexicon = { markers: [], keep: new Set() };
  for (const [kind, word] of readDataLines("lexicons/script-variants.txt")) {
    if (word === undefined) continue;
    if (kind === "keep") loaded.keep.add(word);
    else loaded.markers.push({ variant: kind as ScriptVariant, word });
  }
  lexicon = loaded;
  return loaded;
}

/** Whether the text holds any character opencc would change from Traditional to Simplified. */
export function hasTraditional(text: string): boolean {
  const chars = traditionalCharacters();
  for (let i = 0; i < text.length; i++) {
    if (chars.has(text.charCodeAt(i))) return true;
  }
  return false;
}

/** Converts a string to mainland Simplified, as `toSimplified` does (for titles and aliases). */
export function convertToSimplified(text: string, variant: ScriptVariant = "t"): string {
  return toSimplified(alignedIdentity(text), variant).text;
}

/**
 * Converts an aligned text to mainland Simplified (check `hasTraditional` first to skip the work),
 * running opencc's own tries (the same configuration `OpenCC.Converter` uses) so that every match is
 * aligned: a word replaced by a word of the same length maps character for character, one of another
 * length (乙太網路 → 以太网) maps as one block. Segments whose length stays are converted as opencc
 * does, the others trie by trie with alignment. Output equals `convertToSimplified`.
 */
export function toSimplified(source: AlignedText, variant: ScriptVariant): AlignedText {
  const p = plan(variant);
  let aligned = source;
  for (const trie of p.normalization) aligned = convertWithTrie(aligned, trie);
  if (p.segmentation === undefined) {
    for (const trie of p.conversion) aligned = convertWithTrie(aligned, trie);
    return aligned;
  }
  return convertSegments(aligned, p.segmentation, p.conversion);
}

/** One opencc trie over the whole text, each match aligned with the source it replaced. */
function convertWithTrie(source: AlignedText, trie: Trie): AlignedText {
  const text = source.text;
  const first = firstUnits(trie);
  let out: AlignedBuilder | undefined;
  let copied = 0;
  for (let i = 0; i < text.length;) {
    if (!first.has(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const match = trie.matchPrefix(text, i);
    if (match === null) {
      i += codePointLength(text, i);
      continue;
    }
    out ??= new AlignedBuilder(source, text.length + 16);
    out.copy(copied, i);
    if (match.value.length === match.end - i) out.replaceEach(match.value, i);
    else out.replace(match.value, i, match.end);
    i = copied = match.end;
  }
  if (out === undefined) return source;
  out.copy(copied, text.length);
  return out.finish();
}

const firstUnitTables = new WeakMap<Trie, CharSet>();

/**
 * Every UTF-16 unit at which a key of `trie` may start (set by {@link trieOf}): the first units of its
 * keys, and every surrogate. A position whose unit is not in it matches nothing, so scans step over
 * it without asking the trie: most of a text converted as a whole is already Simplified.
 */
function firstUnits(trie: Trie): CharSet {
  return firstUnitTables.get(trie)!;
}

/** opencc's segmented conversion: words of the segmentation trie converted one by one by the chain. */
function convertSegments(source: AlignedText, segmentation: Trie, chain: Trie[]): AlignedText {
  const text = source.text;
  const out = new AlignedBuilder(source, text.length + 16);
  const convert = (piece: string) => chain.reduce((x, trie) => trie.convert(x), piece);
  const emit = (from: number, to: number, split: boolean) => {
    const converted = convert(text.slice(from, to));
    if (converted.length === to - from) out.replaceEach(converted, from);
    else if (split && to - from > PIECE) {
      // A long run changed length somewhere: find where, piece by piece, before aligning trie by trie.
      for (let at = from; at < to;) {
        const next = clauseEndAfter(text, Math.min(to, at + PIECE), to);
        emit(at, next, false);
        at = next;
      }
    } else out.append(chain.reduce(convertWithTrie, slice(source, from, to)));
  };
  const first = firstUnits(segmentation);
  let run = -1;
  for (let i = 0; i < text.length;) {
    if (!first.has(text.charCodeAt(i))) {
      if (run < 0) run = i;
      i++;
      continue;
    }
    const match = segmentation.matchPrefix(text, i);
    if (match === null) {
      if (run < 0) run = i;
      i += codePointLength(text, i);
      continue;
    }
    if (run >= 0) emit(run, i, true);
    run = -1;
    emit(i, match.end, true);
    i = match.end;
  }
  if (run >= 0) emit(run, text.length, true);
  return out.finish();
}

/** Just past the first clause end at or after `from` (and before `limit`), else `limit`. */
function clauseEndAfter(text: string, from: number, limit: number): number {
  CLAUSE_END.lastIndex = from;
  const m = CLAUSE_END.exec(text);
  return m === null || m.index >= limit ? limit : m.index + 1;
}

/** The piece `[from, to)` of an aligned text, as an aligned text of its own. */
function slice(source: AlignedText, from: number, to: number): AlignedText {
  return {
    text: source.text.slice(from, to),
    start: source.start.subarray(from, to),
    end: source.end.subarray(from, to),
    origLength: to < source.text.length ? source.start[to]! : source.origLength,
  };
}

function codePointLength(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
}

interface Plan {
  normalization: Trie[];
  segmentation?: Trie;
  conversion: Trie[];
}

/** opencc's configuration for `variant` → mainland Simplified, as tries. */
function plan(variant: ScriptVariant): Plan {
  const cached = plans.get(variant);
  if (cached !== undefined) return cached;
  const config = (openccConfigs as Record<string, OpenccConfig>)[CONFIG_OF[variant]]!;
  const built: Plan = {
    normalization: (config.normalizationChain ?? []).map(trieOf),
    conversion: config.conversionChain.map((group) => trieOf(group.map(withoutKept))),
  };
  if (config.segmentation !== undefined) built.segmentation = trieOf(config.segmentation as DictGroup);
  plans.set(variant, built);
  return built;
}

/** A dictionary without the entries for words the lexicon keeps as they are. */
function withoutKept(dict: DictLike): DictLike {
  const keep = variantLexicon().keep;
  if (typeof dict !== "string" || keep.size === 0) return dict;
  return dict
    .split("|")
    .filter((entry) => !keep.has(entry.slice(0, entry.indexOf(" "))))
    .join("|");
}

function trieOf(group: DictGroup): Trie {
  const trie = new Trie();
  trie.loadDictGroup(group);
  const first = new CharSet();
  for (let unit = 0xd800; unit < 0xe000; unit++) first.add(unit);
  for (const dict of group) {
    const entries: string[] =
      typeof dict === "string" ? dict.split("|") : dict.map((pair: readonly [string, string]) => pair[0]);
    for (const entry of entries) if (entry.length > 0) first.add(entry.charCodeAt(0));
  }
  firstUnitTables.set(trie, first);
  return trie;
}

/** Every BMP character opencc's Traditional → Simplified character table changes. */
function traditionalCharacters(): CharSet {
  if (traditionalChars !== undefined) return traditionalChars;
  const chars = new CharSet();
  for (const group of openccTargets.cn ?? []) {
    for (const dict of group) {
      if (typeof dict !== "string") continue;
      for (const entry of dict.split("|")) {
        const [from, to] = entry.split(" ");
        if (from !== undefined && from.length === 1 && from !== to) chars.add(from.charCodeAt(0));
      }
    }
  }
  traditionalChars = chars;
  return chars;
}
