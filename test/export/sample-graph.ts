import { buildGraph, DEFAULT_BUILD_OPTIONS } from "../../src/build/build-graph.js";
import { RunContext } from "../../src/context.js";
import type { KnowledgeGraph } from "../../src/types.js";
import { sampleExtraction } from "../fixtures/extraction/sample.js";

/** The fixture extraction built with documents and co-occurrence on. */
export function sampleGraph(): KnowledgeGraph {
  return buildGraph(sampleExtraction(), { ...DEFAULT_BUILD_OPTIONS, documents: true }, new RunContext());
}
