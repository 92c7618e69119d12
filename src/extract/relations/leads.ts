import type { Mention, Span } from "../../types.js";
import type { RelationCollector } from "./collector.js";
import { entityOf, type RelationContext, type SentenceContext } from "./context.js";
import { SPACE, isIn } from "./chars.js";
import { organRegion, organRegionOfText } from "./subjects.js";

/** Roles that lead nothing by themselves: deputies and plain committee members. */
const NON_LEADING = /副|^常委$|^委员$/;
/** 作者系…, 作者为…: the roles of the document's author follow. */
const AUTHOR_NOTE = /作者(?:系|为|是|：|:)/y;
const ROLE_SEPARATOR = /^[、，,\s]$/;
/** The chief of an admin level: 县长, 区长, 市长. */
const CHIEF = /^[省市州县区]长$/;

interface Holder {
  entity: string;
  span?: Span;
  /** The role words (党组书记、主任). */
  roles?: Span;
}

/**
 * leads (person → region or organization): a person named right after a chain of roles (省国资委党委书记、
 * 主任冯文生; 中共遂宁市安居区委书记 吴军) leads the unit named before a leading role, each unit of a
 * chain (某县县委书记、县人大常委会主任X leads both) — the region for
 * an organ standing for it (区委 → the district). A role word carrying a bare organ (区委书记) means the
 * document's own unit. In an author note (作者系中共安康市委副书记、安康市市长) the person is the
 * document's author. Deputies (副…) lead nothing.
 */
export function extractLeads(ctx: RelationContext, out: RelationCollector): void {
  const author = authorMention(ctx);
  for (const sentence of ctx.sentences) {
    for (const person of sentence.mentions) {
      if (person.kind !== "person") continue;
      for (const holder of holdersBefore(ctx, sentence, person.span.start)) {
        add(out, sentence, person, holder, "leads/role-before-name");
      }
    }
    if (!author) continue;
    const text = ctx.doc.text;
    const { start, end } = sentence.span;
    for (let at = text.indexOf("作者", start); at >= 0 && at < end; at = text.indexOf("作者", at + 2)) {
      AUTHOR_NOTE.lastIndex = at;
      const note = AUTHOR_NOTE.exec(text);
      if (!note) continue;
      for (const holder of holdersAfter(ctx, sentence, at + note[0].length)) {
        add(out, sentence, author, holder, "leads/author-note");
      }
    }
  }
}

function add(
  out: RelationCollector,
  sentence: SentenceContext,
  person: Mention,
  holder: Holder,
  rule: string,
): void {
  out.add({
    kind: "leads",
    source: entityOf(person)!,
    target: holder.entity,
    sentence,
    rule,
    sourceSpan: sentence.mentions.includes(person) ? person.span : undefined,
    targetSpan: holder.span,
    trigger: holder.roles,
  });
}

/** The document's author as a person mention, when the byline names one the text mentions. */
function authorMention(ctx: RelationContext): Mention | undefined {
  const name = ctx.doc.meta.author?.trim();
  if (!name) return undefined;
  for (const sentence of ctx.sentences) {
    const found = sentence.mentions.find((m) => m.kind === "person" && m.surface === name);
    if (found) return found;
  }
  return undefined;
}

/** Units led by the person at `at`: walking back over roles (、-separated) to the unit named before them. */
function holdersBefore(ctx: RelationContext, sentence: SentenceContext, at: number): Holder[] {
  const text = ctx.doc.text;
  const holders: Holder[] = [];
  let pos = at;
  while (pos > sentence.span.start && isIn(SPACE, text, pos - 1)) pos--;
  const rolesEnd = pos;
  let leading = false;
  let roles = 0;
  let chainStart = 0;
  for (;;) {
    const role = ctx.lexicons.roles.find(
      (r) =>
        pos - r.length >= sentence.span.start &&
        text.startsWith(r, pos - r.length) &&
        !crossesMention(ctx, pos - r.length, pos),
    );
    if (role) {
      roles++;
      pos -= role.length;
      // 副州长: a deputy of a chief whose role word lacks the 副.
      const deputy = NON_LEADING.test(role) || text[pos - 1] === "副";
      leading ||= !deputy;
      const bare = bareOrganHolder(ctx, role, pos);
      if (bare && !ctx.endsAt.has(pos) && !deputy) holders.push(bare);
      if (pos > sentence.span.start && ROLE_SEPARATOR.test(text[pos - 1]!) && !ctx.endsAt.has(pos)) pos--;
      continue;
    }
    const unit = ctx.endsAt.get(pos) ?? regionOfOrgan(ctx, pos);
    if (roles > 0 && unit && leading) {
      const holder = holderOf(ctx, unit);
      // 某市委副书记、市长X: the chain's own unit, not the bare organ's default, is what the chief leads.
      if (holder && unit.kind === "region") holders.splice(chainStart);
      if (holder) holders.push(holder);
    }
    // 某县县委书记、县人大常委会主任X: the chain goes on before the unit with the roles of another unit.
    const before = unit ? unit.span.start - 1 : -1;
    if (roles > 0 && isUnit(unit) && before > sentence.span.start && text[before] === "、") {
      pos = before;
      roles = 0;
      leading = false;
      chainStart = holders.length;
      continue;
    }
    const span = { start: pos, end: rolesEnd };
    return holders.map((h) => ({ ...h, roles: span }));
  }
}

/** Units in an author note: (unit roles)(、unit roles)… from `at` to the end of the sentence. */
function holdersAfter(ctx: RelationContext, sentence: SentenceContext, at: number): Holder[] {
  const text = ctx.doc.text;
  const holders: Holder[] = [];
  let pos = at;
  while (pos < sentence.span.end) {
    const unit = ctx.startsAt.get(pos);
    if (!unit || (unit.kind !== "region" && unit.kind !== "organization")) break;
    pos = unit.span.end;
    const rolesStart = pos;
    let leading = false;
    for (;;) {
      const role = ctx.lexicons.roles.find(
        (r) => text.startsWith(r, pos) && !crossesMention(ctx, pos, pos + r.length),
      );
      if (!role) break;
      leading ||= !NON_LEADING.test(role);
      pos += role.length;
    }
    if (leading) {
      const holder = holderOf(ctx, unit);
      if (holder) holders.push({ ...holder, roles: { start: rolesStart, end: pos } });
    }
    if (!ROLE_SEPARATOR.test(text[pos] ?? "")) break;
    pos++;
  }
  return holders;
}

/** 龙井市委 before its roles: the region written right before a bare 委 ending at `at`. */
function regionOfOrgan(ctx: RelationContext, at: number): Mention | undefined {
  if (ctx.doc.text[at - 1] !== "委") return undefined;
  const region = ctx.endsAt.get(at - 1);
  return region?.kind === "region" ? region : undefined;
}

function isUnit(mention: Mention | undefined): mention is Mention {
  return mention?.kind === "region" || mention?.kind === "organization";
}

function holderOf(ctx: RelationContext, unit: Mention): Holder | undefined {
  if (unit.kind === "region") return { entity: entityOf(unit)!, span: unit.span };
  if (unit.kind !== "organization") return undefined;
  return { entity: organRegion(ctx, unit) ?? entityOf(unit)!, span: unit.span };
}

/**
 * 区委书记 with no unit before it: a role opening with a bare organ names the unit that organ stands
 * for; so does the chief of a level (县长, 区长: the unit whose 县委, 区委 it would be).
 */
function bareOrganHolder(ctx: RelationContext, role: string, at: number): Holder | undefined {
  const head = CHIEF.test(role) ? `${role[0]!}委` : role;
  for (const { suffix, level } of ctx.lexicons.regionOrgans) {
    if (!level || !head.startsWith(suffix)) continue;
    const region = organRegionOfText(ctx, suffix, at + suffix.length, []);
    if (region) return { entity: region, span: { start: at, end: at + suffix.length } };
  }
  return undefined;
}

/** Whether a kept mention starts or ends strictly inside `[start, end)`: role words never cut a name. */
function crossesMention(ctx: RelationContext, start: number, end: number): boolean {
  for (let k = start + 1; k < end; k++) if (ctx.endsAt.has(k) || ctx.startsAt.has(k)) return true;
  return false;
}
