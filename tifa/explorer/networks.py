"""The graphs the ``/network`` page draws: an entity's neighbourhood, a trace tree, or the triples of a
CONSTRUCT/DESCRIBE answer, each a networkx MultiDiGraph in the shape `tifa.views.network` gives
(node ``label``/``type``/``aliases``/``documents``, edge ``relation``/``evidence``); and the page itself,
in the reader's language, whose nodes open their neighbours in place (``/network.json?focus=IRI``).
vis-network's data comes from `tifa.views.render` (the same drawing `tifa viz` writes to a file).

>>> G = triples_network([ox.Triple(ox.NamedNode("http://x/a"), ox.NamedNode("http://x#p"), ox.Literal("v"))], {})
>>> [(G.nodes[n]["label"], G.nodes[n]["type"]) for n in G], [k for _, _, k in G.edges(keys=True)]
([('a', 'resource'), ('v', 'literal')], ['p'])
"""

from __future__ import annotations

from urllib.parse import unquote

import networkx as nx
import pyoxigraph as ox

from starlette.responses import HTMLResponse

from tifa.queries.trace import trace
from tifa.views import render
from tifa.views.network import neighbourhood, trace_network

from .i18n import relation_name, type_name
from .rendering import request_language

EVIDENCE_LINK = "/documents/{document}?start={start}&end={end}"
"""Where a network's evidence sentences link to: the sentence in its report."""

LITERAL_LABEL_LENGTH = 40
EXPANSION_LIMIT = 60
"""Most neighbours one click on a node adds (the most connected first; the panel says how many more)."""


def focus_network(G: nx.MultiDiGraph, node: str, depth: int) -> nx.MultiDiGraph:
    """The links within `depth` steps of `node` (an empty graph when `node` has no link)."""
    if node not in G:
        return nx.MultiDiGraph()
    return neighbourhood(G, node, depth)


def trace_tree_network(store, label: str, *, up: bool = False, depth: int | None = None) -> nx.MultiDiGraph:
    """The trace tree of `label` (`tifa.queries.trace.trace`) as a graph with a ``level`` per node."""
    return trace_network(trace(store, label, up=up, depth=depth))


def triples_network(triples, entities: dict[str, dict]) -> nx.MultiDiGraph:
    """Triples as a graph: subjects and objects are nodes (an entity known to the explorer keeps its
    label and type; other IRIs are labelled by their last segment, literals by their text), each
    triple an edge keyed by the predicate's local name."""
    G = nx.MultiDiGraph()
    for triple in triples:
        ends = []
        for term in (triple.subject, triple.object):
            key = _key(term)
            if key not in G:
                known = entities.get(term.value) if isinstance(term, ox.NamedNode) else None
                G.add_node(key, label=known["label"] if known else _label(term),
                           type=known["type"] if known else "literal" if isinstance(term, ox.Literal) else "resource",
                           aliases=[], documents=known["documents"] if known else [])
            ends.append(key)
        relation = _local_name(triple.predicate.value)
        G.add_edge(*ends, key=relation, relation=relation, evidence=[])
    return G


def page(request, G: nx.MultiDiGraph, title: str, *, layout: str = "physics", focus: str | None = None,
         expandable: bool = False, titles: dict[str, str] | None = None) -> HTMLResponse:
    """The interactive network page of `G` in the reader's language: vis-network drawing it, relations and
    types named in that language (the stated names in tooltips), evidence sentences linking to the
    document pages; a neighbourhood's `focus` is shown readable. When `expandable`, a click on a node
    also draws its neighbours in place (`neighbours_data`, asked from ``/network.json``). Reports are
    named by their `titles` (document id → title)."""
    lang = request_language(request)
    total = G.number_of_nodes()
    roots = [n for n, level in G.nodes(data="level") if level == 0]
    G, _ = render.cut_by_degree(G, render.LIMIT, keep=[*([focus] if focus else []), *roots])
    data = vis_data(G, layout, lang, titles) | {"focus": focus if focus in G else None, "entity": "/entity?id=",
                                                "expand": "/network.json?focus=" if expandable else None}
    return HTMLResponse(render.page_html(data, title=title, lang=lang, total=total, assets="/assets/"))


def neighbours_data(G: nx.MultiDiGraph, node: str, lang: str, titles: dict[str, str] | None = None,
                    limit: int = EXPANSION_LIMIT) -> dict:
    """What a click on `node` adds to a network: its links and the nodes at their other ends, as
    vis-network data (``{"nodes", "edges", "more"}``), the `limit` most connected neighbours first and
    ``more`` saying how many were left out.

    >>> G = nx.MultiDiGraph()
    >>> for n in "abc": G.add_node(n, label=n.upper(), type="project", aliases=[], documents=[])
    >>> _ = G.add_edge("a", "b", key="locatedIn", relation="locatedIn", evidence=[])
    >>> _ = G.add_edge("c", "a", key="locatedIn", relation="locatedIn", evidence=[])
    >>> found = neighbours_data(G, "a", "zh", {}, limit=1)
    >>> sorted(n["id"] for n in found["nodes"]), [e["label"] for e in found["edges"]], found["more"]
    (['a', 'b'], ['位于'], 1)
    """
    if node not in G:
        return {"nodes": [], "edges": [], "more": 0}
    around = focus_network(G, node, 1)
    cut, dropped = render.cut_by_degree(around, limit + 1, keep=[node])
    return vis_data(cut, "physics", lang, titles) | {"more": dropped}


def vis_data(G: nx.MultiDiGraph, layout: str, lang: str, titles: dict[str, str] | None = None) -> dict:
    """vis-network's nodes, edges and options for `G` (`tifa.views.render`), each edge labelled with its
    relation in `lang` (``relation`` keeps the stated name, ``id`` is the same for the same link in any
    drawing), each node with its type's name in `lang`, evidence linking to the document pages; ``titles``
    names the reports they cite."""
    data = render.vis_data(G, layout, EVIDENCE_LINK, lang=lang, relation_name=relation_name, type_name=type_name)
    cited = ({d for node in data["nodes"] for d in node["documents"]}
             | {e["document"] for edge in data["edges"] for e in edge["evidence"]})
    return data | {"titles": {d: (titles or {})[d] for d in cited if d in (titles or {})}}


def _key(term) -> str:
    if isinstance(term, ox.Literal):
        return str(term)  # quoted N-Triples form: never equal to an IRI
    if isinstance(term, ox.BlankNode):
        return "_:" + term.value
    return term.value


def _label(term) -> str:
    if isinstance(term, ox.Literal):
        text = term.value
        return text if len(text) <= LITERAL_LABEL_LENGTH else text[:LITERAL_LABEL_LENGTH - 1] + "…"
    if isinstance(term, ox.BlankNode):
        return "_:" + term.value
    return _local_name(term.value)


def _local_name(iri: str) -> str:
    return unquote(iri.rstrip("/#").rsplit("#", 1)[-1].rsplit("/", 1)[-1]) or iri
