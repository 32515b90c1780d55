// The static first frame and the static story (issue 8): what a reader gets
// before the wasm has run, without JavaScript, or when the app cannot start;
// that the app replaces the first frame without moving anything; the fallback
// and social images. Which figures the static story gives is checked natively
// (src/static_frame/page.rs); here, what a browser shows of it.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe as suite, test } from "node:test";
import { DIST, STEPS, animationIdle, axeViolations, nextFrames, screenshotPath, startHarness, waitForChartDrawn } from "./helpers.mjs";
import { countFrameRequests } from "./probes.mjs";
import { buildPolicy } from "./server.mjs";

let harness;
before(async () => {
  harness = await startHarness();
});
after(async () => {
  await harness?.close();
});

/**
 * A page in a fresh context: `javaScriptEnabled`, `wasm` ("ok" | "abort" |
 * "hang": never answered), `width`, `init` (a script run before the page's own).
 */
async function open(path, { javaScriptEnabled = true, wasm = "ok", width = 1100, init } = {}) {
  const context = await harness.browser.newContext({ viewport: { width, height: 812 }, javaScriptEnabled });
  const page = await context.newPage();
  const rec = { page, context, pageErrors: [], consoleErrors: [] };
  page.on("pageerror", (e) => rec.pageErrors.push(String(e)));
  page.on("console", (m) => m.type() === "error" && rec.consoleErrors.push(m.text()));
  if (wasm === "abort") await page.route(/\.wasm$/, (route) => route.abort());
  if (wasm === "hang") await page.route(/\.wasm$/, () => {});
  await page.addInitScript(countFrameRequests);
  if (init) await page.addInitScript(init);
  await page.goto(new URL(path, harness.server.url).href, { waitUntil: "load" });
  return rec;
}

/** The static steps as the reader sees them: id, visibility, counter text, chart bars. */
function staticSteps(page) {
  return page.$$eval(".static-frame .static-step", (steps) =>
    steps.map((s) => {
      const svg = [...s.querySelectorAll("svg.chart-svg")].find((e) => e.getBoundingClientRect().width > 0);
      return {
        id: s.dataset.step,
        visible: s.getBoundingClientRect().height > 0,
        counter: s.querySelector(".counter")?.textContent ?? "",
        // The first step's caption is the first of the caption stack after the timeline.
        headline: [
          s.querySelector(".step-headline"),
          document.querySelector(`.static-frame .caption-item[data-step="${s.dataset.step}"] .step-headline`),
        ].find((h) => h && h.getClientRects().length > 0)?.textContent ?? "",
        bars: svg ? svg.querySelectorAll("rect").length : 0,
      };
    }),
  );
}

suite("without JavaScript", () => {
  // Which figures each step's counter gives is checked natively
  // (static_frame::page, every_step_is_there_in_order_with_its_counter).
  test("the whole story is shown: five steps in order, each with its counter and a chart", async () => {
    const rec = await open("", { javaScriptEnabled: false });
    const steps = await staticSteps(rec.page);
    assert.deepEqual(steps.map((s) => s.id), STEPS);
    for (const step of steps) {
      assert.ok(step.visible, `${step.id} is shown`);
      assert.match(step.counter, /\d+\D+\d+/, `${step.id} has a counter with its two figures`);
      assert.ok(step.headline.length > 10, `${step.id} has a headline`);
      assert.ok(step.bars > 3, `${step.id} has a chart with bars (${step.bars} rects)`);
    }
    assert.ok(await rec.page.isVisible(".static-note"), "the note says the interactive version needs JavaScript");
    assert.equal(await rec.page.isVisible(".static-frame .timeline"), false, "no dead controls");
    await rec.page.screenshot({ path: screenshotPath("static-nojs-1100"), fullPage: false });
    await rec.context.close();
  });

  test("no horizontal overflow at 320 px", async () => {
    const rec = await open("", { javaScriptEnabled: false, width: 320 });
    const overflow = await rec.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, `page is ${overflow} px wider than the screen`);
    await rec.page.screenshot({ path: screenshotPath("static-nojs-320"), fullPage: false });
    await rec.context.close();
  });
});

suite("when the app cannot start", () => {
  for (const [name, options, headers] of [
    ["the wasm request is aborted", { wasm: "abort" }],
    ["the CSP forbids compiling WebAssembly", {}, { "Content-Security-Policy": buildPolicy().replace(" 'wasm-unsafe-eval'", "") }],
  ]) {
    test(`${name}: the static story stays, with its note, and nothing is thrown`, async () => {
      let local = harness;
      if (headers) local = await startHarness({ headers });
      const saved = harness;
      harness = local;
      try {
        const rec = await open("", options);
        await rec.page.waitForFunction(() => document.documentElement.classList.contains("static-full"), null, { timeout: 10_000 });
        const steps = await staticSteps(rec.page);
        assert.deepEqual(steps.filter((s) => s.visible).map((s) => s.id), STEPS);
        assert.ok(await rec.page.isVisible(".static-note"));
        assert.equal(await rec.page.$("main#graphic"), null, "no half-started app");
        assert.deepEqual(rec.pageErrors, [], "no uncaught error");
        // Only the failed load itself may be logged as an error.
        const others = rec.consoleErrors.filter((e) => !/wasm|Failed to load resource|WebAssembly|Content Security Policy|net::ERR/i.test(e));
        assert.deepEqual(others, []);
        await rec.context.close();
      } finally {
        harness = saved;
        if (local !== saved) await local.close();
      }
    });
  }
});

suite("a script error before the app takes over", () => {
  test("shows the whole story; a ResizeObserver loop report does not", async () => {
    const rec = await open("", { wasm: "hang" });
    try {
      await rec.page.waitForFunction(() => document.readyState === "complete");
      const fire = (message, withError) =>
        rec.page.evaluate(([m, e]) => {
          window.dispatchEvent(new ErrorEvent("error", { message: m, error: e ? new Error(m) : null }));
          return [...document.documentElement.classList].includes("static-full");
        }, [message, withError]);
      // The browser reports this with a null error when a size report waits a frame.
      assert.equal(await fire("ResizeObserver loop completed with undelivered notifications.", false), false);
      assert.equal(await rec.page.locator(".static-frame .static-step").count(), 1, "the story was unwrapped");
      assert.equal(await fire("TypeError: a script failed", true), true, "a script error did not show the static story");
      const steps = await staticSteps(rec.page);
      assert.deepEqual(steps.filter((s) => s.visible).map((s) => s.id), STEPS);
    } finally {
      await rec.context.close();
    }
  });
});

suite("accessibility of the static story", () => {
  for (const theme of ["light", "dark"]) {
    test(`axe finds nothing serious or critical (${theme} theme, 375 px, the app failed)`, async () => {
      const rec = await open(`?theme=${theme}`, { wasm: "abort", width: 375 });
      await rec.page.waitForFunction(() => document.documentElement.classList.contains("static-full"), null, { timeout: 10_000 });
      const axe = await axeViolations(rec.page);
      assert.ok(axe.ran > 0 && axe.contrastRan, "axe-core ran, contrast included");
      assert.deepEqual(
        axe.serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).slice(0, 3).join(", ")}`),
        [],
      );
      await rec.context.close();
    });
  }
});

suite("the first frame", () => {
  /** Boxes of what the reader sees first, in page coordinates (CSS px). */
  const boxes = (page, root) =>
    page.evaluate((rootSelector) => {
      const root = document.querySelector(rootSelector);
      const box = (sel) => {
        const el = [...root.querySelectorAll(sel)].find((e) => e.getBoundingClientRect().height > 0);
        if (!el) return null;
        const r = el.getBoundingClientRect();
        return { top: Math.round(r.top + scrollY), left: Math.round(r.left), width: Math.round(r.width), height: Math.round(r.height) };
      };
      return {
        headline: box("h1"),
        timeline: box(".timeline"),
        counter: box(".counter"),
        legend: box(".legend"),
        chart: box(".chart"),
        caption: box(".caption"),
        table: box(".data"),
        credit: box(".credit"),
        page: Math.round(document.documentElement.getBoundingClientRect().height),
      };
    }, root);

  for (const width of [320, 375, 700, 1100]) {
    test(`at ${width} px the app takes the static frame's place exactly`, async () => {
      const first = await open("", { wasm: "hang", width });
      await first.page.evaluate(() => document.fonts.ready);
      await nextFrames(first.page);
      const shown = await first.page.$$eval(".static-frame .static-step svg.chart-svg", (svgs) =>
        svgs.filter((s) => s.getBoundingClientRect().height > 0).map((s) => s.getAttribute("class")),
      );
      assert.equal(shown.length, 1, `one static chart on screen before the wasm: ${shown}`);
      const before = await boxes(first.page, ".static-frame");
      await first.page.screenshot({ path: screenshotPath(`static-frame-${width}`) });
      await first.context.close();

      const second = await open("", { width });
      await waitForChartDrawn(second.page);
      const after = await boxes(second.page, "main#graphic");
      assert.equal(await second.page.$(".static-frame"), null, "the static frame is gone");
      for (const key of Object.keys(before)) {
        assert.deepEqual(after[key], before[key], `${key} moved: static ${JSON.stringify(before[key])}, live ${JSON.stringify(after[key])}`);
      }
      await second.context.close();
    });
  }

  // The first frame is rendered by the app's own components: what a reader
  // sees of it (each visible element's tag and text, block by block) is what
  // the live page first shows, in every language. Links of the language
  // switch are the app's buttons; nothing else may differ.
  for (const page of ["", "zh-Hans.html", "es.html", "it.html"]) {
    test(`the first frame shows the live page's elements and words (${page || "index.html"})`, async () => {
      const seen = (p, root) =>
        p.evaluate((rootSelector) => {
          const root = document.querySelector(rootSelector);
          const blocks = [".language-switch", ".masthead", ".counter-block", ".legend", ".timeline", ".caption-stack", ".data", ".notes", ".credit"];
          const visible = (e) => e.checkVisibility({ visibilityProperty: true });
          return Object.fromEntries(
            blocks.map((sel) => {
              const block = [...root.querySelectorAll(sel)].find(visible);
              if (!block) return [sel, null];
              const tags = [...block.querySelectorAll("*")].filter(visible).map((e) => (e.tagName === "A" && sel === ".language-switch" ? "BUTTON" : e.tagName));
              return [sel, { tags: tags.join(" "), text: block.innerText.replace(/\s+/g, " ").trim() }];
            }),
          );
        }, root);
      const first = await open(`${page}?autoplay=0`, { wasm: "hang" });
      await first.page.evaluate(() => document.fonts.ready);
      const before = await seen(first.page, ".static-frame");
      await first.context.close();
      const live = await open(`${page}?autoplay=0`);
      await waitForChartDrawn(live.page);
      const after = await seen(live.page, "main#graphic");
      await live.context.close();
      for (const block of Object.keys(before)) {
        assert.ok(before[block], `${block} is in the first frame`);
        assert.deepEqual(after[block], before[block], `${block}`);
      }
    });
  }

  for (const width of [375, 1100]) {
    test(`cumulative layout shift stays under 0.02 at ${width} px`, async (t) => {
      const rec = await open("", {
        width,
        init: () => {
          window.__cls = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
          }).observe({ type: "layout-shift", buffered: true });
        },
      });
      await waitForChartDrawn(rec.page);
      // Until the map has its outlines (fetched after the first paint) and nothing animates.
      if (await rec.page.$("canvas.map-chart")) {
        await rec.page.waitForSelector('canvas.map-chart[data-loaded="true"]', { state: "attached", timeout: 10_000 });
      }
      await animationIdle(rec.page);
      const cls = await rec.page.evaluate(() => window.__cls);
      t.diagnostic(`CLS ${cls.toFixed(4)} at ${width} px`);
      assert.ok(cls < 0.02, `CLS ${cls}`);
      await rec.context.close();
    });
  }
});

suite("images", () => {
  /** Width and height of a PNG, from its IHDR chunk. */
  const pngSize = (bytes) => {
    assert.equal(bytes.subarray(1, 4).toString("latin1"), "PNG");
    return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
  };

  test("og:image is a 1200x630 PNG, with the tags a social network reads", async () => {
    const rec = await open("");
    const meta = await rec.page.$$eval("meta[property], meta[name]", (ms) =>
      Object.fromEntries(ms.map((m) => [m.getAttribute("property") ?? m.getAttribute("name"), m.content])),
    );
    assert.equal(meta["twitter:card"], "summary_large_image");
    assert.ok(meta["og:title"] && meta["og:description"] && meta["og:image:alt"]);
    const response = await rec.page.request.get(new URL(meta["og:image"], harness.server.url).href);
    assert.equal(response.status(), 200);
    assert.equal(response.headers()["content-type"], "image/png");
    assert.deepEqual(pngSize(await response.body()), [1200, 630]);
    await rec.context.close();
  });

  test("every step has its fallback images at the stated widths", () => {
    for (const id of STEPS) {
      for (const width of [600, 1200]) {
        const [w, h] = pngSize(readFileSync(join(DIST, "fallback", `${id}-${width}.png`)));
        assert.equal(w, width, `${id}-${width}.png`);
        assert.ok(h > w / 2, `${id}-${width}.png is ${w}x${h}`);
      }
      assert.match(readFileSync(join(DIST, "fallback", `${id}.svg`), "utf8"), /^<svg xmlns=/);
    }
  });
});
