/** `county-kg view [DIR]`: serves the built viewer and DIR's graph on 127.0.0.1. */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { CountyKgError } from "../errors.js";
import { startStaticServer } from "../serve/static-server.js";
import { parseCommandArgs } from "./args.js";
import type { Command } from "./command.js";

/** viewer/dist of this package (dist/cli/view.js → ../../viewer/dist). */
const VIEWER_DIST = fileURLToPath(new URL("../../viewer/dist/", import.meta.url));

const usage = `Usage: county-kg view [DIR] [options]

Serves the graph viewer and DIR's graph.json (or graph.gexf) on http://127.0.0.1 and prints the URL.
Works offline. Stop it with Ctrl-C.

Arguments:
  DIR            directory holding graph.json or graph.gexf (default: graph)

Options:
  --port N       port to listen on (default: a free one)
  --host HOST    address to listen on (default: 127.0.0.1)
  --open         open the URL in the default browser (xdg-open/open/start, best effort)
  -h, --help     show this help`;

function openInBrowser(url: string): void {
  const command =
    process.platform === "darwin" ? "open" : process.platform === "win32" ? "explorer" : "xdg-open";
  try {
    const child = spawn(command, [url], { stdio: "ignore", detached: true });
    child.on("error", () => process.stderr.write(`county-kg view: could not run ${command}; open ${url}\n`));
    child.unref();
  } catch {
    process.stderr.write(`county-kg view: could not run ${command}; open ${url}\n`);
  }
}

function parsePort(value: string | undefined): number {
  if (value === undefined) return 0;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new CountyKgError("E_USAGE", `--port: '${value}' is not a port number`, {
      hint: "use 0–65535 (0: any free port)",
    });
  }
  return port;
}

export const viewCommand: Command = {
  name: "view",
  summary: "serve the interactive graph viewer for a built graph",
  usage,
  async run(args) {
    const { values, positionals } = parseCommandArgs("view", args, {
      port: { type: "string" },
      host: { type: "string" },
      open: { type: "boolean" },
    });
    if (positionals.length > 1) {
      throw new CountyKgError("E_USAGE", "view takes one directory", { hint: "see `county-kg view --help`" });
    }
    const port = parsePort(values.port);
    const graphDir = resolve(positionals[0] ?? "graph");
    if (!["graph.json", "graph.gexf"].some((name) => existsSync(join(graphDir, name)))) {
      throw new CountyKgError("E_GRAPH_MISSING", `no graph.json or graph.gexf in ${graphDir}`, {
        file: graphDir,
        hint: "build one first: `county-kg build seeds -o graph`",
      });
    }
    if (!existsSync(join(VIEWER_DIST, "index.html"))) {
      throw new CountyKgError("E_DATA", `the viewer is not built (${VIEWER_DIST} is missing)`, {
        hint: "run `npm run build` in the county-kg package",
      });
    }
    const server = await startStaticServer({
      appDir: VIEWER_DIST,
      graphDir,
      host: values.host ?? "127.0.0.1",
      port,
    }).catch((error: unknown) => {
      throw new CountyKgError("E_USAGE", `cannot listen: ${error instanceof Error ? error.message : error}`, {
        hint: "choose another --port, or omit it for a free one",
      });
    });
    process.stdout.write(`county-kg viewer: ${server.url}  (graph: ${graphDir}; Ctrl-C to stop)\n`);
    if (values.open) openInBrowser(server.url);
    await new Promise<void>((done) => {
      const stop = (): void => {
        void server.close().then(done);
      };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
    return 0;
  },
};
