// Frame-timing benchmark (a report, not a test; nothing fails on a slow number):
// requestAnimationFrame deltas and long tasks while the graphic steps through
// its story with the keyboard, in headless Chromium with 4× CPU throttling.
//
//   node scripts/bench-frames.mjs [--rounds 3] [--dist dist] [--throttle 4] [--json raw.json]
//
// Per viewport (1100×900, where the map and the bar chart are side by side,
// both on screen; and 375×800, the bar chart, with the map hidden behind the
// Countries / Map switch) it loads the page once
// (`?autoplay=0`), waits for `html.live` (the app has taken over from the
// static first frame), the chart's performance.mark("chart-drawn") and, if a
// `canvas.map-chart` is there, for its `data-loaded="true"`; scrolls the
// `.stage` to the top of the window; focuses the timeline's Next button and
// presses ArrowRight through every step and ArrowLeft back to the first (the
// timeline's keydown handler takes the arrows from any of its buttons),
// waiting 900 ms after each press (a transition lasts 600 ms). That is one
// round; --rounds (BENCH_ROUNDS, default 3) of them run in the same page.
//
// An init script records, in the page: every rAF delta from the key press
// (a capturing keydown listener) to 700 ms after it, the frame that spans the
// press included (a rAF loop runs through the whole step-through, so each
// delta is the time between two frames); and every PerformanceObserver
// 'longtask' entry. A rAF timestamp is the time its frame began, so a frame
// held up by a long task still carries the time it was due, and the long
// delta shows on the frame after it: the deltas still add up to the wall
// time. Long tasks are counted from the first press to the end of
// the last transition, transitions and the pauses between them alike.
// Headless Chromium produces frames at 60 Hz while the page is visible, so
// 16.7 ms is the smallest delta to expect; an idle second before the first
// round is measured to check that.
//
// The measurement is scripts/bench-stepping.mjs (shared with the side-by-side
// benchmark, scripts/bench-compare.mjs).
import { existsSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startServer } from "../tests/e2e/server.mjs";
import { chromiumVersion, launchBrowser } from "../tests/e2e/helpers.mjs";
import { BUDGET, frameStats, LONG_FRAME_MS, measureFrames, percentile, STEP_WAIT_MS, WINDOW_MS } from "./bench-stepping.mjs";
import { opt } from "./bench-args.mjs";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const VIEWPORTS = [
  { width: 1100, height: 900 },
  { width: 375, height: 800 },
];

const f1 = (ms) => (Number.isFinite(ms) ? ms.toFixed(1) : "–");
// rAF timestamps jitter by a few tenths of a millisecond around 16.7 ms:
// a figure within JITTER_MS of its budget is not marked as over it.
const JITTER_MS = 0.5;
const mark = (value, budget) => (value > budget + JITTER_MS ? "!" : " ");
const pct = (v) => (v === null ? "–" : `${Math.round(v * 100)} %`);

const ROUNDS = Number(opt("rounds", process.env.BENCH_ROUNDS ?? 3));
const DIST = opt("dist", process.env.DIST ?? join(ROOT, "dist"));
const THROTTLE = Number(opt("throttle", 4));
const JSON_OUT = opt("json", null); // every delta and long task, for a closer look
if (!existsSync(join(DIST, "index.html"))) {
  console.error(`${join(DIST, "index.html")} is missing: run \`bash scripts/build.sh\` first`);
  process.exit(1);
}

console.log(
  `${chromiumVersion()}, ${THROTTLE}× CPU throttling, ${ROUNDS} round(s) of every step forward and back ` +
    `(ArrowRight/ArrowLeft on the focused Next button, ${STEP_WAIT_MS} ms apart), rAF deltas for ${WINDOW_MS} ms after each press`,
);
// Other work on the machine shows up as slow frames: say how busy it was.
const loadBefore = loadavg()[0];
const server = await startServer({ root: DIST });
const browser = await launchBrowser();
const header = `${"viewport".padEnd(10)} ${"charts on screen".padEnd(22)} ${"trans.".padStart(6)} ${"frames".padStart(7)} ${"p50 ms".padStart(7)} ${"p95 ms".padStart(8)} ${"worst ms".padStart(9)} ${`>${LONG_FRAME_MS} ms`.padStart(7)} ${"long tasks".padStart(10)} ${"longest ms".padStart(11)}`;
const rows = [];
const notes = [];
const raw = {};
let failed = false;
try {
  for (const viewport of VIEWPORTS) {
    const name = `${viewport.width}×${viewport.height}`;
    let r;
    try {
      r = await measureFrames(browser, server.url, viewport, { rounds: ROUNDS, throttle: THROTTLE });
    } catch (error) {
      rows.push(`${name.padEnd(10)} FAILED: ${error.message}`);
      failed = true;
      continue;
    }
    raw[name] = r;
    const windows = r.perRound.flat();
    const deltas = windows.flatMap((w) => w.deltas).sort((a, b) => a - b);
    const { p50, p95, worst, longFrames, longest } = frameStats(r);
    const over = r.longtasks;
    const charts =
      `bars ${pct(r.layout.bars)}` + (!r.hasMap ? ", no map" : r.layout.map ? `, map ${pct(r.layout.map)}` : ", map hidden");
    rows.push(
      `${name.padEnd(10)} ${charts.padEnd(22)} ${String(windows.length).padStart(6)} ${String(deltas.length).padStart(7)} ` +
        `${f1(p50).padStart(7)} ${f1(p95).padStart(7)}${mark(p95, BUDGET.p95)} ${f1(worst).padStart(8)}${mark(worst, BUDGET.worst)} ` +
        `${String(longFrames).padStart(7)} ${String(over.length).padStart(9)}${over.length ? "!" : " "} ${(over.length ? f1(longest) : "–").padStart(11)}`,
    );
    const worstPerRound = r.perRound.map((ws) => f1(Math.max(...ws.flatMap((w) => w.deltas))));
    const idle = [...r.idle].sort((a, b) => a - b);
    // The transition with the worst frame, and the long tasks that start inside a recording window.
    const worstWindow = windows.reduce((a, w) => (Math.max(...w.deltas) > Math.max(...a.deltas) ? w : a));
    const inWindow = r.longtasks
      .map((t) => ({ ...t, w: windows.find((w) => t.start < w.t0 + WINDOW_MS && t.start + t.duration > w.t0) }))
      .filter((t) => t.w);
    const byLabel = new Map();
    for (const t of inWindow) byLabel.set(t.w.label, [...(byLabel.get(t.w.label) ?? []), t]);
    notes.push(
      `${name}: worst delta per round ${worstPerRound.join(", ")} ms; idle baseline ${idle.length} frames in 1 s, p50 ${f1(percentile(idle, 50))} ms, ` +
        `min ${f1(idle[0])} ms; shortest delta in transitions ${f1(deltas[0])} ms`,
    );
    notes.push(
      `${name}: worst frame in ${worstWindow.label} (${f1(Math.max(...worstWindow.deltas))} ms); ` +
        `${inWindow.length} of ${r.longtasks.length} long tasks overlap a recording window` +
        (byLabel.size
          ? `: ${[...byLabel].map(([label, ts]) => `${label} ×${ts.length} (start:duration ${ts.map((t) => `${t.start >= t.w.t0 ? "+" : ""}${Math.round(t.start - t.w.t0)}:${Math.round(t.duration)}`).join(", ")} ms)`).join("; ")}`
          : ""),
    );
    if (r.noLongtask) notes.push(`${name}: this Chromium has no 'longtask' entries: long tasks are not measured`);
    if (windows.some((w) => w.cut) || r.open) notes.push(`${name}: a recording window was cut short by the next press`);
    if (idle.length && (percentile(idle, 50) < 15 || percentile(idle, 50) > 18.5)) {
      notes.push(`${name}: the idle frame interval is not ~16.7 ms: these deltas are not 60 Hz frames`);
    }
    for (const e of r.errors) notes.push(`${name}: page error: ${e}`);
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(header);
for (const row of rows) console.log(row);
console.log(
  `${"budget".padEnd(10)} ${"".padEnd(22)} ${"".padStart(6)} ${"".padStart(7)} ${"".padStart(7)} ${`≤ ${BUDGET.p95}`.padStart(7)}  ${`≤ ${BUDGET.worst}`.padStart(8)}  ${"".padStart(7)} ${`0 > ${BUDGET.longTask} ms`.padStart(9)}`,
);
console.log(`(! = over the budget by more than ${JITTER_MS} ms of timer jitter, or any long task; informational, nothing fails on it)`);
console.log(
  `  1-minute load average ${loadBefore.toFixed(2)} before, ${loadavg()[0].toFixed(2)} after, on ${availableParallelism()} CPUs ` +
    `(it counts this benchmark's own browsers and earlier sections too; other work on the machine shows up as slow frames)`,
);
for (const n of notes) console.log(`  ${n}`);
if (JSON_OUT) writeFileSync(JSON_OUT, JSON.stringify(raw, null, 1));
process.exit(failed ? 1 : 0);
