import { describe, expect, it } from "vitest";
import { toEdgesCsv, toNodesCsv } from "../../src/export/csv.js";
import { handGraph } from "../build/graph-helpers.js";
import { sampleGraph } from "./sample-graph.js";

describe("CSV for Gephi's spreadsheet import", () => {
  const graph = sampleGraph();

  it("writes nodes.csv with Id and Label first, one row per node", () => {
    const lines = toNodesCsv(graph).split("\r\n");
    expect(lines[0]).toBe(
      "Id,Label,kind,name,aliases,code,level,parent,parentChain,roles,mentions,documents,sentences,firstSentence,degree,weightedDegree,pagerank,betweenness,community,x,y,size,color",
    );
    expect(lines).toHaveLength(graph.order + 2);
    const a = graph.getNodeAttributes("region:510107");
    expect(lines).toContain(
      [
        "region:510107,武侯区,region,武侯区,,510107,county,region:510100,四川省|成都市,,4,2,4",
        "武侯区对标昆山市，在营商环境方面找差距。",
        a.degree,
        a.weightedDegree,
        a.pagerank,
        a.betweenness,
        a.community,
        a.x,
        a.y,
        a.size,
        a.color,
      ].join(","),
    );
  });

  it("writes edges.csv with Source, Target, Type, Id, Label, Weight", () => {
    const lines = toEdgesCsv(graph).split("\r\n");
    expect(lines[0]).toBe(
      "Source,Target,Type,Id,Label,Weight,kind,aspect,evidenceCount,evidence,evidenceDoc,trigger,color",
    );
    expect(lines).toHaveLength(graph.size + 2);
    expect(lines).toContain(
      "region:510107,region:320583,Directed,benchmarks:region:510107->region:320583,benchmarks,1,benchmarks,营商环境,1,武侯区对标昆山市，在营商环境方面找差距。,a,对标,#d62728",
    );
  });

  it("quotes fields with commas or quotes, doubling the quotes", () => {
    const small = handGraph(["a"], []);
    small.setNodeAttribute("a", "label", 'say "hi", then');
    expect(toNodesCsv(small).split("\r\n")[1]!.startsWith('a,"say ""hi"", then",region')).toBe(true);
  });
});
