// Exploring point by point (issue 26), in Chromium: the bar chart and the map
// are one tab stop each; the arrow keys move a ring drawn on the canvas (its
// pixels change, in both themes) and the live region says the point with the
// count the data table gives; Enter opens the country's details and moves
// focus there, Escape closes them and gives focus back. The place search
// finds "Milan", "milano", "米兰" and "Italia" in every language, says when
// nothing matched and offers the step's countries; ?place= and the host API
// open a place; axe finds nothing serious with the list open; embeds show the
// search only with ?search=1; the page without JavaScript lists every place.
// (The keyboard path in Firefox and WebKit: engines.test.mjs.)
import { test } from "node:test";
import assert from "node:assert/strict";
import { animationIdle, axeViolations, describe, nextFrames, screenshotPath, useContractHarness } from "./helpers.mjs";

const suite = useContractHarness("");
const BARS = "canvas.bar-chart";
const MAP = "canvas.map-chart";
const SEARCH = "input[type=search]";
const ANNOUNCER = '[data-testid="announcer"]';
const PAGES = { en: "index.html", "zh-Hans": "zh-Hans.html", es: "es.html", it: "it.html" };

function assertClean(rec) {
  assert.deepEqual([...rec.pageErrors, ...rec.consoleErrors], [], describe(rec));
}

/** Opens `path` and waits for the charts to settle. */
async function open(path, options = {}) {
  const rec = await suite.openReady(path, { width: 1100, height: 900, ...options });
  await rec.page.waitForSelector(`${MAP}[data-loaded="true"]`, { state: "attached", timeout: 10_000 });
  await animationIdle(rec.page);
  return rec;
}

/** Each country's row of the data table at the step shown: {name, total}. */
function tableRows(page) {
  // The rows of the stations without a published country and of the total have a class.
  return page.$$eval("details table tbody tr:not([class])", (rows) =>
    rows.map((r) => ({ name: r.querySelector("th").textContent.trim(), total: Number(r.querySelector("td.num").textContent) })),
  );
}

/** What the live region says, once it has changed from `before`. */
async function saidAfter(page, before) {
  await page.waitForFunction(([sel, old]) => document.querySelector(sel).textContent !== old, [ANNOUNCER, before], { timeout: 5_000 });
  return page.$eval(ANNOUNCER, (e) => e.textContent);
}

/** A digest of a canvas's pixels. */
function pixels(page, selector) {
  return page.$eval(selector, (c) => {
    const data = c.getContext("2d").getImageData(0, 0, c.width, c.height).data;
    let h = 0;
    for (let i = 0; i < data.length; i += 7) h = (h * 31 + data[i]) | 0;
    return h;
  });
}

/** Presses `key` on the focused element and waits for the ring to be drawn. */
async function press(page, key) {
  await page.keyboard.press(key);
  await nextFrames(page);
}

for (const theme of ["light", "dark"]) {
  test(`bars (${theme}): Tab reaches the chart, the arrows ring a bar and say its country and count, Enter opens details, Escape gives focus back`, async () => {
    const rec = await open("?step=december&autoplay=0", { colorScheme: theme });
    try {
      const page = rec.page;
      const rows = await tableRows(page);
      // Tab from the search box reaches the bar chart (the view switch is hidden at 1100 px).
      await page.focus(SEARCH);
      await page.keyboard.press("Tab");
      assert.equal(await page.evaluate(() => document.activeElement.className), "bar-chart", "Tab from the search box lands on the bar chart");
      assert.equal(await page.getAttribute(BARS, "tabindex"), "0");
      const plain = await pixels(page, BARS);
      let said = await page.$eval(ANNOUNCER, (e) => e.textContent);
      await press(page, "ArrowDown");
      said = await saidAfter(page, said);
      assert.equal(await page.getAttribute(BARS, "data-ringed"), "IT");
      assert.ok(said.includes(rows[0].name) && said.includes(String(rows[0].total)), `first bar: ${said}`);
      assert.notEqual(await pixels(page, BARS), plain, "the ring is drawn on the canvas");
      await press(page, "ArrowDown");
      said = await saidAfter(page, said);
      assert.ok(said.startsWith(rows[1].name) && said.includes(String(rows[1].total)), `second bar: ${said}`);
      const ringed = await page.getAttribute(BARS, "data-ringed");
      // Enter: the country's details open and take focus.
      await press(page, "Enter");
      await page.waitForFunction(() => document.activeElement?.classList.contains("detail"), null, { timeout: 5_000 });
      const heading = await page.$eval(".detail h3", (h) => h.textContent);
      assert.ok(heading.startsWith(rows[1].name), `details of ${rows[1].name}: ${heading}`);
      // Escape: closed, focus back on the chart, the ring where it was.
      await press(page, "Escape");
      await page.waitForFunction(() => document.activeElement?.classList.contains("bar-chart"), null, { timeout: 5_000 });
      assert.equal(await page.$eval(".detail-slot", (s) => s.classList.contains("open")), false);
      assert.equal(await page.getAttribute(BARS, "data-ringed"), ringed);
      // End, then Home: the last bar and the first.
      await press(page, "End");
      assert.equal(await page.getAttribute(BARS, "data-ringed"), "~not-located");
      await press(page, "Home");
      assert.equal(await page.getAttribute(BARS, "data-ringed"), "IT");
      await page.screenshot({ path: screenshotPath(`explore-bars-${theme}`) });
      assertClean(rec);
    } finally {
      await rec.close();
    }
  });
}

test("map: Tab from the bars reaches the map; Down goes country by country, Right city by city, each said with its count", async () => {
  const rec = await open("?step=december&autoplay=0");
  try {
    const page = rec.page;
    await page.focus(BARS);
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement.className), "map-chart", "Tab from the bars lands on the map's top canvas");
    const plain = await pixels(page, MAP);
    let said = await page.$eval(ANNOUNCER, (e) => e.textContent);
    await press(page, "ArrowDown");
    said = await saidAfter(page, said);
    const first = await page.getAttribute(MAP, "data-ringed");
    assert.match(first, /^IT:/, "the first point is a city of the first country");
    assert.ok(said.includes(first.split(":")[1]) && said.includes("Italy"), said);
    assert.notEqual(await pixels(page, MAP), plain, "the ring is drawn on the map");
    await press(page, "ArrowRight");
    said = await saidAfter(page, said);
    const second = await page.getAttribute(MAP, "data-ringed");
    assert.match(second, /^IT:/, "Right stays in the country");
    assert.notEqual(second, first);
    await press(page, "ArrowDown");
    said = await saidAfter(page, said);
    assert.match(await page.getAttribute(MAP, "data-ringed"), /^ES:/, "Down goes to the next country");
    assert.ok(said.includes("Spain"), said);
    // The ring follows the reader across steps: Spain is still ringed at the last step.
    await page.click('button[data-step="aftermath"]');
    await animationIdle(page);
    assert.match(await page.getAttribute(MAP, "data-ringed"), /^ES:/);
    assert.equal(await page.getAttribute(BARS, "data-ringed"), "ES");
    // Enter opens Spain; Escape returns to the map.
    await page.focus(MAP);
    await press(page, "Enter");
    await page.waitForFunction(() => document.activeElement?.classList.contains("detail"), null, { timeout: 5_000 });
    await press(page, "Escape");
    await page.waitForFunction(() => document.activeElement?.classList.contains("map-chart"), null, { timeout: 5_000 });
    assertClean(rec);
  } finally {
    await rec.close();
  }
});

test("a pointer over a bar rings it as the keys do, and leaving the chart takes the ring away", async () => {
  const rec = await open("?step=december&autoplay=0");
  try {
    const page = rec.page;
    const box = await page.$eval(BARS, (c) => c.getBoundingClientRect().toJSON());
    await page.mouse.move(box.x + box.width / 2, box.y + 14);
    await page.waitForFunction((s) => document.querySelector(s).dataset.ringed === "IT", BARS, { timeout: 5_000 });
    await page.mouse.move(box.x + box.width / 2, box.y + box.height + 200);
    await page.waitForFunction((s) => document.querySelector(s).dataset.ringed === "", BARS, { timeout: 5_000 });
    assertClean(rec);
  } finally {
    await rec.close();
  }
});

for (const [lang, file] of Object.entries(PAGES)) {
  test(`search (${lang}): Milan, milano, 米兰 and Italia find their place; Atlantis finds nothing and offers the countries`, async () => {
    const rec = await open(`${file}?step=december&autoplay=0`);
    try {
      const page = rec.page;
      const input = await page.$(SEARCH);
      assert.ok(await input.getAttribute("aria-label"), "the search box has an accessible name");
      for (const [query, id] of [["Milan", "it-milan"], ["milano", "it-milan"], ["米兰", "it-milan"], ["Italia", "IT"]]) {
        await page.fill(SEARCH, "");
        await page.click(SEARCH);
        await page.keyboard.type(query);
        // The other languages' names arrive after the first focus: wait for the match.
        await page.waitForFunction((want) => document.querySelector('[role="option"]')?.dataset.place === want, id, { timeout: 10_000 });
        assert.equal(await page.getAttribute(SEARCH, "aria-expanded"), "true");
      }
      await page.fill(SEARCH, "");
      await page.keyboard.type("Atlantis");
      await page.waitForFunction(() => document.querySelector('[role="status"]')?.textContent.length > 0, null, { timeout: 5_000 });
      const offered = await page.$$eval('[role="option"]', (os) => os.map((o) => [o.dataset.place, o.textContent]));
      const rows = await tableRows(page);
      assert.deepEqual(offered.map(([, name]) => name), rows.map((r) => r.name), "every country of the step's table is offered, in its order");
      assert.ok(offered.every(([id]) => /^[A-Z]{2}$/.test(id)), JSON.stringify(offered));
      // Choosing Milan from the keyboard: ringed on both charts, said, Italy's details open.
      await page.fill(SEARCH, "");
      await page.keyboard.type("milan");
      await page.waitForSelector('[role="option"][data-place="it-milan"]');
      const before = await page.$eval(ANNOUNCER, (e) => e.textContent);
      await page.keyboard.press("ArrowDown");
      assert.equal(await page.getAttribute(SEARCH, "aria-activedescendant"), "place-option-0");
      await page.keyboard.press("Enter");
      const said = await saidAfter(page, before);
      assert.equal(await page.getAttribute(SEARCH, "aria-expanded"), "false", "the list closes");
      assert.equal(await page.getAttribute(BARS, "data-ringed"), "IT");
      assert.match(await page.getAttribute(MAP, "data-ringed"), /^IT:/);
      assert.ok(/\d/.test(said), `the live region says a count: ${said}`);
      assert.equal(await page.$eval(".detail-slot", (s) => s.classList.contains("open")), true, "Italy's details are open");
      assertClean(rec);
    } finally {
      await rec.close();
    }
  });
}

test("axe finds no serious violation with the search's list open", async () => {
  const rec = await open("?step=december&autoplay=0");
  try {
    const page = rec.page;
    await page.click(SEARCH);
    await page.keyboard.type("mi");
    await page.waitForSelector('[role="option"]');
    await page.keyboard.press("ArrowDown");
    const result = await axeViolations(page);
    assert.ok(result.ran > 0, "axe ran");
    assert.deepEqual(result.serious, [], JSON.stringify(result.serious, null, 2));
    await page.screenshot({ path: screenshotPath("explore-search-open") });
  } finally {
    await rec.close();
  }
});

// The map rings the city's own mark for a city, every mark of the country for a country.
const MAP_RINGS = { IT: (keys) => keys.length > 1 && keys.every((k) => k.startsWith("IT")), "it-milan": (keys) => keys.join(";") === "IT:Milan" };
for (const [query, heading, ring] of [["?place=IT", "Italy", "IT"], ["?place=it-milan", "Italy", "IT"], ["?place=gb-london&lang=zh-Hans", "英国", "GB"]]) {
  test(`${query} opens with the place ringed and its details open`, async () => {
    const rec = await open(`${query}&step=december&autoplay=0`);
    try {
      const page = rec.page;
      await page.waitForSelector(".detail-slot.open .detail h3");
      const h3 = await page.$eval(".detail h3", (h) => h.textContent);
      assert.ok(h3.startsWith(heading), h3);
      assert.equal(await page.getAttribute(BARS, "data-ringed"), ring);
      const id = new URLSearchParams(query).get("place");
      const marks = (await page.getAttribute(MAP, "data-ringed")).split(";").filter(Boolean);
      if (MAP_RINGS[id]) assert.ok(MAP_RINGS[id](marks), `${id}: ${marks.join(";")}`);
      else assert.ok(marks.length > 0 && marks.every((k) => k.startsWith(ring)), marks.join(";"));
      assertClean(rec);
    } finally {
      await rec.close();
    }
  });
}

test("an unknown ?place= is ignored", async () => {
  const rec = await open("?place=atlantis&step=december&autoplay=0");
  try {
    assert.equal(await rec.page.$eval(".detail-slot", (s) => s.classList.contains("open")), false);
    assert.equal(await rec.page.getAttribute(BARS, "data-ringed"), "");
    assertClean(rec);
  } finally {
    await rec.close();
  }
});

test("in an embed the search shows only with ?search=1", async () => {
  for (const [query, shown] of [["?embed=1", false], ["?embed=1&search=1", true]]) {
    const rec = await open(`${query}&step=december&autoplay=0`);
    try {
      const visible = await rec.page.$(SEARCH).then((e) => e?.isVisible() ?? false);
      assert.equal(visible, shown, query);
      assertClean(rec);
    } finally {
      await rec.close();
    }
  }
});

test("without JavaScript the page lists every place with its stations", async () => {
  const rec = await suite.harness().open("?step=december", { javaScriptEnabled: false });
  try {
    const page = rec.page;
    assert.ok(await page.$("#place-IT"), "Italy's line");
    const milan = await page.$eval("#place-it-milan", (li) => li.textContent);
    assert.match(milan, /^Milan: \d+ station/, milan);
    assert.equal(await page.isVisible("#place-it-milan"), true);
  } finally {
    await rec.close();
  }
});
