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
// As a module, `measureFrames` steps any page a profile in PROFILES describes:
// scripts/bench-compare.mjs uses it on this page and on the D3 peer, whose
// Next button is `#next` and whose document takes the arrow keys.
import { existsSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { startServer } from "../tests/e2e/server.mjs";
import { chromiumVersion, launchBrowser } from "../tests/e2e/helpers.mjs";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const VIEWPORTS = [
  { width: 1100, height: 900 },
  { width: 375, height: 800 },
];
const WINDOW_MS = 700; // recorded after each key press
const STEP_WAIT_MS = 900; // between key presses
const TIMEOUT_MS = 60_000;
const BUDGET = { p95: 16.7, worst: 33, longTask: 50 };
const LONG_FRAME_MS = 25; // a delta over this missed at least one 60 Hz frame

/** Runs in the page before its own scripts. */
function recorder(windowMs) {
  const B = (window.__frames = { armed: false, prev: null, rec: null, idle: null, windows: [], longtasks: [] });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) B.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: "longtask", buffered: true });
  } catch {
    B.noLongtask = true;
  }
  const tick = (ts) => {
    if (!B.armed) {
      B.prev = null;
      return;
    }
    if (B.prev !== null) {
      const delta = ts - B.prev;
      if (B.rec) {
        B.rec.deltas.push(delta);
        if (ts - B.rec.t0 >= windowMs) {
          B.windows.push(B.rec);
          B.rec = null;
        }
      } else if (B.idle) {
        B.idle.push(delta);
      }
    }
    B.prev = ts;
    requestAnimationFrame(tick);
  };
  B.arm = () => {
    if (!B.armed) {
      B.armed = true;
      requestAnimationFrame(tick);
    }
  };
  B.disarm = () => {
    B.armed = false;
  };
  document.addEventListener(
    "keydown",
    (e) => {
      if (!B.armed) return;
      if (B.rec) B.windows.push({ ...B.rec, cut: true }); // a press inside the previous window
      B.rec = { t0: performance.now(), key: e.key, deltas: [] };
    },
    true,
  );
}

const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

/** Nearest-rank percentile of sorted values. */
function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/**
 * How to step a page: what to wait for after load, what to scroll into view,
 * which button to focus, where its charts are and which step it is on. The
 * functions run in the page. `app` is this graphic; `peer` is the D3 peer
 * (README "Benchmark"), which has no timeline buttons: its steps are the
 * range input `#step`, and its document-wide keydown handler takes the arrows.
 */
export const PROFILES = {
  app: {
    query: "?autoplay=0",
    ready: [
      ["html.live", () => document.documentElement.classList.contains("live")],
      ["chart-drawn", () => performance.getEntriesByName("chart-drawn", "mark").length > 0],
    ],
    // The map (issue 12) is optional: a page without one measures the bar chart alone.
    map: "canvas.map-chart",
    mapReady: ["canvas.map-chart[data-loaded=true]", () => !!document.querySelector('canvas.map-chart[data-loaded="true"]')],
    layout: { scroll: ".stage", next: '[data-testid="next"]', bars: "canvas.bar-chart", map: "canvas.map-chart" },
    steps: () => [...document.querySelectorAll('[data-testid="timeline"] button[data-step]')].map((b) => b.dataset.step),
    stepIndex: () =>
      [...document.querySelectorAll('[data-testid="timeline"] button[data-step]')].findIndex(
        (b) => b.getAttribute("aria-current") === "step",
      ),
  },
  peer: {
    query: "",
    ready: [["chart-drawn", () => performance.getEntriesByName("chart-drawn", "mark").length > 0]],
    map: ".map svg",
    mapReady: ["map-drawn", () => performance.getEntriesByName("map-drawn", "mark").length > 0],
    layout: { scroll: ".charts", next: "#next", bars: ".chart svg", map: ".map svg" },
    steps: () => Array.from({ length: Number(document.querySelector("#step").max) + 1 }, (_, i) => String(i + 1)),
    stepIndex: () => Number(document.querySelector("#step").value),
  },
};

/**
 * Loads `url` (plus the profile's query) once at `viewport` with `throttle`×
 * CPU and steps it forward and back `rounds` times; `idle` also records one
 * idle second first. Returns the raw windows, long tasks and layout.
 */
export async function measureFrames(browser, url, viewport, { profile = PROFILES.app, rounds = 1, throttle = 4, idle: withIdle = true } = {}) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, reducedMotion: "no-preference" });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => m.type() === "error" && errors.push(`console: ${m.text()}`));
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
    await page.addInitScript(recorder, WINDOW_MS);
    await page.goto(`${url}${profile.query}`, { waitUntil: "commit" });
    const wait = async (what, fn) => {
      try {
        await page.waitForFunction(fn, null, { timeout: TIMEOUT_MS, polling: 50 });
      } catch {
        throw new Error(`${what} not within ${TIMEOUT_MS / 1000} s${errors.length ? `; ${errors.join(" | ")}` : ""}`);
      }
    };
    for (const [what, fn] of profile.ready) await wait(what, fn);
    await page.waitForLoadState("networkidle", { timeout: 15_000 }).catch(() => {});
    const hasMap = await page
      .waitForSelector(profile.map, { state: "attached", timeout: 2_000 })
      .then(() => true)
      .catch(() => false);
    if (hasMap) await wait(...profile.mapReady);

    // The charts at the top of the window, the Next button focused without scrolling.
    const layout = await page.evaluate(({ scroll, next, bars, map }) => {
      document.querySelector(scroll)?.scrollIntoView({ block: "start" });
      const button = document.querySelector(next);
      button?.focus({ preventScroll: true });
      const visible = (sel) => {
        const el = document.querySelector(sel);
        if (!el) return null;
        // Below 900 px the map waits behind the Countries / Map switch, laid out but hidden.
        if (el.checkVisibility && !el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return 0;
        const r = el.getBoundingClientRect();
        const w = Math.max(0, Math.min(r.right, innerWidth) - Math.max(r.left, 0));
        const h = Math.max(0, Math.min(r.bottom, innerHeight) - Math.max(r.top, 0));
        return r.width * r.height > 0 ? (w * h) / (r.width * r.height) : 0;
      };
      return { bars: visible(bars), map: visible(map), focused: !!button && document.activeElement === button };
    }, profile.layout);
    layout.ids = await page.evaluate(profile.steps);
    layout.steps = layout.ids.length;
    if (!layout.focused) throw new Error("could not focus the Next button");
    if (layout.steps < 2) throw new Error(`only ${layout.steps} step(s) on the timeline`);
    const stepIndex = () => page.evaluate(profile.stepIndex);
    if ((await stepIndex()) !== 0) throw new Error("the page did not open on the first step");

    // Let the load's leftovers settle, then (optionally) one idle second as a baseline.
    await sleep(1000);
    let idle = [];
    if (withIdle) {
      await page.evaluate(() => {
        window.__frames.idle = [];
        window.__frames.arm();
      });
      await sleep(1000);
      idle = await page.evaluate(() => {
        const d = window.__frames.idle;
        window.__frames.idle = null;
        return d;
      });
    } else {
      await page.evaluate(() => window.__frames.arm());
    }
    const t0 = await page.evaluate(() => performance.now());

    const presses = [...Array(layout.steps - 1).fill("ArrowRight"), ...Array(layout.steps - 1).fill("ArrowLeft")];
    const perRound = [];
    for (let round = 0; round < rounds; round++) {
      let expected = 0;
      const labels = [];
      const before = await page.evaluate(() => window.__frames.windows.length);
      for (const key of presses) {
        await page.keyboard.press(key);
        await sleep(STEP_WAIT_MS);
        const from = expected;
        expected += key === "ArrowRight" ? 1 : -1;
        labels.push(`${layout.ids[from]} → ${layout.ids[expected]}`);
        const now = await stepIndex();
        if (now !== expected) throw new Error(`after ${key} the page is on step ${now}, not ${expected}`);
      }
      const windows = await page.evaluate((n) => window.__frames.windows.slice(n), before);
      if (windows.length !== labels.length) throw new Error(`${windows.length} recording windows for ${labels.length} presses`);
      perRound.push(windows.map((w, i) => ({ ...w, label: labels[i] })));
    }
    const t1 = await page.evaluate(() => performance.now());
    const { longtasks, noLongtask, open } = await page.evaluate(() => {
      window.__frames.disarm();
      return { longtasks: window.__frames.longtasks, noLongtask: !!window.__frames.noLongtask, open: !!window.__frames.rec };
    });
    // Every 'longtask' entry is 50 ms or more; the budget is "none over 50 ms".
    const during = longtasks.filter((t) => t.start >= t0 && t.start <= t1 && t.duration > BUDGET.longTask);
    return { layout, hasMap, idle, perRound, open, noLongtask, errors, t0, t1, longtasks: during };
  } finally {
    await context.close();
  }
}

/** p50, p95, worst delta, deltas over 25 ms, long tasks and the longest, of one measurement. */
export function frameStats(r) {
  const deltas = r.perRound.flat().flatMap((w) => w.deltas).sort((a, b) => a - b);
  return {
    frames: deltas.length,
    p50: percentile(deltas, 50),
    p95: percentile(deltas, 95),
    worst: deltas.at(-1) ?? NaN,
    longFrames: deltas.filter((d) => d > LONG_FRAME_MS).length,
    longTasks: r.longtasks.length,
    longest: Math.max(0, ...r.longtasks.map((t) => t.duration)),
  };
}

const f1 = (ms) => (Number.isFinite(ms) ? ms.toFixed(1) : "–");
// rAF timestamps jitter by a few tenths of a millisecond around 16.7 ms:
// a figure within JITTER_MS of its budget is not marked as over it.
const JITTER_MS = 0.5;
const mark = (value, budget) => (value > budget + JITTER_MS ? "!" : " ");
const pct = (v) => (v === null ? "–" : `${Math.round(v * 100)} %`);

/** The command line: this page at both viewports, one table. */
async function main() {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
  };
  const ROUNDS = Number(opt("rounds", process.env.BENCH_ROUNDS ?? 3));
  const DIST = opt("dist", process.env.DIST ?? join(ROOT, "dist"));
  const THROTTLE = Number(opt("throttle", 4));
  const JSON_OUT = opt("json", null); // every delta and long task, for a closer look
  if (!existsSync(join(DIST, "index.html"))) {
    console.error(`${join(DIST, "index.html")} is missing: run \`bash scripts/build.sh\` first`);
    return 1;
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
  return failed ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exit(await main());
