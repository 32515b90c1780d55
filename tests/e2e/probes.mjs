// Functions that run inside the page, shared by the Chromium suite
// (playwright-core: page.evaluate(probe, arg)) and the cross-engine suite
// (WebDriver: session.execute(probe, arg)). Each must be self-contained: it is
// sent to the browser as source text, so it may use nothing from this module.

/**
 * Ink on a canvas: samples a grid of pixels through getImageData and counts
 * those that differ from the most common colour (the background). Also
 * reports the backing store against the CSS box and devicePixelRatio.
 */
export function canvasInk(selector = "canvas.bar-chart") {
  const canvas = document.querySelector(selector);
  if (!canvas) return null;
  const { width, height } = canvas;
  const box = canvas.getBoundingClientRect();
  const backing = { cssWidth: box.width, cssHeight: box.height, dpr: window.devicePixelRatio };
  if (!width || !height) return { width, height, samples: 0, inked: 0, colours: 0, ...backing };
  const data = canvas.getContext("2d").getImageData(0, 0, width, height).data;
  const counts = new Map();
  const samples = [];
  const grid = 96;
  for (let gy = 0; gy < grid; gy++) {
    for (let gx = 0; gx < grid; gx++) {
      const x = Math.floor(((gx + 0.5) * width) / grid);
      const y = Math.floor(((gy + 0.5) * height) / grid);
      const i = (y * width + x) * 4;
      const key = `${data[i]},${data[i + 1]},${data[i + 2]},${data[i + 3]}`;
      samples.push(key);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  let background = "";
  let most = -1;
  for (const [key, n] of counts) if (n > most) [background, most] = [key, n];
  const inked = samples.filter((key) => key !== background).length;
  return { width, height, samples: samples.length, inked, colours: counts.size, background, ...backing };
}

/**
 * The counter once its text shows its final values (data-stations and
 * data-countries), i.e. any count-up has finished; null before that.
 */
export function settledCounter() {
  const el = document.querySelector('[data-testid="counter"]');
  if (!el) return null;
  const stations = el.getAttribute("data-stations");
  const countries = el.getAttribute("data-countries");
  if (stations === null || countries === null) return null;
  const numbers = (el.textContent ?? "").replace(/(\d)[,\u202f\u00a0 ](?=\d{3}\b)/g, "$1").match(/\d+/g) ?? [];
  if (!numbers.includes(stations) || !numbers.includes(countries)) return null;
  return { stations: Number(stations), countries: Number(countries), text: el.textContent.trim() };
}

/** What the counter shows right now, for failure messages. */
export function counterState() {
  const el = document.querySelector('[data-testid="counter"]');
  if (!el) return "no counter element";
  return {
    text: el.textContent.trim(),
    "data-stations": el.getAttribute("data-stations"),
    "data-countries": el.getAttribute("data-countries"),
  };
}

/** The id of the step whose scrubber button has aria-current="step". */
export function activeStep() {
  const current = document.querySelectorAll('button[data-step][aria-current="step"]');
  return current.length === 1 ? current[0].dataset.step : `(${current.length} active buttons)`;
}

/** Has the app called performance.mark("chart-drawn")? */
export function chartDrawn() {
  return performance.getEntriesByName("chart-drawn", "mark").length > 0;
}

/** The page's effective background (first opaque one of body, html) and the canvas's pixel (2,2). */
export function themeColours(selector = "canvas.bar-chart") {
  const rgb = (s) => (s.match(/[\d.]+/g) ?? []).map(Number);
  let page = null;
  for (const el of [document.body, document.documentElement]) {
    const c = rgb(getComputedStyle(el).backgroundColor);
    if (c.length >= 3 && (c.length === 3 || c[3] > 0)) {
      page = { from: el.tagName.toLowerCase(), rgba: c.length === 3 ? [...c, 1] : c };
      break;
    }
  }
  const canvas = document.querySelector(selector);
  const px = Array.from(canvas.getContext("2d").getImageData(2, 2, 1, 1).data);
  return { page, canvas: px, dataTheme: document.documentElement.getAttribute("data-theme") };
}

/** WCAG relative luminance of an [r, g, b] colour (0–255 channels); pure, used on the Node side. */
export function luminance([r, g, b]) {
  const lin = (c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/**
 * Counts the page's requestAnimationFrame calls in window.__e2eFrameRequests
 * and keeps the browser's own function as window.__e2eRaf. Runs before the
 * page's scripts: an init script in the Chromium suite (helpers.mjs), part of
 * the collector in the cross-engine suite (server.mjs), so that
 * animationIdle can tell when nothing animates.
 */
export function countFrameRequests() {
  if (window.__e2eRaf) return;
  const raf = window.requestAnimationFrame.bind(window);
  window.__e2eRaf = raf;
  window.__e2eFrameRequests = 0;
  window.requestAnimationFrame = (callback) => {
    window.__e2eFrameRequests += 1;
    return raf(callback);
  };
}

/**
 * Resolves once the page has asked for no animation frame during `frames`
 * frames in a row: the app's one animation clock (and any buffer priming)
 * has stopped, and what its last frame drew has landed. Rejects after
 * `timeout` ms, or at once without countFrameRequests.
 */
export function animationIdle(frames = 3, timeout = 10_000) {
  return new Promise((ok, fail) => {
    const raf = window.__e2eRaf;
    if (!raf) return fail(new Error("no frame counter in this page (countFrameRequests)"));
    const start = performance.now();
    let seen = window.__e2eFrameRequests;
    let quiet = 0;
    const check = () => {
      const now = window.__e2eFrameRequests;
      quiet = now === seen ? quiet + 1 : 0;
      seen = now;
      if (quiet >= frames) ok(true);
      else if (performance.now() - start > timeout) fail(new Error(`still animating after ${timeout} ms`));
      else raf(check);
    };
    raf(check);
  });
}

/**
 * Resolves once an IntersectionObserver has seen `selector` (30% on screen,
 * as the app's autoplay observer asks) and two frames have passed: the
 * app's own observer, created earlier, has had its first callback and what
 * it changed has rendered.
 */
export function afterFirstSighting(selector = "main#graphic", threshold = 0.3) {
  return new Promise((ok) => {
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        requestAnimationFrame(() => requestAnimationFrame(() => ok(true)));
      },
      { threshold },
    );
    observer.observe(document.querySelector(selector));
  });
}
