import { classifyChromeLine } from "../text/chrome.js";
import type { DocumentMeta } from "../types.js";

/** Only the head of a document is searched for its title and byline. */
const HEAD_LINES = 30;
/** A byline is a short line. */
const MAX_BYLINE = 120;
/** A headline is a short line without sentence punctuation. */
const MAX_TITLE = 60;
/** A field value longer than this is not a name. */
const MAX_VALUE = 40;

/** Byline labels (normalized text), longest first so that 责任编辑 wins over 编辑. */
const LABEL =
  /(责任编辑|发布时间|发布日期|发表时间|发表于|通讯员|作者|来源|稿源|出处|编辑|记者|时间|日期|摄影|点击数|浏览次数)\s*(?:[:：]|(?<=发表于))/g;
const DATE = /((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)/;
/** `<office> <name>`: an office title ending in a post, a space, a name of 2–4 characters. */
const SIGNED =
  /^\S{2,30}(?:书记|县长|市长|区长|州长|省长|镇长|乡长|主任|局长|部长|厅长|主席|委员|记者|研究员|教授)\s+([\u4e00-\u9fff]{2,4})$/;
/** A bracketed name after the last sentence: the reporter (not `（作者系…）`, an author note). */
const CLOSING =
  /[。！？”]\s*[（(](?:记者|通讯员|作者)?[：:\s]*([\u4e00-\u9fff](?:[\u4e00-\u9fff、 ]{0,28}[\u4e00-\u9fff])?)[)）]$/;
const FIELD_OF: Record<string, keyof DocumentMeta> = {
  作者: "author",
  来源: "source",
  稿源: "source",
  出处: "source",
  责任编辑: "editor",
  编辑: "editor",
};

/**
 * Reads what the head of a normalized text says about the document: the byline's date (ISO), 来源,
 * 作者 and 责任编辑 (empty fields stay absent), and the title: the line just above the first byline,
 * or, without a byline, a first line that reads as a headline. Without a 作者 field, the author is
 * taken from a signature line under the title (`某县委书记 张三`); see also `closingSignature`.
 * Lines of web chrome are skipped as titles but still read as bylines (a forum's 发表于 line carries
 * the date).
 */
export function parseMeta(text: string): DocumentMeta {
  const meta: DocumentMeta = {};
  const lines = headLines(text);
  let titleCandidate: string | undefined;
  let firstContent: string | undefined;
  let sawByline = false;
  for (const line of lines) {
    if (line.length === 0) continue;
    const byline = line.length <= MAX_BYLINE ? readByline(line) : undefined;
    if (byline !== undefined) {
      if (!sawByline && titleCandidate !== undefined) meta.title = titleCandidate;
      sawByline = true;
      for (const key of ["date", "source", "author", "editor"] as const) {
        if (meta[key] === undefined && byline[key] !== undefined) meta[key] = byline[key];
      }
      continue;
    }
    if (classifyChromeLine(line) !== false) continue;
    firstContent ??= line;
    if (!sawByline) titleCandidate = line;
  }
  if (!sawByline && firstContent !== undefined && isHeadline(firstContent)) meta.title = firstContent;
  if (meta.title !== undefined && !isHeadline(meta.title)) delete meta.title;
  const signed = meta.author ?? signedAuthor(lines, meta.title);
  if (signed !== undefined) meta.author = signed;
  return meta;
}

/** The fields of a byline line, or undefined when the line is not one. */
export function readByline(line: string): DocumentMeta | undefined {
  const fields: DocumentMeta = {};
  const labels = [...line.matchAll(LABEL)];
  const date = DATE.exec(line);
  const iso = date ? isoDate(date[1]!, date[2]!, date[3]!) : undefined;
  const startsWithDate = date !== null && date.index <= 2;
  if (labels.length === 0 && !startsWithDate) return undefined;
  if (iso !== undefined) fields.date = iso;
  labels.forEach((label, i) => {
    const field = FIELD_OF[label[1]!];
    if (field === undefined) return;
    const from = label.index + label[0].length;
    const to = i + 1 < labels.length ? labels[i + 1]!.index : line.length;
    const value = cleanValue(line.slice(from, to));
    if (value.length > 0 && value.length <= MAX_VALUE && fields[field] === undefined) fields[field] = value;
  });
  return fields;
}

/** `2021`, `2`, `3` → `2021-02-03`; undefined for an impossible month or day. */
export function isoDate(year: string, month: string, day: string): string | undefined {
  const m = Number(month);
  const d = Number(day);
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  return `${year}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/**
 * The author named on a short line of the head as `<office> <name>` (中共某县委书记 张三), after the
 * title: the way signed articles by officials are laid out.
 */
function signedAuthor(lines: string[], title: string | undefined): string | undefined {
  const from = title === undefined ? 0 : lines.indexOf(title) + 1;
  for (const line of lines.slice(from, from + 4)) {
    const m = SIGNED.exec(line);
    if (m) return m[1];
  }
  return undefined;
}

/**
 * The reporter's signature closing a text (read it once web chrome is gone): `……改善。 （张三）`,
 * `。（记者 张三 李四）`. Not an author note `（作者系…）` nor a qualifier such as `办法（试行）`.
 */
export function closingSignature(text: string): string | undefined {
  const tail = text.slice(Math.max(0, text.length - 200)).trimEnd();
  const m = CLOSING.exec(tail);
  // `（作者系…）` says who the author is, in a sentence: not a signature.
  return m && !/^(?:作者)?系/.test(m[1]!) ? m[1]!.trim() : undefined;
}

function headLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  while (lines.length < HEAD_LINES && start <= text.length) {
    const end = text.indexOf("\n", start);
    const stop = end < 0 ? text.length : end;
    // A long first line is body text: only its beginning is needed.
    lines.push(text.slice(start, Math.min(stop, start + MAX_BYLINE * 4)).trim());
    if (end < 0) break;
    start = end + 1;
  }
  return lines;
}

function cleanValue(raw: string): string {
  return raw
    .replace(/[|｜].*$/, "")
    .replace(/^[\s?？:：]+|[\s?？,，;；]+$/g, "")
    .trim();
}

function isHeadline(line: string): boolean {
  return line.length <= MAX_TITLE && !/[。；]/.test(line) && !/[，：,:]$/.test(line);
}
