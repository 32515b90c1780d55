/*! overseas-stations embed.js: sizes the graphic's iframes to their content.
 *
 * Include once on a page that embeds the graphic (no dependencies, ES5):
 *   <iframe src=".../?embed=1" data-overseas-stations ...></iframe>
 *   <script src=".../embed.js" async></script>
 *
 * The graphic posts {"overseas-stations-height": {"<id>": <px>}} to its parent
 * whenever its content height changes. This script accepts such a message only
 * from the window of one of our iframes (event.source), and only sets that
 * iframe's height. It sends nothing and reads nothing else.
 */
(function () {
  "use strict";
  var KEY = "overseas-stations-height";
  var MARKER = "data-overseas-stations";
  var MAX_HEIGHT = 100000;

  if (window.overseasStationsEmbed) return; // included twice: one listener is enough
  window.overseasStationsEmbed = { version: 1 };

  /* Our iframes: marked ones, or any whose address names the graphic. Looked up
     on every message, so frames added later (lazy CMS blocks) work too. */
  function isOurs(frame) {
    return frame.hasAttribute(MARKER) || String(frame.src || "").indexOf("overseas-stations") !== -1;
  }

  /* The height in a well-formed message, or -1. */
  function heightOf(data) {
    var heights, id;
    if (!data || typeof data !== "object") return -1;
    heights = data[KEY];
    if (!heights || typeof heights !== "object") return -1;
    for (id in heights) {
      if (Object.prototype.hasOwnProperty.call(heights, id)) {
        var h = heights[id];
        return typeof h === "number" && h > 0 && h <= MAX_HEIGHT ? Math.ceil(h) : -1;
      }
    }
    return -1;
  }

  function onMessage(event) {
    var height = heightOf(event.data);
    if (height < 0 || !event.source) return;
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow === event.source && isOurs(frame)) {
        frame.style.height = height + "px";
        return;
      }
    }
  }

  window.addEventListener("message", onMessage, false);
})();
