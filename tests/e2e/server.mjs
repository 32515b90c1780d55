// A tiny static file server for dist/ (node:http only, no dependencies).
//
// As a module:
//   import { startServer } from "./server.mjs";
//   const server = await startServer({ root: "dist", headers: { "Content-Security-Policy": "..." } });
//   server.url  // "http://127.0.0.1:PORT/"
//   await server.close();
//
// From a shell:
//   node tests/e2e/server.mjs [--root dist] [--port 0] [--header "Name: value"]... [--gzip] [--no-csp]
//   prints the URL on stdout, serves until killed.
//
// Binds 127.0.0.1 only, on a free port unless one is given. Sends correct MIME
// types (notably application/wasm, which WebAssembly.instantiateStreaming requires),
// Cache-Control: no-store (every load is a cold load), and any extra headers.
// Every file of the build (dist/, or $DIST) goes out with the build's own
// Content-Security-Policy, the one it wrote to csp.txt for a newsroom to copy
// (scripts/csp.mjs), so that every test runs under it; other files (the
// example hosts) get none. A Content-Security-Policy among the extra headers
// replaces it on every file; `csp: false` (--no-csp) sends none.
// With `collect: true` (the cross-engine tests) every HTML page gets
// collector.js as the first script of its <head>, served at COLLECTOR_PATH
// with probes.countFrameRequests after it.
// With `gzip: true` (the benchmark; --gzip) text, wasm and other compressible
// files go out gzip -9 encoded to a client that accepts it, compressed once
// per file and kept in memory, so the wire bytes are those a gzipping host sends.
import { createServer } from "node:http";
import { createReadStream, existsSync, readFileSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { extname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { constants as zlib, gzipSync } from "node:zlib";
import { countFrameRequests } from "./probes.mjs";

export const MIME_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".htm": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".otf": "font/otf",
  ".webmanifest": "application/manifest+json",
};

export const DEFAULT_ROOT = fileURLToPath(new URL("../../dist/", import.meta.url));
/** The build whose files are served with its own policy: $DIST, else dist/. */
export const BUILD_ROOT = resolve(process.env.DIST ?? DEFAULT_ROOT);
/** Where the error collector is served when `collect` is on. */
export const COLLECTOR_PATH = "/__e2e/collector.js";
const COLLECTOR_FILE = fileURLToPath(new URL("./collector.js", import.meta.url));
/** Types a host would compress: everything but images (other than SVG) and fonts. */
const COMPRESSIBLE = /^(text\/|application\/(wasm|json|xml|manifest)|image\/svg)/;

/**
 * The build's Content-Security-Policy, as it wrote it to csp.txt
 * (scripts/csp.mjs): the strict policy with the pre-paint script's hash.
 */
export function buildPolicy(build = BUILD_ROOT) {
  const file = join(build, "csp.txt");
  if (!existsSync(file)) throw new Error(`${file} is missing: build with scripts/build.sh (scripts/csp.mjs writes it)`);
  return readFileSync(file, "utf8").trim();
}

/** Is `path` `folder` or inside it? */
function inside(path, folder) {
  const rel = relative(folder, path);
  return rel === "" || (rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/**
 * `html` with the collector's <script> first in its head: after <head>, or
 * after <html> or the doctype where a minified page leaves the optional
 * <head> tag out. Never before the doctype, which would put the page in
 * quirks mode.
 */
function withCollector(html) {
  const tag = `<script src="${COLLECTOR_PATH}"></script>`;
  const start = html.match(/<head\b[^>]*>/i) ?? html.match(/<html\b[^>]*>/i) ?? html.match(/<!doctype\b[^>]*>/i);
  return start ? html.replace(start[0], `${start[0]}${tag}`) : `${tag}${html}`;
}

/**
 * Start serving `root`. Resolves once listening. `httpErrors` lists every
 * response with a status of 400 or more (`"404 /path"`).
 * `headers` is an object or a function of the server's origin returning one.
 * Files of the build get its policy (`buildPolicy`) unless `csp` is false or
 * `headers` has a Content-Security-Policy of its own.
 * @param {{root?: string, host?: string, port?: number, headers?: Record<string,string> | ((origin: string) => Record<string,string>), log?: boolean, collect?: boolean, gzip?: boolean, csp?: boolean}} [options]
 * @returns {Promise<{url: string, origin: string, port: number, root: string, requests: string[], httpErrors: string[], close: () => Promise<void>}>}
 */
export async function startServer(options = {}) {
  const root = resolve(options.root ?? DEFAULT_ROOT);
  const host = options.host ?? "127.0.0.1";
  // Set once listening: a function of the origin may name it (e.g. in a CSP).
  let extraHeaders = {};
  // The build's policy, for its files (set once listening, unless the extra headers have one).
  let policy = null;
  /** The extra headers for `file`, with the build's policy when it is one of the build's. */
  const headersFor = (file) => (policy && inside(file, BUILD_ROOT) ? { "Content-Security-Policy": policy, ...extraHeaders } : extraHeaders);
  const requests = [];
  const httpErrors = [];
  const gzipped = new Map(); // file -> { mtimeMs, body }

  const server = createServer(async (req, res) => {
    requests.push(`${req.method} ${req.url}`);
    if (options.log) process.stderr.write(`${req.method} ${req.url}\n`);
    const send = (status, body, type = "text/plain; charset=utf-8", headers = extraHeaders) => {
      if (status >= 400) httpErrors.push(`${status} ${req.url}`);
      res.writeHead(status, { "Content-Type": type, "Cache-Control": "no-store", ...headers });
      res.end(req.method === "HEAD" ? undefined : body);
    };
    if (req.method !== "GET" && req.method !== "HEAD") return send(405, "method not allowed\n");

    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, "http://localhost").pathname);
    } catch {
      return send(400, "bad request\n");
    }
    if (pathname.includes("\0")) return send(400, "bad request\n");
    if (options.collect && pathname === COLLECTOR_PATH) {
      // The collector, then the frame counter that probes.animationIdle reads.
      const script = `${await readFile(COLLECTOR_FILE, "utf8")}\n(${countFrameRequests})();\n`;
      return send(200, script, MIME_TYPES[".js"]);
    }
    let file = resolve(join(root, pathname));
    if (file !== root && !file.startsWith(root + sep)) return send(403, "forbidden\n");

    try {
      let info = await stat(file);
      if (info.isDirectory()) {
        file = join(file, "index.html");
        info = await stat(file);
      }
      if (!info.isFile()) return send(404, "not found\n");
      const type = MIME_TYPES[extname(file).toLowerCase()] ?? "application/octet-stream";
      if (options.collect && type.startsWith("text/html")) {
        return send(200, withCollector(await readFile(file, "utf8")), type, headersFor(file));
      }
      if (options.gzip && COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "")) {
        let cached = gzipped.get(file);
        if (cached?.mtimeMs !== info.mtimeMs) {
          cached = { mtimeMs: info.mtimeMs, body: gzipSync(await readFile(file), { level: zlib.Z_BEST_COMPRESSION }) };
          gzipped.set(file, cached);
        }
        res.writeHead(200, {
          "Content-Type": type,
          "Content-Encoding": "gzip",
          "Content-Length": cached.body.length,
          "Cache-Control": "no-store",
          Vary: "Accept-Encoding",
          "X-Content-Type-Options": "nosniff",
          ...headersFor(file),
        });
        return res.end(req.method === "HEAD" ? undefined : cached.body);
      }
      res.writeHead(200, {
        "Content-Type": type,
        "Content-Length": info.size,
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
        ...headersFor(file),
      });
      if (req.method === "HEAD") return res.end();
      createReadStream(file).pipe(res);
    } catch {
      send(404, "not found\n");
    }
  });

  await new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(options.port ?? 0, host, ok);
  });
  const { port } = server.address();
  const origin = `http://${host}:${port}`;
  extraHeaders = (typeof options.headers === "function" ? options.headers(origin) : options.headers) ?? {};
  const ownPolicy = Object.keys(extraHeaders).some((name) => name.toLowerCase() === "content-security-policy");
  const servesBuild = inside(BUILD_ROOT, root) || inside(root, BUILD_ROOT);
  if (options.csp !== false && !ownPolicy && servesBuild) {
    try {
      policy = buildPolicy();
    } catch (error) {
      server.close();
      throw error;
    }
  }
  return {
    url: `${origin}/`,
    origin,
    port,
    root,
    requests,
    httpErrors,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}

// Command line use.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const options = { headers: {}, log: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--root") options.root = args[++i];
    else if (arg === "--port") options.port = Number(args[++i]);
    else if (arg === "--host") options.host = args[++i];
    else if (arg === "--log") options.log = true;
    else if (arg === "--gzip") options.gzip = true;
    else if (arg === "--no-csp") options.csp = false;
    else if (arg === "--header") {
      const h = args[++i] ?? "";
      const colon = h.indexOf(":");
      if (colon < 1) {
        console.error(`bad --header "${h}" (expected "Name: value")`);
        process.exit(2);
      }
      options.headers[h.slice(0, colon).trim()] = h.slice(colon + 1).trim();
    } else {
      console.error("usage: node tests/e2e/server.mjs [--root DIR] [--port N] [--host ADDR] [--header 'Name: value']... [--log] [--gzip] [--no-csp]");
      process.exit(2);
    }
  }
  const server = await startServer(options);
  console.log(server.url);
  const stop = () => server.close().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
