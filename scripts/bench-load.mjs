// Load-time benchmark (a report, not a test), over N cold loads in headless
// Chromium, without and with 4× CPU throttling, from navigation start to:
//   - first contentful paint, which holds the static chart of the first frame
//     (each load checks that the chart was in the page when it was parsed);
//   - the app's performance.mark("chart-drawn"): the interactive chart.
//
//   node scripts/bench-load.mjs [--runs 5] [--dist dist] [--width 1100]
//
// Every load uses a fresh browser context (empty cache) and the server sends
// Cache-Control: no-store, so each load fetches and compiles the wasm again.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startServer } from "../tests/e2e/server.mjs";
import { chromiumVersion, launchBrowser } from "../tests/e2e/helpers.mjs";
import { opt } from "./bench-args.mjs";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const RUNS = Number(opt("runs", process.env.BENCH_RUNS ?? 5));
const DIST = opt("dist", process.env.DIST ?? join(ROOT, "dist"));
const WIDTH = Number(opt("width", 1100));
const TIMEOUT_MS = 60_000;

if (!existsSync(join(DIST, "index.html"))) {
  console.error(`${join(DIST, "index.html")} is missing: run \`trunk build --release\` first`);
  process.exit(1);
}

const server = await startServer({ root: DIST });
const browser = await launchBrowser();

async function coldLoad(throttle) {
  const context = await browser.newContext({ viewport: { width: WIDTH, height: 800 } });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  try {
    if (throttle > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
    }
    await page.addInitScript(() => {
      document.addEventListener("DOMContentLoaded", () => {
        window.__staticChart = !!document.querySelector(".static-frame svg.chart-svg");
      });
    });
    await page.goto(server.url, { waitUntil: "commit" });
    try {
      await page.waitForFunction(() => performance.getEntriesByName("chart-drawn", "mark").length > 0, null, {
        timeout: TIMEOUT_MS,
        polling: 10,
      });
    } catch {
      throw new Error(
        `no performance.mark("chart-drawn") within ${TIMEOUT_MS / 1000} s` +
          (errors.length ? `; page errors: ${errors.join(" | ")}` : ""),
      );
    }
    // The paint entry can be queued after the chart's mark in a fast load: wait for it.
    await page
      .waitForFunction(() => performance.getEntriesByName("first-contentful-paint").length > 0, null, { timeout: 5_000 })
      .catch(() => {});
    // Times are relative to timeOrigin, i.e. navigation start.
    const t = await page.evaluate(() => ({
      fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
      interactive: performance.getEntriesByName("chart-drawn", "mark")[0].startTime,
      staticChart: window.__staticChart === true,
    }));
    if (!t.staticChart) throw new Error("the first frame had no static chart");
    return t;
  } finally {
    await context.close();
  }
}

function stats(values) {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted.at(-1) };
}

const fmt = (ms) => `${ms.toFixed(0).padStart(6)} ms`;
let failed = false;
console.log(`${chromiumVersion()}, ${RUNS} cold loads each, viewport ${WIDTH}×800, ${server.url}`);
console.log(`${"navigation start →".padEnd(48)} ${"median".padStart(9)} ${"min".padStart(9)} ${"max".padStart(9)}   runs`);
try {
  // One unmeasured warm-up so the first measured run does not pay for Chromium's own start.
  await coldLoad(1).catch(() => {});
  for (const throttle of [1, 4]) {
    const label = throttle > 1 ? `${throttle}× CPU throttling` : "no throttling";
    const loads = [];
    try {
      for (let i = 0; i < RUNS; i++) loads.push(await coldLoad(throttle));
    } catch (error) {
      console.log(`${label.padEnd(48)} FAILED: ${error.message}`);
      failed = true;
      continue;
    }
    for (const [what, key] of [
      ["first paint with the static chart (FCP)", "fcp"],
      ["interactive chart (chart-drawn)", "interactive"],
    ]) {
      const times = loads.map((l) => l[key]);
      const s = stats(times);
      console.log(
        `${`${what}, ${label}`.padEnd(48)} ${fmt(s.median)} ${fmt(s.min)} ${fmt(s.max)}   ${times.map((t) => t.toFixed(0)).join(", ")}`,
      );
    }
  }
} finally {
  await browser.close();
  await server.close();
}
process.exit(failed ? 1 : 0);
