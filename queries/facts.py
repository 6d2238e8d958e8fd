"""Reading the store one kind of fact at a time, de-duplicated, and joining in Python.

An entity named by many documents has its triples in each of their graphs; a SPARQL join of several
patterns about it multiplies those copies, so the readers of the whole graph (`tifa list`, the
networkx view) ask one small question per predicate and join the answers here — linear in the graph.

>>> facts = Facts(store)                                                   # doctest: +SKIP
>>> facts.objects("skos:prefLabel")["https://w3id.org/tifa/id/place/零陵区"]   # doctest: +SKIP
{'零陵区'}
>>> facts.label("https://w3id.org/tifa/id/component/四区两城@零陵区·6")          # doctest: +SKIP
'生态宜居新城'
"""

from __future__ import annotations

import sys
import threading
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from itertools import product

import pyoxigraph as ox
from tifa.ontology.vocab import PREFIXES, TIFA, document_graph, document_id, document_id_of

from tifa.store.sparqltext import with_rows, with_values

SPARQL_PREFIXES = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())

_EVIDENCE = SPARQL_PREFIXES + """
SELECT ?ev ?doc ?text ?start ?end WHERE {
  ?ev a tifa:Evidence ; tifa:text ?text ; tifa:start ?start ; tifa:end ?end ; tifa:inDocument ?d .
  ?d dcterms:identifier ?doc .
}"""

_EVIDENCE_OF = SPARQL_PREFIXES + """
SELECT ?ev ?doc ?text ?start ?end WHERE {
  ?ev tifa:text ?text ; tifa:start ?start ; tifa:end ?end ; tifa:inDocument/dcterms:identifier ?doc .
}"""

# the same, for a caller that knows the documents' ids (document IRI → id): one lookup less per sentence
_EVIDENCE_IN = SPARQL_PREFIXES + """
SELECT ?ev ?d ?text ?start ?end WHERE { ?ev tifa:text ?text ; tifa:start ?start ; tifa:end ?end ; tifa:inDocument ?d }"""

_WORDINGS = SPARQL_PREFIXES + "SELECT ?c ?wording ?g WHERE { GRAPH ?g { ?c tifa:wording ?wording } }"

_PROPERTIES = "SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o FILTER(?p IN (%s)) }"

# the documents a node is mentioned in or read from: the graphs its wordings can be in
_MENTIONS = SPARQL_PREFIXES + """
SELECT DISTINCT ?c ?id WHERE { { ?c tifa:mentionedIn ?d } UNION { ?c prov:wasDerivedFrom/tifa:inDocument ?d }
                               ?d dcterms:identifier ?id }"""

# what `label_from` reads of a node
LABEL_PREDICATES = ("skos:prefLabel", "dcterms:title", "tifa:sectionStyle", "tifa:headingNumber")

# the classes whose nodes carry a wording per document (tifa:wording)
WORDED_CLASSES = {str(TIFA.SloganComponent), str(TIFA.ProgrammeItem)}

# how many nodes one bound query asks about (a VALUES block of this many IRIs)
BATCH = 500

# headings whose number the reader expects before the title (第35章 建设生态宜居新城)
_NUMBERED_HEADINGS = {"part": "第{}篇", "chapter": "第{}章", "section": "第{}节"}


class Facts:
    """De-duplicated facts of one kind, fetched once and cached."""

    def __init__(self, store):
        self.store = store
        self._cache: dict[str, dict] = {}

    def objects(self, predicate: str) -> dict[str, set[str]]:
        """subject → the set of objects of `predicate` (a prefixed name), over all graphs."""
        if predicate not in self._cache:
            found = defaultdict(set)
            for row in self.store.select(f"{SPARQL_PREFIXES}SELECT DISTINCT ?s ?o WHERE {{ ?s {predicate} ?o }}"):
                found[row["s"]].add(row["o"])
            self._cache[predicate] = found
        return self._cache[predicate]

    def subjects(self, predicate: str) -> dict[str, set[str]]:
        """object → the set of subjects of `predicate` (the inverse view of `objects`)."""
        key = f"^{predicate}"
        if key not in self._cache:
            inverse = defaultdict(set)
            for subject, objects in self.objects(predicate).items():
                for obj in objects:
                    inverse[obj].add(subject)
            self._cache[key] = inverse
        return self._cache[key]

    def instances(self, cls) -> set[str]:
        """IRIs of the instances of `cls`."""
        return {row["s"] for row in self.store.select(f"SELECT DISTINCT ?s WHERE {{ ?s a <{cls}> }}")}

    def label(self, iri: str) -> str:
        """What a reader calls the node (see `label_from`)."""
        return label_from(iri, {predicate: self.objects(predicate).get(iri, set()) for predicate in LABEL_PREDICATES},
                          self.wordings().get(iri))

    def document_ids(self) -> dict[str, str]:
        """document IRI → document id."""
        return {iri: min(ids) for iri, ids in self.objects("dcterms:identifier").items()}

    def documents_of(self, iri: str) -> list[str]:
        """Ids of the documents that mention `iri` (or hold it, for a section), sorted."""
        ids = self.document_ids()
        docs = self.objects("tifa:mentionedIn").get(iri) or self.objects("tifa:inDocument").get(iri, ())
        return sorted({ids[d] for d in docs if d in ids})

    def evidence(self) -> dict[str, dict]:
        """evidence IRI → ``{"document", "text", "start", "end"}`` (the contract's evidence dict)."""
        if "evidence" not in self._cache:
            self._cache["evidence"] = {row["ev"]: {"document": row["doc"], "text": row["text"],
                                                   "start": int(row["start"]), "end": int(row["end"])}
                                       for row in self.store.select(_EVIDENCE)}
        return self._cache["evidence"]

    def wordings(self) -> dict[str, dict[str, str]]:
        """component IRI → {document id: the component's wording in that document}."""
        if "wordings" not in self._cache:
            found = defaultdict(dict)
            for row in self.store.select(_WORDINGS):
                found[row["c"]][document_id(row["g"])] = row["wording"]
            self._cache["wordings"] = found
        return self._cache["wordings"]


class NodeFacts(Facts):
    """What `Facts` gives of some nodes only (and of the evidence nodes `evidence`), read by queries bound
    to them: the cost of those nodes, whatever the size of the graph."""

    def __init__(self, store, nodes, evidence=()):
        super().__init__(store)
        self.nodes, self.evidence_nodes = set(nodes), set(evidence)

    def objects(self, predicate: str) -> dict[str, set[str]]:
        if predicate not in self._cache:
            found = properties(self.store, self.nodes, [predicate])
            self._cache[predicate] = defaultdict(set, {node: values[predicate] for node, values in found.items()})
        return self._cache[predicate]

    def instances(self, cls) -> set[str]:
        return {node for node, types in self.objects("rdf:type").items() if str(cls) in types}

    def documents_of(self, iri: str) -> list[str]:  # the ids from the documents' IRIs: no look-up of every document
        documents = self.objects("tifa:mentionedIn").get(iri) or self.objects("tifa:inDocument").get(iri, ())
        return sorted(map(document_id_of, documents))

    def evidence(self) -> dict[str, dict]:
        if "evidence" not in self._cache:
            self._cache["evidence"] = evidence_of(self.store, self.evidence_nodes)
        return self._cache["evidence"]

    def wordings(self) -> dict[str, dict[str, str]]:  # of the nodes of a worded class: only they carry wordings
        if "wordings" not in self._cache:
            worded = {node for node, types in self.objects("rdf:type").items() if types & WORDED_CLASSES}
            self._cache["wordings"] = wordings_of(self.store, worded)
        return self._cache["wordings"]


class WholeGraph:
    """The store for a reader that needs nearly every node (the summary index made from nothing): given in its
    place to `properties`, `evidence_of` and `wordings_of` (and what calls them), it answers them from the whole
    graph read one predicate at a time, not from queries bound to the nodes; any other query goes to the store.

    A pattern of one predicate streams at some 10 µs a row, where a bound query costs 50–100 µs a row and a
    join of several patterns 200 (the index of 300 reports: 883 bound queries took 47 s of its 63). Each
    predicate's values are read once (`read_ahead` reads several at once), kept as tuples, and IRIs are shared
    between the predicates (``sys.intern``): what is read takes about the memory of the items made from it.
    """

    def __init__(self, store):
        self.store = store
        self._read: dict[str, dict] = {}
        self._locks: dict[str, threading.Lock] = defaultdict(threading.Lock)  # one a predicate: read once
        self._locking = threading.Lock()

    def select(self, sparql: str, bindings: dict | None = None) -> list[dict[str, str]]:
        return self.store.select(sparql, bindings)

    def values(self, predicate: str, inverse: bool = False) -> dict[str, tuple[str, ...]]:
        """subject → the objects of `predicate` (a prefixed name); with `inverse`, object → the subjects."""
        key = f"^{predicate}" if inverse else predicate
        with self._locking:
            lock = self._locks[key]
        with lock:
            if key not in self._read:
                found: dict[str, list[str]] = defaultdict(list)
                if inverse:
                    for node, objects in self.values(predicate).items():
                        for value in objects:
                            found[value].append(node)
                else:
                    for node, value in self.store.query(f"SELECT ?s ?o WHERE {{ ?s {predicate} ?o }}"):
                        found[sys.intern(node.value)].append(sys.intern(value.value))
                # tuples: lists keep room to grow (the index of 300 reports peaked at 508 MB with them, 455 without)
                self._read[key] = {node: tuple(values) for node, values in found.items()}
        return self._read[key]

    def read_ahead(self, predicates, threads: int = 2) -> None:
        """Read the values of `predicates` (prefixed names; the largest first) in `threads` threads at once:
        Oxigraph lets go of Python's lock while it reads, so the reading shares the cores. A predicate left out
        is read when it is first asked for."""
        with ThreadPoolExecutor(threads) as pool:
            list(pool.map(self.values, predicates))

    def properties(self, iris, predicates, inverse: bool = False) -> dict[str, dict[str, set[str]]]:
        """As `properties` gives them."""
        found: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        for predicate in predicates:
            values = self.values(predicate, inverse)
            for iri in iris:
                if iri in values:
                    found[iri][predicate] = set(values[iri])
        return found

    def evidence_of(self, iris, ids: dict[str, str] | None = None) -> dict[str, dict]:
        """As `evidence_of` gives them."""
        texts, starts, ends, documents = (self.values(p) for p in ("tifa:text", "tifa:start", "tifa:end",
                                                                    "tifa:inDocument"))
        names = self.values("dcterms:identifier") if ids is None else {d: [i] for d, i in ids.items()}
        found = {}
        for ev in iris:
            for text, start, end, d in product(texts.get(ev, ()), starts.get(ev, ()), ends.get(ev, ()),
                                               documents.get(ev, ())):
                for document in names.get(d, ()):
                    found[ev] = {"document": document, "text": text, "start": int(start), "end": int(end)}
        return found

    def wordings_of(self, iris) -> dict[str, dict[str, str]]:
        """As `wordings_of` gives them: the wordings in the graphs of the documents each node is mentioned
        in or read from."""
        mentioned, derived, held = (self.values(p) for p in ("tifa:mentionedIn", "prov:wasDerivedFrom",
                                                              "tifa:inDocument"))
        names, wordings = self.values("dcterms:identifier"), self._wordings_by_graph()
        found: dict[str, dict[str, str]] = defaultdict(dict)
        for node in iris:
            documents = {*mentioned.get(node, ()), *(d for ev in derived.get(node, ()) for d in held.get(ev, ()))}
            for graph in {document_graph(name) for d in documents for name in names.get(d, ())}:
                if (node, graph) in wordings:
                    found[node][document_id(graph)] = wordings[node, graph]
        return found

    def _wordings_by_graph(self) -> dict[tuple[str, str], str]:
        with self._locking:
            lock = self._locks["wordings"]
        with lock:
            if "wordings" not in self._read:
                self._read["wordings"] = {(row["c"], row["g"]): row["wording"] for row in self.store.select(_WORDINGS)}
        return self._read["wordings"]


def evidence_of(store, iris, ids: dict[str, str] | None = None) -> dict[str, dict]:
    """evidence IRI → ``{"document", "text", "start", "end"}`` for the evidence nodes `iris`, in bound
    queries (`BATCH` nodes each); `ids` (document IRI → id), when the caller has them, spares a lookup.

    >>> evidence_of(store, ["https://w3id.org/tifa/id/doc/lingling-2024-plan/evidence/12231-12280"])  # doctest: +SKIP
    {'https://…/evidence/12231-12280': {'document': 'lingling-2024-plan', 'text': '4.“八大行动”：…', …}}
    """
    if isinstance(store, WholeGraph):
        return store.evidence_of(iris, ids)
    query = _EVIDENCE_OF if ids is None else _EVIDENCE_IN
    rows = (row for batch in _batches(iris)
            for row in store.select(with_values(query, "ev", [ox.NamedNode(iri) for iri in batch])))
    return {row["ev"]: {"document": row["doc"] if ids is None else ids[row["d"]], "text": row["text"],
                        "start": int(row["start"]), "end": int(row["end"])}
            for row in rows if ids is None or row["d"] in ids}


def properties(store, iris, predicates, *, inverse: bool = False) -> dict[str, dict[str, set[str]]]:
    """node → predicate → its values, for the nodes `iris` and the `predicates` (prefixed names), in a
    few bound queries (`BATCH` nodes each): the cost of the answer, whatever the size of the graph.
    With `inverse`, the values are the subjects pointing at each node.

    >>> properties(store, ["https://w3id.org/tifa/id/place/零陵区"], ["skos:prefLabel"])  # doctest: +SKIP
    {'https://w3id.org/tifa/id/place/零陵区': {'skos:prefLabel': {'零陵区'}}}
    """
    if isinstance(store, WholeGraph):
        return store.properties(iris, predicates, inverse)
    full = {_expand(predicate): predicate for predicate in predicates}
    found: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    node, other = ("o", "s") if inverse else ("s", "o")
    # one VALUES block only, of nodes: Oxigraph then looks each node up in an index (a second VALUES
    # block, of predicates, made it join both with a scan of the whole graph: 12 s for 500 nodes)
    query = _PROPERTIES % ", ".join(f"<{iri}>" for iri in full)
    for batch in _batches(iris if full else ()):
        for row in store.select(with_values(query, node, [ox.NamedNode(iri) for iri in batch])):
            found[row[node]][full[row["p"]]].add(row[other])
    return found


def wordings_of(store, iris) -> dict[str, dict[str, str]]:
    """node → {document id: its wording there}, for the nodes `iris` (components, programme items).

    Each node's document graphs are bound with it (the documents it is mentioned in or read from): ``GRAPH ?g`` with
    ``?g`` free tries every document graph for every node (36 s for 500 components at 1,000 reports).

    >>> wordings_of(store, ["https://w3id.org/tifa/id/component/四区两城@零陵区·6"])  # doctest: +SKIP
    {'https://…/component/四区两城@零陵区·6': {'lingling-2022-plan': '生态宜居新城', …}}
    """
    if isinstance(store, WholeGraph):
        return store.wordings_of(iris)
    pairs = [(ox.NamedNode(row["c"]), ox.NamedNode(document_graph(row["id"])))
             for batch in _batches(iris)
             for row in store.select(with_values(_MENTIONS, "c", [ox.NamedNode(iri) for iri in batch]))]
    found: dict[str, dict[str, str]] = defaultdict(dict)
    for start in range(0, len(pairs), BATCH):
        for row in store.select(with_rows(_WORDINGS, ("c", "g"), pairs[start:start + BATCH])):
            found[row["c"]][document_id(row["g"])] = row["wording"]
    return found


def _batches(iris) -> list[list[str]]:
    iris = sorted(set(iris))
    return [iris[start:start + BATCH] for start in range(0, len(iris), BATCH)]


def labels_of(store, iris) -> dict[str, str]:
    """node → what a reader calls it (`label_from`), for the nodes `iris`, in bound queries."""
    iris = set(iris)
    props = properties(store, iris, (*LABEL_PREDICATES, "rdf:type"))
    worded = [iri for iri in iris if props[iri]["rdf:type"] & WORDED_CLASSES]  # the only nodes with wordings
    wordings = wordings_of(store, worded)
    return {iri: label_from(iri, props[iri], wordings.get(iri)) for iri in iris}


def label_from(iri: str, props: dict[str, set[str]], wordings: dict[str, str] | None) -> str:
    """What a reader calls a node, from its `LABEL_PREDICATES` values and its wordings by document:
    a component as the latest report words it, a section as its printed heading, a document by its
    title, anything else by its prefLabel (else the end of its IRI).

    >>> label_from("x:/s.4", {"dcterms:title": {"建设生态宜居新城"}, "tifa:sectionStyle": {"chapter"},
    ...                       "tifa:headingNumber": {"35"}}, None)
    '第35章 建设生态宜居新城'
    >>> label_from("x:/c·1", {"skos:prefLabel": {"四区两城·1"}}, {"a-2022-plan": "生态宜居新城"})
    '生态宜居新城'
    """
    if wordings:
        return latest(wordings)
    if titles := props.get("dcterms:title"):
        if styles := props.get("tifa:sectionStyle"):
            return heading(min(titles), min(styles), min(props.get("tifa:headingNumber") or {""}))
        return min(titles)
    labels = props.get("skos:prefLabel")
    return min(labels) if labels else iri.rsplit("/", 1)[-1]


def _expand(name: str) -> str:
    """A prefixed name's IRI (``skos:prefLabel`` → ``http://www.w3.org/2004/02/skos/core#prefLabel``)."""
    prefix, local = name.split(":", 1)
    return PREFIXES[prefix] + local


def latest(by_document: dict[str, str]) -> str:
    """The value given by the latest document. Document ids of one series sort by year
    (lingling-2022-plan < lingling-2024-plan).

    >>> latest({"a-2022-plan": "生态宜居新城", "a-2024-plan": "生态宜居名城"})
    '生态宜居名城'
    """
    return by_document[max(by_document)]


def heading(title: str, style: str, number: str | None) -> str:
    """A section's label as the report prints its heading.

    >>> heading("建设生态宜居新城", "chapter", "35")
    '第35章 建设生态宜居新城'
    >>> heading("主要目标", "numbered", "2")
    '主要目标'
    """
    if number and style in _NUMBERED_HEADINGS:
        return f"{_NUMBERED_HEADINGS[style].format(number)} {title}"
    return title
