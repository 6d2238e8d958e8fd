"""What the explorer's pages look up: the entities as `tifa list` gives them — one type, one entity, the names
holding some words — read from the store's summary index (`tifa.queries.summary`, brought in step with the
store on first use), the documents, and the network of stated links (read on first use and kept). The first
page needs only the documents and the leading slogans, read on their own (seconds at any size).

The server holds the store's writer lock while it runs (see `tifa.commands.serve`), so nothing changes
under it and reading once is safe.

>>> catalog = Catalog(store)                                            # doctest: +SKIP
>>> [s["label"] for s in catalog.suggest("四区")][:2]                    # doctest: +SKIP
['四区两城', '四区两城·1']
>>> catalog.entity(catalog.suggest("四区两城")[0]["id"])["type"]         # doctest: +SKIP
'slogan'
"""

from __future__ import annotations

import threading

import pyoxigraph as ox

from tifa.queries.aliases import alias_iris, key_names
from tifa.views.network import load_network
from tifa.ontology.types import fact_type
from tifa.ontology.vocab import TIFA
from tifa.queries.listing import items_of, list_entities
from tifa.queries.summary import TYPE_ORDER, Summary, summary_in_step

from .i18n import kind_name

# how many documents mention each slogan: the home page's ranking, read without the slogans' other facts
_SLOGAN_REACH = """
SELECT ?e (COUNT(DISTINCT ?d) AS ?n) WHERE { ?e a tifa:Slogan ; tifa:mentionedIn ?d } GROUP BY ?e"""

_COUNT = "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a <%s> }"

_SOURCE_TEXT = """
SELECT ?text WHERE { ?d a tifa:Document ; dcterms:identifier ?id ; tifa:sourceText ?text }"""


class Catalog:
    """Entities, documents and the network of one store, read on first use and kept."""

    def __init__(self, store):
        self.store = store
        self._lock = threading.Lock()
        self._summary_lock = threading.Lock()
        self._first_page_lock = threading.Lock()  # the first page never waits for the whole catalog
        self._summary: Summary | None = None
        self._entities: dict[str, dict] | None = None
        self._network = None
        self._texts: dict[str, str] = {}
        self._documents: list[dict] | None = None
        self._top_slogans: dict[int, list[dict]] = {}
        self._counts: dict[str, int] = {}
        self._type_counts: dict[str, int] | None = None

    # -- entities ------------------------------------------------------------------------------------------

    @property
    def summary(self) -> Summary:
        """The store's summary index (`tifa.queries.summary`), brought in step with the store on first use."""
        with self._summary_lock:
            if self._summary is None:
                summary = Summary(self.store)
                summary.refresh()
                self._summary = summary
            return self._summary

    @property
    def entities(self) -> dict[str, dict]:
        """IRI → the entity's `tifa list` item with its ``type`` (singular) added: every entity, read whole
        (what the network of a query's answer needs; pages of one type or one entity read less)."""
        if self._entities is None:
            self._entities = {item["id"]: item for item in self.summary.items()}
        return self._entities

    def briefs(self, type_: str) -> list[dict]:
        """The entities of one type (singular), by label then IRI, without their sentences (`Summary.briefs`)."""
        return self.summary.briefs(type_)

    def type_counts(self) -> dict[str, int]:
        """type (singular) → how many entities of it (counted once: every browse page shows them)."""
        if self._type_counts is None:
            self._type_counts = self.summary.counts()
        return self._type_counts

    def entity(self, iri: str) -> dict | None:
        """The entity with this IRI, or None."""
        return self.summary.item(iri)

    def named(self, label: str) -> list[dict]:
        """The entities whose label or alias is exactly `label` (else whose key it resolves to, see
        `tifa.queries.aliases`), the most documented first."""
        found = self.summary.named([label])
        if not found and label:  # another spelling of a name (何仙观水库工程): the entity its keys name
            found = self.summary.with_iris(alias_iris(label)) + self.summary.labelled(key_names(label))
            found = list({e["id"]: e for e in sorted(found, key=_listed)}.values())
        return sorted(found, key=_prominence)

    def labelled(self, labels) -> list[dict]:
        """The entities whose label is one of `labels`."""
        return self.summary.labelled(labels)

    def suggest(self, text: str, limit: int = 12) -> list[dict]:
        """Entities whose label or an alias contains `text`: exact matches first, then prefixes, then
        substrings; within each, labels before aliases, then the most documented, the shortest.

        Each suggestion is ``{"text", "match" ("label"/"alias"), "label", "type", "id"}``, one per entity
        (its best match).
        """
        text = text.strip()
        if not text:
            return []
        best: dict[str, tuple] = {}
        for found in self.summary.names_containing(text):
            name, match = found["name"], found["match"]
            if text not in name:  # LIKE folds ASCII case
                continue
            where = name.find(text)
            rank = (0 if name == text else 1 if where == 0 else 2, match != "label", -found["documents"],
                    -found["evidence"], len(name), name)
            if found["id"] not in best or rank < best[found["id"]][0]:
                best[found["id"]] = (rank, {"text": name, "match": match, "label": found["label"],
                                            "type": found["type"], "id": found["id"]})
        return [suggestion for _, suggestion in sorted(best.values(), key=lambda pair: pair[0])][:limit]

    def top_slogans(self, limit: int = 12) -> list[dict]:
        """The slogans named in the most documents and sentences (then by label): the first page's list,
        read from the counts of their documents and the items of the leaders only — never the whole
        catalog — and kept."""
        with self._first_page_lock:
            if limit not in self._top_slogans:
                summary = summary_in_step(self.store)  # read from an index in step when there is one
                if summary is not None:
                    self._top_slogans[limit] = summary.leading("slogan", limit)
                    summary.close()
                    return self._top_slogans[limit]
                reach = {row["e"]: int(row["n"]) for row in self.store.select(_SLOGAN_REACH)}
                least = sorted(reach.values(), reverse=True)[limit - 1] if len(reach) >= limit > 0 else 0
                leaders = sorted(iri for iri, n in reach.items() if n >= least)
                items = [{**item, "type": "slogan"} for item in items_of(self.store, "slogans", leaders)]
                self._top_slogans[limit] = sorted(items, key=lambda e: (*_prominence(e), e["label"], e["id"]))[:limit]
            return self._top_slogans[limit]

    # -- documents and the network ---------------------------------------------------------------------------

    def counts(self, types) -> dict[str, int]:
        """How many entities of each of `types` (singular names; ``document`` too) the store holds, by one
        count per class — the first page's figures without reading the catalog — kept."""
        with self._first_page_lock:
            for name in types:
                if name not in self._counts:
                    cls = TIFA.Document if name == "document" else fact_type(name).cls
                    rows = self.store.select(_COUNT % cls)
                    self._counts[name] = int(rows[0]["n"]) if rows else 0
            return {name: self._counts[name] for name in types}

    def documents(self) -> list[dict]:
        """The documents as `tifa list documents` gives them (id, label = title, kind, region, date …), read
        once; a report whose text states no title is named from its region, year and kind (`named_report`)."""
        with self._first_page_lock:
            if self._documents is None:
                self._documents = [d | {"label": named_report(d)} if d["label"] == d["id"] else d
                                   for d in list_entities(self.store, "documents", summary=self.summary)]
            return self._documents

    def text(self, document: str) -> str | None:
        """The decoded text of a document (what evidence offsets index), or None for an unknown id."""
        if document not in self._texts:
            rows = self.store.select(_SOURCE_TEXT, {"id": ox.Literal(document)})
            if not rows:
                return None
            self._texts[document] = rows[0]["text"]
        return self._texts[document]

    def mentions_in(self, document: str) -> list[tuple[dict, dict]]:
        """(entity, evidence) for every evidence sentence of an entity in `document`."""
        return self.summary.evidence_in(document)

    def links(self, iri: str):
        """A network holding the stated links to and from `iri`: read on their own for an entity the summary
        lists (`load_network` ``around``), else (a section) the whole network."""
        if self._network is None and self.entity(iri) is not None:
            return load_network(self.store, around=iri)
        return self.network()

    def near(self, iri: str, depth: int = 1):
        """A network holding the links within `depth` steps of `iri` (and among the nodes they reach): read
        on their own for an entity the summary lists (`load_network` ``near``), else (a section) the whole
        network."""
        if self._network is None and self.entity(iri) is not None:
            return load_network(self.store, near=iri, depth=depth)
        return self.network()

    def network(self):
        """The stated links of the whole store (`tifa.views.network.load_network`)."""
        with self._lock:
            if self._network is None:
                self._network = load_network(self.store)
            return self._network


def named_report(document: dict) -> str:
    """A name for a report whose text states no title: its region, the year it plans for (else its own) and
    its kind, as a reader would say it; the id when none of those is known.

    >>> named_report({"id": "yongzhou-2024-gwr", "region": "永州市", "plan_year": 2024, "kind": "government-work-report"})
    '永州市2024年政府工作报告'
    >>> named_report({"id": "x"})
    'x'
    """
    year = document.get("plan_year") or document.get("year")
    words = [document.get("region") or "", f"{year}年" if year else "",
             kind_name(document["kind"]) if document.get("kind") not in (None, "other") else "报告"]
    return "".join(words) if words[0] or words[1] else document["id"]


def _listed(entity: dict) -> tuple:
    """Where an entity comes in the summary's order (by type, label, IRI)."""
    return TYPE_ORDER.index(entity["type"]), entity["label"], entity["id"]


def _prominence(entity: dict) -> tuple:
    return -len(entity["documents"]), -len(entity["evidence"])
