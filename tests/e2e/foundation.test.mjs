// Foundation checks on the release build in dist/: the page loads cleanly,
// talks to no other origin, draws the chart, and lays out at four widths.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import {
  WIDTHS,
  canvasInk,
  chromiumVersion,
  describe,
  nextFrames,
  screenshotPath,
  startHarness,
  waitForChartDrawn,
} from "./helpers.mjs";

let harness;
before(async () => {
  harness = await startHarness();
  console.log(`# ${chromiumVersion()} serving ${harness.server.root} at ${harness.server.url}`);
});
after(async () => {
  await harness?.close();
});

test("dist/ serves the wasm as application/wasm", async () => {
  const html = await (await fetch(harness.server.url)).text();
  // Release HTML is minified: attribute values may be unquoted.
  const wasm = html.match(/=["']?([^"'\s>]+\.wasm)/);
  assert.ok(wasm, "index.html references no .wasm file");
  const response = await fetch(new URL(wasm[1], harness.server.url));
  assert.equal(response.status, 200, `${wasm[1]} not served`);
  assert.equal(response.headers.get("content-type"), "application/wasm");
  assert.ok(!/(?:src|href)=["']?\/(?!\/)/.test(html), "index.html has root-absolute asset URLs: public_url must be relative");
});

test("release page loads with no console errors, no page errors, no foreign requests", async () => {
  const rec = await harness.open("");
  try {
    await waitForChartDrawn(rec.page);
    await nextFrames(rec.page);
    assert.ok(rec.requests.length > 0, "no requests recorded at all");
    const found = {
      pageErrors: rec.pageErrors,
      consoleErrors: rec.consoleErrors,
      failedRequests: rec.failedRequests,
      httpErrors: rec.badResponses,
      [`requests to origins other than ${harness.server.origin}`]: rec.foreignRequests(),
    };
    const none = Object.fromEntries(Object.keys(found).map((key) => [key, []]));
    assert.deepEqual(found, none);
  } finally {
    await rec.close();
  }
});

test("the bar chart canvas has ink", async () => {
  const rec = await harness.open("");
  try {
    await waitForChartDrawn(rec.page);
    await nextFrames(rec.page);
    const role = await rec.page.$eval("canvas.bar-chart", (c) => [c.getAttribute("role"), c.getAttribute("aria-label")]);
    assert.equal(role[0], "img", 'canvas.bar-chart needs role="img"');
    assert.ok(role[1] && role[1].trim().length > 0, "canvas.bar-chart needs an aria-label");
    const ink = await canvasInk(rec.page);
    assert.ok(ink.width > 0 && ink.height > 0, `canvas has no size: ${JSON.stringify(ink)}`);
    assert.ok(ink.inked / ink.samples > 0.01, `canvas looks blank: ${JSON.stringify(ink)}`);
    assert.ok(ink.colours >= 2, `canvas has a single colour: ${JSON.stringify(ink)}`);
  } finally {
    await rec.close();
  }
});

for (const width of WIDTHS) {
  test(`layout at ${width} px: no errors, no horizontal overflow, screenshot`, async () => {
    const rec = await harness.open("", { width, height: 800 });
    try {
      await waitForChartDrawn(rec.page);
      await nextFrames(rec.page);
      const overflow = await rec.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      await rec.page.screenshot({ path: screenshotPath(`${width}`), fullPage: true });
      assert.deepEqual([...rec.pageErrors, ...rec.consoleErrors], [], describe(rec));
      assert.ok(overflow <= 0, `page is ${overflow} px wider than the ${width} px viewport`);
    } finally {
      await rec.close();
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
