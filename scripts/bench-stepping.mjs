// Frames while a page steps through its story (for scripts/bench-frames.mjs
// and scripts/bench-compare.mjs; a report, nothing fails on a slow number).
//
// `measureFrames` loads a page once with CPU throttling, waits for what its
// profile (PROFILES: this page, or the D3 peer) says the page is ready on,
// scrolls its charts to the top of the window, focuses its Next button and
// presses ArrowRight through every step and ArrowLeft back to the first,
// waiting 900 ms after each press (a transition lasts 600 ms): one round.
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
// 16.7 ms is the smallest delta to expect; an optional idle second before the
// first round checks that.

export const WINDOW_MS = 700; // recorded after each key press
export const STEP_WAIT_MS = 900; // between key presses
const TIMEOUT_MS = 60_000;
export const BUDGET = { p95: 16.7, worst: 33, longTask: 50 };
export const LONG_FRAME_MS = 25; // a delta over this missed at least one 60 Hz frame

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
export function percentile(sorted, p) {
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
