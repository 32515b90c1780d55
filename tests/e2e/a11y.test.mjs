// Accessibility checks a reader with assistive needs would notice: an axe-core
// audit (contrast included) in both themes at two widths, reduced motion,
// keyboard reach and a visible focus ring, 44 px touch targets, the live
// announcer, and the system's colour scheme against ?theme= and live (that
// ?theme= reaches the page and the canvas is in engines.test.mjs).
import { describe as group, test } from "node:test";
import assert from "node:assert/strict";
import {
  afterFirstSighting,
  animationIdle,
  axeViolations,
  STEPS,
  activeStep,
  describe,
  nextFrames,
  settledCounter,
  waitForChartDrawn,
  useContractHarness,
  waitForStep,
} from "./helpers.mjs";
import * as probes from "./probes.mjs";
import { luminance } from "./probes.mjs";

const PLAY = 'button[data-testid="play"]';
const NEXT = 'button[data-testid="next"]';
const CANVAS = "canvas.bar-chart";
const ANNOUNCER = '[data-testid="announcer"]';
const THEMES = ["light", "dark"];
const MIN_TARGET = 44;

// One harness per file; a missing DOM contract fails the suite.
const suite = useContractHarness("?step=setup");
const openReady = suite.openReady;

function assertClean(rec) {
  assert.deepEqual([...rec.pageErrors, ...rec.consoleErrors], [], describe(rec));
}

// ---------------------------------------------------------------------------
// 1. axe-core
// ---------------------------------------------------------------------------

function formatViolations(violations) {
  return violations
    .map((v) => {
      const first = v.nodes
        .slice(0, 4)
        .map((n) => `      ${n.target}\n        ${n.html}\n        ${n.summary}`)
        .join("\n");
      const more = v.nodes.length > 4 ? `\n      … and ${v.nodes.length - 4} more` : "";
      return `  [${v.impact}] ${v.id}: ${v.help} (${v.nodes.length} element(s))\n${first}${more}`;
    })
    .join("\n");
}

group("axe-core: no serious or critical violations on ?step=december, data table open", () => {
  for (const theme of THEMES) {
    for (const width of [375, 1100]) {
      test(`${theme} theme at ${width} px`, async (t) => {
        const rec = await openReady(`?step=december&theme=${theme}`, { width, height: 800 });
        try {
          const page = rec.page;
          await waitForStep(page, "december");
          await settledCounter(page);
          const opened = await page.evaluate(() => {
            const details = document.querySelector("details.data-table");
            if (!details) return false;
            details.open = true;
            return details.open && details.querySelector("table") !== null;
          });
          assert.ok(opened, "no details.data-table with a table to open");
          // Contrast is measured once the chart's transition is over.
          await animationIdle(page);
          const axe = await axeViolations(page);
          assert.ok(axe.ran > 0 && axe.contrastRan, "axe-core did not run (or skipped color-contrast)");
          assert.deepEqual(
            axe.serious.map((v) => v.id),
            [],
            `axe-core found serious/critical violations (${theme}, ${width} px):\n${formatViolations(axe.serious)}`,
          );
          assertClean(rec);
        } finally {
          await rec.close();
        }
      });
    }
  }
});

// ---------------------------------------------------------------------------
// 2. Reduced motion
// ---------------------------------------------------------------------------

// That a step under reduced motion is drawn in one frame, and in several
// otherwise, is checked with the component itself (tests/web.rs); here, that
// the system's setting reaches the page.
test("reduced motion: the story does not play by itself", async (t) => {
  const rec = await openReady("", { width: 1100, height: 800, reducedMotion: "reduce" });
  try {
    const page = rec.page;
    assert.equal(await page.evaluate(() => matchMedia("(prefers-reduced-motion: reduce)").matches), true);
    // Autoplay starts when the graphic is first seen (src/app/in_view.rs):
    // by then it would have.
    await afterFirstSighting(page);
    assert.equal(await page.getAttribute(PLAY, "aria-pressed"), "false", "with reduced motion autoplay is on");
    assert.equal(await activeStep(page), STEPS[0], "with reduced motion the story moved on by itself");
    assertClean(rec);
  } finally {
    await rec.close();
  }
});

// ---------------------------------------------------------------------------
// 3. Keyboard
// ---------------------------------------------------------------------------

/** What has focus, and how its focus indicator is drawn. */
async function focusState(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { tag: "body" };
    const cs = getComputedStyle(el);
    return {
      tag: el.tagName.toLowerCase(),
      testid: el.getAttribute("data-testid"),
      step: el.getAttribute("data-step"),
      text: (el.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 40),
      inTimeline: el.closest('[data-testid="timeline"]') !== null,
      isButton: el.tagName === "BUTTON",
      focusVisible: el.matches(":focus-visible"),
      outlineStyle: cs.outlineStyle,
      outlineWidth: parseFloat(cs.outlineWidth) || 0,
      outlineColor: cs.outlineColor,
      boxShadow: cs.boxShadow,
    };
  });
}

function hasFocusIndicator(f) {
  const outline = f.outlineStyle !== "none" && f.outlineWidth >= 2;
  const shadow = f.boxShadow && f.boxShadow !== "none";
  return outline || shadow;
}

function label(f) {
  return f.testid ? `[data-testid=${f.testid}]` : f.step ? `[data-step=${f.step}]` : `${f.tag} "${f.text}"`;
}

test("keyboard: Tab from the top reaches the timeline buttons with a visible focus ring; Enter on Next moves on", async (t) => {
  const rec = await openReady("?step=setup", { width: 1100, height: 800 });
  try {
    const page = rec.page;
    await waitForStep(page, STEPS[0]);
    await page.evaluate(() => {
      if (document.activeElement && document.activeElement !== document.body) document.activeElement.blur();
      window.scrollTo(0, 0);
    });

    const path = [];
    let first = null;
    for (let i = 0; i < 40 && !first; i++) {
      await page.keyboard.press("Tab");
      const f = await focusState(page);
      path.push(label(f));
      if (f.inTimeline && f.isButton) first = f;
    }
    assert.ok(first, `Tab never reached a timeline button; focus went: ${path.join(" → ")}`);
    assert.ok(
      hasFocusIndicator(first),
      `focused ${label(first)} shows no visible focus indicator: outline ${first.outlineStyle} ${first.outlineWidth}px, box-shadow ${first.boxShadow}`,
    );

    // Continue to Next, checking every timeline button on the way.
    let next = first.testid === "next" ? first : null;
    const unmarked = [];
    for (let i = 0; i < 15 && !next; i++) {
      await page.keyboard.press("Tab");
      const f = await focusState(page);
      path.push(label(f));
      if (f.inTimeline && f.isButton && !hasFocusIndicator(f)) unmarked.push(`${label(f)} (outline ${f.outlineStyle} ${f.outlineWidth}px, box-shadow ${f.boxShadow})`);
      if (f.testid === "next") next = f;
    }
    assert.ok(next, `Tab never reached the Next button; focus went: ${path.join(" → ")}`);
    assert.deepEqual(unmarked, [], "timeline buttons without a visible focus indicator when tabbed to");
    assert.ok(hasFocusIndicator(next), `Next has no visible focus indicator: ${JSON.stringify(next)}`);

    await page.keyboard.press("Enter");
    await waitForStep(page, STEPS[1]).catch(async () => {
      throw new Error(`Enter on Next did not move the step: still ${await activeStep(page)}`);
    });
    assertClean(rec);
  } finally {
    await rec.close();
  }
});

// ---------------------------------------------------------------------------
// 4. Touch targets
// ---------------------------------------------------------------------------

test(`touch targets: every visible button and summary is at least ${MIN_TARGET}×${MIN_TARGET} px at 320 px wide`, async (t) => {
  const rec = await openReady("?step=december", { width: 320, height: 800 });
  try {
    const page = rec.page;
    await waitForStep(page, "december");
    await settledCounter(page);
    // Open every disclosure so the controls inside are measured too.
    await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
    await nextFrames(page);
    const { targets, exempt } = await page.evaluate(() => {
      const out = [];
      const skipped = [];
      for (const el of document.querySelectorAll("button, summary")) {
        const r = el.getBoundingClientRect();
        const cs = getComputedStyle(el);
        const visible =
          r.width > 0 && r.height > 0 && cs.visibility !== "hidden" && cs.display !== "none" &&
          (el.checkVisibility ? el.checkVisibility({ opacityProperty: false, visibilityProperty: true }) : true);
        if (!visible) continue;
        const item = {
          text: (el.getAttribute("aria-label") || el.textContent || "").replace(/\s+/g, " ").trim().slice(0, 50),
          id:
            el.getAttribute("data-testid") ??
            el.getAttribute("data-step") ??
            (el.tagName === "SUMMARY" ? `details.${el.parentElement?.className ?? ""}` : el.className),
          tag: el.tagName.toLowerCase(),
          width: Math.round(r.width * 10) / 10,
          height: Math.round(r.height * 10) / 10,
        };
        // The textarea-related controls (e.g. the embed snippet's copy button)
        // are exempt: a button that shares a container with a <textarea>.
        const box = el.tagName === "BUTTON" ? el.closest("details, form, fieldset") : null;
        if (box && box.querySelector("textarea")) skipped.push(item);
        else out.push(item);
      }
      return { targets: out, exempt: skipped };
    });
    if (exempt.length) console.log(`# exempt (textarea-related): ${exempt.map((e) => `"${e.text}" ${e.width}×${e.height}`).join(", ")}`);
    assert.ok(targets.some((x) => x.id === "next"), `Next was not measured: ${JSON.stringify(targets)}`);
    assert.equal(targets.filter((x) => STEPS.includes(x.id)).length, STEPS.length, "not every scrubber button was measured");
    const small = targets
      .filter((x) => x.width < MIN_TARGET || x.height < MIN_TARGET)
      .map((x) => `${x.tag} "${x.text}" [${x.id}] ${x.width}×${x.height}`);
    assert.deepEqual(small, [], `controls smaller than ${MIN_TARGET}×${MIN_TARGET} px at 320 px wide`);
    assertClean(rec);
  } finally {
    await rec.close();
  }
});

// ---------------------------------------------------------------------------
// 5. Announcer
// ---------------------------------------------------------------------------

test('the announcer speaks each step change: "Step 2 of 5" after one Next', async (t) => {
  const rec = await openReady("?step=setup", { width: 1100, height: 800 });
  try {
    const page = rec.page;
    await waitForStep(page, STEPS[0]);
    const region = await page.$eval(ANNOUNCER, (el) => ({
      live: el.getAttribute("aria-live") ?? el.closest("[aria-live]")?.getAttribute("aria-live"),
      text: el.textContent.trim(),
    }));
    assert.ok(["polite", "assertive"].includes(region.live), `announcer is not in an aria-live region (aria-live=${region.live})`);
    await page.click(NEXT);
    await waitForStep(page, STEPS[1]);
    const changed = await page
      .waitForFunction(
        ([sel, old]) => {
          const text = document.querySelector(sel)?.textContent.trim();
          return text && text !== old ? text : null;
        },
        [ANNOUNCER, region.text],
        { timeout: 3_000 },
      )
      .then((h) => h.jsonValue())
      .catch(() => null);
    assert.ok(changed, `announcer text did not change after Next (still "${region.text}")`);
    assert.ok(changed.includes(`Step 2 of ${STEPS.length}`), `announcer says "${changed}", expected it to contain "Step 2 of ${STEPS.length}"`);
    assertClean(rec);
  } finally {
    await rec.close();
  }
});

// ---------------------------------------------------------------------------
// 6. Themes
// ---------------------------------------------------------------------------

/** The page's effective background and the canvas's pixel (2,2) (probes.themeColours). */
function themeColours(page) {
  return page.evaluate(probes.themeColours, CANVAS);
}

group("themes: the system's colour scheme, against ?theme= and live", () => {
  // The URL wins over the reader's system setting, both ways.
  for (const [theme, system] of [["light", "dark"], ["dark", "light"]]) {
    test(`?theme=${theme} wins over a ${system} system preference`, async (t) => {
      const rec = await suite.harness().open("about:blank");
      try {
        const page = rec.page;
        await page.emulateMedia({ colorScheme: system });
        await page.goto(new URL(`?step=december&theme=${theme}`, suite.harness().server.url).href, { waitUntil: "load" });
        await waitForChartDrawn(page);
        await settledCounter(page);
        await nextFrames(page);
        const c = await themeColours(page);
        assert.ok(c.page && c.canvas[3] > 0, `no opaque page or canvas background: ${JSON.stringify(c)}`);
        const pageLum = luminance(c.page.rgba);
        const canvasLum = luminance(c.canvas);
        const detail = `page ${c.page.rgba} (${pageLum.toFixed(3)}), canvas ${c.canvas} (${canvasLum.toFixed(3)})`;
        if (theme === "dark") assert.ok(pageLum < 0.2 && canvasLum < 0.2, `?theme=dark under a light system is not dark: ${detail}`);
        else assert.ok(pageLum > 0.5 && canvasLum > 0.5, `?theme=light under a dark system is not light: ${detail}`);
        assertClean(rec);
      } finally {
        await rec.close();
      }
    });
  }

  // Switching the system theme while the page is open redraws the canvas too.
  test("the canvas follows a live switch of the system theme", async (t) => {
    const rec = await suite.harness().open("about:blank");
    try {
      const page = rec.page;
      await page.emulateMedia({ colorScheme: "light", reducedMotion: "reduce" });
      await page.goto(new URL("?step=december", suite.harness().server.url).href, { waitUntil: "load" });
      await waitForChartDrawn(page);
      await nextFrames(page);
      const before = luminance((await themeColours(page)).canvas);
      await page.emulateMedia({ colorScheme: "dark", reducedMotion: "reduce" });
      // The redraw follows the media query's change event: wait for a dark pixel (or time out).
      await page
        .waitForFunction(
          (sel) => {
            const [r, g, b] = document.querySelector(sel).getContext("2d").getImageData(2, 2, 1, 1).data;
            return r + g + b < 300;
          },
          CANVAS,
          { timeout: 5_000 },
        )
        .catch(() => {});
      const after = luminance((await themeColours(page)).canvas);
      assert.ok(before > 0.5, `canvas not light under a light system: ${before.toFixed(3)}`);
      assert.ok(after < 0.2, `canvas did not turn dark after the system switched: ${after.toFixed(3)}`);
      assertClean(rec);
    } finally {
      await rec.close();
    }
  });
});
