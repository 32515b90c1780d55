// Made for newsrooms (README "Newsroom options"): embedded, the graphic keeps a
// compact height that does not change from step to step, its chart starts in
// the first screen of a phone, and the options of the embed URL work, while
// malformed values change nothing and log nothing.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import {
  ROOT,
  STEPS,
  afterFirstSighting,
  assertDistBuilt,
  describe,
  launchBrowser,
  openPage,
  settledCounter,
  waitForChartDrawn,
  waitForStep,
} from "./helpers.mjs";
import { startServer } from "./server.mjs";
import { assertFits, openHost, settledSizes } from "./hosts.mjs";

/** Tallest the embedded graphic may be, every disclosure closed (issue 11). */
const BUDGET = { 375: 1500, 1000: 1200 };
/** Largest difference between the tallest and the shortest step at one width. */
const SPREAD = 0.05;
/** Lowest the chart's top may sit below the graphic's top on a 375x812 phone. */
const CHART_TOP = 520;
const PLAY = 'button[data-testid="play"]';

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

/** Clicks a step's scrubber button in `frame` and waits for it to be current and drawn. */
async function goTo(frame, id) {
  await frame.click(`button[data-step="${id}"]`);
  await waitForStep(frame, id);
  await settledCounter(frame);
}

for (const host of ["plain", "pym"]) {
  for (const width of [320, 375, 600, 1000]) {
    test(`${host} host at ${width} px: one steady height at every step${BUDGET[width] ? `, at most ${BUDGET[width]} px` : ""}`, async (t) => {
      const { rec, element, frame } = await openHost(browser, server, host, { width, height: 812 });
      try {
        const heights = {};
        for (const id of STEPS) {
          await goTo(frame, id);
          const s = await settledSizes(rec.page, element, frame);
          assertFits(`${host} ${width}px at ${id}`, s);
          heights[id] = s.iframe;
        }
        const values = Object.values(heights);
        const [low, high] = [Math.min(...values), Math.max(...values)];
        t.diagnostic(`${host} ${width}px: ${JSON.stringify(heights)}`);
        assert.ok(high / low - 1 <= SPREAD, `${host} ${width}px: heights differ by more than 5 %: ${JSON.stringify(heights)}`);
        if (BUDGET[width]) assert.ok(high <= BUDGET[width], `${host} ${width}px: ${high} px is over ${BUDGET[width]} px`);

        // A disclosure grows the graphic; closing it, or moving on, returns it.
        const last = STEPS[STEPS.length - 1];
        const summary = ".caption-item:not(.hidden-item) details.all-events > summary";
        await frame.click(summary);
        const open = await settledSizes(rec.page, element, frame);
        assert.ok(open.iframe > heights[last] + 100, `${host} ${width}px: "Show all events" did not open (${open.iframe} px)`);
        await frame.click(summary);
        const closed = await settledSizes(rec.page, element, frame);
        assert.ok(Math.abs(closed.iframe - heights[last]) <= 1, `${host} ${width}px: closed again ${closed.iframe} px, was ${heights[last]} px`);
        await frame.click(summary);
        await settledSizes(rec.page, element, frame);
        await goTo(frame, STEPS[STEPS.length - 2]);
        const moved = await settledSizes(rec.page, element, frame);
        assert.ok(
          Math.abs(moved.iframe - heights[STEPS[STEPS.length - 2]]) <= 1,
          `${host} ${width}px: a step change with a disclosure open left the graphic at ${moved.iframe} px`,
        );
        assert.deepEqual(rec.pageErrors, [], describe(rec));
      } finally {
        await rec.close();
      }
    });
  }
}

test("on a 375x812 phone the counter and the top of the chart are in the first screen", async (t) => {
  const { rec, frame } = await openHost(browser, server, "plain", { width: 375, height: 812 });
  try {
    const tops = await frame.evaluate(() => ({
      counter: document.querySelector('[data-testid="counter"]').getBoundingClientRect().top,
      chart: document.querySelector("canvas.bar-chart").getBoundingClientRect().top,
    }));
    t.diagnostic(`counter at ${tops.counter} px, chart at ${tops.chart} px below the graphic's top`);
    assert.ok(tops.chart <= CHART_TOP, `the chart starts ${tops.chart} px down (at most ${CHART_TOP})`);
    assert.ok(tops.counter < tops.chart);
  } finally {
    await rec.close();
  }
});

/** Opens dist/ with `query`, waits for the chart, and reads what the options decide. */
async function openWith(query, { colorScheme } = {}) {
  const rec = await openPage(browser, server, `dist/${query}`, { width: 700, height: 900 });
  if (colorScheme) await rec.page.emulateMedia({ colorScheme });
  await waitForChartDrawn(rec.page);
  const state = await rec.page.evaluate(() => {
    const root = document.documentElement;
    const shown = (selector) => {
      const e = document.querySelector(`#graphic ${selector}`);
      return Boolean(e && e.getClientRects().length > 0);
    };
    const current = document.querySelector('button[data-step][aria-current="step"]');
    return {
      theme: root.getAttribute("data-theme"),
      accent: getComputedStyle(root).getPropertyValue("--accent").trim(),
      title: shown(".masthead"),
      controls: shown(".timeline"),
      step: current?.dataset.step ?? null,
      background: getComputedStyle(document.body).backgroundColor,
    };
  });
  return { rec, state };
}

/** What a page opened with `query` shows; fails on any console message of error level. */
async function optionsOf(query, options = {}) {
  const { rec, state } = await openWith(query, options);
  try {
    assert.deepEqual([...rec.consoleErrors, ...rec.pageErrors], [], `${query}\n${describe(rec)}`);
    return state;
  } finally {
    await rec.close();
  }
}

const DEFAULT = { theme: null, accent: "#c01f1f", title: true, controls: true, step: STEPS[0] };
const pick = (s) => ({ theme: s.theme, accent: s.accent, title: s.title, controls: s.controls, step: s.step });

test("title=0 hides kicker, headline and standfirst; controls=0 shows one fixed step without controls", async () => {
  assert.deepEqual(pick(await optionsOf("?autoplay=0")), DEFAULT);
  assert.deepEqual(pick(await optionsOf("?title=0&autoplay=0")), { ...DEFAULT, title: false });
  assert.deepEqual(pick(await optionsOf("?controls=0&step=december")), { ...DEFAULT, controls: false, step: "december" });
  // Before the app runs (its wasm held back), boot.js has already hidden them
  // in the static first frame.
  const context = await browser.newContext({ viewport: { width: 700, height: 900 } });
  try {
    const page = await context.newPage();
    await page.route("**/*.wasm", () => {});
    await page.goto(new URL("dist/?title=0&controls=0", server.url).href, { waitUntil: "domcontentloaded" });
    const frame = await page.evaluate(() => ({
      masthead: document.querySelector(".static-frame .masthead")?.getClientRects().length ?? -1,
      timeline: document.querySelector(".static-frame .timeline")?.getClientRects().length ?? -1,
      counter: document.querySelector(".static-frame .counter")?.getClientRects().length ?? -1,
    }));
    assert.deepEqual(frame, { masthead: 0, timeline: 0, counter: 1 });
  } finally {
    await context.close();
  }
});

test("autoplay=0 and controls=0 never start playing; without them the story starts by itself", async () => {
  const pressedAfter = async (query) => {
    const rec = await openPage(browser, server, `dist/${query}`, { width: 700 });
    try {
      await waitForChartDrawn(rec.page);
      await afterFirstSighting(rec.page); // autoplay starts when the graphic is first seen
      return await rec.page.getAttribute(PLAY, "aria-pressed");
    } finally {
      await rec.close();
    }
  };
  assert.equal(await pressedAfter(""), "true", "the default page should autoplay once seen");
  assert.equal(await pressedAfter("?autoplay=0"), "false");
  assert.equal(await pressedAfter("?controls=0"), "false");
});

test("theme=light|dark|auto forces or follows the colour scheme", async () => {
  const dark = { colorScheme: "dark" };
  assert.equal((await optionsOf("?theme=dark&autoplay=0")).theme, "dark");
  assert.equal((await optionsOf("?theme=light&autoplay=0", dark)).background, "rgb(255, 255, 255)");
  const auto = await optionsOf("?theme=auto&autoplay=0", dark);
  assert.equal(auto.theme, null);
  assert.equal(auto.background, "rgb(18, 18, 18)", "auto follows a dark system");
});

test("accent= sets the house colour where it reads at AA, and is ignored where it does not", async () => {
  // Navy reads on white, not on near-black; gold the other way round.
  assert.equal((await optionsOf("?accent=0b3d91&autoplay=0")).accent, "#0b3d91");
  assert.equal((await optionsOf("?accent=%230b3d91&autoplay=0")).accent, "#0b3d91");
  assert.equal((await optionsOf("?accent=0b3d91&theme=dark&autoplay=0")).accent, "#ff6b6b");
  assert.equal((await optionsOf("?accent=fc3&theme=dark&autoplay=0")).accent, "#ffcc33");
  assert.equal((await optionsOf("?accent=fc3&autoplay=0")).accent, "#c01f1f");
  // The step date takes the colour.
  const { rec } = await openWith("?accent=0b3d91&autoplay=0");
  try {
    const colour = await rec.page.$eval(".caption-item:not(.hidden-item) .step-date", (e) => getComputedStyle(e).color);
    assert.equal(colour, "rgb(11, 61, 145)");
  } finally {
    await rec.close();
  }
});

test("malformed options change nothing and log nothing", async () => {
  for (const query of [
    "?accent=red;}",
    "?accent=%23c01f1f%3B%7D",
    "?accent=url(x)",
    "?step=<script>",
    "?step=%3Cscript%3Ealert(1)%3C/script%3E",
    "?step=nonsense",
    "?theme=",
    "?theme=purple",
    "?title=&controls=&autoplay=0",
    "?controls=maybe&title=yes&autoplay=0",
  ]) {
    const autoplayOff = query.includes("autoplay=0") ? query : `${query}&autoplay=0`;
    assert.deepEqual(pick(await optionsOf(autoplayOff)), DEFAULT, query);
  }
});

test("the Embed this graphic box writes the chosen options into the snippet", async () => {
  const rec = await openPage(browser, server, "dist/?autoplay=0", { width: 1000 });
  try {
    await waitForChartDrawn(rec.page);
    await rec.page.click("details.embed-code > summary");
    const src = () => rec.page.$eval("textarea.embed-snippet", (a) => / src="([^"]+)"/.exec(a.value)[1]);
    assert.match(await src(), /\?embed=1$/);
    await rec.page.selectOption('.embed-options select[name="step"]', "december");
    await rec.page.selectOption('.embed-options select[name="theme"]', "dark");
    await rec.page.check('.embed-options input[name="controls"]');
    await rec.page.check('.embed-options input[name="title"]');
    await rec.page.fill('.embed-options input[name="accent"]', "#FC3");
    assert.match(await src(), /\?embed=1&amp;step=december&amp;theme=dark&amp;controls=0&amp;title=0&amp;accent=ffcc33$/);
    assert.match(await rec.page.textContent(".embed-accent-note"), /dark theme only/);
    // A colour that reads nowhere is left out, and the box says so.
    await rec.page.fill('.embed-options input[name="accent"]', "777");
    assert.doesNotMatch(await src(), /accent=/);
    assert.match(await rec.page.textContent(".embed-accent-note"), /Left out/);
    assert.deepEqual([...rec.consoleErrors, ...rec.pageErrors], [], describe(rec));
  } finally {
    await rec.close();
  }
});
