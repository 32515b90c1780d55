#!/usr/bin/env node
// Trunk post_build hook: makes the built index.html pass a strict CSP,
//   default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-…'; style-src 'self'; img-src 'self' data:
// which blocks every inline <script> but the one whose hash it names, every
// <style> and every style="" attribute, and leaves only HTML and CSS in the
// way of the first paint.
//
// The pre-paint script (public/pre-paint.js: theme and embed mode, which
// must be set before the first paint) is the one inline script: index.html
// names it `<script data-pre-paint src="pre-paint.js">`, and this script
// writes the file's text (minified in release builds by minify-js.mjs) in
// its place, keeps it inline and removes the file. It is not written inline
// in index.html itself because Trunk's HTML minifier (minify-js) would turn
// its ES5 functions into arrow functions. scripts/csp.mjs, after the
// language pages are made, hashes it into the policy (dist/csp.txt).
//
// Trunk 0.21 injects the app loader as an inline <script type="module">
// (`import init from './app-HASH.js'; await init(...)`). This script moves every
// other inline script into its own content-hashed file next to index.html,
// `loader-<hash>.js` (modules) or `inline-<hash>.js` (classic scripts), and
// refers to it with src= and an SRI integrity attribute; inline <style> blocks
// become `inline-<hash>.css` stylesheets. The module's relative imports keep
// working because the file sits in the same folder as index.html.
//
// Nothing but HTML and CSS competes with the first paint: the app's module
// loader, the modulepreload of wasm-bindgen's glue and the preload of the
// wasm get fetchpriority="low" (Trunk 0.21 has no option for it: its
// pattern_preload would drop the integrity values). boot.js is deferred,
// which is low already. The loader is also `async`: it starts the app as
// soon as it and the wasm are in, while the parser may still be reading the
// page; the app waits for the parse to end before it mounts.
//
// Two more fixes for sandboxed frames (`<iframe sandbox="allow-scripts">`,
// whose document has an opaque origin, so every request is cross-origin):
// stylesheet links that carry an integrity attribute get crossorigin="anonymous",
// since SRI cannot check the opaque response of a no-cors request. (The host
// must then send `Access-Control-Allow-Origin: *`, as it must for the module
// scripts and the wasm anyway; see README "Embed".)
//
// The app loader is also made to fail gracefully: its static `import` becomes
// a dynamic one inside try/catch, so a glue or wasm file that fails to load or
// compile, a browser without WebAssembly, a CSP without 'wasm-unsafe-eval' or
// a panic at start-up calls `window.overseasStationsFallback` (public/boot.js),
// which shows the static story, instead of leaving an uncaught error.
//
// Left inline on purpose: the pre-paint script (above), and Trunk's
// live-reload client, which only `trunk serve` injects and which must stay in
// the HTML because the dev server substitutes its own address into it when
// serving the page.
//
// Finally it refuses (exit 1) HTML that a strict CSP would still break:
// style="" attributes, on*="" handlers or javascript: URLs.
//
// Usage: Trunk runs it with TRUNK_STAGING_DIR and TRUNK_PUBLIC_URL set
// (Trunk.toml [[hooks]]). By hand: node scripts/externalize-loader.mjs dist [./]
import { createHash } from "node:crypto";
import { existsSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
const publicUrl = process.env.TRUNK_PUBLIC_URL ?? process.argv[3] ?? "./";
if (!dir) {
  console.error("externalize-loader: set TRUNK_STAGING_DIR or pass the dist folder");
  process.exit(2);
}
const htmlPath = join(dir, "index.html");
const base = publicUrl.endsWith("/") ? publicUrl : `${publicUrl}/`;

/** Name and integrity for a file's content. */
function digest(text) {
  const sha384 = createHash("sha384").update(text, "utf8").digest();
  return {
    name: createHash("sha256").update(text, "utf8").digest("hex").slice(0, 16),
    integrity: `sha384-${sha384.toString("base64")}`,
  };
}

/** Attribute `name` in an attribute string, or null (quoted or bare values). */
function attribute(attrs, name) {
  const match = new RegExp(`(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+)))?(?=[\\s/]|$)`, "i").exec(attrs);
  if (!match) return null;
  return match[1] ?? match[2] ?? match[3] ?? "";
}

/** The attribute string without `names` (nonce would point at nothing). */
function withoutAttributes(attrs, names) {
  let out = attrs;
  for (const name of names) {
    out = out.replace(new RegExp(`\\s${name}(?:\\s*=\\s*(?:"[^"]*"|'[^']*'|[^\\s"'>]+))?(?=[\\s/]|$)`, "gi"), "");
  }
  return out;
}

/** Trunk's module loader, with its start-up wrapped so a failure shows the static story. */
function guardedLoader(body) {
  const glue = /^import init, \* as bindings from (['"][^'"]+['"]);$/m;
  const match = glue.exec(body);
  if (!match) {
    console.error("externalize-loader: the app loader no longer starts with `import init, * as bindings from ...`: update guardedLoader for this Trunk version");
    process.exit(1);
  }
  const rest = body.replace(glue, "").trim().replace(/\n{2,}/g, "\n");
  return [
    "try {",
    `  const bindings = await import(${match[1]});`,
    "  const init = bindings.default;",
    ...rest.split("\n").map((line) => `  ${line}`),
    "} catch (error) {",
    '  console.warn("overseas-stations: the interactive graphic could not start; showing its static version.", error);',
    "  // An async module can fail before boot.js (deferred: it runs after the parse,",
    "  // before DOMContentLoaded) has defined the fallback: then it waits for that event.",
    "  const fallBack = () => window.overseasStationsFallback && window.overseasStationsFallback(error);",
    '  if (window.overseasStationsFallback || document.readyState === "complete") fallBack();',
    '  else addEventListener("DOMContentLoaded", fallBack);',
    "}",
  ].join("\n");
}

function write(fileName, text) {
  writeFileSync(join(dir, fileName), text);
}

function fail(message) {
  console.error(`externalize-loader: ${message}`);
  process.exit(1);
}

/** `attrs` with `name="value"` added, unless the tag already has `name`. */
function withAttribute(attrs, name, value) {
  if (attribute(attrs, name) !== null) return attrs;
  const selfClosing = /\/\s*$/.test(attrs);
  const trimmed = attrs.replace(/\s*\/\s*$/, "");
  return `${trimmed} ${name}="${value}"${selfClosing ? "/" : ""}`;
}

/** The text of the pre-paint script's file, for an inline <script> (the file leaves dist/). */
function prePaintText(src) {
  const fileName = basename(decodeURI(src.split(/[?#]/)[0]));
  const path = join(dir, fileName);
  if (!existsSync(path)) fail(`the pre-paint script ${src} is not in ${dir}`);
  const text = readFileSync(path, "utf8").trim();
  // Either would end or change the inline script's text in the HTML parser.
  if (/<\/script|<!--/i.test(text)) fail(`${fileName} contains "</script" or "<!--": it cannot be inline`);
  unlinkSync(path);
  return { fileName, text };
}

let html = readFileSync(htmlPath, "utf8");
const moved = [];

// 0. The pre-paint script, inline (its file's text in place of the tag).
const inlined = [];
html = html.replace(/<script\b([^>]*)>\s*<\/script\s*>/gi, (whole, attrs) => {
  if (attribute(attrs, "data-pre-paint") === null || attribute(attrs, "src") === null) return whole;
  const { fileName, text } = prePaintText(attribute(attrs, "src"));
  inlined.push(fileName);
  return `<script data-pre-paint>${text}</script>`;
});

// 1. Inline scripts -> files, but the pre-paint script.
html = html.replace(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi, (whole, attrs, body) => {
  if (attribute(attrs, "src") !== null) return whole; // already external
  if (attribute(attrs, "data-pre-paint") !== null) return whole; // allowed by its hash (scripts/csp.mjs)
  if (body.trim() === "") return whole;
  if (body.includes("__TRUNK_ADDRESS__") || body.includes("/.well-known/trunk/ws")) {
    return whole; // trunk serve's live-reload client: dev only, must stay inline
  }
  const type = (attribute(attrs, "type") ?? "").toLowerCase();
  if (type !== "" && type !== "module" && !type.includes("javascript")) {
    return whole; // data blocks (JSON, templates) are not executed: CSP allows them
  }
  const isLoader = type === "module" && /\bawait init\(/.test(body);
  const text = `${isLoader ? guardedLoader(body.trim()) : body.trim()}\n`;
  const { name, integrity } = digest(text);
  const fileName = `${type === "module" ? "loader" : "inline"}-${name}.js`;
  write(fileName, text);
  moved.push(fileName);
  const rest = withoutAttributes(attrs, ["nonce", "integrity", "crossorigin"]);
  const cors = type === "module" ? "" : ' crossorigin="anonymous"';
  // The app's loader waits for the first paint's HTML and CSS (step 3), and
  // runs as soon as it is in (async), not after the whole page is parsed: the
  // wasm compiles and the app reads its data meanwhile, and mounts once the
  // page is parsed (src/app/start.rs).
  const priority = isLoader ? ' async fetchpriority="low"' : "";
  return `<script${rest} src="${base}${fileName}" integrity="${integrity}"${cors}${priority}></script>`;
});

// 2. Inline <style> blocks -> stylesheets.
html = html.replace(/<style\b([^>]*)>([\s\S]*?)<\/style\s*>/gi, (whole, attrs, body) => {
  if (body.trim() === "") return "";
  const text = `${body.trim()}\n`;
  const { name, integrity } = digest(text);
  const fileName = `inline-${name}.css`;
  write(fileName, text);
  moved.push(fileName);
  const media = attribute(attrs, "media");
  const mediaAttr = media ? ` media="${media}"` : "";
  return `<link rel="stylesheet" href="${base}${fileName}"${mediaAttr} integrity="${integrity}" crossorigin="anonymous">`;
});

// 3. The app's preloads (the glue's modulepreload, the wasm's preload) at low
//    priority: the first paint's stylesheets go first.
//    Stylesheets with SRI must be CORS requests to load in sandboxed frames.
//    Chromium ignores (and warns about) integrity on `preload as=fetch`: drop it.
html = html.replace(/<link\b([^>]*)>/gi, (whole, attrs) => {
  const rel = (attribute(attrs, "rel") ?? "").toLowerCase().split(/\s+/);
  const as = (attribute(attrs, "as") ?? "").toLowerCase();
  if (rel.includes("modulepreload")) return `<link${withAttribute(attrs, "fetchpriority", "low")}>`;
  if (rel.includes("preload")) {
    const low = withAttribute(attrs, "fetchpriority", "low");
    return `<link${as === "fetch" ? withoutAttributes(low, ["integrity"]) : low}>`;
  }
  if (!rel.includes("stylesheet")) return whole;
  if (attribute(attrs, "integrity") === null || attribute(attrs, "crossorigin") !== null) return whole;
  const selfClosing = /\/\s*$/.test(attrs);
  const trimmed = attrs.replace(/\s*\/\s*$/, "");
  return `<link${trimmed} crossorigin="anonymous"${selfClosing ? "/" : ""}>`;
});

// 4. What a strict CSP would still block, in the markup (the inline scripts'
//    text aside: a `<` in their code is no tag).
const problems = [];
const markup = html.replace(/(<script\b[^>]*>)[\s\S]*?(<\/script\s*>)/gi, "$1$2");
for (const match of markup.matchAll(/<([a-z][a-z0-9-]*)\b([^>]*)>/gi)) {
  const [tag, , attrs] = match;
  if (/\sstyle\s*=/i.test(attrs)) problems.push(`style attribute: ${tag}`);
  if (/\son[a-z]+\s*=/i.test(attrs)) problems.push(`inline event handler: ${tag}`);
  if (/=\s*["']?\s*javascript:/i.test(attrs)) problems.push(`javascript: URL: ${tag}`);
}
if (problems.length > 0) {
  console.error(`externalize-loader: ${htmlPath} would break under a strict CSP:\n  ${problems.join("\n  ")}`);
  process.exit(1);
}

writeFileSync(htmlPath, html);
console.error(`externalize-loader: ${moved.length ? `moved inline code to ${moved.join(", ")}` : "no inline code"}`);
if (inlined.length) console.error(`externalize-loader: ${inlined.join(", ")} inline (data-pre-paint)`);
