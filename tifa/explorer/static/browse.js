// "Expand all" / "Collapse all": open or close every folded part of the page (evidence beyond the
// first sentences, groups of projects).
document.addEventListener("click", (event) => {
  const button = event.target.closest("button.expand-all");
  if (!button) return;
  const open = button.dataset.expand === "1";
  for (const details of document.querySelectorAll("main details")) details.open = open;
});
