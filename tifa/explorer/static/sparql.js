// The SPARQL page: a CodeMirror editor (SPARQL mode) completing prefixes, classes and properties
// (/api/sparql/terms) and entity labels inside a string (/api/sparql/labels); the examples fill it;
// Ctrl-Enter runs. The answer's views (table, network, chart, Turtle) switch without a reload and the
// address follows, so the page's URL is the link to share. Text goes in with textContent, never as HTML.
(function () {
  const examples = JSON.parse(document.getElementById("examples-data").textContent);
  const form = document.getElementById("sparql-form");
  const select = document.getElementById("examples");
  const description = document.getElementById("example-description");
  const KEYWORDS = ["SELECT", "DISTINCT", "WHERE", "OPTIONAL", "FILTER", "CONSTRUCT", "DESCRIBE", "ASK", "GRAPH",
    "UNION", "MINUS", "VALUES", "BIND", "GROUP BY", "ORDER BY", "HAVING", "LIMIT", "OFFSET", "COUNT", "SAMPLE",
    "GROUP_CONCAT", "STR", "LANG", "CONTAINS", "STRSTARTS", "REGEX", "EXISTS", "NOT EXISTS", "DESC", "ASC"];

  let vocabulary = null;
  function loadVocabulary() {
    if (!vocabulary) vocabulary = fetch("/api/sparql/terms").then((r) => r.json());
    return vocabulary;
  }

  function item(text, kind) {
    return { text: text, displayText: text, kind: kind, render: (element, self, data) => {
      element.textContent = data.displayText;
      const note = document.createElement("span");
      note.className = "kind";
      note.textContent = kind;
      element.append(note);
    } };
  }

  // What to complete at the cursor: a label in a string, a prefixed name, or a word
  function hint(cm, callback) {
    const cursor = cm.getCursor();
    const before = cm.getLine(cursor.line).slice(0, cursor.ch);
    const quotes = (before.match(/"/g) || []).length;
    const inString = quotes % 2 === 1 ? /"([^"]*)$/.exec(before) : null;
    if (inString) {
      const from = CodeMirror.Pos(cursor.line, cursor.ch - inString[1].length - 1);
      const after = cm.getLine(cursor.line).slice(cursor.ch);
      const to = CodeMirror.Pos(cursor.line, cursor.ch + (/^"(@zh)?/.exec(after) || [""])[0].length);
      if (!inString[1]) return callback(null);
      fetch("/api/sparql/labels?q=" + encodeURIComponent(inString[1])).then((r) => r.json()).then((found) => {
        const list = found.map((s) => Object.assign(item(JSON.stringify(s.label) + "@zh", s.type),
                                                    { displayText: s.label }));
        callback(list.length ? { list: list, from: from, to: to } : null);
      });
      return;
    }
    const prefixedName = /([A-Za-z][\w-]*):([\w-]*)$/.exec(before);
    const word = /([A-Za-z_]\w*)$/.exec(before);
    if (!prefixedName && !word) return callback(null);
    loadVocabulary().then((vocab) => {
      let list;
      if (prefixedName) {
        const local = prefixedName[2].toLowerCase();
        list = vocab.terms.filter((t) => t.text.startsWith(prefixedName[1] + ":")
                                         && t.text.split(":")[1].toLowerCase().includes(local))
                          .map((t) => Object.assign(item(t.text, t.kind), { title: t.doc }));
      } else {
        const start = word[1].toLowerCase();
        list = [...Object.keys(vocab.prefixes).filter((p) => p.startsWith(start)).map((p) => item(p + ":", "prefix")),
                ...KEYWORDS.filter((k) => k.toLowerCase().startsWith(start)).map((k) => item(k, "keyword")),
                ...vocab.terms.filter((t) => t.text.split(":")[1].toLowerCase().startsWith(start))
                              .map((t) => item(t.text, t.kind))];
      }
      const typed = prefixedName ? prefixedName[0] : word[1];
      callback(list.length ? { list: list.slice(0, 60), from: CodeMirror.Pos(cursor.line, cursor.ch - typed.length),
                               to: cursor } : null);
    });
  }
  hint.async = true;

  const editor = CodeMirror.fromTextArea(document.getElementById("query"), {
    mode: "sparql", lineNumbers: true, matchBrackets: true, autoCloseBrackets: true, indentUnit: 2,
    extraKeys: { "Ctrl-Space": "autocomplete", "Ctrl-Enter": () => { editor.save(); form.requestSubmit(); },
                 "Cmd-Enter": () => { editor.save(); form.requestSubmit(); } },
    hintOptions: { hint: hint, completeSingle: false },
  });
  window.sparqlEditor = editor;
  // complete as one types a prefixed name or a label (after two characters), not on every word
  editor.on("inputRead", (cm, change) => {
    if (cm.state.completionActive || change.origin !== "+input") return;
    const before = cm.getLine(change.from.line).slice(0, cm.getCursor().ch);
    if (/[A-Za-z]:[\w-]*$/.test(before) || /"[^"]{1,}$/.test(before) && (before.match(/"/g) || []).length % 2)
      cm.showHint();
  });

  select.addEventListener("change", () => {
    const example = examples[select.value];
    if (!example) return;
    editor.setValue(example.text);
    description.textContent = example.description;
  });
  form.addEventListener("submit", () => { if (!select.value) select.disabled = true; });  // no empty example=
  window.addEventListener("pageshow", () => { select.disabled = false; });  // back from the answer

  // result views
  const drawn = {};
  function draw(view) {
    if (drawn[view]) return;
    drawn[view] = true;
    if (view === "chart") drawChart();
    if (view === "network") drawNetwork();
  }
  function drawChart() {
    const data = document.getElementById("chart-data");
    if (!data || !window.Plotly) return;
    const figure = JSON.parse(data.textContent);
    Plotly.newPlot("chart", figure.data, figure.layout, { responsive: true, displaylogo: false });
  }
  function drawNetwork() {
    const data = document.getElementById("network-data");
    if (!data || !window.vis) return;
    const graph = JSON.parse(data.textContent);
    const nodes = graph.nodes.map((n) => ({ id: n.id, label: n.label, title: n.id, link: n.link,
      color: n.color, shape: n.shape, font: { size: 15 }, size: 12 }));
    const edges = graph.edges.map((e) => ({ from: e.from, to: e.to, label: e.label, arrows: "to",
      font: { size: 11, color: "#6a737d" }, color: "#b0b7bf" }));
    const network = new vis.Network(document.getElementById("result-network"),
      { nodes: new vis.DataSet(nodes), edges: new vis.DataSet(edges) },
      { physics: { stabilization: { iterations: 300 } }, layout: { randomSeed: 7 } });
    network.once("stabilizationIterationsDone", () => { network.setOptions({ physics: false });
                                                       document.getElementById("result-network").dataset.settled = "1"; });
    network.on("doubleClick", (params) => {
      const node = params.nodes.length && nodes.find((n) => n.id === params.nodes[0]);
      if (node && node.link) window.location.href = node.link;
    });
    window.resultNetwork = network;
  }
  const result = document.getElementById("result");
  if (result) {
    const tabs = result.querySelectorAll(".view-tab");
    function show(view) {
      for (const tab of tabs) tab.classList.toggle("active", tab.dataset.view === view);
      for (const panel of result.querySelectorAll(".view")) panel.hidden = panel.id !== "view-" + view;
      result.dataset.view = view;
      draw(view);
    }
    for (const tab of tabs) tab.addEventListener("click", (event) => {
      event.preventDefault();
      show(tab.dataset.view);
      history.replaceState(null, "", tab.href);
    });
    if (result.dataset.view) draw(result.dataset.view);
  }
})();
