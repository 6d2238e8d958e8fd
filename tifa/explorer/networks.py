"""The graphs the ``/network`` page draws: an entity's neighbourhood, a trace tree, or the triples of a
CONSTRUCT/DESCRIBE answer, each a networkx MultiDiGraph in the shape `tifa.graph.network` gives
(node ``label``/``type``/``aliases``/``documents``, edge ``relation``/``evidence``).

>>> G = triples_network([ox.Triple(ox.NamedNode("http://x/a"), ox.NamedNode("http://x#p"), ox.Literal("v"))], {})
>>> [(G.nodes[n]["label"], G.nodes[n]["type"]) for n in G], [k for _, _, k in G.edges(keys=True)]
([('a', 'resource'), ('v', 'literal')], ['p'])
"""

from __future__ import annotations

from urllib.parse import unquote

import networkx as nx
import pyoxigraph as ox

from tifa.graph.network import neighbourhood, trace_network
from tifa.queries.trace import trace

EVIDENCE_LINK = "/documents/{document}?start={start}&end={end}"
"""Where a network's evidence sentences link to: the sentence in its report."""

LITERAL_LABEL_LENGTH = 40


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


def page(G: nx.MultiDiGraph, title: str, *, layout: str = "physics", focus: str | None = None) -> str:
    """The interactive network page of `G` (`tifa.graph.render.network_html`), its evidence sentences
    linking to the explorer's document pages; a neighbourhood's `focus` is shown readable."""
    from tifa.graph.render import network_html

    return network_html(G, title=title, layout=layout, evidence_link=EVIDENCE_LINK, focus=focus)


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
