/* overseas-stations boot script (README "Static first frame"): runs before the
   first paint. Sets theme, embed mode, title=0, controls=0 and switch=1 as the app
   will (src/view/query.rs; the app alone applies accent=),
   and shows the static story when the app cannot run. ES5. */
(function () {
  var root = document.documentElement;
  var query = location.search;

  function param(name) {
    var match = new RegExp("[?&]" + name + "=([^&#]*)").exec(query);
    return match ? decodeURIComponent(match[1].replace(/\+/g, " ")) : null;
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

  var id = param("id") || param("childId") || "default";
  var lastHeight = 0;
  function postHeight() {
    if (!framed || !window.parent) return;
    var height = Math.ceil(root.getBoundingClientRect().height);
    if (height === lastHeight) return;
    lastHeight = height;
    var own = {};
    own[id] = height;
    try {
      window.parent.postMessage("pymxPYMx" + (param("childId") || id) + "xPYMxheightxPYMx" + height, "*");
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
