// Host pages that frame the graphic (examples/), and how to measure the frame:
// shared by embed.test.mjs and newsroom.test.mjs. The test server serves the
// repository root, so /examples/… and /dist/… both work.
import assert from "node:assert/strict";
import { nextFrames, openPage, waitForChartDrawn } from "./helpers.mjs";

/** Host pages and how to find the graphic's iframe in each. */
export const HOSTS = {
  plain: { path: "examples/plain.html", frame: "iframe[data-overseas-stations]" },
  pym: { path: "examples/pym.html", frame: "#overseas-stations-graphic iframe" },
  amp: { path: "examples/amp.html", frame: "[data-amp-resizable] iframe" },
  sandbox: { path: "examples/sandbox.html", frame: "iframe[sandbox]" },
};

/** Reports CSP violations of every frame as console errors (the tests fail on those). */
function recordCspViolations() {
  document.addEventListener("securitypolicyviolation", (e) => {
    console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`);
  });
}

/**
 * A blank recorded page with CSP violations of every frame reported as console
 * errors. Console errors are kept with their source URL: a browser's automatic
 * /favicon.ico request for a top-level page is the one 404 that does not count.
 */
export async function openRecorded(browser, via, width, height = 800) {
  const rec = await openPage(browser, via, "about:blank", { width, height });
  rec.errors = [];
  rec.page.on("console", (msg) => {
    if (msg.type() === "error") rec.errors.push({ text: msg.text(), url: msg.location()?.url ?? "" });
  });
  await rec.context.addInitScript(recordCspViolations);
  return rec;
}

/**
 * The graphic's iframe (`selector`) in `page` and its frame, once the chart
 * in it is drawn; `label` names the host in a failure.
 */
export async function graphicFrame(page, selector, label) {
  const element = await page.waitForSelector(selector, { state: "attached", timeout: 10_000 });
  let frame = null;
  for (let i = 0; i < 100 && !frame; i++) {
    frame = await element.contentFrame();
    if (!frame) await page.waitForTimeout(50);
  }
  assert.ok(frame, `${label}: the graphic's iframe has no content frame`);
  await frame.waitForSelector('[data-testid="counter"]', { timeout: 20_000 });
  await waitForChartDrawn(frame);
  return { element, frame };
}

/**
 * Opens a host page (a key of HOSTS) on server `via`; resolves with the
 * recorder, the iframe element and the graphic's frame once its chart is drawn.
 */
export async function openHost(browser, via, host, { width, height = 800 } = {}) {
  const rec = await openRecorded(browser, via, width, height);
  await rec.page.goto(new URL(HOSTS[host].path, via.url).href, { waitUntil: "load" });
  return { rec, ...(await graphicFrame(rec.page, HOSTS[host].frame, host)) };
}

/** The iframe's height in the host and the child document's sizes. */
export async function sizes(element, frame) {
  const box = await element.boundingBox();
  const child = await frame.evaluate(() => ({
    scrollHeight: document.documentElement.scrollHeight,
    clientHeight: document.documentElement.clientHeight,
    embedded: document.documentElement.classList.contains("embedded"),
  }));
  return { iframe: box?.height ?? 0, ...child };
}

/**
 * Waits until the iframe fits its content on three reads in a row, two of
 * the host's frames apart (a resize and the message it causes land within a
 * frame or two), then returns the sizes; the last sizes after `timeout` ms.
 */
export async function settledSizes(page, element, frame, timeout = 10_000) {
  const start = Date.now();
  let last = null;
  let fitting = 0;
  while (Date.now() - start < timeout) {
    last = await sizes(element, frame);
    const fits = Math.abs(last.iframe - last.scrollHeight) <= 2 && last.scrollHeight <= last.clientHeight + 1;
    fitting = fits ? fitting + 1 : 0;
    if (fitting >= 3) return last;
    await nextFrames(page);
  }
  return last;
}

/** Fails unless the iframe is as tall as the graphic's document, with no inner scrollbar. */
export function assertFits(label, s) {
  assert.ok(s.embedded, `${label}: <html> of the graphic lacks class "embedded"`);
  assert.ok(
    Math.abs(s.iframe - s.scrollHeight) <= 2,
    `${label}: iframe is ${s.iframe} px tall, its document ${s.scrollHeight} px`,
  );
  assert.ok(
    s.scrollHeight <= s.clientHeight + 1,
    `${label}: inner scrollbar (scrollHeight ${s.scrollHeight} > clientHeight ${s.clientHeight})`,
  );
}
