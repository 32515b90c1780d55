// The graphic's step-through behaviour, against the DOM contract described in
// README ("Tests"): landmarks, the play button and a ?step= deep link (an
// unknown ?step= is read natively, src/view/query.rs, and falls back to the
// first step in the component tests, tests/web.rs). Stepping
// with the buttons, the scrubber and the keyboard through the reports' figures,
// and every step at every width, are checked in every engine, Chromium
// included, by engines.test.mjs.
import { test } from "node:test";
import assert from "node:assert/strict";
import { STEPS, activeStep, afterFirstSighting, describe, settledCounter, useContractHarness, waitForStep } from "./helpers.mjs";

// One harness per file; a missing DOM contract fails the suite.
const suite = useContractHarness("");
const openReady = suite.openReady;

async function counterPlain(page) {
  const c = await settledCounter(page);
  return { stations: c.stations, countries: c.countries };
}

const PLAY = 'button[data-testid="play"]';

async function waitForPlaying(page, playing, timeout = 2_000) {
  await page.waitForFunction(
    ([sel, want]) => document.querySelector(sel)?.getAttribute("aria-pressed") === want,
    [PLAY, String(playing)],
    { timeout },
  );
}

/** The page may autoplay on a plain load: pause it and go to the first step. */
async function pausedAtFirstStep(page) {
  if ((await page.getAttribute(PLAY, "aria-pressed")) === "true") {
    await page.click(PLAY);
    await waitForPlaying(page, false);
  }
  await page.click(`button[data-step="${STEPS[0]}"]`);
  await waitForStep(page, STEPS[0]);
}

function assertClean(rec) {
  assert.deepEqual([...rec.pageErrors, ...rec.consoleErrors], [], describe(rec));
}

test("the page has the contract's landmarks", async (t) => {
  const rec = await openReady("");
  try {
    const page = rec.page;
    assert.ok(await page.$("main#graphic"), "no <main id=graphic>");
    const h1 = await page.$eval("h1", (el) => el.textContent.trim()).catch(() => "");
    assert.ok(h1.length > 0, "no h1 headline");
    assert.ok(await page.$("details table"), "no <details> with a <table> mirroring the chart");
    assert.ok(await page.$('[aria-live="polite"]'), 'no [aria-live="polite"] region');
    assert.ok(await page.$('[data-testid="caption"]'), 'no [data-testid="caption"]');
    const pressed = await page.getAttribute(PLAY, "aria-pressed");
    assert.ok(["true", "false"].includes(pressed), `play button has aria-pressed=${pressed}`);
    const canvas = await page.$eval("canvas.bar-chart", (c) => [c.getAttribute("role"), c.getAttribute("aria-label")]);
    assert.equal(canvas[0], "img", 'canvas.bar-chart needs role="img"');
    assert.ok(canvas[1]?.trim(), "canvas.bar-chart needs an aria-label");
    assert.ok(STEPS.includes(await activeStep(page)), "no step is active");
    assertClean(rec);
  } finally {
    await rec.close();
  }
});

test("the play button advances the steps and pauses again", async (t) => {
  const rec = await openReady("");
  try {
    const page = rec.page;
    await pausedAtFirstStep(page);
    await page.click(PLAY);
    await waitForPlaying(page, true);
    await waitForStep(page, STEPS[1], 15_000);
    // Stop it again so the page is idle.
    await page.click(PLAY);
    await waitForPlaying(page, false);
    assertClean(rec);
  } finally {
    await rec.close();
  }
});

test("?step=december opens that step", async (t) => {
  const rec = await openReady("?step=december");
  try {
    await waitForStep(rec.page, "december");
    await counterPlain(rec.page);
    await afterFirstSighting(rec.page); // when autoplay would start
    assert.equal(await rec.page.getAttribute(PLAY, "aria-pressed"), "false", "a deep link should not autoplay");
    assert.equal(await activeStep(rec.page), "december", "the deep-linked step should stay put");
    assertClean(rec);
  } finally {
    await rec.close();
  }
});

test("a step's disclosures are written when opened: every event and every source its summary counts", async () => {
  const rec = await openReady("?step=december");
  try {
    await waitForStep(rec.page, "december");
    const shown = '.caption-item[data-step="december"]';
    // Closed, the live page has not written them (nothing at start waits for them).
    const before = await rec.page.$$eval(`${shown} details :is(ol.events, ul.step-sources) li`, (l) => l.length);
    assert.equal(before, 0, "closed disclosures already hold their content");
    for (const [box, items] of [["details.all-events", "ol.events > li"], ["details.step-sources-box", "ul.step-sources > li"]]) {
      const summary = await rec.page.textContent(`${shown} ${box} > summary`);
      const counted = Number(/\d+/.exec(summary)?.[0]);
      assert.ok(counted > 0, `no count in "${summary}"`);
      await rec.page.click(`${shown} ${box} > summary`);
      await rec.page.waitForFunction(
        ([sel, n]) => document.querySelectorAll(sel).length === n,
        [`${shown} ${box} ${items}`, counted],
        { timeout: 5_000 },
      );
      const links = await rec.page.$$eval(`${shown} ${box} ${items} a[href^="http"]`, (l) => l.length);
      assert.ok(links > 0, `${box}: no source link`);
    }
    assertClean(rec);
  } finally {
    await rec.close();
  }
});
