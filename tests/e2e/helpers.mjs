// Shared helpers for the end-to-end tests: launching Debian's chromium through
// playwright-core, serving dist/, recording console output and requests, and
// reading the app's DOM contract.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { accessSync, constants, existsSync, mkdirSync, readFileSync } from "node:fs";
import { delimiter, join } from "node:path";
import { fileURLToPath } from "node:url";
import { after, before } from "node:test";
import { chromium } from "playwright-core";
import * as probes from "./probes.mjs";
import { startServer, DEFAULT_ROOT } from "./server.mjs";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const DIST = process.env.DIST ?? DEFAULT_ROOT;
export const SCREENSHOTS = process.env.SCREENSHOTS ?? join(ROOT, "screenshots");

/** Step ids of the graphic, in order. */
export const STEPS = ["setup", "september", "reactions", "december", "aftermath"];
/** Widths every layout is checked at (px). */
export const WIDTHS = [320, 375, 700, 1100];

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

function onPath(name) {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return null;
}

/** $CHROMIUM, else `chromium` (or `chromium-browser`) on PATH, else Debian's path. */
export function chromiumPath() {
  const found = process.env.CHROMIUM || onPath("chromium") || onPath("chromium-browser");
  if (found) return found;
  if (existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  throw new Error("chromium not found: run `bash scripts/setup.sh` or set CHROMIUM");
}

/** The chromium version string, for log lines. */
export function chromiumVersion() {
  try {
    return execFileSync(chromiumPath(), ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "unknown chromium";
  }
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/** Fails with a clear message when dist/ has not been built. */
export function assertDistBuilt() {
  if (!existsSync(join(DIST, "index.html"))) {
    throw new Error(`${join(DIST, "index.html")} is missing: run \`trunk build --release\` first`);
  }
}

/**
 * One browser + one server for a test file. Call in `before`, close in `after`.
 * @param {{headers?: Record<string,string>}} [options]
 */
export async function startHarness(options = {}) {
  assertDistBuilt();
  const server = await startServer({ root: DIST, headers: options.headers });
  const browser = await launchBrowser();
  return {
    server,
    browser,
    /** Open a page at `path` (relative to the server root) with recording. */
    open: (path = "", pageOptions = {}) => openPage(browser, server, path, pageOptions),
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * A fresh context + page with everything recorded.
 * @returns {Promise<{page: import('playwright-core').Page, context: import('playwright-core').BrowserContext,
 *   consoleErrors: string[], consoleMessages: string[], pageErrors: string[], requests: string[],
 *   failedRequests: string[], badResponses: string[], foreignRequests: () => string[], close: () => Promise<void>}>}
 */
export async function openPage(browser, server, path = "", options = {}) {
  const width = options.width ?? 1100;
  const height = options.height ?? 800;
  const context = await browser.newContext({
    viewport: { width, height },
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    reducedMotion: options.reducedMotion ?? "no-preference",
    colorScheme: options.colorScheme ?? "light",
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  // Before the page's scripts, in every frame: animationIdle reads it.
  await context.addInitScript(probes.countFrameRequests);
  const page = await context.newPage();
  const rec = {
    page,
    context,
    consoleErrors: [],
    consoleMessages: [],
    pageErrors: [],
    requests: [],
    failedRequests: [],
    badResponses: [],
    foreignRequests: () => rec.requests.filter((url) => !sameOrigin(url, server.origin)),
    close: () => context.close(),
  };
  // Record at the context level so requests from workers/iframes count too.
  context.on("request", (request) => rec.requests.push(request.url()));
  context.on("requestfailed", (request) =>
    rec.failedRequests.push(`${request.url()} (${request.failure()?.errorText ?? "failed"})`),
  );
  context.on("response", (response) => {
    if (response.status() >= 400) rec.badResponses.push(`${response.status()} ${response.url()}`);
  });
  page.on("console", (msg) => {
    const where = msg.location()?.url;
    const line = `[${msg.type()}] ${msg.text()}${where ? ` (${where})` : ""}`;
    rec.consoleMessages.push(line);
    if (msg.type() === "error") rec.consoleErrors.push(line);
  });
  page.on("pageerror", (error) => rec.pageErrors.push(String(error?.stack ?? error)));
  await page.goto(new URL(path, server.url).href, { waitUntil: "load" });
  return rec;
}

/** data: URLs never reach the network; blob: URLs carry their creator's origin. */
export function sameOrigin(url, origin) {
  if (url.startsWith("data:")) return true;
  const inner = url.startsWith("blob:") ? url.slice(5) : url;
  try {
    return new URL(inner).origin === origin;
  } catch {
    return false;
  }
}

/** Resolves when the app has called performance.mark("chart-drawn"). */
export async function waitForChartDrawn(page, timeout = 20_000) {
  await page.waitForFunction(() => performance.getEntriesByName("chart-drawn", "mark").length > 0, null, {
    timeout,
  });
}

/** Ink on a canvas (probes.canvasInk): sampled pixels that differ from the background. */
export async function canvasInk(page, selector = "canvas.bar-chart") {
  return page.evaluate(probes.canvasInk, selector);
}

/** Does the page expose the DOM contract the interaction tests rely on? */
export async function contractMissing(page) {
  const required = [
    "main#graphic",
    '[data-testid="counter"]',
    '[data-testid="timeline"]',
    'button[data-testid="prev"]',
    'button[data-testid="next"]',
    'button[data-testid="play"]',
    ...STEPS.map((id) => `button[data-step="${id}"]`),
    "canvas.bar-chart",
  ];
  const missing = [];
  for (const selector of required) if ((await page.$(selector)) === null) missing.push(selector);
  return missing;
}

/** Waits for the DOM contract to render (the wasm app mounts after load). */
export async function waitForApp(page, timeout = 20_000) {
  await page.waitForSelector('[data-testid="counter"]', { timeout }).catch(() => {});
}

/** The id of the step whose scrubber button has aria-current="step". */
export async function activeStep(page) {
  return page.evaluate(() => {
    const current = document.querySelectorAll('button[data-step][aria-current="step"]');
    return current.length === 1 ? current[0].dataset.step : `(${current.length} active buttons)`;
  });
}

export async function waitForStep(page, id, timeout = 5_000) {
  await page.waitForFunction(
    (stepId) => {
      const current = document.querySelectorAll('button[data-step][aria-current="step"]');
      return current.length === 1 && current[0].dataset.step === stepId;
    },
    id,
    { timeout },
  );
}

/**
 * Waits until the counter's text shows its final values (data-stations and
 * data-countries), i.e. any count-up animation has finished, then reads them.
 */
export async function settledCounter(page, timeout = 10_000) {
  const handle = await page.waitForFunction(probes.settledCounter, null, { timeout, polling: 50 }).catch(async (error) => {
    const state = await page.evaluate(probes.counterState).catch(() => "no page");
    throw new Error(`counter did not settle on its data-stations/data-countries values within ${timeout} ms: ${JSON.stringify(state)} (${error.message})`);
  });
  return handle.jsonValue();
}

/**
 * Waits until the page (or frame) has asked for no animation frame for three
 * frames (probes.animationIdle): every transition is over and drawn.
 */
export async function animationIdle(page) {
  await page.evaluate(probes.animationIdle);
}

/**
 * Waits until an IntersectionObserver has seen main#graphic and two frames
 * have passed (probes.afterFirstSighting): by then the app has decided
 * whether to autoplay.
 */
export async function afterFirstSighting(page) {
  await page.evaluate(probes.afterFirstSighting);
}

/** Two animation frames: lets pending renders and canvas draws land. */
export async function nextFrames(page) {
  await page.evaluate(
    () => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok()))),
  );
}

export function screenshotPath(name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return join(SCREENSHOTS, `${name}.png`);
}

/** A readable dump of what a page recorded, for assertion messages. */
export function describe(rec) {
  return [
    `console errors: ${JSON.stringify(rec.consoleErrors, null, 2)}`,
    `page errors: ${JSON.stringify(rec.pageErrors, null, 2)}`,
    `failed requests: ${JSON.stringify(rec.failedRequests, null, 2)}`,
    `HTTP errors: ${JSON.stringify(rec.badResponses, null, 2)}`,
  ].join("\n");
}

/**
 * Registers the suite hooks shared by the contract tests: one harness for the
 * file, a probe of the DOM contract (a missing piece fails, never skips) and
 * its shutdown. Returns `{ harness(), openReady(path, options) }`.
 */
export function useContractHarness(probePath = "") {
  let harness;
  before(async () => {
    harness = await startHarness();
    const rec = await harness.open(probePath);
    try {
      await waitForApp(rec.page);
      const missing = await contractMissing(rec.page);
      assert.deepEqual(missing, [], `app lacks the DOM contract: missing ${missing.join(", ")}`);
    } finally {
      await rec.close();
    }
  });
  after(async () => {
    await harness?.close();
  });
  return {
    harness: () => harness,
    /** Opens a page and waits for the first chart draw. */
    async openReady(path = "", options = {}) {
      const rec = await harness.open(path, options);
      await waitForChartDrawn(rec.page);
      return rec;
    },
  };
}

const AXE = join(ROOT, "node_modules", "axe-core", "axe.min.js");

/**
 * Injects axe-core and runs it on the whole document; returns serious/critical violations.
 * Evaluated over the DevTools protocol, not added as a <script> (addScriptTag
 * writes it inline), which the build's strict CSP would block.
 */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => typeof window.axe !== "undefined"))) {
    await page.evaluate(readFileSync(AXE, "utf8"));
  }
  const results = await page.evaluate(async () => {
    const r = await window.axe.run(document, {
      resultTypes: ["violations"],
      rules: { "color-contrast": { enabled: true } },
    });
    return {
      ran: r.passes.length + r.violations.length + r.incomplete.length + r.inapplicable.length,
      contrastRan: [...r.passes, ...r.violations, ...r.incomplete].some((x) => x.id === "color-contrast"),
      violations: r.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({
          target: n.target.join(" "),
          impact: n.impact,
          summary: (n.failureSummary ?? "").replace(/\s+/g, " ").trim(),
          html: n.html.slice(0, 160),
        })),
      })),
    };
  });
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  return { ...results, serious };
}
