// The data catalogue's filter, loaded (deferred) by the catalogue page only: it hides the datasets whose title and
// description lack the words typed. The list is complete without it; the box is shown only once this runs.
(function () {
  var box = document.querySelector(".catalogue-filter");
  if (!box) return;
  var input = box.querySelector("input");
  var status = box.querySelector(".catalogue-filter-status");
  var entries = Array.prototype.slice.call(document.querySelectorAll(".dataset-entry"));
  var groups = Array.prototype.slice.call(document.querySelectorAll(".topic-group"));
  box.hidden = false;
  input.addEventListener("input", function () {
    var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    entries.forEach(function (e) {
      var text = e.textContent.toLowerCase();
      var match = words.every(function (w) { return text.indexOf(w) >= 0; });
      e.hidden = !match;
      if (match) shown += 1;
    });
    groups.forEach(function (g) {
      g.hidden = !g.querySelector(".dataset-entry:not([hidden])");
    });
    if (!words.length) status.textContent = "";
    else if (shown) status.textContent = status.getAttribute("data-found").replace("{n}", String(shown));
    else status.textContent = status.getAttribute("data-none");
  });
})();
