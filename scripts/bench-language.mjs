// Language-switch benchmark (a report, not a test; nothing fails on a slow
// number): the time from a press on the language switch to the new language
// on screen, in headless Chromium, without and with 4× CPU throttling.
//
//   node scripts/bench-language.mjs [--runs 5] [--dist dist] [--width 1100]
//
// Each run loads index.html?step=december&autoplay=0 in a fresh context (empty
// cache; the server sends Cache-Control: no-store), waits for the app and the
// map, then presses 中文, Español, Italiano and English in turn. A switch is
// timed from the click to the second animation frame after the counter shows
// the new language's text (the frame that paints it), in the page's own clock;
// the first press of a language includes fetching and reading its file.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startServer } from "../tests/e2e/server.mjs";
import { chromiumVersion, launchBrowser } from "../tests/e2e/helpers.mjs";
import { opt } from "./bench-args.mjs";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const RUNS = Number(opt("runs", process.env.BENCH_RUNS ?? 5));
const DIST = opt("dist", process.env.DIST ?? join(ROOT, "dist"));
const WIDTH = Number(opt("width", 1100));
const ORDER = ["zh-Hans", "es", "it", "en"];

if (!existsSync(join(DIST, "index.html"))) {
  console.error(`${join(DIST, "index.html")} is missing: run \`bash scripts/build.sh\` first`);
  process.exit(1);
}

const server = await startServer({ root: DIST });
const browser = await launchBrowser();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`chromium ${chromiumVersion()}, ${WIDTH}x900, ${RUNS} runs per setting`);
try {
  for (const throttle of [1, 4]) {
    const times = Object.fromEntries(ORDER.map((l) => [l, []]));
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: WIDTH, height: 900 } });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await page.goto(`${server.url}index.html?step=december&autoplay=0`);
      await page.waitForSelector("html.live", { timeout: 60_000 });
      await page.waitForSelector("canvas.map-chart[data-loaded=true]", { state: "attached", timeout: 60_000 });
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
      for (const lang of ORDER) {
        const ms = await page.evaluate(async (lang) => {
          const counter = () => document.querySelector('[data-testid="counter"]').textContent;
          const before = counter();
          const t0 = performance.now();
          document.querySelector(`.language-switch [data-lang="${lang}"]`).click();
          while (counter() === before || document.documentElement.lang !== lang) {
            await new Promise((r) => setTimeout(r, 2));
          }
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          return performance.now() - t0;
        }, lang);
        times[lang].push(ms);
      }
      await context.close();
    }
    const row = ORDER.map((l) => `${l} ${Math.round(median(times[l]))} ms (max ${Math.round(Math.max(...times[l]))})`);
    console.log(`${throttle}x CPU: first switch to each, median of ${RUNS}: ${row.join(", ")}`);
  }
} finally {
  await browser.close();
  await server.close();
}
