import type { KnowledgeGraph } from "../types.js";

/** graph.json: graphology's serialization (`graph.export()`) with every attribute, one line. */
export function toJson(graph: KnowledgeGraph): string {
  return `${JSON.stringify(graph.export())}\n`;
}
