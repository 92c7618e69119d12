/** Camera moves: fly to a node, zoom, reset. */
import type { ViewerRenderer } from "../graph-types.js";

const DURATION = 500;

/**
 * Animates the camera to show `nodes` (the first one is the one that matters: a node and its
 * neighbourhood), with a margin; never zooms in closer than `minRatio`.
 */
export function fitNodes(renderer: ViewerRenderer, nodes: Iterable<string>, minRatio = 0.08): void {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const node of nodes) {
    const display = renderer.getNodeDisplayData(node);
    if (!display) continue;
    minX = Math.min(minX, display.x);
    maxX = Math.max(maxX, display.x);
    minY = Math.min(minY, display.y);
    maxY = Math.max(maxY, display.y);
  }
  if (minX === Infinity) return;
  // Framed-graph coordinates: the whole graph spans [0, 1] and ratio 1 shows it all.
  const ratio = Math.min(1, Math.max(minRatio, 1.4 * Math.max(maxX - minX, maxY - minY)));
  void renderer
    .getCamera()
    .animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: DURATION });
}

/** Zooms in (`factor` < 1) or out (> 1) around the centre. */
export function zoomBy(renderer: ViewerRenderer, factor: number): void {
  const camera = renderer.getCamera();
  void camera.animate({ ratio: camera.ratio * factor }, { duration: DURATION / 2 });
}

/** Back to the whole graph. */
export function resetCamera(renderer: ViewerRenderer): void {
  void renderer.getCamera().animatedReset({ duration: DURATION });
}
