// The graphic's step-through behaviour, against the DOM contract described in
// README ("Tests"): counter, prev/next/play buttons, step scrubber, keyboard
// on the timeline, ?step= deep links, and every step at every width.
import { after, before, describe as group, test } from "node:test";
import assert from "node:assert/strict";
import {
  STEPS,
  WIDTHS,
  activeStep,
  contractMissing,
  describe,
  nextFrames,
  screenshotPath,
  settledCounter,
  startHarness,
  waitForApp,
  waitForChartDrawn,
  waitForStep,
} from "./helpers.mjs";

const FIRST = { stations: 54, countries: 30 }; // Safeguard Defenders, "110 Overseas", September 2022
const LAST = { stations: 102, countries: 53 }; // "Patrol and Persuade", December 2022

let harness;
let skipReason = false;
before(async () => {
  harness = await startHarness();
  // Probe the contract once: while the app does not implement it yet, these
  // tests are skipped with the list of what is missing.
  const rec = await harness.open("");
  try {
    await waitForApp(rec.page);
    const missing = await contractMissing(rec.page);
    if (missing.length > 0) skipReason = `app lacks the DOM contract: missing ${missing.join(", ")}`;
  } finally {
    await rec.close();
  }
  if (skipReason) console.log(`# SKIPPING step tests: ${skipReason}`);
});
after(async () => {
  await harness?.close();
});

/** Opens a page and waits for the first chart draw. */
async function openReady(path = "", options = {}) {
  const rec = await harness.open(path, options);
  await waitForChartDrawn(rec.page);
  return rec;
}

async function counterPlain(page) {
  const c = await settledCounter(page);
  return { stations: c.stations, countries: c.countries };
}

function assertClean(rec) {
  assert.deepEqual([...rec.pageErrors, ...rec.consoleErrors], [], describe(rec));
}

test("the page has the contract's landmarks", async (t) => {
  if (skipReason) return t.skip(skipReason);
  const rec = await openReady("");
  try {
    const page = rec.page;
    assert.ok(await page.$("main#graphic"), "no <main id=graphic>");
    const h1 = await page.$eval("h1", (el) => el.textContent.trim()).catch(() => "");
    assert.ok(h1.length > 0, "no h1 headline");
    assert.ok(await page.$("details table"), "no <details> with a <table> mirroring the chart");
    assert.ok(await page.$('[aria-live="polite"]'), 'no [aria-live="polite"] region');
    assert.ok(await page.$('[data-testid="caption"]'), 'no [data-testid="caption"]');
    const pressed = await page.getAttribute('button[data-testid="play"]', "aria-pressed");
    assert.equal(pressed, "false", "play button should start with aria-pressed=false");
    assert.equal(await activeStep(page), STEPS[0]);
    assertClean(rec);
  } finally {
    await rec.close();
  }
});

test("stepping with the buttons goes through every step in order: 54 → 102 stations, 30 → 53 countries", async (t) => {
  if (skipReason) return t.skip(skipReason);
  const rec = await openReady("");
  try {
    const page = rec.page;
    await waitForStep(page, STEPS[0]);
    assert.deepEqual(await counterPlain(page), FIRST, "first step");
    for (const id of STEPS.slice(1)) {
      await page.click('button[data-testid="next"]');
      await waitForStep(page, id);
    }
    assert.deepEqual(await counterPlain(page), LAST, "last step");
    for (const id of STEPS.slice(0, -1).reverse()) {
      await page.click('button[data-testid="prev"]');
      await waitForStep(page, id);
    }
    assert.deepEqual(await counterPlain(page), FIRST, "back at the first step");
    // The scrubber jumps straight to a step.
    await page.click(`button[data-step="${STEPS[3]}"]`);
    await waitForStep(page, STEPS[3]);
    assertClean(rec);
  } finally {
    await rec.close();
  }
});

test("stepping with the keyboard on the timeline: Right, Left, Home, End, Space", async (t) => {
  if (skipReason) return t.skip(skipReason);
  const rec = await openReady("");
  try {
    const page = rec.page;
    // Focus the timeline region itself when it is focusable, else its active step button.
    const focused = await page.evaluate(() => {
      const timeline = document.querySelector('[data-testid="timeline"]');
      timeline.focus();
      if (document.activeElement === timeline) return "timeline";
      const active = timeline.querySelector('[aria-current="step"]') ?? timeline.querySelector("button");
      active?.focus();
      return document.activeElement === active ? "step button" : "nothing";
    });
    assert.notEqual(focused, "nothing", "could not focus anything in the timeline");

    await waitForStep(page, STEPS[0]);
    assert.deepEqual(await counterPlain(page), FIRST, "first step");
    for (const id of STEPS.slice(1)) {
      await page.keyboard.press("ArrowRight");
      await waitForStep(page, id);
    }
    assert.deepEqual(await counterPlain(page), LAST, "last step");
    await page.keyboard.press("ArrowLeft");
    await waitForStep(page, STEPS.at(-2));
    await page.keyboard.press("Home");
    await waitForStep(page, STEPS[0]);
    assert.deepEqual(await counterPlain(page), FIRST, "Home");
    await page.keyboard.press("End");
    await waitForStep(page, STEPS.at(-1));
    assert.deepEqual(await counterPlain(page), LAST, "End");

    // Space toggles play; Space again pauses.
    await page.keyboard.press("Home");
    await waitForStep(page, STEPS[0]);
    const play = 'button[data-testid="play"]';
    await page.keyboard.press("Space");
    await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute("aria-pressed") === "true", play, {
      timeout: 2_000,
    });
    await page.keyboard.press("Space");
    await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute("aria-pressed") === "false", play, {
      timeout: 2_000,
    });
    assertClean(rec);
  } finally {
    await rec.close();
  }
});

test("the play button advances the steps and pauses again", async (t) => {
  if (skipReason) return t.skip(skipReason);
  const rec = await openReady("");
  try {
    const page = rec.page;
    await page.click('button[data-testid="play"]');
    assert.equal(await page.getAttribute('button[data-testid="play"]', "aria-pressed"), "true");
    await waitForStep(page, STEPS[1], 15_000);
    // Stop it again so the page is idle.
    await page.click('button[data-testid="play"]');
    await page.waitForFunction(
      () => document.querySelector('button[data-testid="play"]')?.getAttribute("aria-pressed") === "false",
      null,
      { timeout: 2_000 },
    );
    assertClean(rec);
  } finally {
    await rec.close();
  }
});

test("?step=december opens that step", async (t) => {
  if (skipReason) return t.skip(skipReason);
  const rec = await openReady("?step=december");
  try {
    await waitForStep(rec.page, "december");
    const c = await counterPlain(rec.page);
    assert.ok(c.stations >= FIRST.stations && c.stations <= LAST.stations, `december shows ${c.stations} stations`);
    assertClean(rec);
  } finally {
    await rec.close();
  }
});

test("?step=nonsense falls back to the first step without errors", async (t) => {
  if (skipReason) return t.skip(skipReason);
  const rec = await openReady("?step=nonsense");
  try {
    await waitForStep(rec.page, STEPS[0]);
    assert.deepEqual(await counterPlain(rec.page), FIRST);
    await nextFrames(rec.page);
    assertClean(rec);
  } finally {
    await rec.close();
  }
});

group("every step at every width", () => {
  for (const width of WIDTHS) {
    test(`${width} px: each step renders without console errors (screenshots/${width}-<step>.png)`, async (t) => {
      if (skipReason) return t.skip(skipReason);
      const rec = await openReady("", { width, height: 800, reducedMotion: "reduce" });
      try {
        const page = rec.page;
        for (const id of STEPS) {
          await page.click(`button[data-step="${id}"]`);
          await waitForStep(page, id);
          await settledCounter(page);
          await nextFrames(page);
          await page.screenshot({ path: screenshotPath(`${width}-${id}`), fullPage: true });
        }
        assertClean(rec);
      } finally {
        await rec.close();
      }
    });
  }
});
