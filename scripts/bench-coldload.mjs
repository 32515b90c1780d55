// One cold load of a page in headless Chromium, measured from the page's own
// clock (times in ms from navigation start), for scripts/bench-compare.mjs.
//
// A fresh browser context (empty cache; the server sends no-store), the
// viewport and CPU throttling given, then:
//   - first contentful paint (the paint entry);
//   - largest contentful paint: the last `largest-contentful-paint` entry
//     before the page has been quiet (no new entry) for LCP_QUIET_MS after
//     its load event, the chart's mark and network idle, with the element it
//     names (described when the entry arrives: the app removes its static
//     frame, and an entry's element reads null once it is gone);
//   - performance.mark("chart-drawn") (both pages set it once their live chart
//     is in the document, before the frame that paints it) and the end of
//     the main thread's part of the next frame, the one that paints it (the
//     first task after that frame's requestAnimationFrame);
//   - every response: its URL, status, when it was requested and arrived,
//     and its encoded (as served) and decoded body bytes (Resource Timing);
//   - WebAssembly.instantiateStreaming and friends, wrapped to time the call
//     and its settling (fetch still running, compile and instantiate);
//   - when <html> gets the class `live` (this page's app has taken over);
//   - the main thread's long tasks (50 ms or more).
/** Quiet time after which the last LCP entry counts as the final one. */
export const LCP_QUIET_MS = 1000;
const TIMEOUT_MS = 60_000;

/** Runs in the page before its scripts: the recorder described above. */
function recorder() {
  const R = (window.__bench = { lcp: [], wasm: [], live: null, chartFrame: null });
  const describe = (el) => {
    if (!el) return "(gone)";
    const cls = typeof el.className === "string" && el.className.trim() ? `.${el.className.trim().split(/\s+/).join(".")}` : "";
    const text = (el.textContent ?? "").trim().replace(/\s+/g, " ");
    return `${el.localName}${el.id ? `#${el.id}` : ""}${cls}${text ? ` "${text.length > 40 ? `${text.slice(0, 40)}…` : text}"` : ""}`;
  };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        R.lcp.push({ t: e.startTime, size: e.size, url: e.url, element: describe(e.element), at: performance.now() });
      }
    }).observe({ type: "largest-contentful-paint", buffered: true });
  } catch {
    R.noLcp = true;
  }
  for (const name of ["instantiateStreaming", "compileStreaming", "instantiate", "compile"]) {
    const original = WebAssembly?.[name];
    if (typeof original !== "function") continue;
    WebAssembly[name] = function (...args) {
      const rec = { name, start: performance.now(), end: null };
      R.wasm.push(rec);
      const result = original.apply(this, args);
      result.then(
        () => (rec.end = performance.now()),
        () => (rec.failed = true),
      );
      return result;
    };
  }
  // The frame that paints the live chart: the first animation frame after the
  // mark, timed at the first task after it (its style, layout and paint done
  // on the main thread). The rAF timestamp itself is when the frame was due,
  // which can be before the mark when the main thread was busy.
  const mark = Performance.prototype.mark;
  const after = new MessageChannel();
  after.port1.onmessage = () => (R.chartFrame = performance.now());
  Performance.prototype.mark = function (name, ...rest) {
    const entry = mark.call(this, name, ...rest);
    if (name === "chart-drawn" && !R.chartFrameAsked) {
      R.chartFrameAsked = true;
      requestAnimationFrame(() => after.port2.postMessage(null));
    }
    return entry;
  };
  // <html> may not exist yet when this runs: watch the document's class changes.
  const live = new MutationObserver(() => {
    if (document.documentElement?.classList.contains("live")) {
      R.live = performance.now();
      live.disconnect();
    }
  });
  live.observe(document, { subtree: true, attributes: true, attributeFilter: ["class"] });
  R.longtasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) R.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: "longtask", buffered: true });
  } catch {
    // no long task entries in this browser
  }
}

/**
 * Loads `url` once, cold, and returns the figures above.
 * @param {import('playwright-core').Browser} browser
 */
export async function coldLoad(browser, url, { viewport, throttle }) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
    await page.addInitScript(recorder);
    await page.goto(url, { waitUntil: "commit" });
    try {
      await page.waitForFunction(() => performance.getEntriesByName("chart-drawn", "mark").length > 0, null, {
        timeout: TIMEOUT_MS,
        polling: 10,
      });
    } catch {
      throw new Error(`no performance.mark("chart-drawn") within ${TIMEOUT_MS / 1000} s${errors.length ? `; ${errors.join(" | ")}` : ""}`);
    }
    await page.waitForLoadState("load", { timeout: TIMEOUT_MS });
    await page.waitForLoadState("networkidle", { timeout: 15_000 }).catch(() => {});
    await page.waitForFunction(
      (quiet) => {
        const last = window.__bench.lcp.at(-1);
        return window.__bench.chartFrame !== null && performance.now() - (last?.at ?? 0) >= quiet;
      },
      LCP_QUIET_MS,
      { timeout: 15_000, polling: 100 },
    );
    return await page.evaluate(() => {
      const nav = performance.getEntriesByType("navigation")[0];
      const entry = (e) => ({
        path: new URL(e.name).pathname,
        status: e.responseStatus,
        start: e.startTime,
        responseStart: e.responseStart,
        end: e.responseEnd,
        encoded: e.encodedBodySize,
        decoded: e.decodedBodySize,
      });
      const B = window.__bench;
      return {
        fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
        lcp: B.lcp.at(-1) ?? null,
        chartDrawn: performance.getEntriesByName("chart-drawn", "mark")[0].startTime,
        appMarks: performance.getEntriesByType("mark").filter((m) => m.name.startsWith("app-")).map((m) => [m.name, m.startTime]),
        chartFrame: B.chartFrame,
        live: B.live,
        wasm: B.wasm,
        longtasks: B.longtasks,
        domContentLoaded: nav.domContentLoadedEventEnd,
        load: nav.loadEventEnd,
        responses: [entry(nav), ...performance.getEntriesByType("resource").map(entry)],
      };
    });
  } finally {
    await context.close();
  }
}

/**
 * This page's milestones from one load: [label, start, end] in ms from
 * navigation start (end null for a moment). A file the page did not request
 * is left out.
 */
export function milestones(load) {
  const files = (test) => load.responses.filter((r) => test.test(r.path));
  const span = (label, test) => {
    const hits = files(test);
    if (!hits.length) return null;
    const name = hits.length > 1 ? `${label} (${hits.length} files)` : label;
    return [name, Math.min(...hits.map((r) => r.start)), Math.max(...hits.map((r) => r.end))];
  };
  const html = load.responses[0];
  const streaming = load.wasm.find((w) => w.name.startsWith("instantiate")) ?? load.wasm[0];
  const rows = [
    ["HTML (first byte → last byte)", html.responseStart, html.end],
    span("stylesheets", /\.css$/),
    span("boot.js", /\/boot\.js$/),
    span("loader script", /\/loader-[^/]*\.js$/),
    span("wasm-bindgen glue", /^(?!.*\/(boot|loader-|inline-|embed)[^/]*$).*\.js$/),
    span("wasm fetch", /\.wasm$/),
    streaming ? [`WebAssembly.${streaming.name} (call → settled)`, streaming.start, streaming.end] : null,
    span("English notes (lang/en.*.txt)", /\/lang\/en\.[^/]*\.txt$/),
    span("map outlines (world.bin)", /\/world[^/]*\.bin$/),
    ["DOMContentLoaded", load.domContentLoaded, null],
    // The app's own marks (src/app/start.rs): its start, the data read, the graphic mounted.
    ...(load.appMarks ?? []).map(([name, t]) => [`${name} (mark)`, t, null]),
    ["first contentful paint", load.fcp, null],
    ["chart-drawn (mark)", load.chartDrawn, null],
    ["chart-drawn's frame painted", load.chartFrame, null],
    ["html.live (takeover)", load.live, null],
    ["load event", load.load, null],
    ["largest contentful paint", load.lcp?.t ?? null, null],
  ];
  return rows.filter((r) => r && r[1] !== null && r[1] !== undefined);
}

/** Count and summed duration of the long tasks that start before `until` (ms). */
export function longTasksBefore(load, until) {
  const tasks = load.longtasks.filter((t) => t.start < until);
  return { count: tasks.length, total: tasks.reduce((a, t) => a + t.duration, 0), longest: Math.max(0, ...tasks.map((t) => t.duration)) };
}
