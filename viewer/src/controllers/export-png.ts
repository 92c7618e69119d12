/** PNG export of what the graph view shows: sigma's layers composed on a white background. */
import type { ViewerRenderer } from "../graph-types.js";

/** Renders the current view into one PNG blob. */
export async function renderPng(renderer: ViewerRenderer): Promise<Blob> {
  const { width, height } = renderer.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  const output = document.createElement("canvas");
  output.width = Math.round(width * ratio);
  output.height = Math.round(height * ratio);
  const context = output.getContext("2d");
  if (!context) throw new Error("no 2D canvas context");
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, output.width, output.height);
  // WebGL layers keep their pixels only until the next frame: draw right after a synchronous render.
  renderer.refresh();
  for (const canvas of Object.values(renderer.getCanvases())) {
    context.drawImage(canvas, 0, 0, output.width, output.height);
  }
  return new Promise((resolve, reject) =>
    output.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("PNG encoding failed"))), "image/png"),
  );
}

/** Downloads the current view as `name`. */
export async function downloadPng(renderer: ViewerRenderer, name: string): Promise<void> {
  const url = URL.createObjectURL(await renderPng(renderer));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
