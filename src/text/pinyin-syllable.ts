/** Tone-marked vowels and their plain forms (ü and its toned forms become v). */
const TONE_VOWELS: Record<string, string> = {
  ā: "a",
  á: "a",
  ǎ: "a",
  à: "a",
  ē: "e",
  é: "e",
  ě: "e",
  è: "e",
  ê: "e",
  ī: "i",
  í: "i",
  ǐ: "i",
  ì: "i",
  ō: "o",
  ó: "o",
  ǒ: "o",
  ò: "o",
  ū: "u",
  ú: "u",
  ǔ: "u",
  ù: "u",
  ü: "v",
  ǖ: "v",
  ǘ: "v",
  ǚ: "v",
  ǜ: "v",
  ń: "n",
  ň: "n",
  ǹ: "n",
  ḿ: "m",
};

/** One Mandarin syllable without tone: optional initial, then a final (v stands for ü). */
const SYLLABLE =
  /^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|in|un|vn|ia|ie|iu|ua|uo|ui|ue|ve|er|a|o|e|i|u|v)$|^(?:ng|n|m|hm|hng)$/;

/** Characters a pinyin syllable is written with (lower case, tone marks, ü), for quick scanning. */
export const PINYIN_LETTER = /[a-zāáǎàēéěèêīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ]/;

/**
 * Whether `s` is one pinyin syllable: 1–6 lower-case letters (tone marks and ü allowed), optionally
 * followed by a tone digit 1–5. `qū`, `xié`, `lv4` are; `s`, `Suining`, `fujian` are not.
 */
export function isPinyinSyllable(s: string): boolean {
  let plain = "";
  let i = 0;
  for (; i < s.length; i++) {
    const ch = s[i]!;
    if (ch >= "a" && ch <= "z") plain += ch;
    else if (TONE_VOWELS[ch] !== undefined) plain += TONE_VOWELS[ch];
    else break;
  }
  if (plain.length === 0 || plain.length > 6) return false;
  if (i < s.length) {
    if (i !== s.length - 1) return false;
    const digit = s.charCodeAt(i);
    if (digit < 0x31 || digit > 0x35) return false;
  }
  return SYLLABLE.test(plain);
}

/** Whether a syllable is written with a tone mark (certainly pinyin, not an English letter). */
export function hasToneMark(s: string): boolean {
  for (const ch of s) if (TONE_VOWELS[ch] !== undefined && ch !== "ü") return true;
  return false;
}
