// Emulates the resize handling of AMP's <amp-iframe resizable> for the example
// host amp.html (no AMP runtime from the network). Like amp-iframe, it accepts
// only {sentinel: "amp", type: "embed-size", height} objects posted by the
// frame's own window, and resizes the element to the requested height.
(function () {
  "use strict";
  var containers = document.querySelectorAll("[data-amp-resizable]");
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || typeof data !== "object" || data.sentinel !== "amp" || data.type !== "embed-size") return;
    var height = Number(data.height);
    if (!(height > 0) || height > 100000) return;
    for (var i = 0; i < containers.length; i++) {
      var frame = containers[i].querySelector("iframe");
      if (frame && frame.contentWindow === event.source) {
        frame.style.height = Math.ceil(height) + "px";
        containers[i].setAttribute("data-amp-height", String(Math.ceil(height)));
        return;
      }
    }
  });
})();
