// The map (issue 12): it has ink at every width, each step's dots are where
// the canvas says (`data-marks`, checked against the bureau colours), later
// steps show more dots, a tap on Milan opens Italy's details, ?view=map shows
// it on a phone, the switch keeps the page's height, and wide columns show
// map and bars side by side, and priming the canvases before a step changes
// no pixel; at devicePixelRatio 2 every canvas has a 2x backing store drawn
// in device pixels. Screenshots of every step in both themes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, STEPS, WIDTHS, animationIdle, canvasInk, describe, screenshotPath, useContractHarness, waitForStep } from "./helpers.mjs";

const suite = useContractHarness("");
const MAP = "canvas.map-chart";
/** The canvas under the marks that holds the land (src/app/map_canvas.rs). */
const LAND = "canvas.map-land";
/** The canvas between them with the step's countries. */
const COUNTRIES = "canvas.map-countries";

/** The notes of the stations of `iso2` in data/stations.csv (quoted fields allowed). */
function stationNotes(iso2) {
  const rows = [];
  let row = [], field = "", quoted = false, prev = "";
  for (const c of readFileSync(join(ROOT, "data", "stations.csv"), "utf8")) {
    if (quoted) {
      if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') {
      if (prev === '"') field += '"'; // "" inside a quoted field
      quoted = true;
    }
    else if (c === ",") (row.push(field), (field = ""));
    else if (c === "\n") (row.push(field), rows.push(row), (row = []), (field = ""));
    else if (c !== "\r") field += c;
    prev = c;
  }
  const [head, ...body] = rows;
  const at = (name) => head.indexOf(name);
  return body.filter((r) => r[at("iso2")] === iso2 && r[at("notes")]).map((r) => r[at("notes")]);
}

/** Opens `path` at `width` and waits for the map's outlines and a settled frame. */
async function openMap(path, width, options = {}) {
  const rec = await suite.openReady(path, { width, height: 900, ...options });
  await rec.page.waitForSelector(`${MAP}[data-loaded="true"]`, { state: "attached", timeout: 10_000 });
  await animationIdle(rec.page); // the first step's transition, and the map's first draw
  return rec;
}

/** The marks the map says it drew: `{panel, key, x, y, r}` in CSS px. */
async function marks(page) {
  const text = await page.getAttribute(MAP, "data-marks");
  return (text ?? "")
    .split(";")
    .filter(Boolean)
    .map((m) => {
      const [panel, key, x, y, r] = m.split("|");
      return { panel, key, x: Number(x), y: Number(y), r: Number(r) };
    });
}

/**
 * For each city dot, whether a canvas pixel half a radius from its centre
 * (above, right, below or left: a city's name may be written over one) is
 * one of the bureau colours.
 */
async function dotsInBureauColours(page, dots) {
  return page.evaluate(
    ([selector, dots]) => {
      const canvas = document.querySelector(selector);
      const ratio = canvas.width / canvas.getBoundingClientRect().width;
      const ctx = canvas.getContext("2d");
      const style = getComputedStyle(canvas);
      const bureaus = ["fuzhou", "qingtian", "nantong", "wenzhou", "unknown"].map((b) => {
        const probe = document.createElement("canvas").getContext("2d");
        probe.fillStyle = style.getPropertyValue(`--bureau-${b}`).trim();
        probe.fillRect(0, 0, 1, 1);
        return [...probe.getImageData(0, 0, 1, 1).data.slice(0, 3)];
      });
      const bureauAt = (x, y) => {
        const [r, g, b] = ctx.getImageData(Math.round(x * ratio), Math.round(y * ratio), 1, 1).data;
        return bureaus.some(([br, bg, bb]) => Math.abs(br - r) + Math.abs(bg - g) + Math.abs(bb - b) <= 24);
      };
      const around = [[0, -1], [1, 0], [0, 1], [-1, 0]];
      return dots.map((d) => around.some(([dx, dy]) => bureauAt(d.x + (dx * d.r) / 2, d.y + (dy * d.r) / 2)));
    },
    [MAP, dots],
  );
}

/**
 * Checks that every city dot that no other mark of its panel overlaps (in
 * dense clusters a smaller dot is drawn over a bigger one, by design) is
 * drawn in a bureau colour where `all` (data-marks) says.
 */
async function assertDotsWhereListed(page, all, step) {
  const alone = (m) =>
    all.every((o) => o === m || o.panel !== m.panel || Math.hypot(o.x - m.x, o.y - m.y) > o.r + m.r + 2);
  const cities = all.filter((m) => m.key.includes(":") && m.r >= 3 && alone(m));
  assert.ok(cities.length > 0, `${step}: city dots in data-marks`);
  const coloured = await dotsInBureauColours(page, cities);
  const missing = cities.filter((_, i) => !coloured[i]).map((m) => `${m.panel}|${m.key}`);
  assert.deepEqual(missing, [], `${step}: no dot in a bureau colour at these marks`);
}

function assertClean(rec) {
  assert.deepEqual([...rec.pageErrors, ...rec.consoleErrors], [], describe(rec));
}

for (const width of WIDTHS) {
  test(`map at ${width} px: ink, dots where data-marks says, more dots in December than at the start`, async () => {
    const counts = {};
    for (const step of ["setup", "december"]) {
      const rec = await openMap(`?step=${step}&view=map&autoplay=0`, width);
      try {
        const page = rec.page;
        const visible = await page.$eval(MAP, (c) => getComputedStyle(c.closest(".chart-panel")).visibility);
        assert.equal(visible, "visible", "the map panel is on screen with ?view=map");
        const ink = await canvasInk(page, LAND);
        assert.ok(ink.inked > ink.samples * 0.2, `the map has outlines: ${JSON.stringify(ink)}`);
        const all = await marks(page);
        await assertDotsWhereListed(page, all, step);
        counts[step] = new Set(all.map((m) => m.key)).size;
        assertClean(rec);
      } finally {
        await rec.close();
      }
    }
    assert.ok(counts.december > counts.setup, `December shows more marks than the start: ${JSON.stringify(counts)}`);
  });
}

test("at devicePixelRatio 2 the map's three canvases have 2x backing stores, the dots where data-marks says", async () => {
  const rec = await openMap("?step=december&view=map&autoplay=0", 375, { deviceScaleFactor: 2 });
  try {
    const page = rec.page;
    const stores = await page.evaluate((selectors) =>
      selectors.map((s) => {
        const c = document.querySelector(s);
        const box = c.getBoundingClientRect();
        return { canvas: s, store: [c.width, c.height], twice: [Math.round(box.width * 2), Math.round(box.height * 2)] };
      }),
    [LAND, COUNTRIES, MAP]);
    for (const { canvas, store, twice } of stores) {
      assert.deepEqual(store, twice, `${canvas}: backing store ${store.join("×")}, not twice its CSS box (blurred)`);
    }
    // The land reaches the store's far half: drawn in device pixels, not in
    // CSS pixels into the top-left quarter.
    const land = await page.evaluate((selector) => {
      const c = document.querySelector(selector);
      const data = c.getContext("2d").getImageData(c.width / 2, 0, c.width / 2, c.height).data;
      const background = data.slice(0, 4).join();
      let inked = 0;
      for (let i = 0; i < data.length; i += 4) if (data.slice(i, i + 4).join() !== background) inked++;
      return inked / (data.length / 4);
    }, LAND);
    assert.ok(land > 0.05, `the land covers ${(land * 100).toFixed(1)} % of the store's right half`);
    await assertDotsWhereListed(page, await marks(page), "december at 2x");
    assertClean(rec);
  } finally {
    await rec.close();
  }
});

test("tapping Milan's dot on a phone opens Italy's details", async () => {
  const rec = await openMap("?step=december&view=map&autoplay=0", 375, { hasTouch: true });
  try {
    const page = rec.page;
    const milan = (await marks(page)).find((m) => m.key === "IT:Milan" && m.panel === "europe");
    assert.ok(milan, "Milan is in the Europe inset");
    const box = await page.$eval(MAP, (c) => {
      const b = c.getBoundingClientRect();
      return { x: b.x, y: b.y };
    });
    await page.mouse.click(box.x + milan.x, box.y + milan.y);
    await page.waitForSelector(".detail-slot.open", { timeout: 2_000 });
    const heading = await page.$eval(".detail h3", (h) => h.textContent);
    const italy = await page.$eval("table", (t) =>
      [...t.querySelectorAll("th, td")].map((c) => c.textContent.trim()).find((s) => /^Ital/.test(s)),
    );
    assert.ok(italy && heading.includes(italy), `details of ${italy}, saw "${heading}"`);
    // The station notes come in their own file after the wasm (lang/en.*.txt).
    const detail = await page.$eval(".detail", (d) => d.textContent);
    const notes = stationNotes("IT");
    assert.ok(notes.length > 0 && notes.some((n) => detail.includes(n)), `Italy's details carry its stations' notes: "${detail.slice(0, 300)}"`);
    // A tap on the sea closes them, as a tap beside the bars does.
    await page.mouse.click(box.x + 2, box.y + 2);
    await page.waitForSelector(".detail-slot:not(.open)", { timeout: 2_000 });
    assertClean(rec);
  } finally {
    await rec.close();
  }
});

test("on a phone the switch shows one chart at a time, keeps the page's height and the address", async () => {
  const rec = await openMap("?step=december&autoplay=0", 375);
  try {
    const page = rec.page;
    const state = () =>
      page.evaluate(() => ({
        view: document.querySelector(".chart-pair").dataset.view,
        bars: getComputedStyle(document.querySelector(".bars-panel")).visibility,
        map: getComputedStyle(document.querySelector(".map-panel")).visibility,
        pressed: [...document.querySelectorAll(".view-switch button")].map((b) => b.getAttribute("aria-pressed")),
        height: document.documentElement.scrollHeight,
        search: location.search,
      }));
    const before = await state();
    assert.deepEqual([before.view, before.bars, before.map, before.pressed], ["bars", "visible", "hidden", ["true", "false"]]);
    await page.click('.view-switch button[data-view="map"]');
    await page.waitForFunction(() => document.querySelector(".chart-pair").dataset.view === "map");
    const after = await state();
    assert.deepEqual([after.bars, after.map, after.pressed], ["hidden", "visible", ["false", "true"]]);
    assert.equal(after.height, before.height, "switching charts does not change the page's height");
    assert.match(after.search, /(^|[?&])view=map(&|$)/);
    const ink = await canvasInk(page, LAND);
    assert.ok(ink.inked > ink.samples * 0.2, "the map is drawn once shown");
    await page.click('.view-switch button[data-view="bars"]');
    await page.waitForFunction(() => !/view=/.test(location.search));
    assertClean(rec);
  } finally {
    await rec.close();
  }
});

test("from 900 px the map and the bars are side by side, with no switch", async () => {
  const rec = await openMap("?step=december&autoplay=0", 1100);
  try {
    const page = rec.page;
    const boxes = await page.evaluate(() => {
      const box = (s) => document.querySelector(s).getBoundingClientRect();
      return {
        map: box("canvas.map-chart"),
        bars: box("canvas.bar-chart"),
        switchShown: getComputedStyle(document.querySelector(".view-switch")).display !== "none",
      };
    });
    assert.ok(boxes.map.right <= boxes.bars.left + 1 || boxes.bars.right <= boxes.map.left + 1, "side by side");
    assert.ok(Math.abs(boxes.map.top - boxes.bars.top) < 40, "their tops align");
    assert.equal(boxes.switchShown, false);
    const label = await page.getAttribute(MAP, "aria-label");
    const stations = await page.getAttribute('[data-testid="counter"]', "data-stations");
    assert.ok(label.includes(stations), `the map's label gives the step's count: ${label}`);
    assertClean(rec);
  } finally {
    await rec.close();
  }
});

// Before a reader steps, the canvases drawn on every frame are changed on a
// few frames to prime their buffers (src/app/buffers.rs): that must not
// change a pixel of them.
test("reaching for the timeline changes no pixel of the bars or the map", async () => {
  const rec = await openMap("?step=september&autoplay=0", 1100);
  try {
    const page = rec.page;
    const pixels = () =>
      page.evaluate(() =>
        [...document.querySelectorAll("canvas.bar-chart, canvas.map-countries, canvas.map-chart")].map((c) => {
          const data = c.getContext("2d").getImageData(0, 0, c.width, c.height).data;
          let hash = 0;
          for (const v of data) hash = (hash * 31 + v) >>> 0;
          return `${c.className} ${c.width}x${c.height} ${hash}`;
        }),
      );
    const before = await pixels();
    assert.equal(before.length, 3, "bars, countries and marks canvases");
    await page.hover('[data-testid="next"]');
    await page.focus('[data-testid="next"]');
    await animationIdle(page); // priming lasts a few frames
    assert.deepEqual(await pixels(), before);
    assertClean(rec);
  } finally {
    await rec.close();
  }
});

for (const width of [375, 1100]) {
  for (const theme of ["light", "dark"]) {
    test(`screenshots of the map at every step, ${width} px, ${theme}`, async () => {
      const rec = await openMap(`?step=${STEPS[0]}&view=map&theme=${theme}&autoplay=0`, width);
      try {
        const page = rec.page;
        for (const [i, step] of STEPS.entries()) {
          if (i > 0) {
            await page.click('button[data-testid="next"]');
            await waitForStep(page, step);
            await animationIdle(page);
          }
          const stage = await page.$(width >= 900 ? "main#graphic" : ".stage"); // the stage lets its parts into the page grid when wide
          await stage.screenshot({ path: screenshotPath(`map-${width}-${theme}-${step}`) });
        }
        assertClean(rec);
      } finally {
        await rec.close();
      }
    });
  }
}
