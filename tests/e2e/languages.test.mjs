// The graphic in each language (issue 13), on the built dist/: each language's
// page (index.html, zh-Hans.html, es.html, it.html) at 375 and 1100 px has the
// right <html lang>, ends at the last step's totals in that language's words,
// draws its chart in that language, passes axe, and downloads a CSV with the
// language's header; the standalone page switches language in place, keeping
// the step; embeds show no switch unless asked. Expected words come from the
// build itself (each page's static story and CSV), not from this file.
import { describe as group, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import {
  DIST,
  axeViolations,
  describe,
  nextFrames,
  screenshotPath,
  settledCounter,
  useContractHarness,
  waitForStep,
} from "./helpers.mjs";

const LANGS = [
  { tag: "en", page: "index.html" },
  { tag: "zh-Hans", page: "zh-Hans.html" },
  { tag: "es", page: "es.html" },
  { tag: "it", page: "it.html" },
];
const LAST = "aftermath";
const suite = useContractHarness("?step=setup");
const openReady = suite.openReady;

/** What the build wrote for a language's page: the last step's counter, the title, the CSV's header. */
function built(page) {
  const html = readFileSync(join(DIST, page), "utf8");
  const counters = [...html.matchAll(/<p [^>]*class="?counter"?>([^<]*)<\/p>/g)].map((m) => m[1]);
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1];
  const csv = /<a [^>]*class="?download"?[^>]*href="?([^" >]+)"?|<a [^>]*href="?([^" >]+\.csv)"?/.exec(html);
  const csvName = csv?.[1] ?? csv?.[2];
  const header = csvName ? readFileSync(join(DIST, decodeURIComponent(csvName)), "utf8").replace(/^\uFEFF/, "").split("\r\n")[0] : null;
  const footer = /<footer class="?credit"?>(.*?)<\/footer>/s.exec(html)?.[1] ?? "";
  const credits = [...footer.matchAll(/<p>([^<]*)<\/p>/g)].map((m) => unescape(m[1]));
  return { counter: counters.at(-1), title, header, credits, chartTitle: /id="?chart-title"?[^>]*>([^<]*)</.exec(html)?.[1] };
}

/** Text of an HTML text node or attribute value as the page shows it. */
function unescape(text) {
  return text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

function clean(rec) {
  assert.deepEqual([...rec.pageErrors, ...rec.consoleErrors], [], describe(rec));
}

const english = built("index.html");

group("each language's page", () => {
  for (const { tag, page } of LANGS) {
    const want = built(page);
    for (const width of [375, 1100]) {
      test(`${tag} at ${width} px: lang, totals, chart, axe, CSV`, async () => {
        assert.ok(want.counter && want.title && want.header && want.chartTitle, `${page} lacks its static story: ${JSON.stringify(want)}`);
        const rec = await openReady(`${page}?autoplay=0&step=${LAST}`, { width, height: 800 });
        try {
          const { page: p } = rec;
          await waitForStep(p, LAST);
          const counter = await settledCounter(p);
          const lang = await p.evaluate(() => document.documentElement.lang);
          assert.equal(lang, tag);
          assert.equal(await p.title(), unescape(want.title));
          assert.equal(counter.text, want.counter, "the live counter says what the language's static story says");
          assert.ok(/102/.test(counter.text) && /53/.test(counter.text), counter.text);
          if (tag !== "en") {
            assert.notEqual(counter.text, english.counter);
            assert.notEqual(want.header, english.header, "the CSV header is translated");
          }
          // The credit line, the map's source included, as the static story words it.
          const credits = await p.$$eval("main#graphic footer.credit p", (ps) => ps.map((e) => e.textContent.trim()));
          assert.deepEqual(credits, want.credits, "the live credit line is the static story's");
          assert.ok(credits.some((c) => c.includes("Natural Earth")), `no map credit in ${JSON.stringify(credits)}`);
          // The bar chart's canvas is named in the language (its text is drawn from the same words).
          const label = await p.getAttribute("canvas.bar-chart", "aria-label");
          assert.ok(label.includes(want.chartTitle), `canvas label ${label} lacks ${want.chartTitle}`);
          if (tag !== "en") assert.ok(!label.includes(english.chartTitle), label);
          await nextFrames(p);
          await p.screenshot({ path: screenshotPath(`lang-${tag}-${width}`), fullPage: true });
          const axe = await axeViolations(p);
          assert.ok(axe.ran > 0, "axe-core did not run");
          assert.deepEqual(axe.serious.map((v) => v.id), [], `${tag} ${width} px: ${JSON.stringify(axe.serious.map((v) => [v.id, v.nodes.slice(0, 2).map((n) => n.target)]))}`);
          // The CSV download: the header of the language.
          await p.evaluate(() => (document.querySelector("details.data-table").open = true));
          const [download] = await Promise.all([p.waitForEvent("download"), p.click('[data-testid="download"]')]);
          const text = readFileSync(await download.path(), "utf8").replace(/^\uFEFF/, "");
          assert.equal(text.split("\r\n")[0], want.header);
          clean(rec);
        } finally {
          await rec.close();
        }
      });
    }
  }
});

test("the switch changes the language in place, keeps the step, and a reload keeps the language", async () => {
  const rec = await openReady("index.html?autoplay=0&step=december", { width: 1100, height: 800 });
  try {
    const { page } = rec;
    await waitForStep(page, "december");
    const zh = built("zh-Hans.html");
    const switched = page.evaluate(async () => {
      const t0 = performance.now();
      const html = document.documentElement;
      const switched = new Promise((ok) => {
        const observer = new MutationObserver(() => html.lang === "zh-Hans" && (observer.disconnect(), ok()));
        observer.observe(html, { attributes: true, attributeFilter: ["lang"] });
      });
      document.querySelector('.language-switch [data-lang="zh-Hans"]').click();
      await switched;
      return performance.now() - t0;
    });
    const ms = await switched;
    console.log(`# language switch en -> zh-Hans: ${Math.round(ms)} ms (first fetch of the language file included)`);
    await waitForStep(page, "december");
    await page.waitForFunction(() => /[\u4e00-\u9fff]/.test(document.querySelector('[data-testid="counter"]').textContent));
    assert.equal(await page.title(), zh.title);
    const pressed = await page.$eval('.language-switch [aria-pressed="true"]', (b) => b.dataset.lang);
    assert.equal(pressed, "zh-Hans");
    assert.match(page.url(), /[?&]lang=zh-Hans\b/);
    const snippet = await page.$eval(".embed-snippet", (t) => t.value);
    assert.match(snippet, /zh-Hans\.html\?embed=1/, "the embed code points at the Chinese page");
    await page.reload();
    await page.waitForFunction(() => document.documentElement.classList.contains("live"));
    await waitForStep(page, "december");
    assert.equal(await page.evaluate(() => document.documentElement.lang), "zh-Hans");
    // Back to English, from the buttons.
    await page.click('.language-switch [data-lang="en"]');
    await page.waitForFunction(() => document.documentElement.lang === "en");
    assert.doesNotMatch(page.url(), /lang=/);
    clean(rec);
  } finally {
    await rec.close();
  }
});

test("a switch keeps what the reader opened: the country's details, the methodology, the chart and focus", async () => {
  const rec = await openReady("index.html?autoplay=0&step=december", { width: 375, height: 800 });
  try {
    const { page } = rec;
    await waitForStep(page, "december");
    // The map of a narrow column, the methodology open, Italy's details open
    // (a tap on Milan's mark, where the map says it drew it).
    await page.click('.view-switch [data-view="map"]');
    await page.waitForFunction(() => document.querySelector("canvas.map-chart")?.dataset.marks);
    await page.$eval("canvas.map-chart", (c) => c.scrollIntoView({ block: "center" }));
    const milan = await page.$eval("canvas.map-chart", (c) => {
      const mark = c.dataset.marks.split(";").map((m) => m.split("|")).find(([panel, key]) => panel === "europe" && key === "IT:Milan");
      const b = c.getBoundingClientRect();
      return mark && { x: b.x + Number(mark[2]), y: b.y + Number(mark[3]) };
    });
    assert.ok(milan, "Milan is on the map");
    await page.mouse.click(milan.x, milan.y);
    await page.waitForSelector(".detail-slot.open .detail h3");
    const english = await page.$eval(".detail h3", (h) => h.textContent);
    await page.click("details.methodology > summary");
    // A producer's choice in the embed box: the snippet opens at the last step.
    await page.click("details.embed-code > summary");
    await page.selectOption('.embed-options select[name="step"]', "aftermath");
    await page.waitForFunction(() => /step=aftermath/.test(document.querySelector(".embed-snippet").value));
    await page.evaluate(() => {
      window.__kept = {
        canvas: document.querySelector("canvas.map-chart"),
        methodology: document.querySelector("details.methodology"),
      };
    });
    await page.focus('.language-switch [data-lang="es"]');
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.documentElement.lang === "es");
    await page.waitForFunction(() => /estaciones|comisar/i.test(document.querySelector('[data-testid="counter"]').textContent));
    const after = await page.evaluate(() => ({
      sameCanvas: window.__kept.canvas === document.querySelector("canvas.map-chart"),
      view: document.querySelector(".chart-pair").dataset.view,
      sameMethodology: window.__kept.methodology === document.querySelector("details.methodology"),
      methodologyOpen: document.querySelector("details.methodology").open,
      detailsOpen: document.querySelector(".detail-slot").classList.contains("open"),
      focus: document.activeElement?.dataset?.lang ?? document.activeElement?.tagName,
      pressed: document.querySelector('.language-switch [aria-pressed="true"]')?.dataset.lang,
      embedStep: document.querySelector('.embed-options select[name="step"]').value,
      snippet: /es\.html\?embed=1[^"]*step=aftermath/.test(document.querySelector(".embed-snippet").value),
    }));
    assert.deepEqual(after, {
      sameCanvas: true,
      view: "map",
      sameMethodology: true,
      methodologyOpen: true,
      detailsOpen: true,
      focus: "es",
      pressed: "es",
      embedStep: "aftermath",
      snippet: true,
    });
    // Italy's details, now in Spanish.
    const spanish = await page.$eval(".detail h3", (h) => h.textContent);
    assert.ok(/Italia/.test(spanish) && spanish !== english, `details in Spanish: "${english}" -> "${spanish}"`);
    await waitForStep(page, "december");
    clean(rec);
  } finally {
    await rec.close();
  }
});

test("forty language switches leave no graphic behind (DOM nodes, listeners, heap)", async () => {
  const rec = await openReady("index.html?autoplay=0&step=december", { width: 1100, height: 800 });
  try {
    const { page } = rec;
    await waitForStep(page, "december");
    const cdp = await page.context().newCDPSession(page);
    const order = ["zh-Hans", "es", "it", "en"];
    const switches = async (n) => {
      for (let i = 0; i < n; i++) {
        const lang = order[i % order.length];
        await page.click(`.language-switch [data-lang="${lang}"]`);
        await page.waitForFunction((l) => document.documentElement.lang === l && document.querySelector(".language-switch [aria-pressed='true']")?.dataset.lang === l, lang);
        await nextFrames(page);
      }
    };
    const measure = async () => {
      await cdp.send("HeapProfiler.collectGarbage");
      await cdp.send("HeapProfiler.collectGarbage");
      const dom = await cdp.send("Memory.getDOMCounters");
      const heap = await cdp.send("Runtime.getHeapUsage");
      return { nodes: dom.nodes, listeners: dom.jsEventListeners, heap: heap.usedSize };
    };
    await switches(4);
    const four = await measure();
    await switches(36);
    const forty = await measure();
    console.log(`# after 4 switches: ${JSON.stringify(four)}; after 40: ${JSON.stringify(forty)}`);
    assert.ok(forty.nodes < 1.5 * four.nodes, `DOM nodes ${four.nodes} -> ${forty.nodes}`);
    assert.ok(forty.listeners < 1.5 * four.listeners, `listeners ${four.listeners} -> ${forty.listeners}`);
    assert.ok(forty.heap - four.heap < 500_000, `JS heap grew ${forty.heap - four.heap} B`);
    await waitForStep(page, "december");
    clean(rec);
  } finally {
    await rec.close();
  }
});

test("embeds show no language switch unless ?switch=1; an unknown ?lang= is English", async () => {
  for (const [path, shown] of [
    ["es.html?embed=1", false],
    ["es.html?embed=1&switch=1", true],
    ["index.html", true],
  ]) {
    const rec = await openReady(path, { width: 700, height: 800 });
    try {
      await rec.page.waitForFunction(() => document.documentElement.classList.contains("live"));
      const visible = await rec.page.$eval(".language-switch", (n) => n.getBoundingClientRect().height > 0).catch(() => false);
      assert.equal(visible, shown, path);
      clean(rec);
    } finally {
      await rec.close();
    }
  }
  const rec = await openReady("index.html?lang=fr&autoplay=0", { width: 700, height: 800 });
  try {
    await rec.page.waitForFunction(() => document.documentElement.classList.contains("live"));
    assert.equal(await rec.page.evaluate(() => document.documentElement.lang), "en");
    clean(rec);
  } finally {
    await rec.close();
  }
});

test("every language's file is in dist/lang and listed in every page", () => {
  const files = readdirSync(join(DIST, "lang"));
  for (const { tag, page } of LANGS) {
    const html = readFileSync(join(DIST, page), "utf8");
    const meta = /name="?overseas-stations-languages"? content="([^"]*)"/.exec(html)?.[1] ?? "";
    for (const other of LANGS.filter((l) => l.tag !== "en")) {
      const entry = meta.split(" ").find((e) => e.startsWith(`${other.tag}=`));
      assert.ok(entry, `${page} lists no file for ${other.tag}: ${meta}`);
      assert.ok(files.includes(entry.split("=")[1].replace(/^lang\//, "")), entry);
    }
    assert.match(html, new RegExp(`<html lang="?${tag}"?`));
  }
});
