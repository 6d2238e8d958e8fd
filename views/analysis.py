"""Analysis of the linked graph (`load_network`): what connects the most projects, how the graph
falls apart into connected components, which entities the most reports mention, and the chains of
stated links between two entities (through specific entities rather than hubs).

>>> G = load_network(store)                                              # doctest: +SKIP
>>> [(c["label"], c["projects"]) for c in connectors(G, top=2)]          # doctest: +SKIP
[('四区两城', 62), ('2024年十大产业项目', 10)]
>>> [link["relation"] for link in chains(G, "四区两城", "何仙观水库")[0]["links"]]  # doctest: +SKIP
['hasComponent', 'realisedBy', 'includesProject']

Every function takes the MultiDiGraph of `tifa.views.network.load_network` (node attributes
``label``, ``type``, ``documents``; edge attributes ``relation``, ``evidence``) and returns plain
dicts, ready for JSON.
"""

from __future__ import annotations

from collections import Counter
from itertools import islice, pairwise

import networkx as nx

from .network import find_nodes

CONNECTOR_TYPES = ("slogan", "component", "section", "programme", "park")
"""The kinds of node that gather projects: a slogan through its components, a component through
the sections and programmes that realise it, a section or programme by listing them, a park by
hosting them (or through its member parks)."""

ACROSS = {"alignsWith"}
"""Relations that join two entities side by side rather than one above the other: not followed
when looking for the projects below a connector (a district slogan aligning with the city's must
not collect the city's projects)."""


def _node(G: nx.MultiDiGraph, node: str) -> dict:
    data = G.nodes[node]
    return {"id": node, "label": data["label"], "type": data["type"]}


def projects_below(G: nx.MultiDiGraph, node: str) -> set[str]:
    """The projects reached from `node` by following stated links downwards (slogan → component →
    section → sub-section → project, park → member park → project), stopping at projects and never
    passing through places or enterprises.

    >>> G = nx.MultiDiGraph([("s", "c", {"relation": "hasComponent"}), ("c", "x", {"relation": "realisedBy"}),
    ...                      ("x", "p", {"relation": "includesProject"}), ("x", "q", {"relation": "includesProject"})])
    >>> nx.set_node_attributes(G, {"s": "slogan", "c": "component", "x": "section", "p": "project", "q": "project"},
    ...                        "type")
    >>> sorted(projects_below(G, "s"))
    ['p', 'q']
    """
    found, seen, stack = set(), {node}, [node]
    while stack:
        for _, below, relation in G.out_edges(stack.pop(), data="relation"):
            kind = G.nodes[below]["type"]
            if below in seen or relation in ACROSS or kind not in (*CONNECTOR_TYPES, "project"):
                continue
            seen.add(below)
            if kind == "project":
                found.add(below)
            else:
                stack.append(below)
    return found


def project_graph(G: nx.MultiDiGraph) -> nx.Graph:
    """The bipartite graph connectors ↔ projects: a connector (see CONNECTOR_TYPES) is joined to
    every project it reaches downwards (`projects_below`), however many links lie between.

    Why this projection (and not one onto connectors alone): the question is "what connects the
    most projects", so projects stay in the graph and a connector's degree is simply the number of
    projects it gathers; betweenness on the same graph then measures bridging — a connector scores
    high when the shortest ways between projects (and between the connectors above them) run
    through it, i.e. when it joins groups of projects that nothing else joins. Folding projects
    away would count shared projects instead and lose how many projects a connector has.
    """
    B = nx.Graph()
    for node, kind in G.nodes(data="type"):
        if kind in CONNECTOR_TYPES:
            projects = projects_below(G, node)
            B.add_node(node, bipartite=0)
            B.add_nodes_from(projects, bipartite=1)
            B.add_edges_from((node, project) for project in projects)
    return B


def connectors(G: nx.MultiDiGraph, *, top: int | None = None, by: str = "projects") -> list[dict]:
    """Connectors ranked by the number of projects they gather (``by="projects"``, the degree in
    `project_graph`) or by their betweenness there (``by="betweenness"``); connectors reaching no
    project are left out. Each item: ``id, label, type, projects, betweenness, documents``.

    >>> G = nx.MultiDiGraph([("a", "p", {"relation": "includesProject"}), ("a", "q", {"relation": "includesProject"}),
    ...                      ("b", "q", {"relation": "hostsProject"}), ("b", "r", {"relation": "hostsProject"})])
    >>> for n, kind in {"a": "programme", "b": "park", "p": "project", "q": "project", "r": "project"}.items():
    ...     G.nodes[n].update(type=kind, label=n.upper(), documents=["d"])
    >>> [(c["label"], c["projects"], c["betweenness"]) for c in connectors(G)]
    [('A', 2, 0.5), ('B', 2, 0.5)]
    """
    if by not in ("projects", "betweenness"):
        raise ValueError(f"rank by 'projects' or 'betweenness', not {by!r}")
    B = project_graph(G)
    betweenness = nx.betweenness_centrality(B) if B.number_of_edges() else {}
    items = [{**_node(G, node), "projects": B.degree(node), "betweenness": round(betweenness.get(node, 0.0), 4),
              "documents": G.nodes[node]["documents"]}
             for node, side in B.nodes(data="bipartite") if side == 0 and B.degree(node)]
    other = "betweenness" if by == "projects" else "projects"
    items.sort(key=lambda item: (-item[by], -item[other], item["label"]))
    return items[:top]


def connected_components(G: nx.MultiDiGraph, *, main: int = 5) -> list[dict]:
    """The graph's connected components (links taken in either direction), largest first: each
    with its ``size``, its node ``types`` counted and its ``main`` nodes (the most linked ones).

    >>> G = nx.MultiDiGraph([("a", "b"), ("a", "c"), ("d", "e")])
    >>> nx.set_node_attributes(G, "project", "type"); nx.set_node_attributes(G, {n: n.upper() for n in G}, "label")
    >>> [(c["size"], [m["label"] for m in c["main"][:1]]) for c in connected_components(G)]
    [(3, ['A']), (2, ['D'])]
    """
    out = []
    for nodes in nx.weakly_connected_components(G):
        ranked = sorted(nodes, key=lambda n: (-G.degree(n), G.nodes[n]["label"]))
        out.append({"size": len(nodes), "types": dict(Counter(G.nodes[n]["type"] for n in nodes).most_common()),
                    "main": [{**_node(G, n), "links": G.degree(n)} for n in ranked[:main]]})
    out.sort(key=lambda part: (-part["size"], part["main"][0]["label"]))
    return out


def most_reported(G: nx.MultiDiGraph, *, top: int | None = None) -> list[dict]:
    """Entities ranked by the number of reports that mention them (node attribute ``documents``),
    then by their number of links. Each item: ``id, label, type, documents, links``.

    >>> G = nx.MultiDiGraph([("a", "b")])
    >>> G.nodes["a"].update(label="A", type="project", documents=["d1", "d2"])
    >>> G.nodes["b"].update(label="B", type="place", documents=["d1"])
    >>> [(e["label"], len(e["documents"])) for e in most_reported(G)]
    [('A', 2), ('B', 1)]
    """
    ranked = sorted(G, key=lambda n: (-len(G.nodes[n]["documents"]), -G.degree(n), G.nodes[n]["label"]))
    return [{**_node(G, n), "documents": G.nodes[n]["documents"], "links": G.degree(n)} for n in ranked[:top]]


def chains(G: nx.MultiDiGraph, a: str, b: str, *, k: int = 1, avoid_hubs: bool = True) -> list[dict]:
    """Up to `k` chains of stated links between the entities labelled `a` and `b` (labels, aliases or
    IRIs, resolved by `find_nodes`; when a label names several nodes, any of them may start or end a
    chain), best first. Links count in either direction.

    How chains are ranked: every entity costs its degree (how many entities it is linked to), and a
    chain costs the degrees of the entities it passes through (each link costs the mean degree of its
    two ends, so the two ends weigh the same on every chain). With `avoid_hubs` (the default) the
    cheapest chains win, so a chain through a project's own section and park beats a shorter one
    through 湖南省, which hundreds of things are located in. Without it the fewest links win, and
    among those the cheapest. Several chains are the `k` cheapest loopless ones (Yen's algorithm,
    `networkx.shortest_simple_paths`).

    Each chain is ``{"source": NODE, "target": NODE, "links": [LINK…], "cost"}`` where NODE is ``{id,
    label, type}`` and each LINK, in order from `a` to `b`, is ``{"from": NODE, "to": NODE, "relation",
    "direction", "evidence": [{document, text, start, end}…]}``; ``direction`` is ``"forward"`` when
    the report states the link from → to (e.g. park hostsProject project) and ``"backward"`` when it
    states it to → from. Where two entities are joined by several stated links, a forward one is
    shown first, then by relation name. ``cost`` is the sum of the degrees of the entities between
    the ends.

    Raises LookupError when a label names no entity, ValueError when no chain joins them.

    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edges_from([("a", "hub"), ("hub", "b"), ("a", "x"), ("x", "y"), ("y", "b")]
    ...                      + [("hub", f"p{n}") for n in range(5)], relation="r", evidence=[])
    >>> for n in G: G.nodes[n].update(label=n, type="project", aliases=[])
    >>> [[link["to"]["label"] for link in chain["links"]] for chain in chains(G, "a", "b", k=2)]
    [['x', 'y', 'b'], ['hub', 'b']]
    >>> [link["to"]["label"] for link in chains(G, "a", "b", avoid_hubs=False)[0]["links"]]
    ['hub', 'b']
    """
    starts, ends = _resolve(G, a), _resolve(G, b)
    if set(starts) & set(ends):
        same = next(n for n in starts if n in ends)
        return [{"source": _node(G, same), "target": _node(G, same), "links": [], "cost": 0}]
    U = nx.Graph()  # who is linked to whom, once, either way (G's own data untouched)
    U.add_nodes_from(G)
    U.add_edges_from(G.edges())
    degree = dict(U.degree())
    per_link = 0 if avoid_hubs else 2 * U.number_of_edges() + 1  # more than any chain's degrees
    for here, there, data in U.edges(data=True):
        data["cost"] = per_link + (degree[here] + degree[there]) / 2
    source, target = object(), object()  # every start and every end, joined for free
    U.add_edges_from(((source, n) for n in starts), cost=0)
    U.add_edges_from(((n, target) for n in ends), cost=0)
    found = []
    try:
        for nodes in islice(nx.shortest_simple_paths(U, source, target, weight="cost"), k):
            nodes = nodes[1:-1]
            found.append({"source": _node(G, nodes[0]), "target": _node(G, nodes[-1]),
                          "links": [_link(G, here, there) for here, there in pairwise(nodes)],
                          "cost": sum(degree[n] for n in nodes[1:-1])})
    except nx.NetworkXNoPath:
        raise ValueError(f"no chain of links joins {a!r} and {b!r} "
                         "(they lie in different parts of the graph)") from None
    return found


def shortest_path(G: nx.MultiDiGraph, a: str, b: str) -> dict:
    """The chain of the fewest stated links between `a` and `b`; among equally short ones, the one
    through the least linked entities (`chains` with ``avoid_hubs=False``).

    >>> G = nx.MultiDiGraph([("a", "b", {"relation": "r", "evidence": []}), ("c", "b", {"relation": "s", "evidence": []})])
    >>> for n in G: G.nodes[n].update(label=n.upper(), type="project", aliases=[])
    >>> [(x["from"]["label"], x["relation"], x["direction"], x["to"]["label"]) for x in shortest_path(G, "A", "C")["links"]]
    [('A', 'r', 'forward', 'B'), ('B', 's', 'backward', 'C')]
    """
    return chains(G, a, b, avoid_hubs=False)[0]


def _resolve(G: nx.MultiDiGraph, label: str) -> list[str]:
    found = find_nodes(G, label)
    if not found:
        raise LookupError(f"no linked entity labelled {label!r} in the graph", label)
    return found


def _link(G: nx.MultiDiGraph, here: str, there: str) -> dict:
    """The stated link between two neighbours, a forward one (here → there) first."""
    stated = [("forward", data) for data in G.get_edge_data(here, there, default={}).values()]
    stated += [("backward", data) for data in G.get_edge_data(there, here, default={}).values()]
    direction, data = min(stated, key=lambda item: (item[0] != "forward", item[1]["relation"]))
    return {"from": _node(G, here), "to": _node(G, there), "relation": data["relation"],
            "direction": direction, "evidence": data["evidence"]}
