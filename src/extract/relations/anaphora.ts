import type { Named, RelationContext, SentenceContext } from "./context.js";
import { entityOf } from "./context.js";
import { NUMERALS } from "./frames.js";
import { codeLevel, contains, regionCode } from "./region-codes.js";

/** How many sentences back the places a word like 两地 stands for may be named. */
const LOOK_BACK = 12;
/** A count of places: 三县, 两地, 四个区县. */
const PLACE_COUNT = /([两二三四五六七八九十])个?(?:县区|区县|县|地|市|区|镇)/g;
/** The place word of an aided region: 支持当地发展…, 带动当地群众…. */
const LOCAL = "当地";

/**
 * 支持当地发展X产业: the places 当地 stands for at `at` in its clause (from `clauseStart`), when the text
 * names places other than the document's own before it in the sentence — a count (落地甘肃三县 → the three
 * counties named last) or the last coded region named there. Undefined when the clause has no 当地 before
 * `at` or it means the document's own region.
 */
export function localPlaces(
  ctx: RelationContext,
  sentence: SentenceContext,
  clauseStart: number,
  at: number,
): Named[] | undefined {
  const text = ctx.doc.text;
  let local = at - LOCAL.length;
  while (local >= clauseStart && !text.startsWith(LOCAL, local)) local--;
  if (local < clauseStart) return undefined;
  const before = text.slice(sentence.span.start, local);
  let count: RegExpExecArray | undefined;
  for (const m of before.matchAll(PLACE_COUNT)) count = m;
  if (count) {
    const places = placesBefore(
      ctx,
      sentence,
      sentence.span.start + count.index,
      NUMERALS[count[1]!],
      ctx.subject,
    );
    return places.length > 0 ? places : undefined;
  }
  const last = placesBefore(ctx, sentence, local, 1, ctx.subject)[0];
  return last && last.span.start >= sentence.span.start ? [last] : undefined;
}

/**
 * The places a word like 两地 at `at` stands for, in text order: the coded regions named last before it
 * (this sentence and up to LOOK_BACK before), counties and above, an inner unit replacing its container
 * (岳西县 after 安徽省), never a container of the document's own region; `count` of them when the word
 * counts, the document's own region completing them when one is missing (unless it is `except`, which
 * is never taken, nor any unit inside it).
 */
export function placesBefore(
  ctx: RelationContext,
  sentence: SentenceContext,
  at: number,
  count: number | undefined,
  except?: string,
): Named[] {
  const { regions, subject } = ctx;
  const found: Named[] = [];
  const floor = sentence.index - LOOK_BACK;
  // The regions are sorted by start: begin with the last one starting before `at`.
  let lo = 0;
  let hi = regions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (regions[mid]!.span.start < at) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0; i--) {
    const m = regions[i]!;
    if (m.span.end > at) continue;
    if (m.sentence < floor) break;
    const id = entityOf(m)!;
    if (codeLevel(regionCode(id)!) === "township") continue;
    if (subject && id !== subject && contains(id, subject)) continue;
    if (except && (id === except || contains(except, id))) continue;
    if (found.some((f) => f.entity === id || contains(id, f.entity))) continue;
    const outer = found.findIndex((f) => contains(f.entity, id));
    if (outer >= 0) {
      found[outer] = { entity: id, span: m.span };
      continue;
    }
    if (count !== undefined && found.length >= count) break;
    found.push({ entity: id, span: m.span });
  }
  if (
    subject &&
    count !== undefined &&
    found.length === count - 1 &&
    except !== subject &&
    !found.some((f) => f.entity === subject)
  )
    found.push({ entity: subject, span: { start: at, end: at } });
  return found.reverse();
}
