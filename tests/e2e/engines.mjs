// The three browser engines of the cross-engine suite (engines.test.mjs), all
// driven over W3C WebDriver (webdriver.mjs): Chromium (chromedriver), Firefox
// ESR (geckodriver) and WebKitGTK (WebKitWebDriver + MiniBrowser under
// xvfb-run). Every engine runs at devicePixelRatio 2, so the canvas's HiDPI
// backing store is always exercised.
//
// ENGINES=firefox (or "firefox,webkit") picks engines; default: all three.
// Binaries: $CHROMIUM, $CHROMEDRIVER, $FIREFOX, $GECKODRIVER, $MINIBROWSER,
// $WEBKITDRIVER, else found on PATH (MiniBrowser in the WebKitGTK library dir).
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { CHROMIUM_ARGS, chromiumPath } from "./helpers.mjs";
import { startDriver } from "./webdriver.mjs";

export const ENGINE_NAMES = ["chromium", "firefox", "webkit"];
/** Every engine renders at this devicePixelRatio (a phone's, and it tests the backing store). */
export const PIXEL_RATIO = 2;

/** The engines named in $ENGINES (comma or space separated), default all. */
export function selectedEngines() {
  const names = (process.env.ENGINES ?? ENGINE_NAMES.join(",")).split(/[\s,]+/).filter(Boolean);
  const unknown = names.filter((n) => !ENGINE_NAMES.includes(n));
  if (unknown.length) throw new Error(`ENGINES: unknown engine(s) ${unknown.join(", ")}; known: ${ENGINE_NAMES.join(", ")}`);
  return names;
}

/** MiniBrowser ships inside the WebKitGTK library package, not on PATH. */
function miniBrowserPath() {
  if (process.env.MINIBROWSER) return process.env.MINIBROWSER;
  const candidates = [];
  for (const lib of ["/usr/lib", "/usr/libexec"]) {
    candidates.push(join(lib, "webkit2gtk-4.1", "MiniBrowser"));
    if (existsSync(lib)) for (const d of readdirSync(lib)) candidates.push(join(lib, d, "webkit2gtk-4.1", "MiniBrowser"));
  }
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error("MiniBrowser not found: run `bash scripts/setup.sh` (Debian webkit2gtk-driver) or set MINIBROWSER");
  return found;
}

/** How to start each engine's driver and what to ask it for. */
const ENGINES = {
  chromium: () => ({
    driver: [process.env.CHROMEDRIVER || "chromedriver"],
    capabilities: {
      browserName: "chrome",
      "goog:chromeOptions": { binary: chromiumPath(), args: [...CHROMIUM_ARGS, `--force-device-scale-factor=${PIXEL_RATIO}`] },
    },
  }),
  firefox: () => ({
    driver: [process.env.GECKODRIVER || "geckodriver", "--log", "error"],
    portFlag: (port) => ["--port", String(port)],
    capabilities: {
      browserName: "firefox",
      "moz:firefoxOptions": {
        binary: process.env.FIREFOX || "firefox-esr",
        args: ["-headless"],
        prefs: { "layout.css.devPixelsPerPx": String(PIXEL_RATIO) },
      },
    },
  }),
  webkit: () => ({
    // MiniBrowser needs an X server: a private Xvfb for the driver's lifetime.
    driver: ["xvfb-run", "-a", "-s", "-screen 0 2400x1600x24", process.env.WEBKITDRIVER || "WebKitWebDriver"],
    env: { GDK_SCALE: String(PIXEL_RATIO) },
    capabilities: {
      browserName: "MiniBrowser",
      "webkitgtk:browserOptions": { binary: miniBrowserPath(), args: ["--automation"] },
    },
  }),
};

/**
 * Starts `name`'s driver and one session.
 * @returns {Promise<{name: string, version: string, session: import('./webdriver.mjs').Session, stop: () => Promise<void>}>}
 */
export async function launchEngine(name) {
  const spec = ENGINES[name]();
  const driver = await startDriver(spec.driver, { portFlag: spec.portFlag, env: spec.env });
  let session;
  try {
    session = await driver.session(spec.capabilities);
  } catch (error) {
    await driver.stop();
    throw new Error(`${name}: no WebDriver session: ${error.message}\n${driver.stderr()}`);
  }
  const caps = session.capabilities;
  return {
    name,
    version: `${caps.browserName} ${caps.browserVersion}`,
    session,
    stop: async () => {
      await session.close();
      await driver.stop();
    },
  };
}

