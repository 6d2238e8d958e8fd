// Suggestions under the search box as you type (labels and aliases from /api/suggest), with the
// keyboard: ↓/↑ to move, Enter to open, Escape to close. Text goes in with textContent, never as HTML.
(function () {
  const input = document.getElementById("search");
  const list = document.getElementById("suggestions");
  let items = [], active = -1, pending = 0;

  function entityUrl(id) { return "/entity?id=" + encodeURIComponent(id); }

  function show(found) {
    items = found; active = -1;
    list.replaceChildren();
    for (const [k, s] of found.entries()) {
      const li = document.createElement("li");
      li.setAttribute("role", "option");
      li.dataset.index = k;
      const a = document.createElement("a");
      a.href = entityUrl(s.id);
      a.className = "suggestion";
      const name = document.createElement("span");
      name.textContent = s.text;
      a.append(name);
      if (s.match === "alias") {
        const target = document.createElement("span");
        target.className = "muted";
        target.textContent = " → " + s.label;
        a.append(target);
      }
      const badge = document.createElement("span");
      badge.className = "badge t-" + s.type;
      badge.textContent = s.type_name || s.type;
      a.append(" ", badge);
      if (s.where) {  // which reports name it: tells apart entities of one label
        const where = document.createElement("span");
        where.className = "muted where";
        where.textContent = " " + s.where;
        a.append(where);
      }
      li.append(a);
      list.append(li);
    }
    list.hidden = found.length === 0;
  }

  function highlightActive() {
    for (const li of list.children) li.classList.toggle("active", Number(li.dataset.index) === active);
  }

  input.addEventListener("input", async () => {
    const q = input.value.trim();
    const ticket = ++pending;
    if (!q) { show([]); return; }
    const response = await fetch("/api/suggest?q=" + encodeURIComponent(q));
    const found = await response.json();
    if (ticket === pending) show(found);  // a slower, older answer never replaces a newer one
  });

  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (!items.length) return;
      event.preventDefault();
      active = (active + (event.key === "ArrowDown" ? 1 : items.length - 1)) % items.length;
      highlightActive();
    } else if (event.key === "Enter" && active >= 0) {
      event.preventDefault();
      window.location.href = entityUrl(items[active].id);
    } else if (event.key === "Escape") {
      show([]);
    }
  });
})();
