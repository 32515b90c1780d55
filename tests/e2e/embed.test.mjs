// Embedding: the example host pages in examples/ frame the release build in
// dist/ (plain iframe + embed.js, a real pym.js parent, an AMP-style host, a
// sandbox="allow-scripts" frame). At 320, 600 and 1000 px, after load and at the
// last step, the iframe must be as tall as the graphic's document (within 2 px)
// with no inner scrollbar. The graphic's files always go out with the build's
// strict CSP (dist/csp.txt, server.mjs); with it on the host page too (and in
// the sandbox) the chart must still draw, with no console errors and no CSP
// violations. No
// request may leave the test server's origin. (The plain and pym hosts at
// 1000 px, and dist/ alone and the sandbox under the CSP, are checked in every
// engine by engines.test.mjs, and not again here.)
//
// The server serves the repository root, so /examples/… and /dist/… both work,
// and sends `Access-Control-Allow-Origin: *`: a sandboxed frame has an opaque
// origin, so its module scripts, stylesheet and wasm are cross-origin requests
// (README "Embed" tells hosts to send the same header).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import {
  ROOT,
  STEPS,
  activeStep,
  assertDistBuilt,
  canvasInk,
  chromiumVersion,
  describe,
  launchBrowser,
  nextFrames,
  screenshotPath,
  waitForChartDrawn,
  waitForStep,
} from "./helpers.mjs";
import { buildPolicy, startServer } from "./server.mjs";
import { HOSTS, assertFits, openHost, openRecorded, settledSizes } from "./hosts.mjs";

const WIDTHS = [320, 600, 1000];
const LAST_STEP = STEPS[STEPS.length - 1];
const CORS = { "Access-Control-Allow-Origin": "*" };

let browser;
let server;
let cspServer;
before(async () => {
  assertDistBuilt();
  server = await startServer({ root: ROOT, headers: CORS });
  // The build's policy (the pre-paint script's hash included) on every file, host pages too.
  cspServer = await startServer({ root: ROOT, headers: { ...CORS, "Content-Security-Policy": buildPolicy() } });
  browser = await launchBrowser();
  console.log(`# ${chromiumVersion()} serving ${ROOT} at ${server.url} (and with a strict CSP at ${cspServer.url})`);
});
after(async () => {
  await browser?.close();
  await server?.close();
  await cspServer?.close();
});

/**
 * A screenshot of the whole host page. Not `fullPage: true`: Chromium paints
 * out-of-process frames (the sandboxed one) blank in beyond-viewport captures,
 * so the viewport is made as tall as the page instead.
 */
async function screenshotWhole(page, name) {
  const viewport = page.viewportSize();
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height: Math.min(height, 16_000) });
  // A frame painted by the page and by each of its frames (one may run out of process).
  for (const frame of page.frames()) await nextFrames(frame);
  await page.screenshot({ path: screenshotPath(name) });
  await page.setViewportSize(viewport);
}

/** Clicks Next inside the frame, step by step, until the last step is current. */
async function stepToEnd(frame) {
  const from = STEPS.indexOf(await activeStep(frame));
  assert.ok(from >= 0, `no step is current: ${await activeStep(frame)}`);
  for (const id of STEPS.slice(from + 1)) {
    await frame.click('button[data-testid="next"]');
    await waitForStep(frame, id);
  }
  await waitForChartDrawn(frame);
}

function assertClean(label, rec, origin) {
  const consoleErrors = (rec.errors ?? rec.consoleErrors.map((text) => ({ text, url: "" })))
    .filter((e) => !(new URL(e.url || "about:blank").pathname === "/favicon.ico" && /404/.test(e.text)))
    .map((e) => (e.url ? `${e.text} (${e.url})` : e.text));
  const found = {
    pageErrors: rec.pageErrors,
    consoleErrors,
    failedRequests: rec.failedRequests,
    [`requests to origins other than ${origin}`]: rec.foreignRequests(),
  };
  const none = Object.fromEntries(Object.keys(found).map((key) => [key, []]));
  assert.deepEqual(found, none, `${label}\n${describe(rec)}`);
}

for (const host of Object.keys(HOSTS)) {
  // The plain and pym hosts at 1000 px are checked in every engine, Chromium
  // included, by engines.test.mjs.
  for (const width of WIDTHS.filter((w) => !(w === 1000 && ["plain", "pym"].includes(host)))) {
    test(`${host} host at ${width} px: the iframe follows the graphic's height, no inner scrollbar`, async (t) => {
      const { rec, element, frame } = await openHost(browser, server, host, { width });
      try {
        const loaded = await settledSizes(rec.page, element, frame);
        assertFits(`${host} ${width}px after load`, loaded);

        await stepToEnd(frame);
        const end = await settledSizes(rec.page, element, frame);
        assertFits(`${host} ${width}px at step "${LAST_STEP}"`, end);

        // The table disclosure changes the height: the frame follows.
        await frame.click("details.data-table > summary");
        const open = await settledSizes(rec.page, element, frame);
        assertFits(`${host} ${width}px with the table open`, open);
        assert.ok(open.iframe > end.iframe, `${host} ${width}px: opening the table did not grow the frame`);
        await frame.click("details.data-table > summary");
        const closed = await settledSizes(rec.page, element, frame);
        assertFits(`${host} ${width}px with the table closed again`, closed);

        const ink = await canvasInk(frame);
        assert.ok(ink.inked / ink.samples > 0.01, `${host} ${width}px: chart looks blank: ${JSON.stringify(ink)}`);
        await screenshotWhole(rec.page, `embed-${host}-${width}`);
        t.diagnostic(
          `${host} ${width}px: iframe ${loaded.iframe} px after load, ${end.iframe} px at the last step, ` +
            `${open.iframe} px with the table open, ${closed.iframe} px closed again`,
        );
        assertClean(`${host} ${width}px`, rec, server.origin);
      } finally {
        await rec.close();
      }
    });
  }
}

test("pym.js: the child answers the parent's width message and follows a narrower frame", async (t) => {
  const { rec, element, frame } = await openHost(browser, server, "pym", { width: 1000 });
  try {
    const wide = await settledSizes(rec.page, element, frame);
    assertFits("pym 1000px", wide);
    const src = await element.getAttribute("src");
    assert.match(src, /[?&]initialWidth=\d+/, "pym did not add initialWidth");
    assert.match(src, /[?&]childId=overseas-stations-graphic/, "pym did not add childId");
    // pym's `width` message is answered with the height even when nothing changed.
    const answer = await rec.page.evaluate(
      () =>
        new Promise((resolve) => {
          const listener = (e) => {
            if (typeof e.data === "string" && e.data.startsWith("pymxPYMxoverseas-stations-graphicxPYMxheightxPYMx")) {
              window.removeEventListener("message", listener);
              resolve(e.data);
            }
          };
          window.addEventListener("message", listener);
          window.pym.autoInitInstances[0].sendWidth();
          setTimeout(() => resolve(null), 2_000);
        }),
    );
    assert.equal(answer, `pymxPYMxoverseas-stations-graphicxPYMxheightxPYMx${Math.round(wide.scrollHeight)}`);
    // A window resize makes pym send `width`; the frame narrows, so the content grows.
    await rec.page.setViewportSize({ width: 360, height: 800 });
    const narrow = await settledSizes(rec.page, element, frame);
    assertFits("pym after resizing to 360px", narrow);
    assert.ok(narrow.iframe > wide.iframe, `narrower frame should be taller (${narrow.iframe} vs ${wide.iframe})`);
    t.diagnostic(`pym: ${wide.iframe} px at 1000 px wide, ${narrow.iframe} px after resizing to 360 px`);
    assertClean("pym resize", rec, server.origin);
  } finally {
    await rec.close();
  }
});

test("the graphic posts exactly pym, AMP and embed.js messages, and only when the height changes", async () => {
  const { rec, element, frame } = await openHost(browser, server, "plain", { width: 600 });
  try {
    await rec.page.evaluate(() => {
      window.__seen = [];
      window.addEventListener("message", (e) => window.__seen.push(e.data));
    });
    await frame.click("details.data-table > summary");
    await rec.page.waitForFunction(() => window.__seen.length >= 3, null, { timeout: 5_000 });
    // Every message of the new height has arrived once the frame has taken it.
    assertFits("plain with the table open", await settledSizes(rec.page, element, frame));
    const seen = await rec.page.evaluate(() => window.__seen);
    const pym = seen.filter((m) => typeof m === "string");
    const amp = seen.filter((m) => m && m.sentinel === "amp");
    const own = seen.filter((m) => m && m["overseas-stations-height"]);
    assert.equal(seen.length, pym.length + amp.length + own.length, `unexpected messages: ${JSON.stringify(seen)}`);
    assert.ok(pym.length >= 1 && pym.length === amp.length && amp.length === own.length, JSON.stringify(seen));
    const height = own.at(-1)["overseas-stations-height"].default;
    assert.match(pym.at(-1), new RegExp(`^pymxPYMxdefaultxPYMxheightxPYMx${height}$`));
    assert.deepEqual(amp.at(-1), { sentinel: "amp", type: "embed-size", height });
    // Heights differ from one message to the next: unchanged heights are not re-sent.
    const heights = own.map((m) => m["overseas-stations-height"].default);
    for (let i = 1; i < heights.length; i++) assert.notEqual(heights[i], heights[i - 1], JSON.stringify(heights));
  } finally {
    await rec.close();
  }
});

test("the Embed this graphic box offers the snippet and copies it (or selects it when refused)", async () => {
  const rec = await openRecorded(browser, server, 1000);
  try {
    await rec.page.goto(new URL("dist/?step=december", server.url).href, { waitUntil: "load" });
    await waitForChartDrawn(rec.page);
    const snippet = await rec.page.$eval("textarea.embed-snippet", (a) => a.value);
    const base = new URL("dist/", server.url).href;
    assert.ok(snippet.includes(`src="${base}index.html?embed=1"`), snippet);
    assert.ok(snippet.includes(`<script src="${base}embed.js" async></script>`), snippet);
    assert.match(snippet, /width="100%" height="900" scrolling="no" frameborder="0" data-overseas-stations/);
    assert.match(snippet, /title="[^"]+"/);
    await rec.page.click("details.embed-code > summary");
    await rec.page.click('[data-testid="embed-copy"]');
    await rec.page.waitForFunction(() => document.querySelector(".embed-status")?.textContent.trim().length > 0);
    // Headless without clipboard permission: refused, so the text must be selected.
    const state = await rec.page.evaluate(() => {
      const a = document.querySelector("textarea.embed-snippet");
      return { status: document.querySelector(".embed-status").textContent, selected: a.selectionEnd - a.selectionStart, length: a.value.length };
    });
    assert.ok(state.status.length > 0);
    if (!/Copied/.test(state.status)) assert.equal(state.selected, state.length, JSON.stringify(state));
    // embed.js ships next to index.html.
    const script = await fetch(new URL("dist/embed.js", server.url));
    assert.equal(script.status, 200);
    assertClean("embed box", rec, server.origin);
  } finally {
    await rec.close();
  }
});

// That dist/ draws under this CSP with no violation is checked in every
// engine by engines.test.mjs; here, that its HTML needs no exception but the
// pre-paint script's hash (first-paint.test.mjs checks the hash itself).
test("strict CSP: dist/index.html has one inline script, the pre-paint one, and no style element or attribute", async () => {
  const html = await (await fetch(new URL("dist/", cspServer.url))).text();
  const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)([^>]*)>\s*\S/gi)].map((m) => m[1].trim());
  assert.deepEqual(inline, ["data-pre-paint"], "dist/index.html has another inline script");
  assert.match(buildPolicy(), /script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/]+=*';/);
  assert.ok(!/<style\b/i.test(html), "dist/index.html has an inline <style>");
  assert.ok(!/\sstyle\s*=/i.test(html), "dist/index.html has a style attribute");
});

// The sandboxed host under this CSP is checked in every engine by engines.test.mjs.
for (const host of ["plain", "pym", "amp"]) {
  test(`strict CSP on host and graphic: ${host} host renders and sizes the chart with no violations`, async () => {
    const { rec, element, frame } = await openHost(browser, cspServer, host, { width: 600 });
    try {
      const loaded = await settledSizes(rec.page, element, frame);
      assertFits(`${host} under CSP`, loaded);
      await stepToEnd(frame);
      const ink = await canvasInk(frame);
      assert.ok(ink.inked / ink.samples > 0.01, `${host} under CSP: chart looks blank: ${JSON.stringify(ink)}`);
      assertClean(`${host} under strict CSP`, rec, cspServer.origin);
    } finally {
      await rec.close();
    }
  });
}
