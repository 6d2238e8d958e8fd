"""Finding an entity by any name a report gives it, also one no report wrote as such.

An entity's IRI comes from its resolution key (`graph.resolve`), so every spelling that resolves to
the same key names it: 何仙观水库工程, 永州市零陵区何仙观水库工程 and 何仙观大型水库项目 all name
``project/何仙观水库``, even when a report wrote only some of them. `tifa trace`, `tifa timeline`,
`tifa viz --focus` and the explorer look a label up in this order: the labels, aliases and wordings
stored in the graph (exact), then the IRIs the label's keys give (`alias_iris`).

>>> [iri.rsplit("/", 2)[-2:] for iri in alias_iris("何仙观水库工程")][:1]
[['project', '何仙观水库']]
"""

from __future__ import annotations

from functools import cache

import pyoxigraph as ox

from tifa.ontology.vocab import entity_iri
from tifa.store.sparqltext import with_values

KEYED_TYPES = ("project", "park", "enterprise", "place", "indicator", "slogan")
"""Types whose IRI is their key alone (slogans: when national; components and programmes carry
more than a name in their key)."""

_EXISTING = """
SELECT DISTINCT ?node WHERE { ?node a ?class }"""

_BY_KEY_LABEL = """
SELECT DISTINCT ?node WHERE { ?node skos:prefLabel ?name }"""


@cache
def _resolve():
    # Imported on first use: resolution compiles the name and place patterns (a good part of a second of CPU),
    # which commands and pages that look no name up never need.
    from tifa.store import resolve
    return resolve


def name_key(type_: str, label: str) -> str:
    """The resolution key of `label` as a name of `type_` (`tifa.store.resolve.resolution_key`).

    >>> name_key("indicator", "全区GDP")
    '地区生产总值'
    """
    return _resolve().resolution_key(type_, label)


def alias_iris(label: str) -> list[str]:
    """The IRIs an entity named `label` has if it is of one of the `KEYED_TYPES`, in that order."""
    return list(dict.fromkeys(entity_iri(type_, name_key(type_, label)) for type_ in KEYED_TYPES))


def key_names(label: str) -> set[str]:
    """The names `label` resolves to (its keys, and the label cleaned), other than itself.

    >>> sorted(key_names("“何仙观水库工程”"))
    ['何仙观水库', '何仙观水库工程']
    """
    return {_resolve().clean_label(label), *(name_key(type_, label) for type_ in KEYED_TYPES)} - {label}


def load_name_keys() -> None:
    """Load what `key_names` reads on first use: the gazetteer of regions and the word segmenter (about a
    second of CPU). A server calls it after answering its first page, so that a reader's first search or
    suggestion does not wait for it.

    >>> load_name_keys()
    """
    key_names("永州市零陵区何仙观水库工程")


def find_by_key(store, label: str) -> list[str]:
    """Entities `label` names through a resolution key: those whose IRI `alias_iris` gives, and those
    whose prefLabel is the label cleaned (“四区两城” → 四区两城, scoped slogans included). Empty when
    none is in the store.
    """
    found = [row["node"] for row in store.select(with_values(_EXISTING, "node", [ox.NamedNode(i) for i in alias_iris(label)]))]
    names = key_names(label)
    if names:
        literals = [literal for name in sorted(names) for literal in (ox.Literal(name), ox.Literal(name, language="zh"))]
        found += [row["node"] for row in store.select(with_values(_BY_KEY_LABEL, "name", literals))]
    return list(dict.fromkeys(found))
