/*! overseas-stations embed.js: sizes the graphic's iframes, steps them from
 * marked sections of the article, passes their step reports on as events.
 * ES5, no dependencies, once per page; see the README's "Embed", "Host API"
 * and "Scrollytelling". Messages count only from our iframes' windows.
 */
(function () {
  "use strict";
  var HEIGHT_KEY = "overseas-stations-height";
  var STEP_KEY = "overseas-stations-step";
  var COMMAND_KEY = "overseas-stations";
  var MARKER = "data-overseas-stations";
  var STEP_ATTR = MARKER + "-step";
  var ID_ATTR = MARKER + "-id";
  var EVENT = "overseas-stations:step";
  var MAX_HEIGHT = 100000;

  if (window.overseasStationsEmbed) return; // included twice: one listener is enough
  window.overseasStationsEmbed = { version: 2 };

  /* Marked iframes or any whose address names the graphic; looked up every
     time, so frames added later (lazy CMS blocks) count too. */
  function ourFrames() {
    var all = document.getElementsByTagName("iframe");
    var ours = [];
    for (var i = 0; i < all.length; i++) {
      if (all[i].hasAttribute(MARKER) || String(all[i].src || "").indexOf("overseas-stations") !== -1) ours.push(all[i]);
    }
    return ours;
  }

  /* A parameter of an address, decoded and trimmed as the graphic does, or "". */
  function param(src, name) {
    var match = new RegExp("[?&]" + name + "=([^&#]*)").exec(src);
    var value = match ? match[1].replace(/\+/g, " ") : "";
    try {
      value = decodeURIComponent(value);
    } catch (e) {
      /* a bad escape: kept as it is */
    }
    return value.replace(/^\s+|\s+$/g, "").slice(0, 128);
  }

  /* The id a frame's graphic answers to: the one it reported, else its address's. */
  function frameId(frame) {
    var src = String(frame.src || "");
    return frame.overseasStationsId || param(src, "id") || param(src, "childId") || "default";
  }

  function sendStep(frame, step) {
    var command = {};
    command[COMMAND_KEY] = { id: frameId(frame), goto: step };
    if (frame.contentWindow) frame.contentWindow.postMessage(command, "*");
  }

  /* The height in a well-formed height message, or -1. */
  function heightOf(data) {
    var heights = data[HEIGHT_KEY];
    if (!heights || typeof heights !== "object") return -1;
    for (var id in heights) {
      if (Object.prototype.hasOwnProperty.call(heights, id)) {
        var h = heights[id];
        return typeof h === "number" && h > 0 && h <= MAX_HEIGHT ? Math.ceil(h) : -1;
      }
    }
    return -1;
  }

  /* The report in a well-formed step message, or null. */
  function stepOf(data) {
    var s = data[STEP_KEY];
    var ok = s && typeof s === "object" && typeof s.id === "string" && typeof s.step === "string" &&
      typeof s.index === "number";
    return ok ? { id: s.id, step: s.step, index: s.index } : null;
  }

  function onMessage(event) {
    var data = event.data;
    if (!data || typeof data !== "object" || !event.source) return;
    var height = heightOf(data);
    var step = height < 0 ? stepOf(data) : null;
    if (height < 0 && !step) return;
    var frames = ourFrames();
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      if (height >= 0) {
        frame.style.height = height + "px";
        return;
      }
      // The first report means the graphic listens now: a step asked for
      // while it loaded was lost, so ask again.
      var first = !frame.overseasStationsId;
      frame.overseasStationsId = step.id;
      var wanted = frame.overseasStationsWanted;
      if (first && wanted && wanted !== step.step) sendStep(frame, wanted);
      if (typeof window.CustomEvent === "function") {
        frame.dispatchEvent(new CustomEvent(EVENT, { bubbles: true, detail: step }));
      }
      return;
    }
  }

  /* The frame a section steps: the one with its id, else the first of ours. */
  function frameFor(section) {
    var id = section.getAttribute(ID_ATTR);
    var frames = ourFrames();
    for (var i = 0; i < frames.length; i++) {
      if (id === null || frameId(frames[i]) === id) return frames[i];
    }
    return null;
  }

  /* A section steps its graphic when it enters a thin band across the middle
     of the viewport, from below or (scrolling back) from above. */
  function watchSections() {
    var sections = document.querySelectorAll("[" + STEP_ATTR + "]");
    if (!sections.length || typeof window.IntersectionObserver !== "function") return;
    var observer = new IntersectionObserver(
      function (entries) {
        for (var i = 0; i < entries.length; i++) {
          if (!entries[i].isIntersecting) continue;
          var section = entries[i].target;
          var frame = frameFor(section);
          var step = section.getAttribute(STEP_ATTR);
          if (!frame || !step) continue;
          frame.overseasStationsWanted = step;
          sendStep(frame, step);
        }
      },
      { rootMargin: "-49% 0px -50% 0px" }
    );
    for (var i = 0; i < sections.length; i++) observer.observe(sections[i]);
  }

  window.addEventListener("message", onMessage, false);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", watchSections, false);
  else watchSections();
})();
