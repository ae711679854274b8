// The 大字 (larger text) mode for elderly readers: one button in the header switches it, and the choice is kept
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
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", wire);
  else wire();
})();
