"""`tifa stats`: how many documents, entities of each type, observations and triples a store holds.

>>> stats(store)                                    # doctest: +SKIP
{'documents': 5, 'slogans': 41, …, 'observations': 412, 'triples': 61234, 'inferred': 0}
"""

from __future__ import annotations

from tifa.ontology.types import ENTITY_CLASSES
from tifa.ontology.vocab import INFERRED_GRAPH, PREFIXES, TIFA

_PREFIXES = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())

_COUNT = _PREFIXES + "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a %s }"


_INFERRED = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{INFERRED_GRAPH}> {{ ?s ?p ?o }} }}"


def stats(store) -> dict[str, int]:
    """Counts per entity type (the names `tifa list` takes), observations, triples, and the triples `tifa
    reason` inferred (``inferred``, 0 until it runs; they are also among ``triples``)."""
    counts = {"documents": _count(store, TIFA.Document)}
    for name, cls in ENTITY_CLASSES.items():
        counts[name] = _count(store, cls)
    counts["observations"] = _count(store, TIFA.Observation)
    counts["triples"] = store.count_triples()
    counts["inferred"] = int(store.select(_INFERRED)[0]["n"])  # so that a `tifa reason` never changes the counts unsaid
    return counts


def _count(store, cls) -> int:
    rows = store.select(_COUNT % cls.n3())
    return int(rows[0]["n"]) if rows else 0
