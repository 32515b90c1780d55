// Nothing but HTML and CSS stands before the first paint (issue 25). Read
// from the built pages (dist/index.html and every other language's page):
// no classic script that blocks the parser, only stylesheets that block
// rendering, the app's loader and preloads at low priority, and one inline
// script, the pre-paint script (public/pre-paint.js), the same in every page,
// whose hash is the one in the policy the build wrote (dist/csp.txt and
// dist/_headers). The pre-paint script itself, as built, on a table of
// queries. Then in Chromium, under that policy as the test server sends it:
// every resource whose Resource Timing `renderBlockingStatus` is "blocking"
// is a stylesheet, the app's requests go at low priority, the pre-paint
// script runs (its classes are there while the wasm is held back), and a
// host policy without its hash costs the first frame its classes but not
// the page: the app sets them when it mounts.
import { after, before, describe as suite, test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";
import { DIST, STEPS, describe, launchBrowser, openPage, waitForChartDrawn } from "./helpers.mjs";
import { buildPolicy, startServer } from "./server.mjs";

/** Every page of the build: name -> HTML. */
const PAGES = Object.fromEntries(
  readdirSync(DIST)
    .filter((name) => name.endsWith(".html"))
    .sort()
    .map((name) => [name, readFileSync(join(DIST, name), "utf8")]),
);
/** The pages that run the graphic (one per language). */
const GRAPHIC_PAGES = ["index.html", "zh-Hans.html", "es.html", "it.html"];
/** The query that sets every pre-paint option. */
const ALL_OPTIONS = "?theme=dark&embed=1&title=0&controls=0&switch=1&search=1";
const ALL_CLASSES = ["controls-off", "embedded", "search-on", "switch-on", "title-off"];

/** Attribute `name` in an attribute string (quoted or bare values), or null. */
function attribute(attrs, name) {
  const match = new RegExp(`(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+)))?(?=[\\s/]|$)`, "i").exec(attrs);
  if (!match) return null;
  return match[1] ?? match[2] ?? match[3] ?? "";
}

/**
 * A page's elements as the HTML parser meets them, in order: tag name,
 * attributes, the text of a script, and whether it is in the head (before
 * </head> or <body>). Comments are left out.
 */
function elements(html) {
  const text = html.replace(/<!--[\s\S]*?-->/g, "");
  const bodyAt = text.search(/<\/head\s*>|<body\b/i);
  const out = [];
  const tags = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>|<([a-z][a-z0-9-]*)\b([^>]*)>/gi;
  for (const m of text.matchAll(tags)) {
    const inHead = bodyAt < 0 || m.index < bodyAt;
    if (m[1] !== undefined) out.push({ tag: "script", attrs: m[1], body: m[2], inHead });
    else out.push({ tag: m[3].toLowerCase(), attrs: m[4], inHead });
  }
  return out;
}

const rels = (attrs) => (attribute(attrs, "rel") ?? "").toLowerCase().split(/\s+/);
const isClassicScript = (e) => e.tag === "script" && ["", "text/javascript"].includes((attribute(e.attrs, "type") ?? "").toLowerCase());

/** What in `html` blocks the parser or the first paint, other than HTML and CSS. */
function renderBlocking(html) {
  const found = [];
  for (const e of elements(html)) {
    if (isClassicScript(e) && attribute(e.attrs, "src") !== null && attribute(e.attrs, "defer") === null && attribute(e.attrs, "async") === null) {
      found.push(`a classic script that blocks the parser: <script${e.attrs}>`);
    }
    if (e.tag === "link" && e.inHead) {
      const blocking = rels(e.attrs).includes("stylesheet") || /\brender\b/.test(attribute(e.attrs, "blocking") ?? "");
      if (blocking && !(rels(e.attrs).includes("stylesheet") && /\.css$/.test(attribute(e.attrs, "href") ?? ""))) {
        found.push(`a render-blocking link that is not a stylesheet: <link${e.attrs}>`);
      }
    }
    if (e.tag === "script" && /\brender\b/.test(attribute(e.attrs, "blocking") ?? "")) found.push(`a script with blocking=render: <script${e.attrs}>`);
  }
  return found;
}

/** The page's inline scripts that run (not data blocks), as elements. */
function inlineScripts(html) {
  return elements(html).filter(
    (e) => e.tag === "script" && attribute(e.attrs, "src") === null && e.body.trim() !== "" && ["", "module", "text/javascript"].includes((attribute(e.attrs, "type") ?? "").toLowerCase()),
  );
}

const sha256 = (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

suite("the built pages", () => {
  test("every language's page is there", () => {
    for (const page of GRAPHIC_PAGES) assert.ok(PAGES[page], `dist/${page} is missing`);
  });

  for (const page of GRAPHIC_PAGES) {
    test(`${page}: only HTML and CSS block the first paint; the app's loader and preloads are at low priority`, () => {
      const html = PAGES[page];
      assert.deepEqual(renderBlocking(html), []);
      const all = elements(html);
      const stylesheets = all.filter((e) => e.tag === "link" && rels(e.attrs).includes("stylesheet") && e.inHead);
      assert.ok(stylesheets.length > 0, "no stylesheet in the head: the first frame would be unstyled");
      // The app's requests: its module loader, the glue's modulepreload and the wasm's preload.
      const app = all.filter(
        (e) =>
          (e.tag === "script" && (attribute(e.attrs, "type") ?? "").toLowerCase() === "module") ||
          (e.tag === "link" && (rels(e.attrs).includes("modulepreload") || rels(e.attrs).includes("preload"))),
      );
      assert.equal(app.length, 3, `expected the loader, the modulepreload and the wasm preload: ${app.map((e) => e.attrs).join(" | ")}`);
      for (const e of app) assert.equal(attribute(e.attrs, "fetchpriority"), "low", `<${e.tag}${e.attrs}> is not at low priority`);
      // Their integrity values stay (the wasm's preload has none: Chromium ignores it on as=fetch).
      for (const e of app.filter((x) => !rels(x.attrs).includes("preload"))) {
        assert.match(attribute(e.attrs, "integrity") ?? "", /^sha384-/, `<${e.tag}${e.attrs}> lost its integrity`);
      }
      // boot.js is deferred; the module loader is async (it starts the app
      // as soon as it is in, and the app mounts once the page is parsed) and
      // calls boot.js's fallback only once the page is parsed (boot.js has run).
      const scripts = all.filter((e) => e.tag === "script" && attribute(e.attrs, "src") !== null);
      const boot = scripts.find((e) => /(^|\/)boot\.js$/.test(attribute(e.attrs, "src")));
      const loader = scripts.find((e) => (attribute(e.attrs, "type") ?? "").toLowerCase() === "module");
      assert.ok(boot && attribute(boot.attrs, "defer") !== null, "boot.js is not a deferred script");
      assert.ok(loader && attribute(loader.attrs, "async") !== null, "the module loader is not async");
      const loaderText = readFileSync(join(DIST, attribute(loader.attrs, "src")), "utf8");
      assert.match(loaderText, /if \(window\.overseasStationsFallback \|\|[^\n]*\n[^\n]*addEventListener\("DOMContentLoaded", fallBack\)/, "the loader's fallback does not wait for boot.js");
    });
  }

  test("the whole story is text in <noscript> until it is needed: the first frame's DOM holds only the first step", () => {
    for (const page of GRAPHIC_PAGES) {
      const body = PAGES[page].slice(PAGES[page].search(/<body[\s>]/i));
      const boxes = body.match(/<noscript>[^]*?<\/noscript>/gi) ?? [];
      const outside = body.replace(/<noscript>[^]*?<\/noscript>/gi, "");
      // Every step's wrapper; outside <noscript> only the first.
      assert.equal((body.match(/class="static-step[" ]/g) ?? []).length, STEPS.length, `${page}: not every step is in the page`);
      assert.equal((outside.match(/class="static-step[" ]/g) ?? []).length, 1, `${page}: other steps outside <noscript>`);
      // What only readers without the app see: in <noscript> but the short note at the top.
      const extras = [...outside.matchAll(/<([a-z]+) class="([^"]*\bstatic-extra\b[^"]*)"/g)].map((m) => `${m[1]}.${m[2]}`);
      assert.deepEqual(extras, ["p.static-note static-extra"], `${page}: parts of the whole story outside <noscript>`);
      assert.ok(boxes.some((b) => b.includes('class="places static-extra"')), `${page}: the list of places is not in <noscript>`);
    }
  });

  test("one inline script, the pre-paint script, the same in every page, before the stylesheets; no other page has one", () => {
    const texts = new Set();
    for (const [page, html] of Object.entries(PAGES)) {
      const inline = inlineScripts(html);
      if (!GRAPHIC_PAGES.includes(page)) {
        assert.deepEqual(inline.map((e) => e.attrs), [], `${page} has an inline script`);
        continue;
      }
      assert.equal(inline.length, 1, `${page}: ${inline.length} inline scripts`);
      assert.notEqual(attribute(inline[0].attrs, "data-pre-paint"), null, `${page}: the inline script is not the pre-paint script`);
      const all = elements(html);
      const first = all.findIndex((e) => e.tag === "link" && rels(e.attrs).includes("stylesheet"));
      assert.ok(all.indexOf(inline[0]) < first, `${page}: the pre-paint script comes after a stylesheet, and would wait for it`);
      texts.add(inline[0].body);
    }
    assert.equal(texts.size, 1, "the pages' pre-paint scripts differ");
  });

  test("the build's policy (csp.txt, _headers) is the strict one with the pre-paint script's hash", () => {
    const [text] = inlineScripts(PAGES["index.html"]).map((e) => e.body);
    const policy = buildPolicy(DIST);
    assert.equal(
      policy,
      `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${sha256(text)}; style-src 'self'; img-src 'self' data:`,
    );
    const headers = readFileSync(join(DIST, "_headers"), "utf8");
    assert.match(headers, /^\/\*$/m, "_headers has no rule for every path");
    assert.ok(headers.split("\n").includes(`  Content-Security-Policy: ${policy}`), `_headers does not send csp.txt's policy:\n${headers}`);
  });
});

suite("the pre-paint script, as built", () => {
  const text = inlineScripts(PAGES["index.html"])[0]?.body ?? "";

  /**
   * Runs the script in a bare context (no DOM): `search`, framed or not (or
   * a top window that throws when read), with or without URLSearchParams and
   * WebAssembly. Returns <html>'s data-theme and classes.
   */
  function run(search, { framed = false, topThrows = false, urlSearchParams = true, wasm = true } = {}) {
    assert.ok(text.length > 0, "index.html has no pre-paint script");
    const root = { className: "", theme: null, setAttribute: (name, value) => name === "data-theme" && (root.theme = value) };
    const context = {
      document: { documentElement: root, createElement: () => ({ noModule: false }) },
      location: { search },
    };
    context.window = context;
    context.self = context;
    Object.defineProperty(context, "top", {
      get() {
        if (topThrows) throw new Error("cross-origin");
        return framed ? {} : context;
      },
    });
    // A new context has its own WebAssembly (and no URLSearchParams): set or hide them.
    context.URLSearchParams = urlSearchParams ? URLSearchParams : undefined;
    context.WebAssembly = wasm ? WebAssembly : undefined;
    vm.runInNewContext(text, context);
    return { theme: root.theme, classes: root.className.split(" ").filter(Boolean).sort() };
  }

  const CASES = [
    ["", null, []],
    [ALL_OPTIONS, "dark", ALL_CLASSES],
    ["?theme=light&title=false&controls=false&switch=true&search=true&embed=true", "light", ALL_CLASSES],
    ["?theme=d%61rk&embed&id=%", "dark", ["embedded"]],
    ["?theme=light&theme=dark", "dark", []],
    ["?theme=dark+", null, []],
    ["?theme=%ZZ", null, []],
    ["?id=50%", null, []],
    ["?lang=%&step=%E0%A4%A", null, []],
    ["?embed=0&title=1&controls=yes&switch=0&search=yes&theme=auto", null, []],
  ];
  for (const [search, theme, classes] of CASES) {
    test(`${search || "(no query)"}: ${theme ? `data-theme=${theme}` : "no theme"}${classes.length ? `, ${classes.join(" ")}` : ""}, with and without URLSearchParams`, () => {
      assert.deepEqual(run(search), { theme, classes });
      assert.deepEqual(run(search, { urlSearchParams: false }), { theme, classes }, "the reader without URLSearchParams disagrees");
    });
  }

  test("framed (or a top window that cannot be read): embedded; no WebAssembly: the static story", () => {
    assert.deepEqual(run("", { framed: true }).classes, ["embedded"]);
    assert.deepEqual(run("", { topThrows: true }).classes, ["embedded"]);
    assert.deepEqual(run("", { wasm: false }).classes, ["static-full"]);
  });
});

suite("in Chromium, under the build's policy", () => {
  let browser;
  let server;
  before(async () => {
    browser = await launchBrowser();
    server = await startServer({ root: DIST });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Reports CSP violations as console errors (a recorded page fails on those). */
  function reportViolations() {
    document.addEventListener("securitypolicyviolation", (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || "inline"}`);
    });
  }

  /**
   * A recorded page of `via` at `path`, with CSP violations reported, the
   * initial priority of each request (from the DevTools protocol) and,
   * with `holdWasm`, the wasm never answered (the app cannot start).
   */
  async function open(via, path, { holdWasm = false } = {}) {
    const rec = await openPage(browser, via, "about:blank");
    await rec.context.addInitScript(reportViolations);
    if (holdWasm) await rec.page.route(/\.wasm$/, () => {});
    const cdp = await rec.context.newCDPSession(rec.page);
    await cdp.send("Network.enable");
    rec.priorities = new Map();
    cdp.on("Network.requestWillBeSent", (e) => rec.priorities.set(new URL(e.request.url).pathname, e.request.initialPriority));
    rec.response = await rec.page.goto(new URL(path, via.url).href, { waitUntil: holdWasm ? "domcontentloaded" : "load" });
    return rec;
  }

  /** <html>'s data-theme and classes (without "live", which the app adds). */
  const rootState = (page) =>
    page.evaluate(() => ({
      theme: document.documentElement.getAttribute("data-theme"),
      classes: [...document.documentElement.classList].filter((c) => c !== "live").sort(),
    }));

  for (const page of GRAPHIC_PAGES) {
    test(`${page}: every render-blocking resource is a stylesheet, the app's requests are low priority, nothing is blocked`, async () => {
      const rec = await open(server, page === "index.html" ? "" : page);
      try {
        assert.equal(rec.response.headers()["content-security-policy"], buildPolicy(DIST), "the page is not served with the build's policy");
        await waitForChartDrawn(rec.page);
        const resources = await rec.page.evaluate(() =>
          performance.getEntriesByType("resource").map((e) => ({ path: new URL(e.name).pathname, type: e.initiatorType, blocking: e.renderBlockingStatus })),
        );
        assert.ok(resources.length > 0 && resources.every((r) => typeof r.blocking === "string"), `no renderBlockingStatus in this Chromium: ${JSON.stringify(resources)}`);
        const blocking = resources.filter((r) => r.blocking === "blocking");
        assert.ok(blocking.length > 0, "no render-blocking stylesheet at all: is renderBlockingStatus measured?");
        assert.deepEqual(
          blocking.filter((r) => !(r.type === "link" && r.path.endsWith(".css"))),
          [],
          "render-blocking resources other than stylesheets",
        );
        const app = [...rec.priorities].filter(([path]) => /(^\/boot\.js|^\/loader-[0-9a-f]+\.js|_bg\.wasm|^\/overseas-stations-[0-9a-f]+\.js)$/.test(path));
        assert.equal(app.length, 4, `boot.js, the loader, the glue and the wasm, requested: ${JSON.stringify([...rec.priorities])}`);
        for (const [path, priority] of app) assert.ok(["Low", "VeryLow"].includes(priority), `${path} requested at ${priority} priority`);
        assert.deepEqual([...rec.consoleErrors, ...rec.pageErrors], [], describe(rec));
      } finally {
        await rec.close();
      }
    });
  }

  test("the pre-paint script runs under the policy: its classes are set while the app is held back", async () => {
    const rec = await open(server, ALL_OPTIONS, { holdWasm: true });
    try {
      assert.deepEqual(await rootState(rec.page), { theme: "dark", classes: ALL_CLASSES });
      // And boot.js, deferred, has run before the (held) app.
      assert.equal(await rec.page.evaluate(() => typeof window.overseasStationsFallback), "function");
      assert.deepEqual([...rec.consoleErrors, ...rec.pageErrors], [], describe(rec));
    } finally {
      await rec.close();
    }
  });

  test("a host policy without the hash: the first frame lacks the classes, the app sets them at mount, nothing is thrown", async () => {
    const withoutHash = buildPolicy(DIST).replace(/ 'sha256-[^']+'/, "");
    assert.notEqual(withoutHash, buildPolicy(DIST));
    const strict = await startServer({ root: DIST, headers: { "Content-Security-Policy": withoutHash } });
    try {
      const held = await open(strict, ALL_OPTIONS, { holdWasm: true });
      try {
        assert.deepEqual(await rootState(held.page), { theme: null, classes: [] }, "the inline script ran without its hash");
      } finally {
        await held.close();
      }
      const rec = await open(strict, ALL_OPTIONS);
      try {
        await waitForChartDrawn(rec.page);
        assert.deepEqual(await rootState(rec.page), { theme: "dark", classes: ALL_CLASSES });
        assert.deepEqual(rec.pageErrors, [], describe(rec));
        // The one error: the blocked inline script.
        assert.ok(rec.consoleErrors.length > 0, "the policy without the hash blocked nothing");
        assert.deepEqual(rec.consoleErrors.filter((e) => !/Content Security Policy|CSP violation: script-src/.test(e)), [], describe(rec));
      } finally {
        await rec.close();
      }
    } finally {
      await strict.close();
    }
  });
});
