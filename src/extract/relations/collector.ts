import type { Evidence, Relation, RelationKind, Span } from "../../types.js";
import type { RelationContext, SentenceContext } from "./context.js";

/** What one rule found in one sentence. */
export interface Finding {
  kind: RelationKind;
  source: string;
  target: string;
  sentence: SentenceContext;
  rule: string;
  /** Spans in `doc.text` of the source, the target and the trigger, where the sentence names them. */
  sourceSpan?: Span;
  targetSpan?: Span;
  trigger?: Span;
  aspect?: string;
}

/** Relation kinds that read the same both ways. */
const SYMMETRIC = new Set<RelationKind>(["cooperates_with"]);

interface Pending {
  relation: Relation;
  aspects: string[];
  sentences: Set<number>;
}

/**
 * Gathers findings into relations: one per (kind, source, target), one evidence per sentence, aspects
 * joined in the order the text gives them.
 */
export class RelationCollector {
  private readonly ctx: RelationContext;
  /** Relations in the order found, and an index kind → source → target → relation. */
  private readonly pending: Pending[] = [];
  private readonly index = new Map<RelationKind, Map<string, Map<string, Pending>>>();

  constructor(ctx: RelationContext) {
    this.ctx = ctx;
  }

  /**
   * Records a finding; self-relations are ignored. A symmetric finding (cooperates_with) joins the
   * relation already found the other way round, if any.
   */
  add(finding: Finding): void {
    const { kind, sentence } = finding;
    let { source, target } = finding;
    if (source === target) return;
    if (SYMMETRIC.has(kind) && this.index.get(kind)?.get(target)?.has(source))
      [source, target] = [target, source];
    let bySource = this.index.get(kind);
    if (!bySource) this.index.set(kind, (bySource = new Map()));
    let byTarget = bySource.get(source);
    if (!byTarget) bySource.set(source, (byTarget = new Map()));
    let entry = byTarget.get(target);
    if (!entry) {
      const id = `${kind}:${source}->${target}`;
      entry = { relation: { id, kind, source, target, evidence: [] }, aspects: [], sentences: new Set() };
      byTarget.set(target, entry);
      this.pending.push(entry);
    }
    if (finding.aspect && !entry.aspects.includes(finding.aspect)) entry.aspects.push(finding.aspect);
    if (entry.sentences.has(sentence.index)) return;
    entry.sentences.add(sentence.index);
    entry.relation.evidence.push(this.evidence(finding));
  }

  /** Targets of relations of `kind` stated in sentence `index`, in the order they were found. */
  targetsIn(kind: RelationKind, index: number): string[] {
    const targets: string[] = [];
    for (const { relation, sentences } of this.pending) {
      if (relation.kind === kind && sentences.has(index)) targets.push(relation.target);
    }
    return targets;
  }

  /** Sources and targets of relations of `kind` stated in sentence `index`, in the order they were found. */
  pairsIn(kind: RelationKind, index: number): [string, string][] {
    const pairs: [string, string][] = [];
    for (const { relation, sentences } of this.pending) {
      if (relation.kind === kind && sentences.has(index)) pairs.push([relation.source, relation.target]);
    }
    return pairs;
  }

  /** The targets of the relations of `kind` gathered so far. */
  targetsOf(kind: RelationKind): Set<string> {
    const targets = new Set<string>();
    for (const { relation } of this.pending) if (relation.kind === kind) targets.add(relation.target);
    return targets;
  }

  /** Person → the unit they lead (the first found), from the leads relations gathered so far. */
  leaders(): Map<string, string> {
    const leaders = new Map<string, string>();
    for (const { relation } of this.pending) {
      if (relation.kind === "leads" && !leaders.has(relation.source))
        leaders.set(relation.source, relation.target);
    }
    return leaders;
  }

  /** The relations, sorted by id, their evidence by position. */
  relations(): Relation[] {
    return this.pending
      .map(({ relation, aspects }) => ({
        ...relation,
        ...(aspects.length > 0 ? { aspect: aspects.join("; ") } : {}),
        evidence: [...relation.evidence].sort((a, b) => a.start - b.start),
      }))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  private evidence(finding: Finding): Evidence {
    const { doc } = this.ctx;
    const span = finding.sentence.span;
    const orig = doc.map.toOriginal(span);
    const highlights: Span[] = [];
    for (const s of [finding.sourceSpan, finding.targetSpan, finding.trigger]) {
      if (!s || s.start < span.start || s.end > span.end) continue;
      const h = { start: s.start - span.start, end: s.end - span.start };
      if (!highlights.some((o) => o.start === h.start && o.end === h.end)) highlights.push(h);
    }
    highlights.sort((a, b) => a.start - b.start || a.end - b.end);
    return {
      doc: doc.id,
      start: orig.start,
      end: orig.end,
      text: doc.text.slice(span.start, span.end),
      highlights,
      ...(finding.trigger ? { trigger: doc.text.slice(finding.trigger.start, finding.trigger.end) } : {}),
      rule: finding.rule,
    };
  }
}
