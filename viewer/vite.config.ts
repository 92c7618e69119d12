// Vite config of the viewer (`vite viewer` for development, `vite build viewer` → viewer/dist).
import { createReadStream, existsSync, statSync } from "node:fs";
import { resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";

const graphDir = resolve(fileURLToPath(new URL("..", import.meta.url)), "graph");

/**
 * Development only: serves the repository's graph/ at /graph/ (as `county-kg view` does) and lets
 * Vite's injected `<style>` tags through the CSP. The built page keeps the strict policy.
 */
function devServer(): Plugin {
  return {
    name: "county-kg-dev",
    apply: "serve",
    transformIndexHtml: (html) => html.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
    configureServer(server) {
      server.middlewares.use("/graph/", (request, response, next) => {
        const file = resolve(graphDir, decodeURIComponent((request.url ?? "").split("?")[0] ?? "").slice(1));
        if (!file.startsWith(graphDir + sep) || !existsSync(file) || !statSync(file).isFile()) return next();
        createReadStream(file).pipe(response);
      });
    },
  };
}

export default defineConfig({
  base: "./",
  plugins: [devServer()],
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 2000 },
});
