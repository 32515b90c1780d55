// The developer path on plain stable Rust (issue 23): with a nightly that does
// not exist, scripts/serve.sh still serves the page and scripts/build.sh still
// builds a working one, on stable, with a one-line warning.
//
//   node --test tests/scripts.test.mjs
//
// scripts/test.sh runs the first (its debug wasm reuses what the wasm tests
// compiled: about 20 s). The second makes a stable release wasm that the suite
// does not otherwise need (minutes the first time on 2 cores): run it by hand.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const NO_NIGHTLY = { ...process.env, OVERSEAS_NIGHTLY: "nightly-1999-01-01" };
const BUILD_TIMEOUT = 30 * 60_000;

/** A TCP port that was free a moment ago. */
async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Resolves with `check()`'s first truthy result, polling every 500 ms; rejects after `ms`. */
async function waitFor(check, ms, what) {
  const deadline = Date.now() + ms;
  for (;;) {
    const result = await check().catch(() => null);
    if (result) return result;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

test("serve.sh serves the page when the nightly does not exist", { timeout: BUILD_TIMEOUT }, async () => {
  const port = await freePort();
  // Its own process group, so that trunk and whatever it started stop together.
  const child = spawn("bash", ["scripts/serve.sh", "--port", String(port)], {
    cwd: ROOT,
    env: NO_NIGHTLY,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout.on("data", (chunk) => (log += chunk));
  child.stderr.on("data", (chunk) => (log += chunk));
  const exited = new Promise((resolve) => child.on("exit", (code) => resolve(code)));
  try {
    const url = `http://127.0.0.1:${port}/`;
    const html = await Promise.race([
      waitFor(async () => {
        const text = await (await fetch(url)).text();
        return /\.wasm/.test(text) && text;
      }, BUILD_TIMEOUT - 60_000, `the page at ${url}`),
      exited.then((code) => {
        throw new Error(`serve.sh exited (${code}) before serving:\n${log}`);
      }),
    ]);
    const wasm = /["'=]\.?\/?([^"'\s>]+\.wasm)/.exec(html)[1];
    const response = await fetch(new URL(wasm, url));
    assert.equal(response.status, 200, `${wasm} not served`);
    assert.equal(response.headers.get("content-type"), "application/wasm");
    assert.doesNotMatch(log, /nightly/i, "serve.sh looked at the nightly");
  } finally {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      // already gone
    }
    await exited;
  }
});

test("build.sh builds a working page on stable when the nightly does not exist", { timeout: BUILD_TIMEOUT }, () => {
  const dist = mkdtempSync(join(tmpdir(), "overseas-stable-dist-"));
  try {
    const build = spawnSync("bash", ["scripts/build.sh", "--dist", dist], {
      cwd: ROOT,
      env: NO_NIGHTLY,
      encoding: "utf8",
      timeout: BUILD_TIMEOUT,
    });
    assert.equal(build.status, 0, `build.sh failed:\n${build.stderr}`);
    const warnings = build.stderr.split("\n").filter((line) => line.includes("WARNING"));
    assert.equal(warnings.length, 2, `one warning from setup, one from the build:\n${warnings.join("\n")}`);
    assert.match(warnings.at(-1), /^\[build\] WARNING: no usable nightly-1999-01-01 .*building on stable/);
    const files = readdirSync(dist);
    assert.ok(files.some((f) => f.endsWith(".wasm")), `no .wasm in ${files}`);
    assert.match(readFileSync(join(dist, "index.html"), "utf8"), /<main id="?graphic-static/);
    // The page works: the foundation end-to-end tests on this dist/.
    const e2e = spawnSync(process.execPath, ["--test", "tests/e2e/foundation.test.mjs"], {
      cwd: ROOT,
      env: { ...process.env, DIST: dist, ENGINES: "chromium" },
      encoding: "utf8",
      timeout: 10 * 60_000,
    });
    assert.equal(e2e.status, 0, `foundation tests on the stable build:\n${e2e.stdout.slice(-3000)}`);
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
});
