// The trace page: expand or collapse every "N sentences" list at once.
(function () {
  for (const [id, open] of [["expand-all", true], ["collapse-all", false]]) {
    const button = document.getElementById(id);
    if (button) button.addEventListener("click", () => {
      for (const details of document.querySelectorAll(".tree details")) details.open = open;
    });
  }
})();
