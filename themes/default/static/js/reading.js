// The 大字 (larger text) mode for elderly readers: one button in the header switches it, and the choice is kept
// in localStorage so every page opens the way the reader left the last one. The class itself is applied by an
// inline script in <head> before the first paint; this file only wires the button.
(function () {
  var KEY = "sunlight-text";
  var root = document.documentElement;
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
})();
