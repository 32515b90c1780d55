// Side-by-side benchmark (a report, not a test; nothing fails on a slow
// number): this page against the D3 peer of the same graphic, in one run.
//
//   node scripts/bench-compare.mjs [--peer PEER_DIST] [--dist dist] [--runs 5] [--throttles 4,1]
//
// Both dist/ folders are served by tests/e2e/server.mjs with gzip -9 on the
// fly (as a gzipping host would), each on its own port. Per CPU throttling
// rate (4×, then 1×) and run, one cold load of each page at 1100×900
// (scripts/bench-coldload.mjs), alternating and in turn first: A B, B A, A B…
// Then per run one fresh page of each, stepped forward through the story and
// back at 4× (scripts/bench-stepping.mjs, one round, no idle baseline),
// alternating the same way. Prints one table, median (min–max) over the runs,
// and the ratio of the medians (this page / peer); then where this page's
// time goes from navigation start to its live chart (milestones, medians).
// Without --peer it reports this page alone. Exits non-zero only when a page
// cannot be measured.
import { readFileSync, existsSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants as zlib, gzipSync } from "node:zlib";
import { startServer } from "../tests/e2e/server.mjs";
import { chromiumVersion, launchBrowser } from "../tests/e2e/helpers.mjs";
import { coldLoad, LCP_QUIET_MS, longTasksBefore, milestones } from "./bench-coldload.mjs";
import { frameStats, measureFrames, PROFILES } from "./bench-stepping.mjs";
import { opt } from "./bench-args.mjs";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const RUNS = Number(opt("runs", process.env.BENCH_RUNS ?? 5));
const DIST = opt("dist", process.env.DIST ?? join(ROOT, "dist"));
const PEER = opt("peer", null);
const THROTTLES = opt("throttles", "4,1").split(",").map(Number);
const VIEWPORT = { width: 1100, height: 900 };

for (const dir of [DIST, PEER].filter(Boolean)) {
  if (!existsSync(join(dir, "index.html"))) {
    console.error(`${join(dir, "index.html")} is missing: build it first`);
    process.exit(1);
  }
}

const sides = [{ key: "app", name: "this page", root: DIST, profile: PROFILES.app }];
if (PEER) sides.push({ key: "peer", name: "D3 peer", root: PEER, profile: PROFILES.peer });
/** Side order for run `i`: alternating, and each side first every other run. */
const order = (i) => (i % 2 ? [...sides].reverse() : sides);

const sorted = (xs) => xs.filter(Number.isFinite).sort((a, b) => a - b);
function median(xs) {
  const s = sorted(xs);
  const mid = s.length >> 1;
  return s.length === 0 ? NaN : s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
const group = (n) => Math.round(n).toLocaleString("en-US");
const ms = (n) => (Number.isFinite(n) ? `${group(n)}` : "–");
/** "median (min–max)" of a list, with `f` for each figure. */
function spread(xs, f = ms) {
  const s = sorted(xs);
  if (!s.length) return "–";
  return s[0] === s.at(-1) ? f(s[0]) : `${f(median(s))} (${f(s[0])}–${f(s.at(-1))})`;
}
const mostCommon = (xs) => [...xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map())].sort((a, b) => b[1] - a[1]);

/** gzip -9 and brotli (quality 11) bytes of the files a load requested, read from its dist/. */
function compressed(root, load) {
  let gz = 0;
  let br = 0;
  for (const r of load.responses.filter((x) => !(x.status >= 400))) {
    const file = join(root, r.path.endsWith("/") ? `${r.path}index.html` : r.path);
    if (!existsSync(file)) continue;
    const body = readFileSync(file);
    gz += gzipSync(body, { level: zlib.Z_BEST_COMPRESSION }).length;
    br += brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return { gz, br };
}

const load0 = loadavg()[0];
const loadSamples = [];
const sampler = setInterval(() => loadSamples.push(loadavg()[0]), 5000);
const browser = await launchBrowser();
for (const side of sides) side.server = await startServer({ root: side.root, gzip: true });
console.log(
  `${chromiumVersion()}, ${VIEWPORT.width}×${VIEWPORT.height}, ${RUNS} cold loads of each page per CPU rate, alternating; ` +
    `servers gzip -9 on the fly, no-store`,
);
const results = Object.fromEntries(sides.map((s) => [s.key, { loads: {}, frames: [] }]));
let failed = false;
try {
  // One unmeasured load of each: Chromium's own start-up, and the servers' gzip caches.
  for (const side of sides) await coldLoad(browser, side.server.url, { viewport: VIEWPORT, throttle: 1 }).catch(() => {});
  for (const throttle of THROTTLES) {
    for (const side of sides) results[side.key].loads[throttle] = [];
    for (let i = 0; i < RUNS; i++) {
      for (const side of order(i)) {
        try {
          results[side.key].loads[throttle].push(await coldLoad(browser, side.server.url, { viewport: VIEWPORT, throttle }));
        } catch (error) {
          console.log(`${side.name}, ${throttle}× CPU, run ${i + 1}: FAILED: ${error.message}`);
          failed = true;
        }
      }
    }
  }
  for (let i = 0; i < RUNS; i++) {
    for (const side of order(i)) {
      try {
        const r = await measureFrames(browser, side.server.url, VIEWPORT, { profile: side.profile, rounds: 1, throttle: 4, idle: false });
        results[side.key].frames.push({ ...frameStats(r), layout: r.layout, hasMap: r.hasMap });
      } catch (error) {
        console.log(`${side.name}, frames, run ${i + 1}: FAILED: ${error.message}`);
        failed = true;
      }
    }
  }
} finally {
  clearInterval(sampler);
  await browser.close();
  for (const side of sides) await side.server.close();
}

// ---------------------------------------------------------------- the table
const rows = [];
const row = (metric, pick, f = ms) => {
  const values = sides.map((s) => pick(results[s.key], s) ?? []);
  const ratio = values.length > 1 ? median(values[0]) / median(values[1]) : NaN;
  rows.push([metric, ...values.map((v) => spread(v, f)), Number.isFinite(ratio) ? ratio.toFixed(2) : "–"]);
};
const loadsAt = (t) => (r) => r.loads[t] ?? [];
for (const t of THROTTLES) {
  row(`first contentful paint, ${t}× CPU (ms)`, (r) => loadsAt(t)(r).map((l) => l.fcp));
  row(`largest contentful paint, ${t}× CPU (ms)`, (r) => loadsAt(t)(r).map((l) => l.lcp?.t));
  row(`live chart: chart-drawn mark, ${t}× CPU (ms)`, (r) => loadsAt(t)(r).map((l) => l.chartDrawn));
  row(`live chart: its frame painted, ${t}× CPU (ms)`, (r) => loadsAt(t)(r).map((l) => l.chartFrame));
}
const firstLoads = (r) => Object.values(r.loads).flat();
/** The page's own responses: not the browser's /favicon.ico request when the page has none (404). */
const served = (l) => l.responses.filter((x) => !(x.status >= 400));
row("wire bytes as served (gzip -9)", (r) => firstLoads(r).map((l) => served(l).reduce((a, x) => a + x.encoded, 0)), group);
const packed = Object.fromEntries(sides.map((s) => [s.key, firstLoads(results[s.key])[0] && compressed(s.root, firstLoads(results[s.key])[0])]));
row("  the same files, brotli 11", (_, s) => [packed[s.key]?.br], group);
row("  decoded bytes", (r) => firstLoads(r).map((l) => served(l).reduce((a, x) => a + x.decoded, 0)), group);
row("  requests", (r) => firstLoads(r).map((l) => served(l).length), group);
const f1 = (n) => (Number.isFinite(n) ? n.toFixed(1) : "–");
row("stepping, 4×: p95 frame (ms)", (r) => r.frames.map((f) => f.p95), f1);
row("stepping, 4×: worst frame (ms)", (r) => r.frames.map((f) => f.worst), f1);
row("stepping, 4×: frames over 25 ms", (r) => r.frames.map((f) => f.longFrames), group);
row("stepping, 4×: long tasks (> 50 ms)", (r) => r.frames.map((f) => f.longTasks), group);
row("stepping, 4×: longest task (ms)", (r) => r.frames.map((f) => (f.longTasks ? f.longest : 0)), ms);

const header = ["metric (median (min–max) of the runs)", ...sides.map((s) => s.name), sides.length > 1 ? "this / peer" : null].filter(Boolean);
const table = [header, ...rows.map((r) => r.slice(0, header.length))];
const widths = header.map((_, c) => Math.max(...table.map((r) => String(r[c]).length)));
console.log();
for (const r of table) console.log(r.map((cell, c) => (c ? String(cell).padStart(widths[c]) : String(cell).padEnd(widths[c]))).join("  "));

const notes = [];
for (const side of sides) {
  const lcps = firstLoads(results[side.key]).map((l) => (l.lcp ? l.lcp.element : "(no entry)"));
  notes.push(`${side.name}: LCP element ${mostCommon(lcps).map(([el, n]) => `${el} ×${n}`).join("; ")}`);
  const first = firstLoads(results[side.key])[0];
  if (first) {
    const short = (path) => path.replace(/([-.])([0-9a-f]{12,}|[0-9A-Z]{8})(?=[._])/g, "$1…");
    notes.push(`${side.name}: requests ${served(first).map((x) => `${short(x.path)} ${group(x.encoded)}`).join(", ")}`);
  }
  const f = results[side.key].frames[0];
  if (f) {
    const pct = (v) => (v === null ? "–" : `${Math.round(v * 100)} %`);
    notes.push(`${side.name}: stepping ${f.layout.steps} steps forward and back per run, on screen: bars ${pct(f.layout.bars)}, map ${f.hasMap ? pct(f.layout.map) : "none"}`);
  }
}
notes.push(
  "chart-drawn: both pages call performance.mark(\"chart-drawn\") once their live chart is in the document (the peer right after its first bars, " +
    "in its first script task, which then draws the map); \"its frame\": the first task after the next animation frame, " +
    "i.e. once the main thread has styled, laid out and painted the frame that shows it",
);
notes.push(`LCP: the last largest-contentful-paint entry once the page had been quiet for ${LCP_QUIET_MS} ms after load, chart-drawn and network idle (no input)`);
notes.push(
  "wire bytes: every response's encoded body (Resource Timing) until network idle, the HTML included, errors (the browser's /favicon.ico) left out; " +
    "brotli: the same files compressed at quality 11 " +
    "(Chromium sends Accept-Encoding br only over HTTPS)",
);
const allLoad = [load0, ...loadSamples, loadavg()[0]];
notes.push(
  `1-minute load average ${load0.toFixed(2)} at the start, ${loadavg()[0].toFixed(2)} at the end, mean ${(allLoad.reduce((a, b) => a + b, 0) / allLoad.length).toFixed(2)}, ` +
    `max ${Math.max(...allLoad).toFixed(2)} on ${availableParallelism()} CPUs (this benchmark's browser counts too)`,
);
for (const n of notes) console.log(`  ${n}`);

// ---------------------------------------------------------------- where this page's time goes
const app = results.app;
console.log();
console.log(`this page, navigation start → live chart: milestones in ms, median of ${RUNS} loads at ${VIEWPORT.width}×${VIEWPORT.height}`);
const perThrottle = THROTTLES.map((t) => (app.loads[t] ?? []).map(milestones));
// In the order of their median start at the first CPU rate.
const startOf = (label) => median((perThrottle[0] ?? []).flat().filter((m) => m[0] === label).map((m) => m[1]));
const labels = [...new Set(perThrottle.flat(2).map((m) => m[0]))].sort((a, b) => startOf(a) - startOf(b));
const cols = THROTTLES.flatMap((t) => [`${t}×: start`, `${t}×: end`]);
const mrows = [["milestone", ...cols]];
for (const label of labels) {
  const cells = perThrottle.flatMap((loads) => {
    const hits = loads.map((ms_) => ms_.find((m) => m[0] === label)).filter(Boolean);
    return [ms(median(hits.map((h) => h[1]))), hits.some((h) => h[2] !== null) ? ms(median(hits.map((h) => h[2]))) : ""];
  });
  mrows.push([label, ...cells]);
}
const mw = mrows[0].map((_, c) => Math.max(...mrows.map((r) => String(r[c]).length)));
for (const r of mrows) console.log(r.map((cell, c) => (c ? String(cell).padStart(mw[c]) : String(cell).padEnd(mw[c]))).join("  "));
for (const t of THROTTLES) {
  const tasks = (app.loads[t] ?? []).map((l) => longTasksBefore(l, l.chartDrawn));
  console.log(
    `  ${t}× CPU: long tasks (≥ 50 ms) that started before chart-drawn: ${spread(tasks.map((x) => x.count), group)}, ` +
      `${spread(tasks.map((x) => x.total))} ms in all, the longest ${spread(tasks.map((x) => x.longest))} ms`,
  );
}
console.log(
  "  files: request start → last byte (Resource Timing); WebAssembly.*: the call (the wasm response already there) → its promise settled " +
    "(compile + instantiate); chart-drawn's frame painted: the first task after the next animation frame; html.live: the app took over from the static frame",
);
process.exit(failed ? 1 : 0);
