// Foundation checks on the release build in dist/: the wasm's MIME type and
// relative asset URLs (no browser needed), the bar chart crisp at
// devicePixelRatio 2, and malformed queries that boot.js and the app ignore. That the page loads cleanly, talks to no other origin,
// draws the chart with ink and lays out at four widths is checked in every
// engine, Chromium included, by engines.test.mjs.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { canvasInk, describe, nextFrames, startHarness, waitForChartDrawn, waitForStep } from "./helpers.mjs";

let harness;
let server;
before(async () => {
  harness = await startHarness();
  server = harness.server;
});
after(async () => {
  await harness?.close();
});

test("dist/ serves the wasm as application/wasm", async () => {
  const html = await (await fetch(server.url)).text();
  // Release HTML is minified: attribute values may be unquoted.
  const wasm = html.match(/=["']?([^"'\s>]+\.wasm)/);
  assert.ok(wasm, "index.html references no .wasm file");
  const response = await fetch(new URL(wasm[1], server.url));
  assert.equal(response.status, 200, `${wasm[1]} not served`);
  assert.equal(response.headers.get("content-type"), "application/wasm");
  assert.ok(!/(?:src|href)=["']?\/(?!\/)/.test(html), "index.html has root-absolute asset URLs: public_url must be relative");
});

/**
 * The bar chart's backing store, each pixel as one character: "0"-"4" a
 * bureau's colour (the stylesheet's --bureau-*), "b" the background (the
 * canvas's corner), "." anything else (text, grid, edges). Runs in the page.
 */
function barPixels() {
  const canvas = document.querySelector("canvas.bar-chart");
  const { width, height } = canvas;
  const box = canvas.getBoundingClientRect();
  const data = canvas.getContext("2d").getImageData(0, 0, width, height).data;
  const style = getComputedStyle(canvas);
  const probe = document.createElement("canvas").getContext("2d");
  const rgb = (css) => {
    probe.clearRect(0, 0, 1, 1);
    probe.fillStyle = css;
    probe.fillRect(0, 0, 1, 1);
    return [...probe.getImageData(0, 0, 1, 1).data.slice(0, 3)];
  };
  const bureaus = ["fuzhou", "qingtian", "nantong", "wenzhou", "unknown"].map((b) =>
    rgb(style.getPropertyValue(`--bureau-${b}`).trim()),
  );
  const background = [...data.slice(0, 3)];
  const near = (i, [r, g, b]) => Math.abs(data[i] - r) + Math.abs(data[i + 1] - g) + Math.abs(data[i + 2] - b) <= 6;
  let pixels = "";
  for (let i = 0; i < data.length; i += 4) {
    const k = bureaus.findIndex((c) => near(i, c));
    pixels += k >= 0 ? String(k) : near(i, background) ? "b" : ".";
  }
  return { width, height, cssWidth: box.width, cssHeight: box.height, dpr: window.devicePixelRatio, pixels };
}

for (const width of [375, 1100]) {
  test(`at devicePixelRatio 2 the bar chart (${width} px) is drawn on a 2x backing store, crisp and as at 1x`, async () => {
    const shots = {};
    for (const dpr of [1, 2]) {
      const rec = await harness.open("?step=december&autoplay=0", { width, height: 900, deviceScaleFactor: dpr, reducedMotion: "reduce" });
      try {
        await waitForChartDrawn(rec.page);
        await waitForStep(rec.page, "december");
        await nextFrames(rec.page);
        shots[dpr] = await rec.page.evaluate(barPixels);
        assert.deepEqual([...rec.pageErrors, ...rec.consoleErrors], [], describe(rec));
      } finally {
        await rec.close();
      }
    }
    const [one, two] = [shots[1], shots[2]];
    assert.equal(two.dpr, 2, "the page runs at devicePixelRatio 2");
    assert.deepEqual(
      [two.width, two.height],
      [Math.round(two.cssWidth * 2), Math.round(two.cssHeight * 2)],
      `backing store ${two.width}×${two.height} for a ${two.cssWidth}×${two.cssHeight} CSS px canvas: the browser would stretch it (blurred)`,
    );
    assert.deepEqual([one.width, one.height], [Math.round(two.cssWidth), Math.round(two.cssHeight)], "the same CSS box at 1x");
    const at = (shot, x, y) => shot.pixels[y * shot.width + x];
    const bar = (c) => c >= "0" && c <= "4";

    // Same picture: each CSS pixel of bar fill at 1x is the same bureau at 2x
    // (device pixel 2x, 2y) and the other way round. Drawing the CSS-pixel
    // layout into the 2x store unscaled would leave the bars in its top-left quarter.
    let filled = 0;
    let agree = 0;
    for (let y = 0; y < one.height; y++) {
      for (let x = 0; x < one.width; x++) {
        const [a, b] = [at(one, x, y), at(two, 2 * x, 2 * y)];
        if (bar(a) || bar(b)) {
          filled++;
          if (a === b) agree++;
        }
      }
    }
    assert.ok(filled > 0, "the bars are drawn in the bureaus' colours");
    assert.ok(agree / filled > 0.9, `only ${agree} of ${filled} CSS px of bar fill match between 1x and 2x`);

    // Crisp in the store too: the first bar's left and top edges go from
    // background to fill within two device pixels (edges off whole device
    // pixels, as a context scaled by a ratio drawing would not round to, smear).
    // The first bar: the first run of 8 device px in one bureau's colour
    // (a lone text pixel may match the grey of the unknown bureau).
    let top = -1;
    let left = -1;
    for (let y = 0; y < two.height && top < 0; y++) {
      const row = two.pixels.slice(y * two.width, (y + 1) * two.width);
      const run = row.search(/([0-4])\1{7}/);
      if (run >= 0) [top, left] = [y, run];
    }
    assert.ok(top >= 0, "a bar at 2x");
    const colour = at(two, left, top);
    let bottom = top;
    while (bottom + 1 < two.height && at(two, left + 4, bottom + 1) === colour) bottom++;
    const middle = Math.round((top + bottom) / 2);
    // What lies beyond an edge, from a fill pixel outwards: how many pixels
    // of neither fill nor background, then what comes after them.
    const beyond = (x, y, dx, dy) => {
      let n = 1;
      while (at(two, x + dx * n, y + dy * n) === ".") n++;
      return { between: n - 1, then: at(two, x + dx * n, y + dy * n) };
    };
    const edges = { top: beyond(left + 4, top, 0, -1) };
    if (left > 4) edges.left = beyond(left, middle, -1, 0);
    for (const [edge, { between, then }] of Object.entries(edges)) {
      assert.equal(then, "b", `the first bar's ${edge} edge borders the background`);
      assert.ok(between <= 2, `the first bar's ${edge} edge is blurred over ${between} device px`);
    }
  });
}

// boot.js reads the query before the first paint, as the app reads it again
// (WHATWG form-urlencoded rules: a bad "%" escape stays as written): a
// malformed value is ignored, never a "URI malformed" page error.
for (const query of ["?id=50%", "?theme=%ZZ", "?step=%E0%A4%A", "?lang=%", "?theme=d%61rk&embed&id=%"]) {
  test(`malformed query ${query}: no page error, the chart draws`, async () => {
    const rec = await harness.open(query);
    try {
      await waitForChartDrawn(rec.page);
      await nextFrames(rec.page);
      assert.deepEqual([...rec.pageErrors, ...rec.consoleErrors], [], describe(rec));
      const root = await rec.page.evaluate(() => ({
        theme: document.documentElement.getAttribute("data-theme"),
        classes: [...document.documentElement.classList],
      }));
      assert.ok(!root.classes.includes("static-full"), `the page fell back to the static story: ${root.classes}`);
      const ink = await canvasInk(rec.page);
      assert.ok(ink.inked / ink.samples > 0.01, `canvas looks blank: ${JSON.stringify(ink)}`);
      if (query.includes("d%61rk")) {
        assert.equal(root.theme, "dark", "an escaped value is decoded");
        assert.ok(root.classes.includes("embedded"), "a key without a value counts");
      } else {
        assert.equal(root.theme, null, "no theme from a malformed value");
      }
    } finally {
      await rec.close();
    }
  });
}
