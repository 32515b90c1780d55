// For scrolly.html: marks the section of the step the graphic reports, with
// the "overseas-stations:step" event that embed.js fires on the iframe (it
// bubbles, so one listener on the document hears every graphic).
document.addEventListener("overseas-stations:step", function (event) {
  var sections = document.querySelectorAll("[data-overseas-stations-step]");
  for (var i = 0; i < sections.length; i++) {
    var current = sections[i].getAttribute("data-overseas-stations-step") === event.detail.step;
    sections[i].className = sections[i].className.replace(/\s*\bis-current\b/g, "") + (current ? " is-current" : "");
  }
});
