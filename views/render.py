"""A networkx graph (`tifa.views.network`) as one self-contained, offline HTML page: vis-network
drawing it, a legend of node types, tooltips and an evidence panel with the sentences that state
each link.

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("s", label="四区两城", type="slogan", aliases=[], documents=["d"])
>>> G.add_node("c", label="生态宜居新城", type="component", aliases=[], documents=["d"])
>>> G.add_edge("s", "c", key="hasComponent", relation="hasComponent",
...            evidence=[{"document": "d", "text": "建设四区两城。", "start": 0, "end": 7}])
'hasComponent'
>>> page = network_html(G, title="四区两城")
>>> "new vis.Network" in page and "<script src" not in page
True
>>> "四区两城" in page and "生态宜居新城" in page
True

pyvis turns the graph into vis-network's node, edge and option data; the page itself comes from
our own template (``templates/network.html``), script (``static/network.js``) and style
(``static/network.css``), the same that the explorer's ``/network`` page serves; in a file they are
inlined, with vis-network's script and stylesheet from the copy pyvis ships, so it opens from
``file://`` with no network. pyvis's own templates
link bootstrap from a CDN and write with the locale's encoding (STACK-NOTES.md), so they are not
used.

Document strings never reach the page as markup: the data is JSON with ``<``, ``>`` and ``&``
escaped, and the page's script builds tooltips and the panel with ``textContent``.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from pathlib import Path
from urllib.parse import quote

import jinja2
import markupsafe
import networkx as nx
import pyvis
from pyvis.network import Network

from tifa.ontology.types import FACT_TYPES, NODE_TYPES

LIMIT = 2000
"""Most nodes a page draws; beyond it `network_html` keeps the most connected (`cut_by_degree`)."""

LABEL_LENGTH = 18
"""Characters of a label drawn on the canvas (the panel and the tooltip show it whole)."""

TYPE_STYLE: dict[str, dict] = {name: {"color": FACT_TYPES[name].color, "shape": FACT_TYPES[name].shape}
                                 for name in NODE_TYPES}
"""Colour and vis-network shape of each node type (named in the legend by `own_type_name` or the caller's)."""

OTHER_STYLE = {"color": "#9e9e9e", "shape": "ellipse"}
"""The style of a node whose type is not in `TYPE_STYLE` (a SPARQL answer's literal, say)."""

WORDS = {
    "nodes": ("{n} 个节点", "{n} nodes"),
    "hint": ("点击节点查看说明它的原句，并在原处展开它的邻居；点击连线查看说明这条关系的原句。",
             "Click a node to see the sentences that state it and to draw its neighbours in place; "
             "click a link to see its sentences."),
    "hint_tree": ("点击节点或连线，查看说明它的原句。", "Click a node or a link to see the sentences that state it."),
    "too_many": ("节点太多：只画出连接最多的 {shown} 个（共 {total} 个，略去 {dropped} 个）。请缩小范围（聚焦某个实体、选类型或报告）。",
                 "Too many nodes to draw: showing the {shown} most connected of {total} ({dropped} left out). "
                 "Narrow the view (focus on an entity, pick types or a document)."),
    "other": ("其他", "other"),
    "laying_out": ("布局中", "laying out"),
    "also": ("又称", "Also"),
    "documents": ("报告", "Reports"),
    "links": ("关联（{n}）", "Links ({n})"),
    "more_sentences": ("还有 {n} 句：点击查看", "+{n} more: click"),
    "no_sentence": ("（没有记录原句）", "(no sentence recorded)"),
    "more_links": ("另有 {n} 条关联未列出", "{n} more links not listed"),
    "expanding": ("正在载入邻居…", "loading neighbours…"),
    "expanded": ("已展开：新增 {n} 个节点", "expanded: {n} nodes added"),
    "more_neighbours": ("另有 {n} 个邻居未画出：", "{n} more neighbours not drawn: "),
    "open_network": ("以它为中心的网络", "its own network"),
    "open_entity": ("打开实体页", "Open its page"),
}
"""The words of a network page, Chinese and English (``{n}`` filled in by the page's script)."""

GLYPHS = {"star": "★", "diamond": "◆", "square": "■", "box": "▭", "dot": "●", "triangle": "▲",
           "hexagon": "⬢", "triangleDown": "▼", "ellipse": "⬭"}

_VIS = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"

_INLINED = {"vis_css": "vis-network.css", "vis_js": "vis-network.min.js", "page_css": "network.css",
            "page_js": "network.js"}
"""What a page written to a file carries inline (template name → file)."""

_FONT = "WenQuanYi Micro Hei, Noto Sans CJK SC, Microsoft YaHei, PingFang SC, sans-serif"

_PHYSICS = {  # force-directed: a fixed number of iterations before the first drawing, then off (the page stops it)
    "solver": "forceAtlas2Based",
    "forceAtlas2Based": {"gravitationalConstant": -60, "centralGravity": 0.01, "springLength": 80,
                         "springConstant": 0.08, "damping": 0.5, "avoidOverlap": 0},
    "minVelocity": 1.0,
}

ITERATION_BUDGET = 150_000
"""Layout iterations × nodes before the first drawing: an iteration costs about its node count, so a
big graph gets fewer (2,000 nodes: 75) and settles in seconds; small views get up to 250."""

_TREE_PHYSICS = {
    "solver": "hierarchicalRepulsion",
    "hierarchicalRepulsion": {"nodeDistance": 110, "centralGravity": 0.0, "springLength": 100, "damping": 0.5},
    "stabilization": {"enabled": True, "iterations": 200, "updateInterval": 25, "fit": True},
    "minVelocity": 1.0,
}


def network_html(G: nx.MultiDiGraph, *, title: str, layout: str = "physics", limit: int = LIMIT,
                 evidence_link: str | None = None, keep=(), focus: str | None = None, lang: str = "zh",
                 relation_name=None, type_name=None) -> str:
    """The page drawing `G` (nodes with ``label``, ``type``, ``documents``, ``aliases`` and, for
    ``layout="tree"``, ``level``; edges with ``relation`` and ``evidence``), in `lang` (``"zh"`` or ``"en"``).

    `layout` is ``"physics"`` (force-directed) or ``"tree"`` (top-down by ``level``). Beyond
    `limit` nodes the most connected are kept (and the nodes in `keep`, plus any node at level 0)
    and the page says so. `evidence_link`, e.g. ``"/documents/{document}?start={start}&end={end}"``,
    turns each evidence sentence into a link (opened in the top window). A `focus` node (a neighbourhood's
    centre) is kept and, when the whole graph fitted would be too small to read, shown readable in the middle.
    `relation_name(relation, lang)` and `type_name(type, lang)` name links and types (default: the
    stated relation, the type's own name).
    """
    total = G.number_of_nodes()
    roots = [n for n, level in G.nodes(data="level") if level == 0]
    G, dropped = cut_by_degree(G, limit, keep=[*keep, *([focus] if focus else []), *roots])
    data = vis_data(G, layout, evidence_link, lang=lang, relation_name=relation_name, type_name=type_name)
    return page_html(data | {"focus": focus if focus in G else None}, title=title, lang=lang, total=total)


def page_html(data: dict, *, title: str, lang: str = "zh", total: int | None = None, assets: str | None = None) -> str:
    """The network page of `data` (`vis_data`, with ``focus`` and optionally ``expand``, the URL a click
    on a node asks its neighbours from, ``entity``, the URL of an entity's page, and ``titles``, report
    id → title). `total` nodes were there before a cut. The scripts and styles are inlined, or linked
    under `assets` (a URL prefix such as ``"/assets/"``) when a server serves them."""
    words = {key: pair[lang == "en"] for key, pair in WORDS.items()}
    shown = len(data["nodes"])
    total = shown if total is None else total
    context = dict(
        title=title, lang=lang, legend=_legend({n["type"] for n in data["nodes"]}, lang, data),
        status=words["nodes"].format(n=shown),
        warning=words["too_many"].format(shown=shown, total=total, dropped=total - shown) if total > shown else "",
        hint=words["hint" if data.get("expand") else "hint_tree"],
        data=markupsafe.Markup(script_json(data)), words=markupsafe.Markup(script_json(words)), assets=assets)
    if assets is None:
        context |= {key: markupsafe.Markup(_library(name)) for key, name in _INLINED.items()}
    return _template().render(**context)


def _legend(types: set[str], lang: str, data: dict) -> list[dict]:
    """The node types drawn: glyph, colour, name in `lang` and, as a tooltip, in the other language."""
    names = {n["type"]: n["typeName"] for n in data["nodes"]}
    other_lang = "en" if lang == "zh" else "zh"
    legend = [{"color": style["color"], "glyph": GLYPHS[style["shape"]], "name": names[type_],
               "title": own_type_name(type_, other_lang)}
              for type_, style in TYPE_STYLE.items() if type_ in types]
    if types - set(TYPE_STYLE):
        legend.append({"color": OTHER_STYLE["color"], "glyph": GLYPHS[OTHER_STYLE["shape"]],
                       "name": WORDS["other"][lang == "en"], "title": WORDS["other"][other_lang == "en"]})
    return legend


def own_type_name(type_: str, lang: str) -> str:
    """A node type's own name in `lang` (`tifa.ontology.types`), or the type as written.

    >>> own_type_name("slogan", "zh"), own_type_name("slogan", "en"), own_type_name("literal", "zh")
    ('提法', 'slogan', 'literal')
    """
    fact = FACT_TYPES.get(type_)
    return (fact.label_en if lang == "en" else fact.label_zh) if fact else type_


def cut_by_degree(G: nx.MultiDiGraph, limit: int, *, keep=()) -> tuple[nx.MultiDiGraph, int]:
    """`G` cut to its `limit` most connected nodes (those in `keep` always stay), and how many
    nodes were left out. Ties go to the smaller node key, so a cut is the same every time.

    >>> G = nx.MultiDiGraph([("hub", "a"), ("hub", "b"), ("hub", "c"), ("a", "b"), ("c", "d")])
    >>> cut, dropped = cut_by_degree(G, 3, keep=["d"])
    >>> sorted(cut), dropped
    (['a', 'd', 'hub'], 2)
    """
    if G.number_of_nodes() <= limit:
        return G, 0
    kept = [n for n in dict.fromkeys(keep) if n in G][:limit]
    must = set(kept)
    ranked = sorted((n for n in G if n not in must), key=lambda n: (-G.degree(n), str(n)))
    kept += ranked[:limit - len(kept)]
    return G.subgraph(kept).copy(), G.number_of_nodes() - len(kept)


def script_json(value) -> str:
    """`value` as JSON that is safe inside ``<script>``: ``<``, ``>``, ``&`` and the JavaScript
    line separators escaped.

    >>> script_json({"a": "</script>&"})
    '{"a": "\\\\u003c/script\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(value, ensure_ascii=False)
    for char, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                          ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escaped)
    return text


def vis_data(G: nx.MultiDiGraph, layout: str = "physics", evidence_link: str | None = None, *, lang: str = "zh",
             relation_name=None, type_name=None) -> dict:
    """vis-network's ``nodes``, ``edges`` and ``options`` for `G`, made by pyvis: each edge with its
    stated ``relation``, its ``label`` in `lang` (`relation_name`) and an ``id`` that is the same for the
    same link in any drawing; each node with its ``typeName`` in `lang` (`type_name`)."""
    net = Network(directed=True, cdn_resources="in_line")
    for node, data in G.nodes(data=True):
        style = TYPE_STYLE.get(data.get("type"), OTHER_STYLE)
        label = str(data.get("label") or node)
        extra = {"level": data["level"]} if layout == "tree" and data.get("level") is not None else {}
        type_ = data.get("type") or ""
        net.add_node(str(node), label=_short(label), shape=style["shape"], color=style["color"],
                     fullLabel=label, type=type_, typeName=(type_name or own_type_name)(type_, lang),
                     documents=list(data.get("documents", [])), aliases=list(data.get("aliases", [])), **extra)
    for source, target, data in G.edges(data=True):
        relation = data.get("relation") or ""
        evidence = [{**item, "href": _link(evidence_link, item)} if evidence_link else dict(item)
                    for item in data.get("evidence", [])]
        net.add_edge(str(source), str(target), label=relation_name(relation, lang) if relation_name else relation,
                     relation=relation, evidence=evidence, id=f"{source}|{relation}|{target}")
    net.options = _options(layout, G.number_of_nodes())
    nodes, edges, _heading, _height, _width, options = net.get_network_data()
    return {"nodes": nodes, "edges": edges, "options": json.loads(options)}


def _options(layout: str, size: int) -> dict:
    options = {
        "nodes": {"font": {"face": _FONT, "size": 14}, "size": 14, "borderWidth": 1,
                  "scaling": {"label": {"drawThreshold": 6}}},
        "edges": {"font": {"face": _FONT, "size": 10, "align": "middle", "color": "#555"},
                  "color": {"color": "#b0b0b0", "highlight": "#333"}, "arrows": {"to": {"scaleFactor": 0.5}},
                  "smooth": False},
        "interaction": {"hover": True, "tooltipDelay": 150, "navigationButtons": False, "keyboard": False,
                        "hideEdgesOnDrag": size > 500, "hideEdgesOnZoom": size > 1000},
    }
    if layout == "tree":
        options["layout"] = {"hierarchical": {"enabled": True, "direction": "UD", "sortMethod": "directed",
                                              "levelSeparation": 110, "nodeSpacing": 100, "shakeTowards": "roots"}}
        options["physics"] = _TREE_PHYSICS
        # labels wrap under their node, so a wide level stays narrow enough to read once fitted
        options["nodes"]["widthConstraint"] = {"maximum": 96}
    else:
        options["layout"] = {"randomSeed": 7, "improvedLayout": size <= 150}
        iterations = max(50, min(250, ITERATION_BUDGET // max(size, 1)))
        options["physics"] = {**_PHYSICS, "stabilization": {"enabled": True, "iterations": iterations,
                                                            "updateInterval": 25, "fit": True}}
    return options


def _short(label: str) -> str:
    return label if len(label) <= LABEL_LENGTH else label[:LABEL_LENGTH - 1] + "…"


def _link(pattern: str, item: dict) -> str:
    return pattern.format(document=quote(str(item["document"]), safe=""), start=int(item["start"]),
                          end=int(item["end"]))


@cache
def _library(name: str) -> str:
    """A script or stylesheet to inline: vis-network's (pyvis's copy) or the page's own (``static/``)."""
    folder = _VIS if name.startswith("vis-") else Path(__file__).parent / "static"
    text = (folder / name).read_text(encoding="utf-8")
    if "</script" in text.lower() or "</style" in text.lower():  # would end the inline block early
        raise RuntimeError(f"{name} cannot be inlined: it contains a closing tag")
    return text


@cache
def _template() -> jinja2.Template:
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined, keep_trailing_newline=True)
    return env.from_string(files("tifa.views").joinpath("templates/network.html").read_text(encoding="utf-8"))
