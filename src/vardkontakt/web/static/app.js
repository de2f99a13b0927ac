// Progressive enhancement only: every page works without this file.
// Adds a "Kopiera" button next to each copyable value.
(function () {
  "use strict";
  var live = document.getElementById("meddelande");

  function announce(text) {
    if (!live) return;
    live.textContent = "";
    window.setTimeout(function () { live.textContent = text; }, 50);
  }

  function fallbackCopy(node) {
    var range = document.createRange();
    range.selectNodeContents(node);
    var sel = window.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
    try { return document.execCommand("copy"); } catch (e) { return false; }
  }

  function copy(node, button) {
    var text = node.textContent.trim();
    var done = function () {
      button.textContent = "Kopierat";
      announce("Kopierat: " + text);
      window.setTimeout(function () { button.textContent = "Kopiera"; }, 2000);
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, function () { if (fallbackCopy(node)) done(); });
    } else if (fallbackCopy(node)) {
      done();
    }
  }

  document.querySelectorAll("code.copy").forEach(function (node) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "copy-button";
    button.textContent = "Kopiera";
    button.setAttribute("aria-label", "Kopiera " + (node.getAttribute("data-copy-label") || "värdet"));
    button.addEventListener("click", function () { copy(node, button); });
    node.insertAdjacentElement("afterend", button);
  });
})();
