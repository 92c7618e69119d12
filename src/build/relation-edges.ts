import type { RunContext } from "../context.js";
import { CountyKgError } from "../errors.js";
import { EVIDENCE_SAMPLE } from "../extract/mention-summary.js";
import type { Evidence, Relation } from "../types.js";
import { compareStrings, type EdgeEntry } from "./entries.js";
import { EDGE_PALETTE } from "./palette.js";

function compareEvidence(a: Evidence, b: Evidence): number {
  return compareStrings(a.doc, b.doc) || a.start - b.start || a.end - b.end;
}

/** Sorted evidence without repeats of the same sentence and trigger (merged relations can repeat one). */
function uniqueEvidence(sorted: Evidence[]): Evidence[] {
  return sorted.filter((evidence, i) => {
    const previous = sorted[i - 1];
    return !(
      previous &&
      compareEvidence(previous, evidence) === 0 &&
      previous.trigger === evidence.trigger &&
      previous.rule === evidence.rule
    );
  });
}

/**
 * One typed edge per relation (key = relation id). Relations sharing an id are merged (a sentence
 * repeated with the same trigger and rule is kept once); the edge lists the first `EVIDENCE_SAMPLE`
 * sentences (document, then position) and is weighted by the number of sentences, counting those a
 * bounded merge left out (`Relation.sentences`). A relation whose endpoint is not a node is reported on
 * `ctx` and skipped.
 */
export function relationEdges(
  relations: readonly Relation[],
  nodes: ReadonlySet<string>,
  ctx: RunContext,
): EdgeEntry[] {
  const edges = new Map<string, { entry: EdgeEntry; sentences: number }>();
  for (const relation of relations) {
    const missing = [relation.source, relation.target].find((id) => !nodes.has(id));
    if (missing !== undefined) {
      ctx.report(
        new CountyKgError("E_DATA", `relation ${relation.id} points to unknown entity ${missing}`, {
          hint: "every relation endpoint must be one of the extraction's entities: report this as a bug",
        }),
      );
      continue;
    }
    const sentences = relation.sentences ?? relation.evidence.length;
    const known = edges.get(relation.id);
    if (known) {
      const attributes = known.entry.attributes;
      attributes.evidence.push(...relation.evidence);
      known.sentences += sentences;
      if (relation.aspect && !attributes.aspect?.split("; ").includes(relation.aspect)) {
        attributes.aspect = attributes.aspect ? `${attributes.aspect}; ${relation.aspect}` : relation.aspect;
      }
      continue;
    }
    const entry: EdgeEntry = {
      key: relation.id,
      source: relation.source,
      target: relation.target,
      attributes: {
        kind: relation.kind,
        weight: 0,
        evidence: [...relation.evidence],
        size: 1,
        color: EDGE_PALETTE[relation.kind],
      },
    };
    if (relation.aspect) entry.attributes.aspect = relation.aspect;
    edges.set(relation.id, { entry, sentences });
  }
  return [...edges.values()].map(({ entry, sentences }) => {
    const listed = entry.attributes.evidence;
    const unique = uniqueEvidence(listed.sort(compareEvidence));
    entry.attributes.evidence = unique.slice(0, EVIDENCE_SAMPLE);
    entry.attributes.weight = Math.max(1, sentences - (listed.length - unique.length));
    return entry;
  });
}
