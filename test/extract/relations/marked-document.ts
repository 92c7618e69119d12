import type { Document, EntityKind, Mention } from "../../../src/types.js";
import { makeDocument } from "../../helpers/document.js";

/** A substring of the test text to mark as a mention: its kind and entity id, and which occurrence. */
export interface Mark {
  text: string;
  kind: EntityKind;
  entity: string;
  /** 0-based occurrence of `text`; every occurrence when absent. */
  nth?: number;
}

/**
 * A Document made of `text` with the marked substrings as mentions, split the way the pipeline does:
 * longest first, a mention inside a kept one goes to `nested`, one overlapping a kept one is dropped.
 */
export function markedDocument(
  text: string,
  marks: Mark[],
  meta: Document["meta"] = {},
): { doc: Document; mentions: Mention[]; nested: Mention[] } {
  const doc = { ...makeDocument(text), meta };
  const all: Mention[] = [];
  for (const mark of marks) {
    let from = 0;
    for (let n = 0; ; n++) {
      const at = text.indexOf(mark.text, from);
      if (at < 0) {
        if (mark.nth !== undefined && n <= mark.nth)
          throw new Error(`test mark "${mark.text}" #${mark.nth} not in text`);
        break;
      }
      from = at + mark.text.length;
      if (mark.nth !== undefined && n !== mark.nth) continue;
      const span = { start: at, end: at + mark.text.length };
      const sentence = doc.sentences.findIndex((s) => s.start <= at && at < s.end);
      all.push({
        doc: doc.id,
        kind: mark.kind,
        span,
        orig: span,
        surface: mark.text,
        sentence,
        rule: "test",
        entity: mark.entity,
      });
    }
  }
  all.sort((a, b) => b.span.end - b.span.start - (a.span.end - a.span.start) || a.span.start - b.span.start);
  const mentions: Mention[] = [];
  const nested: Mention[] = [];
  for (const m of all) {
    const host = mentions.find((k) => k.span.start < m.span.end && m.span.start < k.span.end);
    if (!host) mentions.push(m);
    else if (host.span.start <= m.span.start && m.span.end <= host.span.end) nested.push(m);
  }
  mentions.sort((a, b) => a.span.start - b.span.start);
  return { doc, mentions, nested };
}
