import type { Mention } from "../../src/types.js";

/** `rule surface → entity` of each mention, in order: compact, exact expectations. */
export function summary(mentions: Mention[]): string[] {
  return mentions.map((m) => `${m.rule} ${m.surface} → ${m.entity}${m.role ? ` (${m.role})` : ""}`);
}
