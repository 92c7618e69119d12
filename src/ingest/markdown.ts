import { AlignedBuilder, type AlignedText } from "../text/aligned.js";

/**
 * Markdown markup that is not text: heading and quote markers, bold/underline markers, code fences,
 * images, and the target of links (group 1 is a link's text, which is kept).
 */
const MARKUP = /^#{1,6}[ \t]+|^>[ \t]?|^```.*$|\*\*|__|!\[[^\]\n]*\]\([^)\n]*\)|\[([^\]\n]*)\]\([^)\n]*\)/gm;

/**
 * Removes Markdown markup from a text, keeping the words: `## 标题` → `标题`, `**重点**` → `重点`,
 * `[链接文字](http://…)` → `链接文字`; images and code-fence lines go. Kept characters keep their
 * alignment.
 */
export function stripMarkdown(source: AlignedText): AlignedText {
  const text = source.text;
  let out: AlignedBuilder | undefined;
  let copied = 0;
  MARKUP.lastIndex = 0;
  for (let m = MARKUP.exec(text); m !== null; m = MARKUP.exec(text)) {
    if (m[0].length === 0) {
      MARKUP.lastIndex++;
      continue;
    }
    out ??= new AlignedBuilder(source);
    out.copy(copied, m.index);
    if (m[1] !== undefined) out.copy(m.index + 1, m.index + 1 + m[1].length);
    copied = m.index + m[0].length;
  }
  if (out === undefined) return source;
  out.copy(copied, text.length);
  return out.finish();
}
