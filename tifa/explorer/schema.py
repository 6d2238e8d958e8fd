"""The schema as a reader explores it: the ontology's classes and properties (read from the ontology
graph the store holds), each with its Chinese and English names, what it means, how many instances or
statements the graph has, and a few examples — the class browser of the ``/schema`` page.

>>> schema = Schema(store).read()                                                 # doctest: +SKIP
>>> project = next(c for c in schema["classes"] if c["name"] == "tifa:Project")   # doctest: +SKIP
>>> project["label_zh"], project["count"] > 0, project["browse"]                  # doctest: +SKIP
('项目', True, 'project')
"""

from __future__ import annotations

import threading

import pyoxigraph as ox

from tifa.ontology.types import FACT_TYPES
from tifa.ontology.vocab import TIFA

from .sparql import prefixed as prefixed_name
from .sparql import term_names

EXAMPLES = 3  # instances shown per class

_CLASSES = """
SELECT ?c ?zh ?en ?comment ?parent WHERE {
  ?c a owl:Class . FILTER(isIRI(?c))
  OPTIONAL { ?c rdfs:label ?zh FILTER(langMatches(lang(?zh), "zh")) }
  OPTIONAL { ?c rdfs:label ?en FILTER(langMatches(lang(?en), "en")) }
  OPTIONAL { ?c rdfs:comment ?comment FILTER(langMatches(lang(?comment), "en")) }
  OPTIONAL { ?c rdfs:subClassOf ?parent FILTER(isIRI(?parent) && ?parent != owl:Thing) }
}"""

_PROPERTIES = """
SELECT ?p ?kind ?zh ?en ?comment ?domain ?range WHERE {
  VALUES ?kind { owl:ObjectProperty owl:DatatypeProperty }
  ?p a ?kind . FILTER(isIRI(?p))
  OPTIONAL { ?p rdfs:label ?zh FILTER(langMatches(lang(?zh), "zh")) }
  OPTIONAL { ?p rdfs:label ?en FILTER(langMatches(lang(?en), "en")) }
  OPTIONAL { ?p rdfs:comment ?comment FILTER(langMatches(lang(?comment), "en")) }
  OPTIONAL { ?p rdfs:domain ?domain FILTER(isIRI(?domain)) }
  OPTIONAL { ?p rdfs:range ?range FILTER(isIRI(?range)) }
}"""

_INSTANCES = "SELECT ?c (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a ?c } GROUP BY ?c"
_STATEMENTS = "SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p"
_EXAMPLES = "SELECT DISTINCT ?x WHERE { ?x a ?c . FILTER(isIRI(?x)) } LIMIT %d"

BROWSE_OF_CLASS = {str(t.cls): t.name for t in FACT_TYPES.values() if t.cls is not None and t.listed}
BROWSE_OF_CLASS[str(TIFA.Document)] = "document"


def prefixed(iri: str) -> str:
    """`iri` as a prefixed name when one of tifa's prefixes covers it, else whole.

    >>> prefixed("https://w3id.org/tifa/ontology#Project"), prefixed("http://example.org/x")
    ('tifa:Project', 'http://example.org/x')
    """
    return prefixed_name(iri) or iri


class Schema:
    """The classes and properties of one store's ontology with their counts, read once and kept."""

    def __init__(self, store):
        self.store = store
        self._lock = threading.Lock()
        self._read: dict | None = None

    def read(self) -> dict:
        """``{"classes": [...], "properties": [...]}``: each class ``{"iri", "name", "label_zh",
        "label_en", "comment", "parents", "count", "browse", "examples": [{"iri", "label", "type"}]}``, each
        property ``{"iri", "name", "kind" (object/datatype), "label_zh", "label_en", "comment", "domains",
        "ranges", "count"}``; tifa's own terms first, then by count."""
        with self._lock:
            if self._read is None:
                self._read = {"classes": self._classes(), "properties": self._properties()}
            return self._read

    def _classes(self) -> list[dict]:
        counts = {row["c"]: int(row["n"]) for row in self.store.select(_INSTANCES)}
        classes: dict[str, dict] = {}
        for row in self.store.select(_CLASSES):
            item = classes.setdefault(row["c"], _term(row["c"], row) | {"parents": [], "count": counts.get(row["c"], 0),
                                                                       "browse": BROWSE_OF_CLASS.get(row["c"])})
            if row.get("parent") and prefixed(row["parent"]) not in item["parents"]:
                item["parents"].append(prefixed(row["parent"]))
        examples = {iri: [row["x"] for row in self.store.select(_EXAMPLES % EXAMPLES, {"c": ox.NamedNode(iri)})]
                    for iri, item in classes.items() if item["count"]}
        names = term_names(self.store, [x for found in examples.values() for x in found])
        for iri, item in classes.items():
            # entities by their names; other nodes (evidence, terms of the vocabulary) by their IRI's tail
            item["examples"] = [{"iri": x, "type": names.get(x, {}).get("type", "resource"),
                                 "label": names[x]["label"] if names.get(x, {}).get("type", "resource") != "resource"
                                 else prefixed(x).rsplit("/id/", 1)[-1]} for x in examples.get(iri, [])]
        return sorted(classes.values(), key=_order)

    def _properties(self) -> list[dict]:
        counts = {row["p"]: int(row["n"]) for row in self.store.select(_STATEMENTS)}
        found: dict[str, dict] = {}
        for row in self.store.select(_PROPERTIES):
            item = found.setdefault(row["p"], _term(row["p"], row) | {
                "kind": "object" if row["kind"].endswith("ObjectProperty") else "datatype",
                "domains": [], "ranges": [], "count": counts.get(row["p"], 0)})
            for key, column in (("domains", "domain"), ("ranges", "range")):
                if row.get(column) and prefixed(row[column]) not in item[key]:
                    item[key].append(prefixed(row[column]))
        return sorted(found.values(), key=_order)


def _term(iri: str, row: dict) -> dict:
    return {"iri": iri, "name": prefixed(iri), "label_zh": row.get("zh") or "", "label_en": row.get("en") or "",
            "comment": row.get("comment") or ""}


def _order(item: dict) -> tuple:
    return not item["name"].startswith("tifa:"), -item["count"], item["name"]
