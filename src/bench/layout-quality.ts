/** Node positions of a layout, indexed like the graph's node list. */
export interface Positions {
  x: Float64Array;
  y: Float64Array;
}

/** The `k` nearest other nodes of `node` (brute force: used on samples). */
function nearest(positions: Positions, node: number, k: number): Set<number> {
  const { x, y } = positions;
  const best: number[] = [];
  const distances: number[] = [];
  for (let other = 0; other < x.length; other++) {
    if (other === node) continue;
    const d = (x[other]! - x[node]!) ** 2 + (y[other]! - y[node]!) ** 2;
    if (best.length < k) {
      best.push(other);
      distances.push(d);
    } else if (d < distances[k - 1]!) {
      best[k - 1] = other;
      distances[k - 1] = d;
    } else continue;
    // Move the new last element up to its place: both lists stay sorted by distance.
    for (let i = best.length - 1; i > 0 && distances[i - 1]! > distances[i]!; i--) {
      [best[i - 1], best[i]] = [best[i]!, best[i - 1]!];
      [distances[i - 1], distances[i]] = [distances[i]!, distances[i - 1]!];
    }
  }
  return new Set(best);
}

/**
 * Neighbourhood preservation between two layouts of the same nodes: mean Jaccard index of each
 * sampled node's `k` nearest neighbours in `a` and in `b` (1 = the same neighbourhoods; invariant to
 * rotation, reflection and scale).
 */
export function neighbourhoodPreservation(
  a: Positions,
  b: Positions,
  sample: readonly number[],
  k = 10,
): number {
  let total = 0;
  for (const node of sample) {
    const near = nearest(a, node, k);
    let shared = 0;
    for (const other of nearest(b, node, k)) if (near.has(other)) shared++;
    total += shared / (2 * k - shared);
  }
  return total / sample.length;
}

/**
 * How well a layout keeps graph neighbours together: over sampled nodes with neighbours, the share of
 * a node's graph neighbours among its `min(k, degree)` nearest nodes in the layout.
 */
export function graphNeighbourRecall(
  positions: Positions,
  neighbours: readonly (readonly number[])[],
  sample: readonly number[],
  k = 10,
): number {
  let total = 0;
  let counted = 0;
  for (const node of sample) {
    const adjacent = neighbours[node]!;
    if (adjacent.length === 0) continue;
    const want = Math.min(k, adjacent.length);
    const near = nearest(positions, node, want);
    let found = 0;
    for (const other of adjacent) if (near.has(other)) found++;
    total += found / want;
    counted++;
  }
  return counted === 0 ? 0 : total / counted;
}

/** Spread of edge lengths: their coefficient of variation (standard deviation / mean; scale-free). */
export function edgeLengthSpread(
  positions: Positions,
  edges: readonly (readonly [number, number])[],
): number {
  let sum = 0;
  let squares = 0;
  for (const [s, t] of edges) {
    const length = Math.hypot(positions.x[s]! - positions.x[t]!, positions.y[s]! - positions.y[t]!);
    sum += length;
    squares += length * length;
  }
  const mean = sum / edges.length;
  return Math.sqrt(Math.max(0, squares / edges.length - mean * mean)) / mean;
}

/**
 * Global agreement of two layouts: Pearson correlation of the distances between the same sampled
 * pairs of nodes in both (1 = same shape up to rotation, reflection and scale).
 */
export function distanceCorrelation(
  a: Positions,
  b: Positions,
  pairs: readonly (readonly [number, number])[],
): number {
  const da = pairs.map(([s, t]) => Math.hypot(a.x[s]! - a.x[t]!, a.y[s]! - a.y[t]!));
  const db = pairs.map(([s, t]) => Math.hypot(b.x[s]! - b.x[t]!, b.y[s]! - b.y[t]!));
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const ma = mean(da);
  const mb = mean(db);
  let covariance = 0;
  let va = 0;
  let vb = 0;
  for (let i = 0; i < pairs.length; i++) {
    covariance += (da[i]! - ma) * (db[i]! - mb);
    va += (da[i]! - ma) ** 2;
    vb += (db[i]! - mb) ** 2;
  }
  return covariance / Math.sqrt(va * vb);
}
