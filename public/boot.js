/* overseas-stations boot script (README "Static first frame"), loaded with
   `defer`: it runs once the page is parsed, before DOMContentLoaded. The
   app's loader (an async module that may run earlier) calls
   window.overseasStationsFallback when the app cannot start, waiting for
   DOMContentLoaded if need be. It shows the static story when the app
   cannot run and then sizes its frame with the usual height messages. What must happen before the
   first paint (theme, embed mode, title=0, controls=0, switch=1) is done by
   the pre-paint script inlined in <head> (public/pre-paint.js), not here:
   this script blocks nothing. ES5. */
(function () {
  var root = document.documentElement;
  var params = readQuery(location.search);

  /* The query's pairs, read by WHATWG application/x-www-form-urlencoded rules
     as the app reads them (URLSearchParams: "+" is a space, a bad "%" escape
     stays as written, bytes are UTF-8 with replacement). Browsers without
     URLSearchParams cannot run the app and get the static story; for them a
     reader that never throws. (The same reader as public/pre-paint.js: each
     script works without the other, e.g. under a CSP without its hash.) */
  function readQuery(search) {
    var pairs = [];
    if (window.URLSearchParams) {
      try {
        new URLSearchParams(search).forEach(function (value, key) {
          pairs.push([key, value]);
        });
        return pairs;
      } catch (e) {
        pairs = [];
      }
    }
    var parts = search.replace(/^\?/, "").split("&");
    for (var i = 0; i < parts.length; i++) {
      if (!parts[i]) continue;
      var at = parts[i].indexOf("=");
      var key = at < 0 ? parts[i] : parts[i].slice(0, at);
      pairs.push([decode(key), at < 0 ? "" : decode(parts[i].slice(at + 1))]);
    }
    return pairs;
  }

  function decode(text) {
    text = text.replace(/\+/g, " ");
    try {
      return decodeURIComponent(text);
    } catch (e) {
      return text;
    }
  }

  /* The value of `name`, the last one when it is given twice (as the app
     reads it, src/view/query.rs), or null. */
  function param(name) {
    var value = null;
    for (var i = 0; i < params.length; i++) if (params[i][0] === name) value = params[i][1];
    return value;
  }

  var framed;
  try {
    framed = window.self !== window.top;
  } catch (e) {
    framed = true;
  }

  /* An id as the app keeps it (src/embed/mod.rs, clean_id): trimmed of
     Unicode white space, cut to 128 characters, null when empty. */
  function cleanId(value) {
    if (value === null) return null;
    value = value.replace(/^[\t-\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/, "");
    value = value.replace(/[\t-\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/, "");
    var end = 0;
    for (var chars = 0; end < value.length && chars < 128; chars++) {
      var code = value.charCodeAt(end);
      end += code >= 0xd800 && code <= 0xdbff && end + 1 < value.length ? 2 : 1;
    }
    return value.slice(0, end) || null;
  }
  var childId = cleanId(param("childId"));
  var id = cleanId(param("id")) || childId || "default";
  var lastHeight = 0;
  function postHeight() {
    if (!framed || !window.parent) return;
    var height = Math.ceil(root.getBoundingClientRect().height);
    if (height === lastHeight) return;
    lastHeight = height;
    var own = {};
    own[id] = height;
    try {
      window.parent.postMessage("pymxPYMx" + (childId || id) + "xPYMxheightxPYMx" + height, "*");
      window.parent.postMessage({ sentinel: "amp", type: "embed-size", height: height }, "*");
      window.parent.postMessage({ "overseas-stations-height": own }, "*");
    } catch (e) {
      /* a host that refuses messages keeps its own height */
    }
  }

  /* The whole story's parts are written inside <noscript> (src/static_frame/
     page.rs), which a browser with scripting on keeps as text, so that the
     first frame and the app need not parse, style or lay them out. Where the
     app cannot run, they are parsed into place here. */
  function unwrapStory() {
    var boxes = document.querySelectorAll(".static-frame noscript");
    for (var i = 0; i < boxes.length; i++) {
      var box = boxes[i];
      var holder = document.createElement("div");
      holder.innerHTML = box.textContent;
      while (holder.firstChild) box.parentNode.insertBefore(holder.firstChild, box);
      box.parentNode.removeChild(box);
    }
  }

  var fellBack = false;
  function fallback() {
    if (fellBack || /(^|\s)live(\s|$)/.test(root.className)) return;
    fellBack = true;
    /* (pre-paint.js has set it already where the app cannot run at all) */
    if (!/(^|\s)static-full(\s|$)/.test(root.className)) root.className += " static-full";
    var live = document.querySelector(".app-root > .graphic:not(.static-frame)");
    if (live && live.parentNode) live.parentNode.removeChild(live);
    unwrapStory();
    if (document.body) postHeight();
    window.addEventListener("load", postHeight);
    window.addEventListener("resize", postHeight);
  }
  window.overseasStationsFallback = fallback;

  var canRun = typeof WebAssembly === "object" && "noModule" in document.createElement("script");
  if (!canRun) fallback();
  window.addEventListener("error", function (event) {
    /* an error thrown by a script (not a resource that failed to load); not
       "ResizeObserver loop completed with undelivered notifications", which
       the browser reports (with a null error) when a layout change after the
       charts' first drawing leaves a size report for the next frame */
    if (!event || event.error === undefined) return;
    if (/^ResizeObserver loop/.test(event.message || "")) return;
    fallback();
  });
})();
