// The graphic's step-through behaviour, against the DOM contract described in
// README ("Tests"): counter, prev/next/play buttons, step scrubber, keyboard
// on the timeline, ?step= deep links, and every step at every width.
import { describe as group, test } from "node:test";
import assert from "node:assert/strict";
import {
  STEPS,
  WIDTHS,
  activeStep,
  describe,
  nextFrames,
  screenshotPath,
  settledCounter,
  waitForChartDrawn,
  useContractHarness,
  waitForStep,
} from "./helpers.mjs";

// Safeguard Defenders' two reports: stepping through the story must show the
// first figure, then (at a later step) the second.
const REPORTS = (await import("node:fs")).readFileSync(new URL("../../data/reports.toml", import.meta.url), "utf8").split("[[report]]").slice(1).map((r) => ({ stations: Number(/^stations_total = (\d+)$/m.exec(r)[1]), countries: Number(/^countries_total = (\d+)$/m.exec(r)[1]) }));
const [REPORT_1, REPORT_2] = REPORTS; // data/reports.toml: "110 Overseas" (September 2022), "Patrol and Persuade" (December 2022)

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

/** Asserts that the counters seen along the steps show report 1, then report 2. */
function assertReportsInOrder(seen, how) {
  const same = (a, b) => a.stations === b.stations && a.countries === b.countries;
  const first = seen.findIndex((c) => same(c, REPORT_1));
  const second = seen.findIndex((c, i) => i > first && same(c, REPORT_2));
  assert.ok(
    first >= 0 && second > first,
    `stepping ${how} should show ${REPORT_1.stations} stations in ${REPORT_1.countries} countries, ` +
      `then ${REPORT_2.stations} in ${REPORT_2.countries}; saw ${JSON.stringify(seen)}`,
  );
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

test(`stepping with the buttons goes through every step in order: ${REPORT_1.stations} then ${REPORT_2.stations} stations, ${REPORT_1.countries} then ${REPORT_2.countries} countries`, async (t) => {
  const rec = await openReady("");
  try {
    const page = rec.page;
    await pausedAtFirstStep(page);
    const seen = [await counterPlain(page)];
    for (const id of STEPS.slice(1)) {
      await page.click('button[data-testid="next"]');
      await waitForStep(page, id);
      seen.push(await counterPlain(page));
    }
    assertReportsInOrder(seen, "forward with the next button");
    for (let i = STEPS.length - 2; i >= 0; i--) {
      await page.click('button[data-testid="prev"]');
      await waitForStep(page, STEPS[i]);
      assert.deepEqual(await counterPlain(page), seen[i], `back at ${STEPS[i]}`);
    }
    // The scrubber jumps straight to a step.
    await page.click(`button[data-step="${STEPS[3]}"]`);
    await waitForStep(page, STEPS[3]);
    assert.deepEqual(await counterPlain(page), seen[3], `scrubber to ${STEPS[3]}`);
    assertClean(rec);
  } finally {
    await rec.close();
  }
});

test("stepping with the keyboard on the timeline: Right, Left, Home, End, Space", async (t) => {
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

    // Home goes to the first step (and, like any step command, stops autoplay).
    await page.keyboard.press("Home");
    await waitForStep(page, STEPS[0]);
    if ((await page.getAttribute(PLAY, "aria-pressed")) === "true") {
      await page.keyboard.press("Space");
      await waitForPlaying(page, false);
      await page.keyboard.press("Home");
      await waitForStep(page, STEPS[0]);
    }
    const seen = [await counterPlain(page)];
    for (const id of STEPS.slice(1)) {
      await page.keyboard.press("ArrowRight");
      await waitForStep(page, id);
      seen.push(await counterPlain(page));
    }
    assertReportsInOrder(seen, "with ArrowRight");
    await page.keyboard.press("ArrowLeft");
    await waitForStep(page, STEPS.at(-2));
    assert.deepEqual(await counterPlain(page), seen.at(-2), "ArrowLeft");
    await page.keyboard.press("Home");
    await waitForStep(page, STEPS[0]);
    assert.deepEqual(await counterPlain(page), seen[0], "Home");
    await page.keyboard.press("End");
    await waitForStep(page, STEPS.at(-1));
    assert.deepEqual(await counterPlain(page), seen.at(-1), "End");

    // Space plays; Space again pauses.
    await page.keyboard.press("Home");
    await waitForStep(page, STEPS[0]);
    await page.keyboard.press("Space");
    await waitForPlaying(page, true);
    await page.keyboard.press("Space");
    await waitForPlaying(page, false);
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
    await nextFrames(rec.page);
    assert.equal(await rec.page.getAttribute(PLAY, "aria-pressed"), "false", "a deep link should not autoplay");
    assert.equal(await activeStep(rec.page), "december", "the deep-linked step should stay put");
    assertClean(rec);
  } finally {
    await rec.close();
  }
});

test("?step=nonsense falls back to the first step without errors", async (t) => {
  const rec = await openReady("?step=nonsense");
  try {
    await waitForStep(rec.page, STEPS[0]);
    await counterPlain(rec.page);
    await nextFrames(rec.page);
    assertClean(rec);
  } finally {
    await rec.close();
  }
});

group("every step at every width", () => {
  for (const width of WIDTHS) {
    test(`${width} px: each step renders without console errors (screenshots/${width}-<step>.png)`, async (t) => {
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
