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
  private readonly pending = new Map<string, Pending>();

  constructor(ctx: RelationContext) {
    this.ctx = ctx;
  }

  /** Records a finding; self-relations are ignored. */
  add(finding: Finding): void {
    const { kind, source, target, sentence } = finding;
    if (source === target) return;
    const id = `${kind}:${source}->${target}`;
    let entry = this.pending.get(id);
    if (!entry) {
      entry = { relation: { id, kind, source, target, evidence: [] }, aspects: [], sentences: new Set() };
      this.pending.set(id, entry);
    }
    if (finding.aspect && !entry.aspects.includes(finding.aspect)) entry.aspects.push(finding.aspect);
    if (entry.sentences.has(sentence.index)) return;
    entry.sentences.add(sentence.index);
    entry.relation.evidence.push(this.evidence(finding));
  }

  /** Targets of relations of `kind` stated in sentence `index`, in the order they were found. */
  targetsIn(kind: RelationKind, index: number): string[] {
    const targets: string[] = [];
    for (const { relation, sentences } of this.pending.values()) {
      if (relation.kind === kind && sentences.has(index)) targets.push(relation.target);
    }
    return targets;
  }

  /** The targets of the relations of `kind` gathered so far. */
  targetsOf(kind: RelationKind): Set<string> {
    const targets = new Set<string>();
    for (const { relation } of this.pending.values())
      if (relation.kind === kind) targets.add(relation.target);
    return targets;
  }

  /** Person → the unit they lead (the first found), from the leads relations gathered so far. */
  leaders(): Map<string, string> {
    const leaders = new Map<string, string>();
    for (const { relation } of this.pending.values()) {
      if (relation.kind === "leads" && !leaders.has(relation.source))
        leaders.set(relation.source, relation.target);
    }
    return leaders;
  }

  /** The relations, sorted by id, their evidence by position. */
  relations(): Relation[] {
    return [...this.pending.values()]
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
    const highlights = [finding.sourceSpan, finding.targetSpan, finding.trigger]
      .filter((s): s is Span => s !== undefined && s.start >= span.start && s.end <= span.end)
      .map((s) => ({ start: s.start - span.start, end: s.end - span.start }))
      .sort((a, b) => a.start - b.start || a.end - b.end)
      .filter((s, i, all) => i === 0 || s.start !== all[i - 1]!.start || s.end !== all[i - 1]!.end);
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
