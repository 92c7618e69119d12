import { describe, expect, it } from "vitest";
import { cowordMatrices, topByMentions } from "../../src/export/coword.js";
import { sampleGraph } from "./sample-graph.js";

describe("cowordMatrices", () => {
  const graph = sampleGraph();

  it("takes the top entities by mentions, ties by key, never documents", () => {
    expect(topByMentions(graph, 3)).toEqual(["region:320583", "region:510107", "industry:电子信息产业"]);
    expect(topByMentions(graph, 100)).toHaveLength(12);
  });

  it("counts shared sentences, the diagonal being each entity's own sentences", () => {
    expect(cowordMatrices(graph, 3).counts).toBe(
      ",昆山市,武侯区,电子信息产业\r\n昆山市,4,2,0\r\n武侯区,2,4,1\r\n电子信息产业,0,1,2\r\n",
    );
  });

  it("gives Jaccard similarity: shared / either, 4 decimals", () => {
    expect(cowordMatrices(graph, 3).jaccard).toBe(
      ",昆山市,武侯区,电子信息产业\r\n昆山市,1,0.3333,0\r\n武侯区,0.3333,1,0.2\r\n电子信息产业,0,0.2,1\r\n",
    );
  });

  it("makes headers unique with the key when two entities share a label", () => {
    const copy = graph.copy();
    copy.setNodeAttribute("region:510107", "label", "昆山市");
    expect(cowordMatrices(copy, 2).counts.split("\r\n")[0]).toBe(
      ",昆山市 (region:320583),昆山市 (region:510107)",
    );
  });
});
