// A network page (`tifa viz` writes it to a file, the explorer serves it at /network): vis-network draws
// the graph of #network-data; hovering shows a node's or a link's sentences, a click lists them in the
// panel and, when the page gives DATA.expand (the explorer), draws the node's neighbours in place, asked
// from that URL. Words come from #network-words (the reader's language). Strings from reports are only
// ever set as text, never parsed as HTML.
(function () {
  "use strict";
  const DATA = JSON.parse(document.getElementById("network-data").textContent);
  const WORDS = JSON.parse(document.getElementById("network-words").textContent);
  const TOOLTIP_SENTENCES = 3, PANEL_LINKS = 80;
  const byId = new Map(), linksOf = new Map(), expanded = new Set();

  function say(key, n) { return WORDS[key].replace("{n}", n); }
  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  }
  function title(doc) { return (DATA.titles || {})[doc] || doc; }
  function label(id) { const n = byId.get(id); return n ? n.fullLabel : id; }
  function sentences(edges) {
    const seen = new Set(), out = [];
    edges.forEach(e => e.evidence.forEach(ev => {
      const key = ev.document + ":" + ev.start + ":" + ev.end;
      if (!seen.has(key)) { seen.add(key); out.push(ev); }
    }));
    return out;
  }
  // a sentence with the given names marked, built as text nodes
  function marked(tag, text, names) {
    const node = el(tag);
    const wanted = names.filter(Boolean).sort((a, b) => b.length - a.length);
    let rest = text;
    while (rest) {
      let at = -1, hit = "";
      wanted.forEach(name => { const i = rest.indexOf(name); if (i >= 0 && (at < 0 || i < at)) { at = i; hit = name; } });
      if (at < 0) { node.append(rest); break; }
      node.append(rest.slice(0, at), el("mark", hit));
      rest = rest.slice(at + hit.length);
    }
    return node;
  }
  function source(ev) {
    const where = ev.href ? el("a", title(ev.document)) : el("span", title(ev.document));
    if (ev.href) { where.href = ev.href; where.target = "_top"; }
    const doc = el("span", " — ", "doc");
    doc.append(where);
    return doc;
  }
  function tooltip(heading, meta, evidence, names) {
    const box = el("div");
    box.append(el("strong", heading));
    if (meta) box.append(el("div", meta, "doc"));
    evidence.slice(0, TOOLTIP_SENTENCES).forEach(ev => {
      const line = marked("div", ev.text, names);
      line.className = "sentence";
      line.append(el("span", " — " + title(ev.document), "doc"));
      box.append(line);
    });
    if (evidence.length > TOOLTIP_SENTENCES) box.append(el("div", say("more_sentences", evidence.length - TOOLTIP_SENTENCES), "doc"));
    return box;
  }
  // the relation as the page's language says it, and as stated when that reads otherwise (组成部分 (hasComponent))
  function sameWords(e) { return e.label.replace(/\s+/g, "").toLowerCase() === e.relation.toLowerCase(); }
  function relationText(e) { return sameWords(e) ? e.label : e.label + " (" + e.relation + ")"; }
  function nodeTooltip(n) {
    return tooltip(n.fullLabel, n.typeName, sentences(linksOf.get(n.id)), [n.fullLabel, ...n.aliases]);
  }
  function edgeTooltip(e) {
    return tooltip(label(e.from) + " → " + label(e.to), relationText(e), e.evidence, [label(e.from), label(e.to)]);
  }

  const panel = document.getElementById("evidence");
  function evidenceList(evidence, names) {
    const list = el("ul");
    evidence.forEach(ev => {
      const item = marked("li", ev.text, names);
      item.append(source(ev));
      list.append(item);
    });
    if (!evidence.length) list.append(el("li", WORDS.no_sentence, "hint"));
    return list;
  }
  function showNode(id) {
    const n = byId.get(id), links = linksOf.get(id);
    const meta = el("p", n.typeName, "meta");
    if (DATA.entity) {  // the explorer's page of the entity
      const a = el("a", WORDS.open_entity);
      a.href = DATA.entity + encodeURIComponent(id);
      a.target = "_top";
      meta.append(" · ", a);
    }
    panel.replaceChildren(el("h2", n.fullLabel), meta);
    if (n.aliases.length) panel.append(el("p", WORDS.also + "：" + n.aliases.join("、"), "meta"));
    if (n.documents.length) panel.append(el("p", WORDS.documents + "：" + n.documents.map(title).join("；"), "meta"));
    panel.append(el("h3", say("links", links.length)));
    links.slice(0, PANEL_LINKS).forEach(e => {
      const outgoing = e.from === id, other = outgoing ? e.to : e.from;
      const heading = el("h3", (outgoing ? e.label + " → " : "← " + e.label + " ") + label(other));
      if (!sameWords(e)) heading.append(" ", el("span", e.relation, "stated"));
      panel.append(heading, evidenceList(e.evidence, [n.fullLabel, ...n.aliases, label(other)]));
    });
    if (links.length > PANEL_LINKS) panel.append(el("p", say("more_links", links.length - PANEL_LINKS), "hint"));
  }
  function showEdge(id) {
    const e = edges.get(id);
    panel.replaceChildren(el("h2", label(e.from) + " → " + label(e.to)), el("p", relationText(e), "meta"),
                          evidenceList(e.evidence, [label(e.from), label(e.to)]));
  }

  // what the page knows of nodes and links, kept as they are added
  function learnNode(n) { byId.set(n.id, n); if (!linksOf.has(n.id)) linksOf.set(n.id, []); }
  function learnEdge(e) {
    linksOf.get(e.from).push(e);
    if (e.to !== e.from) linksOf.get(e.to).push(e);
  }
  DATA.nodes.forEach(learnNode);
  DATA.edges.forEach(learnEdge);
  const nodes = new vis.DataSet(DATA.nodes.map(n => Object.assign({}, n, {title: nodeTooltip(n)})));
  const edges = new vis.DataSet(DATA.edges.map(e => Object.assign({}, e, {title: edgeTooltip(e)})));
  const network = new vis.Network(document.getElementById("network"), {nodes: nodes, edges: edges}, DATA.options);
  window.network = network;
  const status = document.getElementById("status");
  function counted() { return say("nodes", nodes.length); }

  // a click on a node draws its neighbours around it (those not drawn yet), without reloading the page
  async function expand(id) {
    if (!DATA.expand || expanded.has(id)) return;
    expanded.add(id);
    status.textContent = counted() + " · " + WORDS.expanding;
    let more;
    try {
      const response = await fetch(DATA.expand + encodeURIComponent(id), {headers: {Accept: "application/json"}});
      more = await response.json();
    } catch (error) {
      expanded.delete(id);
      status.textContent = counted();
      return;
    }
    const fresh = more.nodes.filter(n => !byId.has(n.id));
    const centre = network.getPositions([id])[id];
    const radius = 140 + 10 * fresh.length;
    fresh.forEach((n, i) => {
      const angle = 2 * Math.PI * i / Math.max(fresh.length, 1);
      n.x = centre.x + radius * Math.cos(angle);
      n.y = centre.y + radius * Math.sin(angle);
      learnNode(n);
    });
    const newEdges = more.edges.filter(e => !edges.get(e.id) && byId.has(e.from) && byId.has(e.to));
    newEdges.forEach(learnEdge);
    nodes.add(fresh.map(n => Object.assign({}, n, {title: nodeTooltip(n)})));
    edges.add(newEdges.map(e => Object.assign({}, e, {title: edgeTooltip(e)})));
    // tooltips of the nodes that gained links now list their sentences too
    const touched = new Set(newEdges.flatMap(e => [e.from, e.to]));
    nodes.update([...touched].filter(n => !fresh.some(f => f.id === n)).map(n => ({id: n, title: nodeTooltip(byId.get(n))})));
    if (fresh.length) {  // the clicked node and its new neighbours in view, still readable
      network.fit({nodes: [id, ...fresh.map(n => n.id)]});
      if (network.getScale() < 0.45) network.moveTo({position: centre, scale: 0.45});
    }
    status.textContent = counted() + " · " + say("expanded", fresh.length);
    document.body.dataset.expanded = String(expanded.size);
    if (more.more) {
      const note = el("p", say("more_neighbours", more.more), "hint");
      const link = el("a", WORDS.open_network);
      link.href = "/network?focus=" + encodeURIComponent(id) + "&depth=1";
      link.target = "_top";
      note.append(link);
      panel.append(note);
    }
    showNode(id);
  }

  network.on("click", params => {
    if (params.nodes.length) { showNode(params.nodes[0]); expand(params.nodes[0]); }
    else if (params.edges.length) showEdge(params.edges[0]);
  });
  network.on("stabilizationProgress", p => {
    status.textContent = counted() + " · " + WORDS.laying_out + " " + Math.round(100 * p.iterations / p.total) + "%";
  });
  function readableTree() {  // a wide tree fitted whole is too small to read: show its top, readable, instead
    const root = DATA.nodes.find(n => n.level === 0);
    if (!root) return readableFocus();
    const scale = Math.max(network.getScale(), 0.6);  // fitted when readable; the root at the top either way
    const at = network.getPositions([root.id])[root.id];
    const height = document.getElementById("network").clientHeight;
    const x = network.getScale() >= 0.6 ? network.getViewPosition().x : at.x;
    network.moveTo({position: {x: x, y: at.y + height / 2 / scale - 40}, scale: scale});
  }
  function readableFocus() {  // a crowded neighbourhood fitted whole is too small to read: centre its focus, readable
    if (DATA.focus === null || network.getScale() >= 0.6) return;
    network.moveTo({position: network.getPositions([DATA.focus])[DATA.focus], scale: 0.6});
    network.selectNodes([DATA.focus]);
  }
  let settled = false;
  function settle() {  // stop the simulation once laid out, so a big graph stays still and cheap
    if (settled) return;
    settled = true;
    network.setOptions({physics: {enabled: false}});
    readableTree();
    status.textContent = counted();
    document.body.dataset.settled = "true";
  }
  if (DATA.focus !== null) expanded.add(DATA.focus);  // its neighbours are drawn already
  network.once("stabilizationIterationsDone", settle);
  network.once("stabilized", settle);
  if (!DATA.nodes.length) settle();
})();
