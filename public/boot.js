/* overseas-stations boot script (README "Static first frame"): runs before the
   first paint. Sets theme, embed mode, title=0, controls=0 and switch=1 as the app
   will (src/view/query.rs; the app alone applies accent=),
   and shows the static story when the app cannot run. ES5. */
(function () {
  var root = document.documentElement;
  var params = readQuery(location.search);

  /* The query's pairs, read by WHATWG application/x-www-form-urlencoded rules
     as the app reads them (URLSearchParams: "+" is a space, a bad "%" escape
     stays as written, bytes are UTF-8 with replacement). Browsers without
     URLSearchParams cannot run the app and get the static story; for them a
     reader that never throws. */
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

  function off(name) {
    var value = param(name);
    return value === "0" || value === "false";
  }

  var theme = param("theme");
  if (theme === "light" || theme === "dark") root.setAttribute("data-theme", theme);
  if (off("title")) root.className += " title-off";
  if (off("controls")) root.className += " controls-off";

  var framed;
  try {
    framed = window.self !== window.top;
  } catch (e) {
    framed = true;
  }
  var embed = param("embed");
  if (framed || embed === "1" || embed === "true" || embed === "") root.className += " embedded";
  var languageSwitch = param("switch");
  if (languageSwitch === "1" || languageSwitch === "true") root.className += " switch-on";

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

  var fellBack = false;
  function fallback() {
    if (fellBack || /(^|\s)live(\s|$)/.test(root.className)) return;
    fellBack = true;
    root.className += " static-full";
    var live = document.querySelector(".app-root > .graphic:not(.static-frame)");
    if (live && live.parentNode) live.parentNode.removeChild(live);
    if (document.body) postHeight();
    window.addEventListener("load", postHeight);
    window.addEventListener("resize", postHeight);
  }
  window.overseasStationsFallback = fallback;

  var canRun = typeof WebAssembly === "object" && "noModule" in document.createElement("script");
  if (!canRun) fallback();
  window.addEventListener("error", function (event) {
    /* an error thrown by a script (not a resource that failed to load) */
    if (event && event.error !== undefined) fallback();
  });
})();
