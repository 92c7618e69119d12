/** The hand-made fixture graph, loaded the way the viewer loads it. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { ViewerGraph } from "../../viewer/src/graph-types.js";
import { parseGraph } from "../../viewer/src/load.js";

export const FIXTURE_DIR = fileURLToPath(new URL("../fixtures/viewer/", import.meta.url));

/** A fresh copy of test/fixtures/viewer/`name` parsed by the viewer's loader. */
export function loadFixture(name = "graph.json"): Promise<ViewerGraph> {
  return parseGraph(readFileSync(`${FIXTURE_DIR}${name}`, "utf8"), name);
}
