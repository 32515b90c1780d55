// Foundation checks on the release build in dist/, without a browser: the
// wasm's MIME type and relative asset URLs. That the page loads cleanly, talks
// to no other origin, draws the chart with ink and lays out at four widths is
// checked in every engine, Chromium included, by engines.test.mjs.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { DIST, assertDistBuilt } from "./helpers.mjs";
import { startServer } from "./server.mjs";

let server;
before(async () => {
  assertDistBuilt();
  server = await startServer({ root: DIST });
});
after(async () => {
  await server?.close();
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
