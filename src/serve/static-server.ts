/**
 * A small static file server for `county-kg view`: the built viewer at `/`, a graph directory at
 * `/graph/`. GET/HEAD only, 127.0.0.1 by default, no directory listings, no path outside its roots
 * (`..`, encoded separators, NUL and symlinks out are refused), a MIME type per extension and the
 * viewer's Content-Security-Policy on every response.
 */
import { createReadStream } from "node:fs";
import { realpath, stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, isAbsolute, relative, resolve } from "node:path";

/** The policy the viewer runs under; the FA2 layout worker starts from a `blob:` URL. */
export const VIEWER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' http: https: blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

const MIME_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".gexf": "application/xml; charset=utf-8",
  ".graphml": "application/xml; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
  ".map": "application/json; charset=utf-8",
};

/** MIME type of a file name (`application/octet-stream` when unknown). */
export function mimeType(path: string): string {
  return MIME_TYPES[extname(path).toLowerCase()] ?? "application/octet-stream";
}

export interface StaticServerOptions {
  /** Directory served at `/` (the built viewer); `/` itself is its index.html. */
  appDir: string;
  /** Directory served at `/graph/`. */
  graphDir: string;
  host?: string;
  /** 0 (default) picks a free port. */
  port?: number;
}

export interface StaticServer {
  /** `http://host:port/`. */
  url: string;
  close(): Promise<void>;
}

/**
 * The file a URL path names under `root`, or null when it is not a file strictly inside `root`
 * (after decoding, resolving `..` and following symlinks).
 */
export async function resolveInside(root: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes("\0") || decoded.includes("\\")) return null;
  const segments = decoded.split("/").filter((segment) => segment !== "" && segment !== ".");
  if (segments.some((segment) => segment === "..")) return null;
  try {
    const realRoot = await realpath(root);
    const file = await realpath(resolve(realRoot, ...segments));
    const inside = relative(realRoot, file);
    if (inside === "" || inside.startsWith("..") || isAbsolute(inside)) return null;
    return (await stat(file)).isFile() ? file : null;
  } catch {
    return null;
  }
}

function send(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, {
    "Content-Type": "text/plain; charset=utf-8",
    "Content-Security-Policy": VIEWER_CSP,
  });
  response.end(text);
}

async function handle(
  options: StaticServerOptions,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  if (request.method !== "GET" && request.method !== "HEAD") {
    response.setHeader("Allow", "GET, HEAD");
    send(response, 405, "method not allowed\n");
    return;
  }
  const path = new URL(request.url ?? "/", "http://localhost").pathname;
  const file = path.startsWith("/graph/")
    ? await resolveInside(options.graphDir, path.slice("/graph/".length))
    : await resolveInside(options.appDir, path === "/" ? "index.html" : path);
  if (file === null) {
    send(response, 404, "not found\n");
    return;
  }
  const info = await stat(file);
  response.writeHead(200, {
    "Content-Type": mimeType(file),
    "Content-Length": info.size,
    "Content-Security-Policy": VIEWER_CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-cache",
  });
  if (request.method === "HEAD") {
    response.end();
    return;
  }
  createReadStream(file).pipe(response);
}

/** Starts the server; resolves once it listens. */
export function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const host = options.host ?? "127.0.0.1";
  const server = createServer((request, response) => {
    handle(options, request, response).catch(() => {
      if (!response.headersSent) send(response, 500, "internal error\n");
      else response.destroy();
    });
  });
  return new Promise((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      const { port } = server.address() as AddressInfo;
      resolvePromise({
        url: `http://${host.includes(":") ? `[${host}]` : host}:${port}/`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
