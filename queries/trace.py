"""`tifa trace`: how a slogan reaches down to sections, programmes, projects, parks and places
(or, with ``up=True``, which components and slogans an entity serves), every edge with the
sentences that state it.

The tree follows stated links only (the reified ``rdf:Statement`` of each link gives its
evidence), one batched query per level (`trace-down.rq` / `trace-up.rq`), so inferred shortcuts
never appear and the time grows with the depth of the tree, not with its width.

Rules worth knowing:

- **Root**: the entity whose prefLabel, altLabel or (components) wording is `label`, or the
  entity whose IRI `label` is. When several match, the type that traces furthest wins (slogan,
  component, programme, park, project, enterprise, place, indicator), then the one with the most
  stated links, then the most documents; the others are returned as ``alternatives`` so that a
  caller can trace one of them by its IRI.
- **Down** (default): slogan → components (labelled by the wording of the latest document),
  realising sections/programmes and the lower-level slogans aligned with it; component →
  sections/programmes; section (with its sub-sections) / programme → projects; project →
  parks, places, enterprises (context: shown, not expanded further); park → member parks and
  projects; enterprise → projects; place → what lies in it.
- **Up**: project → listing sections/programmes and hosting parks; section/programme → the
  components or slogans it (or an enclosing section) realises; a box's programme → the section holding it; component → slogan; slogan →
  higher-level slogans.
- Each entity is expanded once, where it first appears (breadth first); later appearances are
  leaves marked ``"repeated": true``. `depth` cuts the tree below the root; `document` keeps
  only the edges stated in that document.

>>> tree = trace(store, "四区两城", depth=1)                      # doctest: +SKIP
>>> [child["label"] for child in tree["root"]["children"]]       # doctest: +SKIP
['承接产业转移示范区', '精品农业先行区', '科教引领示范区', '社会治理样板区', '文化旅游名城', '生态宜居新城']
"""

from __future__ import annotations

from collections import defaultdict

import pyoxigraph as ox
from tifa.queries.aliases import find_by_key
from tifa.queries.facts import BATCH, evidence_of
from tifa.store.sparqltext import with_rows, with_values
from tifa.ontology.vocab import ID_BASE, TIFA, document_graph, document_id

from .library import QueryError, load

TYPES = {  # class → node type, in root priority order
    str(TIFA.Slogan): "slogan", str(TIFA.SloganComponent): "component", str(TIFA.Programme): "programme",
    str(TIFA.Park): "park", str(TIFA.Project): "project", str(TIFA.Enterprise): "enterprise",
    str(TIFA.Place): "place", str(TIFA.Section): "section", str(TIFA.Indicator): "indicator",
}
PRIORITY = list(TYPES.values())

# node type → relations followed from it, in the order children are listed
DOWN = {
    "slogan": ("hasComponent", "realisedBy", "alignedFrom"),
    "component": ("realisedBy",),
    "section": ("includesProgramme", "includesProject"),
    "programme": ("includesProject",),
    "project": ("hostedBy", "locatedIn", "involvesEnterprise"),
    "park": ("hasMemberPark", "hostsProject", "locatedIn"),
    "enterprise": ("involvedIn", "locatedIn"),
    "place": ("locationOf",),
}
UP = {
    "project": ("listedIn", "hostedBy"),
    "section": ("realises",),
    "programme": ("realises", "heldIn"),
    "component": ("componentOf",),
    "slogan": ("alignsWith",),
    "park": ("memberOf",),
    "enterprise": ("involvedIn",),
    "place": ("locatedIn",),
}
# reached by these, a node is context for its parent and is not expanded (a project's place
# would otherwise pull in everything else located there)
CONTEXT = {"hostedBy", "locatedIn", "involvesEnterprise"}

_ROOTS = """
SELECT ?name ?node ?class (COUNT(DISTINCT ?doc) AS ?documents) WHERE {
  ?node skos:prefLabel|skos:altLabel|tifa:wording ?name ; a ?class .
  OPTIONAL { ?node tifa:mentionedIn ?doc }
} GROUP BY ?name ?node ?class"""

_ROOT_BY_IRI = """
SELECT ?node ?class (COUNT(DISTINCT ?doc) AS ?documents) WHERE {
  ?node a ?class .
  OPTIONAL { ?node tifa:mentionedIn ?doc }
} GROUP BY ?node ?class"""

_LINK_COUNTS = """
SELECT ?node (COUNT(DISTINCT ?statement) AS ?links) WHERE {
  ?statement ?role ?node .
  FILTER(?role IN (rdf:subject, rdf:object))
} GROUP BY ?node"""

# one pattern from ?node (OPTIONALs would make Oxigraph scan); read from the union graph, as
# GRAPH ?g makes Oxigraph try every document graph for every node (seconds on large stores)
_NODES = """
SELECT ?node ?p ?value WHERE {
  ?node ?p ?value
  FILTER(?p IN (rdf:type, skos:prefLabel, dcterms:title, tifa:sectionStyle, tifa:headingNumber, tifa:position,
                tifa:wording))
}"""

# whose wording it is, asked only of the graphs of the documents that mention the node
_MENTIONS = """
SELECT ?node ?id WHERE { ?node tifa:mentionedIn ?doc . ?doc dcterms:identifier ?id }"""
_WORDINGS = """
SELECT ?node ?graph ?wording WHERE { GRAPH ?graph { ?node tifa:wording ?wording } }"""

_DOCUMENT_ORDER = """
SELECT ?id ?date ?plan WHERE {
  ?d a tifa:Document ; dcterms:identifier ?id .
  OPTIONAL { ?d dcterms:date ?date } OPTIONAL { ?d tifa:planYear ?plan }
}"""

# headings whose number the reader expects before the title (第35章 建设生态宜居新城)
_NUMBERED_HEADINGS = {"part": "第{}篇", "chapter": "第{}章", "section": "第{}节"}


def trace(store, label: str, *, depth: int | None = None, document: str | None = None,
          up: bool = False) -> dict:
    """The tree below (or, with `up`, above) the entity labelled `label`, as ``{"root": NODE}``
    with NODE = ``{"id", "label", "type", "relation", "evidence", "children"}`` (the README's JSON contract),
    plus ``alternatives``: the other entities carrying that label.

    `QueryError` when nothing carries the label.
    """
    candidates = find_roots(store, label)
    if not candidates:
        raise QueryError(f"nothing in the graph is labelled {label!r}")
    chosen = candidates[0]
    order: dict[str, tuple] = {}  # document id → sort key, of the documents met so far (`_order_documents`)
    root = _node(chosen["id"], chosen["type"], None, [])
    _describe(store, {chosen["id"]: [root]}, order)
    rules, query = (UP, load("trace-up").text) if up else (DOWN, load("trace-down").text)
    visited = {chosen["id"]}
    frontier = {chosen["id"]: root}
    level = 0
    while frontier and (depth is None or level < depth):
        level += 1
        found = _edges(store, query, frontier, rules, document, order)
        placed: dict[str, list[dict]] = defaultdict(list)
        next_frontier = {}
        for parent_id, parent in frontier.items():
            for (relation, child_id), evidence in found.get(parent_id, {}).items():
                child = _node(child_id, None, relation, evidence)
                if child_id in visited:
                    child["repeated"] = True
                elif relation not in CONTEXT:
                    visited.add(child_id)
                    next_frontier[child_id] = child
                parent["children"].append(child)
                placed[child_id].append(child)
        _describe(store, placed, order)
        for parent in frontier.values():
            _sort_children(parent, rules)
        frontier = next_frontier
    alternatives = [{key: c[key] for key in ("id", "label", "type", "documents")} for c in candidates[1:]]
    return {"root": root, "alternatives": alternatives}


def find_roots(store, label: str) -> list[dict]:
    """The entities `label` names, best root first: ``[{"id", "label", "type", "documents"}]``.

    `label` is matched exactly against prefLabel, altLabel and component wordings (plain or
    ``@zh``), or taken as an entity IRI when it starts with the entity namespace. When nothing
    carries it, any entity its resolution keys name (`graph.aliases.find_by_key`: 何仙观水库工程 →
    何仙观水库) is a root.
    """
    if label.startswith(ID_BASE):
        try:
            rows = store.select(with_values(_ROOT_BY_IRI, "node", [ox.NamedNode(label)]))
        except ValueError:  # not an IRI at all
            rows = []
    else:
        rows = store.select(with_values(_ROOTS, "name", [ox.Literal(label), ox.Literal(label, language="zh")]))
        if not rows and (keyed := find_by_key(store, label)):  # 何仙观水库工程 → project/何仙观水库
            rows = store.select(with_values(_ROOT_BY_IRI, "node", [ox.NamedNode(iri) for iri in keyed]))
    found: dict[str, dict] = {}
    for row in rows:
        type_ = TYPES.get(row["class"])
        if type_ is None:
            continue
        entry = found.setdefault(row["node"], {"id": row["node"], "label": label, "type": type_, "documents": 0})
        entry["documents"] = max(entry["documents"], int(row["documents"]))
        if PRIORITY.index(type_) < PRIORITY.index(entry["type"]):
            entry["type"] = type_
    links = _link_counts(store, list(found)) if len(found) > 1 else {}
    return sorted(found.values(), key=lambda c: (PRIORITY.index(c["type"]), -links.get(c["id"], 0),
                                                 -c["documents"], c["id"]))


def _link_counts(store, iris: list[str]) -> dict[str, int]:
    return {row["node"]: int(row["links"]) for row in store.select(_with_nodes(_LINK_COUNTS, iris))}


def _edges(store, query: str, frontier: dict[str, dict], rules: dict, document: str | None,
           order: dict[str, tuple]) -> dict[str, dict[tuple, list[dict]]]:
    """parent id → {(relation, child id): evidence} for the links the parents' types follow."""
    allowed = {iri: set(rules.get(node["type"], ())) for iri, node in frontier.items()}
    found: dict[str, dict[tuple, list[dict]]] = defaultdict(dict)
    rows = [row for row in store.select(_with_nodes(query, list(frontier)))
            if row["relation"] in allowed[row["node"]] and row["child"] != row["node"]]
    sentences = evidence_of(store, (row["evidence"] for row in rows))  # many links share one sentence
    _order_documents(store, order, (item["document"] for item in sentences.values()))
    for row in rows:
        item = sentences.get(row["evidence"])
        if item is None or (document and item["document"] != document):
            continue
        evidence = found[row["node"]].setdefault((row["relation"], row["child"]), [])
        if item not in evidence:
            evidence.append(item)
    for edges in found.values():
        for evidence in edges.values():
            evidence.sort(key=lambda e: e["start"])
            evidence.sort(key=lambda e: order.get(e["document"], ()), reverse=True)  # latest report first
    return found


def _describe(store, placed: dict[str, list[dict]], order: dict[str, tuple]) -> None:
    """Fill in the type and label of the nodes placed in the tree (a node may sit in several places)."""
    if not placed:
        return
    facts: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))  # node → property → values
    for row in store.select(_with_nodes(_NODES, list(placed))):
        facts[row["node"]][row["p"].rsplit("#", 1)[-1].rsplit("/", 1)[-1]].add(row["value"])
    worded = _latest_wordings(store, [iri for iri in placed if len(facts[iri]["wording"]) > 1], order)
    for iri, nodes in placed.items():
        known = [TYPES[t] for t in facts[iri]["type"] if t in TYPES]
        type_ = min(known, key=PRIORITY.index) if known else "entity"
        label = worded.get(iri) or _label(facts[iri]) or iri.rsplit("/", 1)[-1]
        for node in nodes:
            node["type"] = node["type"] or type_
            node["label"] = label
            if facts[iri]["position"]:
                node["position"] = int(min(facts[iri]["position"]))


def _latest_wordings(store, iris: list[str], order: dict[str, tuple]) -> dict[str, str]:
    """node → its wording in the latest document that words it, for components worded differently
    by different reports (two small queries: the documents mentioning each node, then each of
    those documents' graphs)."""
    if not iris:
        return {}
    rows = store.select(_with_nodes(_MENTIONS, iris))
    _order_documents(store, order, (row["id"] for row in rows))
    pairs = [(ox.NamedNode(row["node"]), ox.NamedNode(document_graph(row["id"]))) for row in rows]
    latest: dict[str, tuple[tuple, str]] = {}
    for row in store.select(with_rows(_WORDINGS, ("node", "graph"), pairs)):
        key = (order.get(document_id(row["graph"]), ()), row["wording"])
        latest[row["node"]] = max(latest.get(row["node"], key), key)
    return {iri: wording for iri, (_, wording) in latest.items()}


def _label(facts: dict[str, set[str]]) -> str | None:
    """What a reader calls the node: a component as its reports word it, a section as its heading,
    anything else by its prefLabel (the smallest, when a value is stated differently)."""
    if facts.get("wording"):
        return min(facts["wording"])
    if facts.get("title"):
        number = min(facts["headingNumber"]) if facts.get("headingNumber") else None
        return _heading(min(facts["title"]), min(facts.get("sectionStyle") or {""}), number)
    return min(facts["prefLabel"]) if facts.get("prefLabel") else None


def _heading(title: str, style: str, number: str | None) -> str:
    """A section's label as the report prints its heading: ``第35章 建设生态宜居新城``."""
    if number and style in _NUMBERED_HEADINGS:
        return f"{_NUMBERED_HEADINGS[style].format(number)} {title}"
    return title


def _sort_children(node: dict, rules: dict) -> None:
    relations = rules.get(node["type"], ())
    node["children"].sort(key=lambda c: (relations.index(c["relation"]) if c["relation"] in relations else 99,
                                         c.get("position", 0), _first_document(c), c["label"]))


def _first_document(node: dict) -> tuple:
    return (node["evidence"][0]["document"], node["evidence"][0]["start"]) if node["evidence"] else ("", 0)


def document_order(store, ids) -> dict[str, tuple]:
    """Document id → a key that sorts documents oldest first (by date, else plan year, else id), for the
    documents `ids` (read bound to them: the cost of the documents a tree or timeline meets, whatever the store's
    size; ids the store does not hold are left out).

    >>> document_order(store, ["lingling-2024-plan"])  # doctest: +SKIP
    {'lingling-2024-plan': ('2024-01-05', 'lingling-2024-plan')}
    """
    ids = sorted(set(ids))
    return {row["id"]: (row.get("date") or row.get("plan") or "", row["id"])
            for start in range(0, len(ids), BATCH)
            for row in store.select(with_values(_DOCUMENT_ORDER, "id", [ox.Literal(i) for i in ids[start:start + BATCH]]))}


def _order_documents(store, order: dict[str, tuple], ids) -> None:
    """Add to `order` (`document_order`) the documents of `ids` it does not hold yet."""
    order.update(document_order(store, set(ids) - order.keys()))


def _node(iri: str, type_: str | None, relation: str | None, evidence: list[dict]) -> dict:
    return {"id": iri, "label": None, "type": type_, "relation": relation, "evidence": evidence, "children": []}


def _with_nodes(query: str, iris: list[str]) -> str:
    """`query` with the IRIs bound to ?node, all at once (one query per tree level)."""
    return with_values(query, "node", [ox.NamedNode(iri) for iri in iris])
