/** An evidence sentence as DOM: the text with its highlights marked, then document title and date. */
import { h } from "../dom.js";
import type { DocumentInfo, Evidence } from "../graph-types.js";

/** Splits `text` into plain and highlighted runs; spans are clamped, sorted, overlaps dropped. */
export function highlightRuns(
  text: string,
  spans: Evidence["highlights"],
): { text: string; mark: boolean }[] {
  const sorted = spans
    .map((span) => ({
      start: Math.max(0, Math.min(text.length, span.start)),
      end: Math.max(0, Math.min(text.length, span.end)),
    }))
    .filter((span) => span.end > span.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const runs: { text: string; mark: boolean }[] = [];
  let cursor = 0;
  for (const span of sorted) {
    if (span.start < cursor) continue;
    if (span.start > cursor) runs.push({ text: text.slice(cursor, span.start), mark: false });
    runs.push({ text: text.slice(span.start, span.end), mark: true });
    cursor = span.end;
  }
  if (cursor < text.length) runs.push({ text: text.slice(cursor), mark: false });
  return runs;
}

/** `<figure class="evidence">` with the sentence (highlights in `<mark>`) and its source. */
export function evidenceElement(
  evidence: Evidence,
  documents: ReadonlyMap<string, DocumentInfo>,
): HTMLElement {
  const info = documents.get(evidence.doc);
  const source = [info?.title ?? evidence.doc, info?.date].filter((part) => part).join(" · ");
  return h(
    "figure",
    { class: "evidence" },
    h(
      "blockquote",
      {},
      ...highlightRuns(evidence.text, evidence.highlights).map((run) =>
        run.mark ? h("mark", {}, run.text) : run.text,
      ),
    ),
    h("figcaption", {}, source),
  );
}

/** Up to `limit` evidence sentences, with a note on how many more there are. */
export function evidenceList(
  evidence: readonly Evidence[],
  documents: ReadonlyMap<string, DocumentInfo>,
  limit = 20,
): HTMLElement {
  return h(
    "div",
    { class: "evidence-list" },
    ...evidence.slice(0, limit).map((item) => evidenceElement(item, documents)),
    evidence.length > limit ? h("p", { class: "more" }, `… ${evidence.length - limit} more`) : null,
  );
}
