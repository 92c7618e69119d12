import { buildGraph, DEFAULT_BUILD_OPTIONS } from "../../src/build/build-graph.js";
import { RunContext } from "../../src/context.js";
import type { KnowledgeGraph } from "../../src/types.js";
import { sampleExtraction } from "../fixtures/extraction/sample.js";

/** The fixture extraction built with documents and co-occurrence on. */
export function sampleGraph(): KnowledgeGraph {
  return buildGraph(sampleExtraction(), { ...DEFAULT_BUILD_OPTIONS, documents: true }, new RunContext());
}

/** The sample graph with strings that need escaping: XML specials, quotes, a pipe, a control character. */
export function trickyGraph(): KnowledgeGraph {
  const graph = sampleGraph();
  graph.setNodeAttribute("region:510107", "label", `甲&乙 <"丙">'丁'`);
  graph.setNodeAttribute("region:510107", "aliases", ["a'b", 'c"d', "武侯\u0001区"]);
  graph.setEdgeAttribute("benchmarks:region:510107->region:320583", "aspect", '营商<环境> & "服务"');
  return graph;
}
