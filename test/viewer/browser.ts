/**
 * Browser for the viewer's end-to-end tests: Debian's chromium through playwright-core. When it is
 * absent the tests are skipped with the reason printed, except under CI, where that is a failure.
 */
import { existsSync, mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";
export const ARTIFACTS = fileURLToPath(new URL("../../test-artifacts/", import.meta.url));
export const VIEWER_DIST = fileURLToPath(new URL("../../viewer/dist/", import.meta.url));

/** Why the browser tests cannot run here, or null when they can. Throws under CI instead. */
export function browserUnavailable(): string | null {
  const reason = !existsSync(CHROMIUM)
    ? `${CHROMIUM} not found (apt-get install chromium fonts-wqy-zenhei)`
    : !existsSync(`${VIEWER_DIST}index.html`)
      ? "viewer/dist is not built (npm run build)"
      : null;
  if (reason !== null && process.env.CI === "true")
    throw new Error(`viewer e2e tests cannot run under CI: ${reason}`);
  if (reason !== null) console.warn(`skipping viewer e2e tests: ${reason}`);
  return reason;
}

/** Headless chromium with the flags that make sigma's WebGL render in software. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
      "--enable-unsafe-swiftshader",
    ],
  });
}

/** Saves a screenshot of the page under test-artifacts/ (git-ignored) and returns its bytes. */
export async function keepScreenshot(page: Page, name: string): Promise<Buffer> {
  mkdirSync(ARTIFACTS, { recursive: true });
  return page.screenshot({ path: `${ARTIFACTS}${name}.png` });
}

/** Pixel statistics of the graph stage: how many pixels are not background, and how many are near `rgb`. */
export async function stagePixels(
  page: Page,
  rgb: [number, number, number] = [0, 0, 0],
): Promise<{ total: number; ink: number; near: number }> {
  const png = await page.locator("#sigma").screenshot();
  return page.evaluate(
    async ({ base64, target }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext("2d");
      if (!context) throw new Error("no 2D context");
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      let ink = 0;
      let near = 0;
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
        if (r < 245 || g < 245 || b < 245) ink += 1;
        if (Math.abs(r - target[0]) + Math.abs(g - target[1]) + Math.abs(b - target[2]) < 30) near += 1;
      }
      return { total: data.length / 4, ink, near };
    },
    { base64: png.toString("base64"), target: rgb },
  );
}
