// The host API and scrollytelling, on the release build in dist/.
//
// Host API: tests/e2e/frame-host.html frames the graphic with `id=api` (and
// embed.js). The host page posts `goto` for every step (ids read from the
// graphic's scrubber, not pinned) and checks the graphic's step report and its
// aria-current step; `play` starts and stops autoplay; malformed commands,
// commands for another id and commands from windows other than the parent (a
// sibling frame, the graphic itself) change nothing and log nothing.
//
// Scrollytelling: examples/scrolly.html, scrolled from top to bottom and back
// at a phone and a desktop width: at every position the graphic shows the
// step of the section across the middle of the window, and its reports run
// through the steps in order, then in reverse.
//
// Pages run with reduced motion, so autoplay never starts by itself (the
// graphic moves only when told to).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { ROOT, assertDistBuilt, describe, launchBrowser, nextFrames, openPage, waitForChartDrawn, waitForStep } from "./helpers.mjs";
import { startServer } from "./server.mjs";
import { graphicFrame } from "./hosts.mjs";

const FRAME = "iframe[data-overseas-stations]";
const API_ID = "api";

let browser;
let server;
before(async () => {
  assertDistBuilt();
  server = await startServer({ root: ROOT, headers: { "Access-Control-Allow-Origin": "*" } });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** In the top window only: keeps every step report and every overseas-stations:step event. */
function recordReports() {
  if (window !== window.top) return;
  window.__reports = [];
  window.__events = [];
  window.addEventListener("message", (e) => {
    const report = e.data && typeof e.data === "object" ? e.data["overseas-stations-step"] : undefined;
    if (report) window.__reports.push(report);
  });
  document.addEventListener("overseas-stations:step", (e) => {
    window.__events.push({ ...e.detail, on: e.target.tagName.toLowerCase() });
  });
}

/** Opens `path` (reduced motion, reports recorded); resolves with the recorder and the graphic's frame. */
async function openHost(path, { width = 1000, height = 800 } = {}) {
  const rec = await openPage(browser, server, "about:blank", { width, height, reducedMotion: "reduce" });
  await rec.context.addInitScript(recordReports);
  await rec.page.goto(new URL(path, server.url).href, { waitUntil: "load" });
  const { frame } = await graphicFrame(rec.page, FRAME, path);
  await rec.page.waitForFunction(() => window.__reports.length > 0, null, { timeout: 10_000 });
  return { rec, frame };
}

/** The step ids of the graphic, from its scrubber. */
function stepIds(frame) {
  return frame.$$eval("button[data-step]", (buttons) => buttons.map((b) => b.dataset.step));
}

/** Posts `message` from the host page to the graphic's window. */
function post(page, message) {
  return page.evaluate(([selector, m]) => document.querySelector(selector).contentWindow.postMessage(m, "*"), [FRAME, message]);
}

const goto = (step, id = API_ID) => ({ "overseas-stations": { id, goto: step } });
const play = (on, id = API_ID) => ({ "overseas-stations": { id, play: on } });
const reports = (page) => page.evaluate(() => window.__reports);

/** Waits for the report after the first `seen` ones; returns all reports since `seen`. */
async function reportsAfter(page, seen) {
  await page.waitForFunction((n) => window.__reports.length > n, seen, { timeout: 5_000 });
  return (await reports(page)).slice(seen);
}

function playPressed(frame) {
  return frame.$eval('button[data-testid="play"]', (b) => b.getAttribute("aria-pressed"));
}

function assertNoErrors(label, rec) {
  const errors = rec.consoleErrors.filter((line) => !/favicon\.ico/.test(line));
  assert.deepEqual({ errors, pageErrors: rec.pageErrors }, { errors: [], pageErrors: [] }, `${label}\n${describe(rec)}`);
}

const API_HOST = `tests/e2e/frame-host.html?width=600&id=${API_ID}`;

test("host API: the graphic reports its first step, goes to every step asked for and reports each", async () => {
  const { rec, frame } = await openHost(API_HOST);
  const { page } = rec;
  try {
    const steps = await stepIds(frame);
    assert.ok(steps.length >= 3, `expected several steps, got ${JSON.stringify(steps)}`);
    assert.deepEqual(await reports(page), [{ id: API_ID, step: steps[0], index: 0 }], "the report at start");

    // Every other step, then back to the first. The last command carries a
    // key the API does not know: it is not looked at (README "Host API").
    const order = [...steps.slice(1).map((_, i) => i + 1), 0];
    for (const index of order) {
      const seen = (await reports(page)).length;
      const command = goto(steps[index]);
      if (index === 0) command["overseas-stations"].note = "from a later version";
      await post(page, command);
      const got = await reportsAfter(page, seen);
      await waitForStep(frame, steps[index]);
      assert.deepEqual(got, [{ id: API_ID, step: steps[index], index }], `goto ${steps[index]}`);
    }
    // embed.js passes every report on as an event on the iframe.
    const events = await page.evaluate(() => window.__events);
    const expected = (await reports(page)).map((r) => ({ ...r, on: "iframe" }));
    assert.deepEqual(events, expected.slice(expected.length - events.length));
    assert.ok(events.length >= expected.length - 1, JSON.stringify(events));
    assertNoErrors("goto", rec);
  } finally {
    await rec.close();
  }
});

test("host API: play true starts autoplay, play false stops it, play at the last step replays", async () => {
  const { rec, frame } = await openHost(API_HOST);
  const { page } = rec;
  const pressed = (value) =>
    frame.waitForFunction((v) => document.querySelector('button[data-testid="play"]').getAttribute("aria-pressed") === v, value, {
      timeout: 5_000,
    });
  try {
    const steps = await stepIds(frame);
    assert.equal(await playPressed(frame), "false");
    await post(page, play(true));
    await pressed("true");
    await post(page, play(true)); // not a toggle: it keeps playing
    await post(page, play(false));
    await pressed("false");

    const last = steps.length - 1;
    let seen = (await reports(page)).length;
    await post(page, goto(steps[last]));
    await reportsAfter(page, seen);
    await waitForStep(frame, steps[last]);
    seen = (await reports(page)).length;
    await post(page, play(true));
    const got = await reportsAfter(page, seen);
    assert.deepEqual(got[0], { id: API_ID, step: steps[0], index: 0 }, "play at the last step starts from the first");
    await pressed("true");
    await post(page, play(false));
    await pressed("false");
    assertNoErrors("play", rec);
  } finally {
    await rec.close();
  }
});

const place = (id, to = API_ID) => ({ "overseas-stations": { id: to, place: id } });

test("host API: { place } rings a place and opens its details; an unknown place, a wrong id or a place beside another action does nothing", async () => {
  const { rec, frame } = await openHost(API_HOST);
  const { page } = rec;
  try {
    const steps = await stepIds(frame);
    const open = () => frame.$eval(".detail-slot", (s) => s.classList.contains("open"));
    const ringed = () => frame.getAttribute("canvas.bar-chart", "data-ringed");
    // Ignored: no such place, another graphic's id, a place with a step, a number.
    for (const message of [place("atlantis"), place("IT", "other"), { "overseas-stations": { id: API_ID, place: "IT", goto: steps[0] } }, place(42)]) {
      await post(page, message);
    }
    // Messages are handled in order: once this step is reported, all of the above have been.
    const seen = (await reports(page)).length;
    await post(page, goto(steps.at(-1)));
    await reportsAfter(page, seen);
    await waitForStep(frame, steps.at(-1));
    assert.equal(await ringed(), "", "nothing ringed");
    assert.equal(await open(), false, "no details open");
    await post(page, place("es-madrid"));
    await frame.waitForFunction(() => document.querySelector("canvas.bar-chart").dataset.ringed === "ES", null, { timeout: 5_000 });
    assert.equal(await open(), true, "Spain's details are open");
    assert.match(await frame.$eval(".detail h3", (h) => h.textContent), /^Spain/);
    assert.match(await frame.getAttribute("canvas.map-chart", "data-ringed"), /^ES:Madrid/);
    assert.equal(await ringed(), "ES");
    await waitForStep(frame, steps.at(-1));
    assertNoErrors("place", rec);
  } finally {
    await rec.close();
  }
});

test("host API: wrong ids, wrong shapes, junk and other windows than the parent are ignored, silently", async () => {
  const { rec, frame } = await openHost(API_HOST);
  const { page } = rec;
  try {
    const steps = await stepIds(frame);
    const first = steps[0];
    const last = steps.length - 1;
    const middle = Math.floor(steps.length / 2);
    // At the last step, an accepted `goto first` or `play: true` would both
    // report the first step: every bad command below would be seen.
    let seen = (await reports(page)).length;
    await post(page, goto(steps[last]));
    await reportsAfter(page, seen);
    await waitForStep(frame, steps[last]);
    seen = (await reports(page)).length;

    const key = "overseas-stations";
    const bad = [
      goto(first, "other"),
      goto(first, API_ID.toUpperCase()),
      goto(first, ` ${API_ID}`),
      goto(first, "default"),
      { [key]: { goto: first } },
      { [key]: { id: null, goto: first } },
      { [key]: { id: 5, play: true } },
      { [key]: { id: API_ID, goto: 0 } },
      { [key]: { id: API_ID, goto: [first] } },
      { [key]: { id: API_ID, goto: { id: first } } },
      { [key]: { id: API_ID, goto: "" } },
      { [key]: { id: API_ID, goto: first.repeat(10_000) } },
      { [key]: { id: API_ID, goto: "no-such-step" } },
      { [key]: { id: API_ID, play: "yes" } },
      { [key]: { id: API_ID, play: 1 } },
      { [key]: { id: API_ID, play: null } },
      { [key]: { id: API_ID } },
      { [key]: { id: API_ID, goto: first, play: true } },
      { [key]: { id: API_ID, view: "bars" } },
      { [key]: { [key]: { id: API_ID, goto: first } } },
      { [key]: [API_ID, first] },
      { [key]: JSON.stringify({ id: API_ID, goto: first }) },
      { [key]: `goto ${first}` },
      { [key]: null },
      { [key]: true },
      [goto(first)],
      JSON.stringify(goto(first)),
      JSON.stringify(play(true)),
      key,
      null,
      42,
      { "overseas-stations-step": { id: API_ID, step: first, index: 0 } },
      `pymxPYMx${API_ID}xPYMxwidthxPYMx600`,
    ];
    for (const message of bad) await post(page, message);
    // Junk only the page itself can build: prototype keys, huge strings, nested junk.
    await page.evaluate(
      ([selector, key, id, step]) => {
        const graphic = document.querySelector(selector).contentWindow;
        const command = JSON.stringify({ id, goto: step });
        const junk = [
          JSON.parse(`{"__proto__": {"${key}": ${command}}}`),
          { [key]: JSON.parse(`{"__proto__": ${command}}`) },
          { [key]: Object.assign(Object.create({ id, goto: step }), {}) },
          { [key]: { id: "x".repeat(1_000_000), play: true } },
          { [key]: { id, goto: "é".repeat(500_000) } },
          { [key]: { id, play: { valueOf: 1, toString: "true" } } },
          { [key]: { id, goto: new Date(0) } },
          { [key]: { id, goto: new Uint8Array(4) } },
          { [key]: { id, play: new Map([["on", true]]) } },
          { [key]: new Map([["id", id], ["goto", step]]) },
          { [key]: { id, goto: step, play: [true] } },
          new Blob(["x"]),
          new ArrayBuffer(8),
          undefined,
        ];
        for (const m of junk) graphic.postMessage(m, "*");
      },
      [FRAME, key, API_ID, first],
    );

    // Well-formed commands from a sibling frame of the host page...
    const siblingElement = await page.evaluateHandle(
      () =>
        new Promise((done) => {
          const sibling = document.createElement("iframe");
          sibling.srcdoc = "<!doctype html><title>sibling</title>";
          sibling.onload = () => done(sibling);
          document.body.appendChild(sibling);
        }),
    );
    const sibling = await siblingElement.asElement().contentFrame();
    await sibling.evaluate(
      ([selector, messages]) => {
        const graphic = window.parent.document.querySelector(selector).contentWindow;
        for (const m of messages) graphic.postMessage(m, "*");
      },
      [FRAME, [goto(first), play(true)]],
    );
    // ...and from the graphic's own window.
    await frame.evaluate((messages) => messages.forEach((m) => window.postMessage(m, "*")), [goto(first), play(true)]);

    // Messages are handled in order: once the parent's next command is
    // reported, all of the above have been dealt with.
    await post(page, goto(steps[middle]));
    const got = await reportsAfter(page, seen);
    await waitForStep(frame, steps[middle]);
    assert.deepEqual(got, [{ id: API_ID, step: steps[middle], index: middle }], "only the parent's well-formed command counted");
    assert.equal(await playPressed(frame), "false", "autoplay was started by an ignored command");
    assertNoErrors("ignored commands", rec);
  } finally {
    await rec.close();
  }
});

test("host API: the standalone page reports nothing and obeys no one", async () => {
  const rec = await openPage(browser, server, "about:blank", { width: 1000, reducedMotion: "reduce" });
  try {
    await rec.context.addInitScript(() => {
      window.__seen = [];
      window.addEventListener("message", (e) => window.__seen.push(e.data));
    });
    await rec.page.goto(new URL("dist/", server.url).href, { waitUntil: "load" });
    await waitForChartDrawn(rec.page);
    const steps = await stepIds(rec.page);
    // Not framed: the page is its own parent, which is no host.
    await rec.page.evaluate((last) => window.postMessage({ "overseas-stations": { id: "default", goto: last } }, "*"), steps.at(-1));
    await rec.page.waitForFunction(() => window.__seen.length === 1);
    await rec.page.click('button[data-testid="next"]');
    await waitForStep(rec.page, steps[1]);
    await nextFrames(rec.page);
    const seen = await rec.page.evaluate(() => window.__seen);
    assert.equal(seen.length, 1, `the standalone page posted messages: ${JSON.stringify(seen)}`);
    assertNoErrors("standalone", rec);
  } finally {
    await rec.close();
  }
});

/**
 * The step of the section across the middle of the window (where embed.js
 * looks), or undefined when none is, or when a section's edge is too close to
 * the middle to say which one embed.js saw last.
 */
function sectionAtMiddle() {
  const middle = window.innerHeight * 0.495;
  const margin = window.innerHeight * 0.01 + 2;
  for (const section of document.querySelectorAll("[data-overseas-stations-step]")) {
    const box = section.getBoundingClientRect();
    if (box.top <= middle && box.bottom > middle) {
      const clear = middle - box.top > margin && box.bottom - middle > margin;
      return clear ? section.getAttribute("data-overseas-stations-step") : undefined;
    }
  }
  return undefined;
}

/**
 * Scrolls the page by `dy` per move until it cannot go further; after each
 * move, when a section is across the middle, waits until the graphic shows
 * its step (and scrolly.js has marked that section).
 */
async function scrollThrough(page, frame, dy) {
  const visited = [];
  for (let i = 0; i < 200; i++) {
    const before = await page.evaluate(() => window.scrollY);
    await page.evaluate((d) => window.scrollBy(0, d), dy);
    await nextFrames(page);
    const moved = (await page.evaluate(() => window.scrollY)) !== before;
    const expected = await page.evaluate(sectionAtMiddle);
    if (expected) {
      await waitForStep(frame, expected).catch(async (error) => {
        const shown = await frame.$eval('button[aria-current="step"]', (b) => b.dataset.step).catch(() => "none");
        throw new Error(`at scrollY ${await page.evaluate(() => window.scrollY)} the section "${expected}" is across the middle but the graphic shows "${shown}": ${error.message}`);
      });
      await page.waitForFunction((step) => document.querySelector(".scrolly-step.is-current")?.dataset.overseasStationsStep === step, expected, {
        timeout: 5_000,
      });
      if (visited.at(-1) !== expected) visited.push(expected);
    }
    if (!moved) return visited;
  }
  throw new Error("the page did not stop scrolling");
}

for (const [width, height] of [
  [375, 812],
  [1000, 800],
]) {
  test(`scrolly at ${width}x${height}: scrolling down walks the graphic through every step in order, scrolling up in reverse`, async () => {
    const { rec, frame } = await openHost("examples/scrolly.html", { width, height });
    const { page } = rec;
    try {
      const steps = await stepIds(frame);
      const sections = await page.$$eval("[data-overseas-stations-step]", (all) => all.map((s) => s.dataset.overseasStationsStep));
      assert.deepEqual(sections, steps, "the example has one section per step, in order");
      const sticky = await page.$eval(".scrolly-graphic", (e) => getComputedStyle(e).position);
      assert.equal(sticky, "sticky");

      const down = await scrollThrough(page, frame, Math.round(height / 4));
      assert.deepEqual(down, steps, "sections across the middle on the way down");
      const reportedDown = (await reports(page)).map((r) => r.step);
      assert.deepEqual(reportedDown, steps, "the graphic's reports on the way down");

      const up = await scrollThrough(page, frame, -Math.round(height / 4));
      assert.deepEqual(up, [...steps].reverse(), "sections across the middle on the way up");
      const all = await reports(page);
      assert.deepEqual(
        all.slice(steps.length).map((r) => r.step),
        [...steps].reverse().slice(1),
        "the graphic's reports on the way up",
      );
      assert.ok(all.every((r, i) => r.id === "scrolly" && r.index === steps.indexOf(r.step)), JSON.stringify(all));
      assertNoErrors(`scrolly ${width}px`, rec);
    } finally {
      await rec.close();
    }
  });
}

test("scrolly: a step asked for while the graphic is still loading is shown once it has loaded", async () => {
  const rec = await openPage(browser, server, "about:blank", { width: 1000, height: 800, reducedMotion: "reduce" });
  const { page } = rec;
  try {
    await rec.context.addInitScript(recordReports);
    // The graphic's wasm is held back until embed.js has sent its command,
    // so that the command reaches a page that does not listen yet.
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await page.route(/_bg\.wasm$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(new URL("examples/scrolly.html", server.url).href, { waitUntil: "domcontentloaded" });
    const sections = await page.$$eval("[data-overseas-stations-step]", (all) => all.map((s) => s.dataset.overseasStationsStep));
    const wanted = sections[Math.floor(sections.length / 2) + 1];
    await page.$eval(`[data-overseas-stations-step="${wanted}"]`, (s) => s.scrollIntoView({ block: "center" }));
    await page.waitForFunction((step) => document.querySelector("iframe[data-overseas-stations]").overseasStationsWanted === step, wanted, {
      timeout: 10_000,
    });
    assert.deepEqual(await reports(page), [], "the graphic reported before its wasm arrived");
    release();

    const frame = await (await page.$(FRAME)).contentFrame();
    await waitForStep(frame, wanted, 20_000);
    const steps = (await reports(page)).map((r) => r.step);
    assert.deepEqual(steps, [sections[0], wanted], "the first report, then the step the article wants");
    assertNoErrors("late graphic", rec);
  } finally {
    await rec.close();
  }
});
