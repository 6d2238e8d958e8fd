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

from collections import defaultdict

import pyoxigraph as ox
from tifa.ontology.vocab import PREFIXES, document_id

from .sparqltext import with_values

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

_WORDINGS = SPARQL_PREFIXES + "SELECT ?c ?wording ?g WHERE { GRAPH ?g { ?c tifa:wording ?wording } }"

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
        """What a reader calls the node: a component as the latest report words it, a section as its
        printed heading, a document by its title, anything else by its prefLabel."""
        if wordings := self.wordings().get(iri):
            return latest(wordings)
        if titles := self.objects("dcterms:title").get(iri):
            if styles := self.objects("tifa:sectionStyle").get(iri):
                return heading(min(titles), min(styles), min(self.objects("tifa:headingNumber").get(iri, {""})))
            return min(titles)
        labels = self.objects("skos:prefLabel").get(iri)
        return min(labels) if labels else iri.rsplit("/", 1)[-1]

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


def evidence_of(store, iris) -> dict[str, dict]:
    """evidence IRI → ``{"document", "text", "start", "end"}`` for the evidence nodes `iris`, in one query.

    >>> evidence_of(store, ["https://w3id.org/tifa/id/doc/lingling-2024-plan/evidence/12231-12280"])  # doctest: +SKIP
    {'https://…/evidence/12231-12280': {'document': 'lingling-2024-plan', 'text': '4.“八大行动”：…', …}}
    """
    iris = sorted(set(iris))
    if not iris:
        return {}
    rows = store.select(with_values(_EVIDENCE_OF, "ev", [ox.NamedNode(iri) for iri in iris]))
    return {row["ev"]: {"document": row["doc"], "text": row["text"], "start": int(row["start"]), "end": int(row["end"])}
            for row in rows}


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
