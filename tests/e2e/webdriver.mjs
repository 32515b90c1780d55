// A minimal W3C WebDriver client over fetch: just what the cross-engine tests
// use. One driver process (chromedriver, geckodriver, WebKitWebDriver) per
// engine, one session per driver. No dependencies.
//
//   const driver = await startDriver(["geckodriver"], {});
//   const s = await driver.session({ browserName: "firefox", ... });
//   await s.navigate(url); await s.execute(() => document.title);
//   await s.close(); await driver.stop();
import { spawn } from "node:child_process";
import { createServer } from "node:net";

const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

/** WebDriver key values (https://w3c.github.io/webdriver/#keyboard-actions). */
export const KEYS = {
  Home: "\uE011",
  End: "\uE010",
  ArrowLeft: "\uE012",
  ArrowRight: "\uE014",
  ArrowUp: "\uE013",
  ArrowDown: "\uE015",
  Escape: "\uE00C",
  Tab: "\uE004",
  Enter: "\uE007",
  Space: " ",
};

/** A free TCP port on 127.0.0.1 (closed again before the driver binds it). */
export async function freePort() {
  const server = createServer();
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address();
  await new Promise((ok) => server.close(ok));
  return port;
}

/**
 * Starts a driver: `command` is argv without the port flag; `portFlag(port)`
 * gives the flag(s). Resolves once GET /status answers ready.
 */
export async function startDriver(command, { portFlag = (p) => [`--port=${p}`], env = {}, timeout = 30_000 } = {}) {
  const port = await freePort();
  const child = spawn(command[0], [...command.slice(1), ...portFlag(port)], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "pipe"],
    detached: true, // its own process group, so xvfb-run and its X server stop with it
  });
  let stderr = "";
  child.stderr.on("data", (chunk) => {
    stderr = (stderr + chunk).slice(-4_000);
  });
  const exited = new Promise((ok) => child.once("exit", ok));
  const base = `http://127.0.0.1:${port}`;
  const start = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${command.join(" ")} exited (${child.exitCode}): ${stderr}`);
    try {
      const status = await (await fetch(`${base}/status`)).json();
      if (status.value?.ready !== false) break;
    } catch {
      // not listening yet
    }
    if (Date.now() - start > timeout) throw new Error(`${command.join(" ")} did not start in ${timeout} ms: ${stderr}`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
  return {
    base,
    stderr: () => stderr,
    /** Opens a session with these capabilities (alwaysMatch). */
    session: (capabilities) => Session.open(base, capabilities),
    stop: async () => {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        // already gone
      }
      await Promise.race([exited, new Promise((ok) => setTimeout(ok, 5_000))]);
    },
  };
}

/** One WebDriver session: every command is one HTTP request. */
export class Session {
  constructor(base, id, capabilities) {
    this.base = base;
    this.id = id;
    this.capabilities = capabilities;
  }

  static async open(base, capabilities) {
    const value = await command(base, "POST", "/session", { capabilities: { alwaysMatch: capabilities } });
    const session = new Session(base, value.sessionId, value.capabilities);
    await session.send("POST", "/timeouts", { script: 30_000, pageLoad: 30_000 });
    return session;
  }

  send(method, path, body) {
    return command(this.base, method, `/session/${this.id}${path}`, body);
  }

  navigate(url) {
    return this.send("POST", "/url", { url });
  }

  /**
   * Runs `fn(...args)` in the current browsing context and returns its
   * (JSON) result; a returned promise is awaited (WebDriver "execute script").
   */
  execute(fn, ...args) {
    return this.send("POST", "/execute/sync", { script: `return (${fn}).apply(null, arguments);`, args });
  }

  /** Polls `fn(...args)` until it returns something truthy; returns that value. */
  async waitFor(fn, args = [], { timeout = 10_000, interval = 50, what = String(fn).slice(0, 120) } = {}) {
    const start = Date.now();
    let last;
    for (;;) {
      last = await this.execute(fn, ...args);
      if (last) return last;
      if (Date.now() - start > timeout) throw new Error(`timed out after ${timeout} ms waiting for ${what} (last: ${JSON.stringify(last)})`);
      await new Promise((ok) => setTimeout(ok, interval));
    }
  }

  /** The element reference for a CSS selector (throws when there is none). */
  async element(selector) {
    const value = await this.send("POST", "/element", { using: "css selector", value: selector });
    return value[ELEMENT];
  }

  /**
   * A real click (hit-tested) on the first match of `selector`, scrolled to
   * the middle of the viewport first: geckodriver does not scroll the parent
   * documents of a frame, and clicks at a point off screen without an error.
   */
  async click(selector) {
    const element = await this.element(selector);
    await this.send("POST", "/execute/sync", {
      script: "arguments[0].scrollIntoView({ block: 'center', inline: 'center' });",
      args: [{ [ELEMENT]: element }],
    });
    await this.send("POST", `/element/${element}/click`, {});
  }

  /** Presses and releases each key (names from KEYS) on whatever has focus. */
  async press(...names) {
    const actions = names.flatMap((name) => {
      const value = KEYS[name] ?? name;
      return [{ type: "keyDown", value }, { type: "keyUp", value }];
    });
    await this.send("POST", "/actions", { actions: [{ type: "key", id: "keyboard", actions }] });
    await this.send("DELETE", "/actions");
  }

  setWindowRect(rect) {
    return this.send("POST", "/window/rect", rect);
  }

  /** PNG bytes of the viewport. */
  async screenshot() {
    return Buffer.from(await this.send("GET", "/screenshot"), "base64");
  }

  /** Switches into the iframe matching `selector`, or back to the top with null. */
  async frame(selector) {
    if (selector === null) return this.send("POST", "/frame", { id: null });
    return this.send("POST", "/frame", { id: { [ELEMENT]: await this.element(selector) } });
  }

  async close() {
    await this.send("DELETE", "").catch(() => {});
  }
}

async function command(base, method, path, body) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: body === undefined ? {} : { "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`WebDriver ${method} ${path}: HTTP ${response.status}: ${text.slice(0, 500)}`);
  }
  if (!response.ok || json.value?.error) {
    const v = json.value ?? {};
    throw new Error(`WebDriver ${method} ${path}: ${v.error ?? response.status}: ${v.message ?? text.slice(0, 500)}`);
  }
  return json.value;
}
