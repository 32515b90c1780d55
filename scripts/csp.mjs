#!/usr/bin/env node
// Trunk post_build hook, the last step (scripts/post-build.sh): the page's
// strict Content-Security-Policy, written into the build for a newsroom to
// copy (README "What the host of dist/ should send"):
//
//   default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-…'; style-src 'self'; img-src 'self' data:
//
// The one inline script, the pre-paint script (`<script data-pre-paint>`,
// public/pre-paint.js, written inline by externalize-loader.mjs), is allowed
// by the SHA-256 of its text; it changes with the script, so the policy is
// made by the build. Every page in the folder (index.html, each language's
// page, the sources pages) is checked against it: the pre-paint script,
// identical in each page that has one, and no other inline script, no
// <style> element, no style="" attribute, no on…= handler and no
// javascript: URL. A page that breaks the policy fails the build (exit 1).
//
// Writes:
//   csp.txt    the policy, on one line;
//   _headers   the headers for every file, in the format Netlify and
//              Cloudflare Pages read: the policy, `X-Content-Type-Options:
//              nosniff` and `Access-Control-Allow-Origin: *` (which sandboxed
//              frames need, README "Embed").
//
// Trunk's live-reload client, which only `trunk serve` writes inline, is left
// out of the check (the dev server sends no policy).
//
// Usage: Trunk's hook with TRUNK_STAGING_DIR set, or by hand: node scripts/csp.mjs dist
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) {
  console.error("csp: set TRUNK_STAGING_DIR or pass the dist folder");
  process.exit(2);
}

/** The policy, with the hash source of the inline script (or none). */
function policy(hashSource) {
  const scripts = ["'self'", "'wasm-unsafe-eval'", ...(hashSource ? [hashSource] : [])];
  return `default-src 'self'; script-src ${scripts.join(" ")}; style-src 'self'; img-src 'self' data:`;
}

/** The CSP hash source of a script's text: 'sha256-<base64>' of its UTF-8 bytes. */
function hashSource(text) {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/** Attribute `name` in an attribute string, or null (quoted or bare values). */
function attribute(attrs, name) {
  const match = new RegExp(`(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+)))?(?=[\\s/]|$)`, "i").exec(attrs);
  if (!match) return null;
  return match[1] ?? match[2] ?? match[3] ?? "";
}

/** Every .html file under `folder`, as paths. */
function pages(folder) {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .sort();
}

/**
 * What one page asks of the policy: the text of its pre-paint script (or
 * null), and what the policy would block or the page lacks: a page that runs
 * the app (a module script) must have the pre-paint script.
 */
function readPage(html) {
  const problems = [];
  let prePaint = null;
  // Comments hold no markup (the dev build keeps index.html's).
  const text = html.replace(/<!--[\s\S]*?-->/g, "");
  for (const [, attrs, body] of text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (attribute(attrs, "src") !== null) continue; // a file: 'self'
    if (body.includes("__TRUNK_ADDRESS__") || body.includes("/.well-known/trunk/ws")) continue;
    const type = (attribute(attrs, "type") ?? "").toLowerCase();
    if (type !== "" && type !== "module" && !type.includes("javascript")) continue; // data, never run
    if (attribute(attrs, "data-pre-paint") === null) {
      problems.push(`an inline script that is not the pre-paint script: <script${attrs}>${body.slice(0, 60)}…`);
    } else if (prePaint !== null) {
      problems.push("two pre-paint scripts");
    } else {
      prePaint = body;
    }
  }
  const markup = text.replace(/(<script\b[^>]*>)[\s\S]*?(<\/script\s*>)/gi, "$1$2");
  const app = [...markup.matchAll(/<script\b([^>]*)>/gi)].some(([, attrs]) => (attribute(attrs, "type") ?? "").toLowerCase() === "module");
  if (app && prePaint === null) problems.push("it runs the app but has no pre-paint script (<script data-pre-paint>)");
  if (/<style\b/i.test(markup)) problems.push("a <style> element");
  for (const [tag, , attrs] of markup.matchAll(/<([a-z][a-z0-9-]*)\b([^>]*)>/gi)) {
    if (/\sstyle\s*=/i.test(attrs)) problems.push(`style attribute: ${tag}`);
    if (/\son[a-z]+\s*=/i.test(attrs)) problems.push(`inline event handler: ${tag}`);
    if (/=\s*["']?\s*javascript:/i.test(attrs)) problems.push(`javascript: URL: ${tag}`);
  }
  return { prePaint, problems };
}

const problems = [];
const scripts = new Map(); // text -> the pages that have it
for (const path of pages(dir)) {
  const name = relative(dir, path);
  const page = readPage(readFileSync(path, "utf8"));
  problems.push(...page.problems.map((p) => `${name}: ${p}`));
  if (page.prePaint !== null) scripts.set(page.prePaint, [...(scripts.get(page.prePaint) ?? []), name]);
}
if (scripts.size === 0) problems.push("no page has the pre-paint script (<script data-pre-paint>)");
if (scripts.size > 1) {
  problems.push(`the pages' pre-paint scripts differ: ${[...scripts.values()].map((names) => names.join(", ")).join(" | ")}`);
}
if (problems.length > 0) {
  console.error(`csp: the pages would break under the policy:\n  ${problems.join("\n  ")}`);
  process.exit(1);
}

const [text] = [...scripts.keys()];
const csp = policy(hashSource(text));
writeFileSync(join(dir, "csp.txt"), `${csp}\n`);
writeFileSync(
  join(dir, "_headers"),
  [
    "# The graphic's response headers, in the format Netlify and Cloudflare Pages read",
    "# (any other host: README \"What the host of dist/ should send\"). Written by the",
    "# build (scripts/csp.mjs): the hash is of this build's inline pre-paint script.",
    "# Paths start at the site's root: under a sub-folder, put it in front of /*.",
    "/*",
    `  Content-Security-Policy: ${csp}`,
    "  X-Content-Type-Options: nosniff",
    "  Access-Control-Allow-Origin: *",
    "",
  ].join("\n"),
);
const pageCount = [...scripts.values()].flat().length;
console.error(`csp: ${pageCount} pages with the pre-paint script (${hashSource(text)}); csp.txt and _headers written`);
