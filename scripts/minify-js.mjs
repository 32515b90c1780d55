#!/usr/bin/env node
// Release builds only (scripts/post-build.sh): minifies the page's own scripts
// with terser (pinned in package.json), which Trunk 0.21 copies into dist/ as
// written, and keeps index.html's SRI hashes true:
//   - wasm-bindgen's JS glue (52 KB, 9 KB gzip unminified), the module that
//     index.html preloads (`<link rel="modulepreload" href="./<app>-<hash>.js"
//     integrity="sha384-…">`), as an ES module (`import.meta.url`; top-level
//     names may be renamed, exports are kept);
//   - public/boot.js, the deferred classic script of the static story, and
//     public/pre-paint.js, which externalize-loader.mjs then writes inline in
//     the head (its CSP hash is of the minified text), both kept ES5.
// Files keep their names: Trunk's hash in the glue's name is of the
// unminified text, and terser's output is a pure function of that text, so a
// name still stands for one content. Every integrity value of an old text in
// index.html (the modulepreload link, or any <script> that carries one) is
// replaced by the value of the new text; a glue whose declared integrity
// matches nothing fails the build.
//
// terser runs with its default, safe compress options and never renames
// properties, so the wasm's imports still find their functions by name.
//
// Usage: Trunk's hook with TRUNK_STAGING_DIR set, or by hand:
//   node scripts/minify-js.mjs dist
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { minify } from "terser";

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) {
  console.error("minify-js: set TRUNK_STAGING_DIR or pass the dist folder");
  process.exit(2);
}
const htmlPath = join(dir, "index.html");

function fail(message) {
  console.error(`minify-js: ${message}`);
  process.exit(1);
}

/** SRI value of `text` for hash `algorithm` (sha256, sha384 or sha512). */
function integrity(algorithm, text) {
  return `${algorithm}-${createHash(algorithm).update(text, "utf8").digest("base64")}`;
}

/** Attribute `name` of a tag's attribute string (quoted or bare), or null. */
function attribute(attrs, name) {
  const match = new RegExp(`(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+)))?(?=[\\s/]|$)`, "i").exec(attrs);
  if (!match) return null;
  return match[1] ?? match[2] ?? match[3] ?? "";
}

let html = readFileSync(htmlPath, "utf8");
const preloads = [...html.matchAll(/<link\b([^>]*)>/gi)]
  .map((m) => m[1])
  .filter((attrs) => (attribute(attrs, "rel") ?? "").toLowerCase().split(/\s+/).includes("modulepreload"));
if (preloads.length !== 1) {
  fail(`expected one <link rel="modulepreload"> (the wasm-bindgen glue) in ${htmlPath}, found ${preloads.length}`);
}
const href = attribute(preloads[0], "href") ?? "";
const fileName = basename(decodeURI(href.split(/[?#]/)[0]));
const gluePath = join(dir, fileName);
if (!fileName.endsWith(".js") || !existsSync(gluePath)) fail(`the preloaded module ${href} is not a .js file in ${dir}`);

/** Minifies `name` in place; returns its old and new text. */
async function minifyFile(name, module) {
  const path = join(dir, name);
  const before = readFileSync(path, "utf8");
  const result = await minify(before, {
    module,
    ecma: module ? 2020 : 5,
    compress: { passes: 2 },
    mangle: true,
    format: { comments: false },
  });
  if (typeof result.code !== "string" || result.code.length === 0) fail(`terser returned nothing for ${name}`);
  const after = `${result.code}\n`;
  writeFileSync(path, after);
  console.error(`minify-js: ${name} ${before.length} -> ${after.length} bytes`);
  return { before, after };
}

const glue = await minifyFile(fileName, true);
const texts = [glue];
for (const name of ["boot.js", "pre-paint.js"]) {
  if (existsSync(join(dir, name))) texts.push(await minifyFile(name, false));
}

// Every integrity value in the page that is of an old text gets the new one.
let glueReplaced = 0;
html = html.replace(/\b(sha256|sha384|sha512)-[A-Za-z0-9+/=]+/g, (value, algorithm) => {
  const text = texts.find((t) => value === integrity(algorithm, t.before));
  if (!text) return value;
  if (text === glue) glueReplaced += 1;
  return integrity(algorithm, text.after);
});
const declared = attribute(preloads[0], "integrity");
if (declared !== null && declared !== "" && glueReplaced === 0) {
  fail(`the modulepreload integrity of ${fileName} does not match its content: was the glue changed before this step?`);
}
writeFileSync(htmlPath, html);
