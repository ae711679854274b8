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

// Tables and figures (issue 16). A figure's link ends in the id of the cell it comes from: the cell is scrolled into
// the middle of its table (the browser alone may leave it under the sticky row labels) and repeated above the
// table in words ("您查看的数字：17,265.21万元，来自……"), so a reader never lands on a row whose visible cell shows
// something else. A table wider than its frame gets a line saying it scrolls sideways. Without JavaScript the cell
// is still marked by the theme's :target style. The sentences come from the catalogue (theme.ftl), as data
// attributes of <body> in the page's language; the script runs in <head>, so they are read when the page is ready.
(function () {
  function words() {
    return (document.body && document.body.dataset) || {};
  }
  function text(el) {
    if (!el) return "";
    var copy = el.cloneNode(true);
    var hidden = copy.querySelectorAll(".visually-hidden");
    for (var i = 0; i < hidden.length; i++) hidden[i].parentNode.removeChild(hidden[i]);
    return copy.textContent.replace(/\s+/g, " ").trim();
  }
  function land() {
    var old = document.querySelector(".cell-banner");
    if (old) old.parentNode.removeChild(old);
    var id;
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch (e) {
      return;
    }
    var cell = id && document.getElementById(id);
    if (!cell || !/^T[DH]$/.test(cell.tagName) || !cell.closest) return;
    var table = cell.closest("table");
    var wrap = cell.closest(".table-wrap");
    if (!table || !wrap || !table.tHead) return;
    var row = cell.parentNode;
    var index = Array.prototype.indexOf.call(row.children, cell);
    var head = table.tHead.rows[0] && table.tHead.rows[0].cells[index];
    var unit = (head && head.getAttribute("data-unit")) || "";
    var value = text(cell);
    if (unit && !/%$/.test(value)) value += (/^[A-Za-z0-9]/.test(unit) ? "\u00a0" : "") + unit;
    var banner = document.createElement("p");
    banner.className = "cell-banner";
    banner.setAttribute("role", "status");
    var strong = document.createElement("strong");
    strong.className = "fig";
    strong.textContent = value;
    var names = { table: text(table.caption), row: text(row.cells[0]), column: text(head) };
    var where = (words().cellBanner || "{value}").split("{value}");
    var fill = function (s) {
      return s.replace(/\{(table|row|column)\}/g, function (_, k) { return names[k]; });
    };
    banner.appendChild(document.createTextNode(fill(where[0])));
    banner.appendChild(strong);
    banner.appendChild(document.createTextNode(fill(where.slice(1).join("{value}"))));
    wrap.parentNode.insertBefore(banner, wrap);
    cell.scrollIntoView({ block: "center", inline: "center" });
    // Show the banner too when banner and cell fit on one screen.
    var top = banner.getBoundingClientRect().top;
    if (cell.getBoundingClientRect().bottom - top < window.innerHeight) window.scrollBy(0, top - 8);
  }
  function cue() {
    var wraps = document.querySelectorAll(".table-wrap");
    for (var i = 0; i < wraps.length; i++) {
      var w = wraps[i];
      var wide = w.scrollWidth > w.clientWidth + 1;
      var prev = w.previousElementSibling;
      var has = prev && prev.classList.contains("scroll-cue");
      if (wide && !has) {
        var p = document.createElement("p");
        p.className = "scroll-cue";
        p.setAttribute("aria-hidden", "true");
        p.textContent = words().scrollCue || "";
        w.parentNode.insertBefore(p, w);
      } else if (!wide && has) {
        prev.parentNode.removeChild(prev);
      }
    }
  }
  function start() {
    cue();
    // After load: the browser's own scroll to the fragment comes then and would undo ours.
    if (document.readyState === "complete") land();
    else window.addEventListener("load", function () { setTimeout(land, 0); });
    window.addEventListener("hashchange", land);
    window.addEventListener("resize", cue);
    var button = document.querySelector(".text-size");
    if (button) button.addEventListener("click", function () { setTimeout(cue, 0); });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
