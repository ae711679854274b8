// The reader's aids. The 大字 (larger text) mode for elderly readers: one button in the header switches it, and the choice is kept
// in localStorage so every page opens the way the reader left the last one. This file is loaded in <head> without
// `defer`, so the class is applied before the first paint and a page never jumps from small to large text; the
// button is wired once the document is read. It is a file, not an inline script, because the pages'
// Content-Security-Policy runs only the site's own script files.
(function () {
  var KEY = "sunlight-text";
  var root = document.documentElement;
  try {
    if (localStorage.getItem(KEY) === "large") root.classList.add("large-text");
  } catch (e) {
    // Storage refused (private mode): pages open in the ordinary size.
  }
  function wire() {
    var button = document.querySelector(".text-size");
    if (!button) return;
    function show(large) {
      root.classList.toggle("large-text", large);
      button.setAttribute("aria-pressed", large ? "true" : "false");
    }
    show(root.classList.contains("large-text"));
    button.hidden = false;
    button.addEventListener("click", function () {
      var large = !root.classList.contains("large-text");
      show(large);
      try {
        if (large) localStorage.setItem(KEY, "large");
        else localStorage.removeItem(KEY);
      } catch (e) {
        // Storage refused (private mode): the mode still holds for this page.
      }
    });
  }
  // 本页目录 opens by itself on wide screens; on a phone it stays a one-line bar above the text.
  function openContents() {
    var details = document.querySelector(".toc-details");
    if (details && window.matchMedia && window.matchMedia("(min-width: 60em)").matches) details.open = true;
  }
  // The catalogue's filter: hides the datasets whose title and description lack the words typed. The list is
  // complete without it; the box is shown only once this runs.
  function wireFilter() {
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
  }
  // The date a printed page carries, written when the page is read (and again just before printing).
  function stampPrintDate() {
    var p = document.querySelector(".print-date");
    if (!p) return;
    var d = new Date();
    var pad = function (n) { return (n < 10 ? "0" : "") + n; };
    p.textContent = p.getAttribute("data-label") + d.getFullYear() + "-" + pad(d.getMonth() + 1) + "-" + pad(d.getDate());
  }
  function ready() {
    wire();
    openContents();
    wireFilter();
    stampPrintDate();
    window.addEventListener("beforeprint", stampPrintDate);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", ready);
  else ready();
})();
