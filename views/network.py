"""The knowledge graph as a networkx graph: entities are nodes, stated links are edges that carry
the sentences stating them.

>>> G = load_network(store)                                                  # doctest: +SKIP
>>> node = find_nodes(G, "四区两城")[0]                                        # doctest: +SKIP
>>> G.nodes[node]["type"], G.nodes[node]["label"]                            # doctest: +SKIP
('slogan', '四区两城')
>>> [(G.nodes[v]["label"], data["relation"]) for _, v, data in G.out_edges(node, data=True)][:1]  # doctest: +SKIP
[('承接产业转移示范区', 'hasComponent')]

Nodes are keyed by IRI and carry ``label``, ``type`` (slogan, component, programme, section, project,
park, enterprise, place), ``aliases`` and ``documents``. Edges run the way the link is stated
(slogan → component, park → project, project → place …), keyed by ``relation``, and carry
``evidence`` (``[{"document", "text", "start", "end"}]``). Only reified (stated) links become
edges, so inferred shortcuts never show. A section joins its enclosing section by a
``hasSubSection`` edge when both are in the graph (a chapter realising a component lists its projects
in its sections); its evidence is the sub-section's heading.
"""

from __future__ import annotations

from collections import defaultdict

import networkx as nx
import pyoxigraph as ox

from tifa.ontology.types import FACT_TYPES, NODE_TYPES

from tifa.queries.aliases import alias_iris, key_names
from tifa.queries.facts import BATCH, SPARQL_PREFIXES, Facts, NodeFacts
from tifa.store.sparqltext import with_values

_TYPE_OF_CLASS = {str(t.cls): t.name for t in FACT_TYPES.values()}

_STATEMENTS = SPARQL_PREFIXES + """
SELECT DISTINCT ?s ?p ?o ?ev WHERE {
  ?statement a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; prov:wasDerivedFrom ?ev .
}"""

# the links stated from (``subject``) or to (``object``) the bound ?node
_STATEMENTS_AT = SPARQL_PREFIXES + """
SELECT DISTINCT ?s ?p ?o ?ev WHERE {
  ?statement rdf:%s ?node ; a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; prov:wasDerivedFrom ?ev .
}"""

_SECTIONS = SPARQL_PREFIXES + """
SELECT ?section ?start ?title WHERE { ?section a tifa:Section ; tifa:start ?start ; dcterms:title ?title }"""


def load_network(store, *, document: str | None = None, types=None, around: str | None = None,
                 near: str | None = None, depth: int = 1) -> nx.MultiDiGraph:
    """All stated links of the store as a MultiDiGraph (see the module docstring).

    `document` keeps the links stated in that document (and the nodes they join); `types` keeps the
    nodes of those types (e.g. ``{"slogan", "component", "project"}``) and the links between them.
    Entities with no link at all are left out. `around` (an IRI, not a section's) keeps the links stated
    to or from that node, read by queries bound to it: the cost of its links, whatever the size of the
    store (the links between sections are left out: a section's nearest enclosing one in the graph
    depends on the whole graph). `near` keeps the links within `depth` steps of that node and the links
    among the nodes they reach (`neighbourhood` of the whole network, but for those links between
    sections), read step by step.
    """
    if around is None and near is None:
        facts, rows = Facts(store), store.select(_STATEMENTS)
    else:
        node = around or near
        rows = _statements_at(store, [node], ("subject", "object"))
        if near is not None:
            rows = _statements_near(store, node, rows, depth)
        facts = NodeFacts(store, {node} | {row[end] for row in rows for end in ("s", "o")}, {row["ev"] for row in rows})
    evidence = facts.evidence()
    G = nx.MultiDiGraph()
    for row in rows:
        item = evidence.get(row["ev"])
        if item is None or (document and item["document"] != document):
            continue
        relation = row["p"].rsplit("#", 1)[-1]
        if G.has_edge(row["s"], row["o"], key=relation):
            found = G.edges[row["s"], row["o"], relation]["evidence"]
            if item not in found:
                found.append(item)
        else:
            G.add_edge(row["s"], row["o"], key=relation, relation=relation, evidence=[item])
    if around is None and near is None:
        _join_sections(store, facts, G)
    types_of = defaultdict(set)
    for cls, type_ in _TYPE_OF_CLASS.items():
        for iri in facts.instances(cls) & set(G):
            types_of[iri].add(type_)
    for iri in list(G):
        found = types_of.get(iri)
        if not found:  # an end without a known class (a document, say) is not an entity
            G.remove_node(iri)
            continue
        G.nodes[iri].update(
            label=facts.label(iri),
            type=min(found, key=NODE_TYPES.index),
            aliases=sorted(facts.objects("skos:altLabel").get(iri, set()) - {facts.label(iri)}),
            documents=facts.documents_of(iri),
        )
    for _, _, data in G.edges(data=True):
        data["evidence"].sort(key=lambda e: (e["document"], e["start"], e["end"]))
    if types is not None:
        G.remove_nodes_from([n for n, t in G.nodes(data="type") if t not in set(types)])
    return G


def _join_sections(store, facts: Facts, G: nx.MultiDiGraph) -> None:
    """Add the chain of sub-sections between two sections of `G` (chapter → section → …)."""
    parents = {child: min(found) for child, found in facts.objects("tifa:subSectionOf").items()}
    in_graph = set(G) & set(parents) | set(G) & set(facts.subjects("tifa:subSectionOf"))
    headings = None
    for section in in_graph:
        chain, above = [section], parents.get(section)
        while above is not None and above not in G:
            chain.append(above)
            above = parents.get(above)
        if above is None:
            continue
        if headings is None:
            headings = {row["section"]: row for row in store.select(_SECTIONS)}
        chain.append(above)
        for child, parent in zip(chain, chain[1:]):
            row = headings.get(child)
            heading = ([{"document": facts.documents_of(child)[0], "text": row["title"], "start": int(row["start"]),
                         "end": int(row["start"]) + len(row["title"])}] if row and facts.documents_of(child) else [])
            G.add_edge(parent, child, key="hasSubSection", relation="hasSubSection", evidence=heading)


def find_nodes(G: nx.Graph, text: str) -> list[str]:
    """The nodes whose IRI, label or alias is `text` (else whose key `text` resolves to, see
    `graph.aliases`), the most linked first.

    >>> G = nx.Graph(); G.add_node("a", label="四区两城", aliases=[]); G.add_node("b", label="x", aliases=["四区两城"])
    >>> G.add_edge("b", "c")
    >>> find_nodes(G, "四区两城")
    ['b', 'a']
    """
    found = [n for n, data in G.nodes(data=True)
             if n == text or data.get("label") == text or text in data.get("aliases", ())]
    if not found:  # another spelling of a name (何仙观水库工程): the entity its keys name
        iris, names = set(alias_iris(text)), key_names(text)
        found = [n for n, data in G.nodes(data=True) if n in iris or data.get("label") in names]
    return sorted(found, key=lambda n: (-G.degree(n), n))


def _statements_at(store, nodes: list[str], ends: tuple[str, ...]) -> list[dict]:
    """The stated links whose subject or object (`ends`) is one of `nodes`, read in batches."""
    return [row for end in ends for start in range(0, len(nodes), BATCH)
            for row in store.select(with_values(_STATEMENTS_AT % end, "node",
                                                [ox.NamedNode(n) for n in nodes[start:start + BATCH]]))]


def _statements_near(store, node: str, rows: list[dict], depth: int) -> list[dict]:
    """The stated links within `depth` steps of `node` (`rows`: its own), then the links among the nodes
    reached last, whose other links are further away."""
    reached, last = {node}, {node}
    for step in range(depth):
        if step:
            rows += _statements_at(store, sorted(last), ("subject", "object"))
        last = {row[end] for row in rows for end in ("s", "o")} - reached
        reached |= last
    return rows + [row for row in _statements_at(store, sorted(last), ("subject",)) if row["o"] in last]


def neighbourhood(G: nx.MultiDiGraph, node: str, depth: int = 1) -> nx.MultiDiGraph:
    """The nodes within `depth` links of `node` (either direction) and the links among them.

    >>> G = nx.MultiDiGraph([("a", "b"), ("b", "c"), ("d", "c")])
    >>> sorted(neighbourhood(G, "a", 2))
    ['a', 'b', 'c']
    """
    near = nx.single_source_shortest_path_length(G.to_undirected(as_view=True), node, cutoff=depth)
    return G.subgraph(near).copy()


def trace_network(tree: dict) -> nx.MultiDiGraph:
    """A trace (``{"root": NODE}`` as `tifa trace --json` prints it) as a graph, each node with its
    ``level`` (distance from the root) for a top-down layout.

    >>> leaf = {"id": "c", "label": "C", "type": "component", "relation": "hasComponent",
    ...         "evidence": [], "children": []}
    >>> G = trace_network({"root": {"id": "s", "label": "S", "type": "slogan", "relation": None,
    ...                              "evidence": [], "children": [leaf]}})
    >>> G.nodes["c"]["level"], list(G.edges(keys=True))
    (1, [('s', 'c', 'hasComponent')])
    """
    G = nx.MultiDiGraph()
    stack = [(tree["root"], None, 0)]
    while stack:
        node, parent, level = stack.pop()
        if node["id"] not in G or G.nodes[node["id"]].get("level", level) > level:
            G.add_node(node["id"], label=node["label"], type=node["type"], level=level,
                       aliases=[], documents=sorted({e["document"] for e in node["evidence"]}))
        if parent is not None:
            G.add_edge(parent, node["id"], key=node["relation"], relation=node["relation"],
                       evidence=node["evidence"])
        stack.extend((child, node["id"], level + 1) for child in node["children"])
    return G
