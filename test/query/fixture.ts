import { fileURLToPath } from "node:url";
import { loadGraph } from "../../src/query/load.js";
import type { KnowledgeGraph } from "../../src/types.js";

/** The hand-made fixture folder (graph.json) and the Gephi-style GEXF beside it. */
export const FIXTURE_DIR = fileURLToPath(new URL("../fixtures/query/", import.meta.url));
export const GEPHI_GEXF = `${FIXTURE_DIR}gephi.gexf`;

/** A fresh copy of the fixture graph (tests may mutate it). */
export function loadFixture(): Promise<KnowledgeGraph> {
  return loadGraph(FIXTURE_DIR);
}
