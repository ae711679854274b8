// The 政府信息公开目录's filter: by 主题分类, by year and by words of the title, 文号 or 索引号. Both lists (by topic
// and by year) are complete in the page without this script; it shows the filter, hides the documents that do not
// match in both lists, hides lists left empty with their jump links, and says how many match. A file, not an inline
// script, because the pages' Content-Security-Policy runs only the site's own script files.
(function () {
  function wire() {
    var box = document.querySelector(".gov-filter");
    if (!box) return;
    var topic = box.querySelector("#gov-filter-topic");
    var year = box.querySelector("#gov-filter-year");
    var words = box.querySelector("#gov-filter-q");
    var status = box.querySelector(".gov-filter-status");
    var all = function (selector) {
      return Array.prototype.slice.call(document.querySelectorAll(selector));
    };
    var entries = all(".gov-entry");
    var groups = all(".gov-group");
    var firstView = document.querySelector(".gov-view");
    box.hidden = false;
    function apply() {
      var t = topic.value;
      var y = year.value;
      var w = words.value.toLowerCase().split(/\s+/).filter(Boolean);
      var filtering = t || y || w.length;
      entries.forEach(function (e) {
        var text = e.textContent.toLowerCase();
        var match = (!t || e.getAttribute("data-topic") === t) &&
          (!y || e.getAttribute("data-year") === y) &&
          w.every(function (x) { return text.indexOf(x) >= 0; });
        e.hidden = !match;
      });
      groups.forEach(function (g) {
        var empty = !g.querySelector(".gov-entry:not([hidden])");
        g.hidden = empty;
        var jump = document.querySelector('.gov-jump a[href="#' + g.getAttribute("aria-labelledby") + '"]');
        if (jump && jump.parentNode) jump.parentNode.hidden = empty;
      });
      var shown = firstView ? firstView.querySelectorAll(".gov-entry:not([hidden])").length : 0;
      status.textContent = !filtering ? "" : shown
        ? status.getAttribute("data-found").replace("{n}", shown)
        : status.getAttribute("data-none");
    }
    [topic, year].forEach(function (s) { s.addEventListener("change", apply); });
    words.addEventListener("input", apply);
    apply();
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", wire);
  else wire();
})();
