/* Error collector for the cross-engine tests. The test server (server.mjs,
 * option `collect`) loads it as the first script of every HTML page it
 * serves, frames included, because WebDriver classic has no console log.
 * External, not inline, so that a strict CSP (script-src 'self') allows it.
 * Keeps page errors, unhandled rejections, console.error calls and CSP
 * violations in window.__e2eErrors, read by the tests with execute script
 * (and window.__e2eNotes, reported but not failed on). */
(function () {
  "use strict";
  var errors = (window.__e2eErrors = []);
  // Noticed but not failed on: "ResizeObserver loop completed with undelivered
  // notifications" (the notifications arrive a frame later; nothing is lost).
  var notes = (window.__e2eNotes = []);
  function text(value) {
    if (value && value.stack) return String(value.stack);
    try {
      return typeof value === "string" ? value : JSON.stringify(value);
    } catch (e) {
      return String(value);
    }
  }
  window.addEventListener("error", function (e) {
    if (e.target && e.target !== window) {
      errors.push("[resource] failed to load " + (e.target.src || e.target.href || e.target.tagName));
    } else if (/^ResizeObserver loop/.test(e.message)) {
      notes.push(e.message);
    } else {
      errors.push("[pageerror] " + (e.error ? text(e.error) : e.message) + " (" + e.filename + ":" + e.lineno + ")");
    }
  }, true);
  window.addEventListener("unhandledrejection", function (e) {
    errors.push("[unhandledrejection] " + text(e.reason));
  });
  document.addEventListener("securitypolicyviolation", function (e) {
    errors.push("[csp] " + e.violatedDirective + " blocked " + (e.blockedURI || "inline") + " (" + e.sourceFile + ":" + e.lineNumber + ")");
  });
  var original = console.error;
  console.error = function () {
    var parts = [];
    for (var i = 0; i < arguments.length; i++) parts.push(text(arguments[i]));
    errors.push("[console.error] " + parts.join(" "));
    return original.apply(console, arguments);
  };
})();
