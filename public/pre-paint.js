/* overseas-stations pre-paint script (README "Static first frame"): the one
   script that runs before the first paint. scripts/externalize-loader.mjs
   writes it inline in each page's <head>, before the stylesheets, and a strict
   CSP allows it by its hash (dist/csp.txt). It marks <html> as the app will
   (src/view/query.rs; the app applies these again at mount, and alone applies
   accent=): data-theme from theme=, embedded when framed or embed=1,
   title-off, controls-off, switch-on, search-on, and static-full where the app cannot
   run (no WebAssembly or no module scripts). Everything else (the static
   story's fallback, its height messages) is boot.js, deferred. ES5, and it
   never throws. */
(function () {
  var root = document.documentElement;
  var params = readQuery(location.search);

  /* The query's pairs, read by WHATWG application/x-www-form-urlencoded rules
     as the app reads them (URLSearchParams: "+" is a space, a bad "%" escape
     stays as written, bytes are UTF-8 with replacement). Browsers without
     URLSearchParams cannot run the app and get the static story; for them a
     reader that never throws. (boot.js has the same reader: each script
     works without the other.) */
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

  var classes = [];
  var theme = param("theme");
  if (theme === "light" || theme === "dark") root.setAttribute("data-theme", theme);
  if (off("title")) classes.push("title-off");
  if (off("controls")) classes.push("controls-off");

  var framed;
  try {
    framed = window.self !== window.top;
  } catch (e) {
    framed = true;
  }
  var embed = param("embed");
  if (framed || embed === "1" || embed === "true" || embed === "") classes.push("embedded");
  var languageSwitch = param("switch");
  if (languageSwitch === "1" || languageSwitch === "true") classes.push("switch-on");
  var search = param("search");
  if (search === "1" || search === "true") classes.push("search-on");

  /* A browser that cannot run the app shows the whole static story from its
     first paint (boot.js then sizes its frame). */
  if (!(typeof WebAssembly === "object" && "noModule" in document.createElement("script"))) {
    classes.push("static-full");
  }
  if (classes.length) root.className += (root.className ? " " : "") + classes.join(" ");
})();
