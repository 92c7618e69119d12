/** Whether a code point is a Han character (CJK unified ideographs, extensions, compatibility, 〇). */
export function isHanCode(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x20000 && cp <= 0x3134f) ||
    cp === 0x3007
  );
}

/** Whether a UTF-16 unit belongs to Chinese writing: a BMP Han character, a surrogate, CJK punctuation. */
export function isCjkUnit(code: number): boolean {
  return (
    isHanCode(code) ||
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0xff01 && code <= 0xff0f) ||
    (code >= 0xff1a && code <= 0xff20) ||
    (code >= 0xd800 && code <= 0xdfff) ||
    code === 0x201c ||
    code === 0x201d ||
    code === 0x2018 ||
    code === 0x2019 ||
    code === 0x2014 ||
    code === 0x2026 ||
    code === 0x00b7
  );
}
