import type { AbstractGraph } from "graphology-types";
import { seededRandom } from "./random.js";

/** Settings of `removeOverlaps`: graphology-layout-noverlap's, with its defaults. */
export interface NoverlapSettings {
  /** Space kept between node discs. */
  margin: number;
  /** Cells per side of the grid that orders the pairs (the result depends on it; the cost does not). */
  gridSize: number;
  /** Extent of that grid relative to the layout's. */
  expansion: number;
  /** Multiplier of the node sizes. */
  ratio: number;
  speed: number;
  /** Iterations at most; stops earlier when no two discs overlap. */
  maxIterations: number;
  /** Seed of the jitter that separates nodes at exactly the same point. */
  seed: number;
}

/** graphology-layout-noverlap 0.4.2's defaults (its `maxIterations` is 500). */
export const NOVERLAP_DEFAULTS: Readonly<NoverlapSettings> = {
  margin: 5,
  gridSize: 20,
  expansion: 1.1,
  ratio: 1,
  speed: 3,
  maxIterations: 500,
  seed: 1,
};

/** Grows a reusable Int32Array to hold at least `length` items. */
function grown(array: Int32Array<ArrayBuffer>, length: number): Int32Array<ArrayBuffer> {
  if (array.length >= length) return array;
  const bigger = new Int32Array(Math.max(length, array.length * 2));
  bigger.set(array);
  return bigger;
}

/**
 * One pass of the algorithm over the float32 node matrix (x, y, size per node). Returns whether no two
 * discs overlapped. See `removeOverlaps` for how it matches graphology-layout-noverlap.
 */
function iterate(s: NoverlapSettings, matrix: Float32Array, work: Work, jitter: () => number): boolean {
  const order = matrix.length / 3;
  const { margin, ratio, gridSize } = s;
  let xMin = Infinity;
  let yMin = Infinity;
  let xMax = -Infinity;
  let yMax = -Infinity;
  let largest = 0;
  for (let i = 0; i < matrix.length; i += 3) {
    const x = matrix[i]!;
    const y = matrix[i + 1]!;
    const size = matrix[i + 2]! * ratio + margin;
    xMin = Math.min(xMin, x - size);
    xMax = Math.max(xMax, x + size);
    yMin = Math.min(yMin, y - size);
    yMax = Math.max(yMax, y + size);
    largest = Math.max(largest, size);
  }
  const width = xMax - xMin;
  const height = yMax - yMin;
  const xCenter = (xMin + xMax) / 2;
  const yCenter = (yMin + yMax) / 2;
  xMin = xCenter - (s.expansion * width) / 2;
  xMax = xCenter + (s.expansion * width) / 2;
  yMin = yCenter - (s.expansion * height) / 2;
  yMax = yCenter + (s.expansion * height) / 2;

  // Each node's box in the ordering grid, computed exactly as the library does.
  const { colMin, colMax, rowMin, rowMax } = work;
  for (let n = 0, i = 0; n < order; n++, i += 3) {
    const x = matrix[i]!;
    const y = matrix[i + 1]!;
    const size = matrix[i + 2]! * ratio + margin;
    colMin[n] = Math.floor((gridSize * (x - size - xMin)) / (xMax - xMin));
    colMax[n] = Math.floor((gridSize * (x + size - xMin)) / (xMax - xMin));
    rowMin[n] = Math.floor((gridSize * (y - size - yMin)) / (yMax - yMin));
    rowMax[n] = Math.floor((gridSize * (y + size - yMin)) / (yMax - yMin));
  }

  // A search grid whose cells are wider than any two touching discs: each node lives in the cell of its
  // centre, and a node can only collide with nodes of the 3 × 3 cells around its own.
  const cell = 2 * largest * 1.001 + 1e-9;
  const columns = Math.max(1, Math.min(4096, Math.floor((xMax - xMin) / cell)));
  const rows = Math.max(1, Math.min(4096, Math.floor((yMax - yMin) / cell)));
  const cellX = (xMax - xMin) / columns;
  const cellY = (yMax - yMin) / rows;
  const cells = columns * rows;
  work.head = grown(work.head, cells);
  const { head, next, cellOf } = work;
  head.fill(-1, 0, cells);
  // Nodes are pushed in descending order, so each cell's list runs in ascending node order.
  for (let n = order - 1; n >= 0; n--) {
    const c = Math.min(columns - 1, Math.max(0, Math.floor((matrix[3 * n]! - xMin) / cellX)));
    const r = Math.min(rows - 1, Math.max(0, Math.floor((matrix[3 * n + 1]! - yMin) / cellY)));
    cellOf[n] = c * rows + r;
    next[n] = head[c * rows + r]!;
    head[c * rows + r] = n;
  }

  const { deltaX, deltaY } = work;
  deltaX.fill(0);
  deltaY.fill(0);
  let converged = true;
  let keys = work.keys;
  for (let n2 = 0; n2 < order; n2++) {
    const x2 = matrix[3 * n2]!;
    const y2 = matrix[3 * n2 + 1]!;
    const s2 = matrix[3 * n2 + 2]!;
    const home = cellOf[n2]!;
    const c2 = (home / rows) | 0;
    const r2 = home - c2 * rows;
    let found = 0;
    for (let c = Math.max(0, c2 - 1); c <= Math.min(columns - 1, c2 + 1); c++) {
      for (let r = Math.max(0, r2 - 1); r <= Math.min(rows - 1, r2 + 1); r++) {
        for (let n1 = head[c * rows + r]!; n1 !== -1 && n1 < n2; n1 = next[n1]!) {
          // The library meets a pair in the first grid cell both boxes cover; none, it never meets it.
          const col = Math.max(colMin[n1]!, colMin[n2]!);
          const row = Math.max(rowMin[n1]!, rowMin[n2]!);
          if (col > Math.min(colMax[n1]!, colMax[n2]!) || row > Math.min(rowMax[n1]!, rowMax[n2]!)) continue;
          const s1 = matrix[3 * n1 + 2]!;
          const xDist = x2 - matrix[3 * n1]!;
          const yDist = y2 - matrix[3 * n1 + 1]!;
          const dist = Math.sqrt(xDist * xDist + yDist * yDist);
          if (!(dist < s1 * ratio + margin + (s2 * ratio + margin))) continue;
          converged = false;
          keys = grown(keys, 2 * (found + 1));
          keys[2 * found] = col * gridSize + row;
          keys[2 * found + 1] = n1;
          found++;
        }
      }
    }
    if (found === 0) continue;
    // The library adds n2's pushes in the order it meets the pairs: by first shared cell, then n1.
    // Summed in float32, as the library's Float32Array of pushes does.
    let dx = 0;
    let dy = 0;
    for (const k of work.sortOrder(keys, found)) {
      const n1 = keys[2 * k + 1]!;
      const s1 = matrix[3 * n1 + 2]!;
      const xDist = x2 - matrix[3 * n1]!;
      const yDist = y2 - matrix[3 * n1 + 1]!;
      const dist = Math.sqrt(xDist * xDist + yDist * yDist);
      if (dist > 0) {
        dx = Math.fround(dx + (xDist / dist) * (1 + s1));
        dy = Math.fround(dy + (yDist / dist) * (1 + s1));
      } else {
        dx = Math.fround(dx + width * (0.01 * (0.5 - jitter())));
        dy = Math.fround(dy + height * (0.01 * (0.5 - jitter())));
      }
    }
    deltaX[n2] = dx;
    deltaY[n2] = dy;
  }
  work.keys = keys;
  for (let n = 0, i = 0; n < order; n++, i += 3) {
    matrix[i] = matrix[i]! + deltaX[n]! * 0.1 * s.speed;
    matrix[i + 1] = matrix[i + 1]! + deltaY[n]! * 0.1 * s.speed;
  }
  return converged;
}

/** Buffers one run reuses across its iterations. */
class Work {
  readonly colMin: Int32Array;
  readonly colMax: Int32Array;
  readonly rowMin: Int32Array;
  readonly rowMax: Int32Array;
  readonly next: Int32Array;
  readonly cellOf: Int32Array;
  readonly deltaX: Float32Array;
  readonly deltaY: Float32Array;
  head: Int32Array<ArrayBuffer> = new Int32Array(1024);
  keys: Int32Array<ArrayBuffer> = new Int32Array(256);
  private readonly indices: number[] = [];

  constructor(order: number) {
    this.colMin = new Int32Array(order);
    this.colMax = new Int32Array(order);
    this.rowMin = new Int32Array(order);
    this.rowMax = new Int32Array(order);
    this.next = new Int32Array(order);
    this.cellOf = new Int32Array(order);
    this.deltaX = new Float32Array(order);
    this.deltaY = new Float32Array(order);
  }

  /** Indices 0…found-1 ordered by (cell, node) of the `keys` pairs. */
  sortOrder(keys: Int32Array, found: number): number[] {
    const indices = this.indices;
    indices.length = found;
    for (let k = 0; k < found; k++) indices[k] = k;
    if (found > 1) indices.sort((a, b) => keys[2 * a]! - keys[2 * b]! || keys[2 * a + 1]! - keys[2 * b + 1]!);
    return indices;
  }
}

/**
 * Moves nodes apart until their discs (radius `size`·ratio + margin) stop overlapping, or for
 * `maxIterations`. The same algorithm, arithmetic (float32 positions and pushes) and order of
 * additions as graphology-layout-noverlap 0.4.2, so the positions are the same to the bit, but found
 * otherwise: the library compares every pair of nodes sharing one of its 20 × 20 grid cells through a
 * Set of string keys (quadratic in a dense cell: 20 CPU-s at 8k nodes), this looks only at the 3 × 3
 * neighbouring cells of a grid sized to the largest disc, and restores the library's order of
 * additions per node. Nodes at exactly one point are separated by a seeded jitter (the library's
 * `Math.random` made the layout irreproducible there).
 */
export function removeOverlaps(graph: AbstractGraph, settings: Partial<NoverlapSettings> = {}): void {
  const s: NoverlapSettings = { ...NOVERLAP_DEFAULTS, ...settings };
  const order = graph.order;
  if (order === 0) return;
  const matrix = new Float32Array(order * 3);
  let i = 0;
  graph.forEachNode((_node, attributes) => {
    matrix[i] = attributes.x as number;
    matrix[i + 1] = attributes.y as number;
    matrix[i + 2] = (attributes.size as number) || 1;
    i += 3;
  });
  const work = new Work(order);
  const jitter = seededRandom(s.seed);
  for (let k = 0; k < s.maxIterations; k++) if (iterate(s, matrix, work, jitter)) break;
  i = 0;
  graph.forEachNode((node) => {
    graph.mergeNodeAttributes(node, { x: matrix[i], y: matrix[i + 1] });
    i += 3;
  });
}
