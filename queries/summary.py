"""The summary index: every entity of the store as `tifa list` gives it (indicators with their observations),
with its names and the documents naming it, in an SQLite file beside the store (``summary.sqlite`` in the
store's directory; in memory for a SPARQL endpoint). The explorer's pages read one type, one entity, the
names matching some words or the sentences stating them from it, instead of reading the whole graph.

>>> summary = Summary(store)                                  # doctest: +SKIP
>>> summary.refresh()                                         # doctest: +SKIP
300
>>> [item["label"] for item in summary.items("slogan")][:2]   # doctest: +SKIP
['一带一路', '三高四新']

It is kept right per document, as the store keeps its graphs: the index records, for each document, the
content hash and extractor version its rows were read from. `refresh` compares those with the store's and
re-reads, from the store, only the entities the changed documents name (before and after the change), the
entities linked to them (whose items show their labels) and, for indicators, those of the same label — then
replaces their rows and the documents' records in one transaction. So an index left behind by a build cut
short, or by a store changed without it, is put right by the next `refresh` (`tifa build` calls it after
writing; the explorer before its first read). What is worked out from the index to show it (a browse table's
order and facets) is kept beside it (`keep`, `kept`) until the index next changes.
"""

from __future__ import annotations

import gc
import json
import sqlite3
import threading
from contextlib import contextmanager
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox

from tifa.queries.facts import SPARQL_PREFIXES, WholeGraph, properties
from tifa.queries.closeness import allowed_distance, fewest_shared, fold, nearest
from tifa.store.sparqltext import with_values
from tifa.ontology.types import ENTITY_CLASSES, fact_type
from tifa.ontology.vocab import TIFA, document_iri

from .listing import BATCH, LINKS, documents_of, items_of, observations_of

FILE = "summary.sqlite"

# the order entities of one label are listed in: by type, as `ENTITY_CLASSES` lists them (indicators last)
TYPE_ORDER = [fact_type(plural).name for plural in ENTITY_CLASSES]

SCHEMA_VERSION = 10
"""An index written with another layout is rebuilt whole (its tables dropped) when opened: raise it when
the tables or the items' fields (what `tifa list` gives) change."""

# An entity's brief comes before its item: SQLite keeps a row's columns in order, and a read of a column after a
# large item walks the item's overflow pages (a browse table's first read from a cold disk cache at 1,000 reports,
# 18k indicators' briefs: 2.1 s with the brief last, 0.26 s with it first).
_SCHEMA = """
CREATE TABLE IF NOT EXISTS state (document TEXT PRIMARY KEY, built TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS entities (iri TEXT PRIMARY KEY, type TEXT NOT NULL, type_order INTEGER NOT NULL,
                                     label TEXT NOT NULL, documents INTEGER NOT NULL, evidence INTEGER NOT NULL,
                                     brief TEXT NOT NULL, item TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS entities_by_type ON entities (type, label, iri);
CREATE INDEX IF NOT EXISTS entities_by_label ON entities (label);
CREATE TABLE IF NOT EXISTS names (name TEXT NOT NULL, match TEXT NOT NULL, iri TEXT NOT NULL, folded TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS names_by_name ON names (name);
CREATE INDEX IF NOT EXISTS names_by_iri ON names (iri);
CREATE TABLE IF NOT EXISTS mentions (document TEXT NOT NULL, iri TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS mentions_by_document ON mentions (document);
CREATE INDEX IF NOT EXISTS mentions_by_iri ON mentions (iri);
CREATE TABLE IF NOT EXISTS evidence (document TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
                                     text TEXT NOT NULL, iri TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS evidence_by_iri ON evidence (iri);
CREATE INDEX IF NOT EXISTS evidence_by_place ON evidence (document, start, end);
CREATE TABLE IF NOT EXISTS observations (iri TEXT NOT NULL, observation TEXT NOT NULL, document TEXT NOT NULL,
                                         indicator TEXT NOT NULL, year INTEGER NOT NULL, kind TEXT NOT NULL,
                                         start INTEGER NOT NULL, item TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS observations_in_order ON observations (indicator, year, kind, document, start, observation);
CREATE INDEX IF NOT EXISTS observations_by_iri ON observations (iri);
CREATE INDEX IF NOT EXISTS observations_by_document ON observations (document);
CREATE TABLE IF NOT EXISTS documents (id TEXT PRIMARY KEY, item TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sentences (document TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
                                      text TEXT NOT NULL, folded TEXT NOT NULL, PRIMARY KEY (document, start, end));
CREATE TABLE IF NOT EXISTS kept (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""

# what each document's graph was built from: its rows are right while these stay the same (read from the
# extraction run of each document, not per graph: 0.3 s → 0.05 s at 1,000 reports, on every page's check)
_STATES = SPARQL_PREFIXES + """
SELECT ?id ?hash ?version WHERE {
  ?run tifa:extractorVersion ?version ; prov:used ?d . ?d dcterms:identifier ?id ; tifa:contentHash ?hash .
}"""

# the entities a document names, and the indicators of the values read in it
_NAMED_IN = SPARQL_PREFIXES + "SELECT DISTINCT ?e WHERE { ?e tifa:mentionedIn ?d }"
_INDICATORS_IN = SPARQL_PREFIXES + """
SELECT DISTINCT ?e WHERE { ?ev tifa:inDocument ?d . ?o prov:wasDerivedFrom ?ev ; tifa:indicator ?e }"""

_INDICATORS = SPARQL_PREFIXES + """
SELECT DISTINCT ?i ?label ?alias WHERE {
  ?i a tifa:Indicator ; skos:prefLabel ?label . OPTIONAL { ?i skos:altLabel ?alias }
}"""

_ORDER = "ORDER BY e.type_order, e.label, e.iri"

# what the items of every entity read, the largest first: an index made from nothing reads them two at a time
# before making the items (a predicate the items come to read besides is read when they ask for it)
_READ_AHEAD = ("rdf:type", "prov:wasDerivedFrom", "tifa:mentionedIn", "tifa:start", "tifa:end", "tifa:inDocument",
               "tifa:text", "skos:prefLabel", "tifa:year", "tifa:indicator", "tifa:rawValue", "tifa:valueKind",
               "tifa:region", "tifa:measure", "tifa:value", "tifa:unit", "skos:altLabel", "tifa:includesProject",
               "tifa:normalisedValue", "tifa:normalisedUnit", "dcterms:title", "tifa:sectionStyle",
               "tifa:headingNumber", "tifa:position", "tifa:hasStatus", "tifa:hasComponent", "tifa:hostsProject",
               "tifa:locatedIn", "tifa:involvesEnterprise", "tifa:hasInvestment", "tifa:hasItem", "tifa:level",
               "tifa:comparator", "tifa:qualifier", "tifa:valueMax", "tifa:periodStart", "tifa:periodEnd",
               "tifa:listSource", "tifa:partial", "tifa:hasMemberPark", "dcterms:identifier")

# The entities' items are read in parts of this many, by this many threads: Oxigraph lets go of Python's lock
# while it evaluates a query, so two threads read about twice as fast on two cores (threads, not processes:
# a process opening the store beside the writer may meet files the writer has compacted away).
READ_PART = 2000
READERS = 2


_PAUSES = 0
_PAUSES_LOCK = threading.Lock()


@contextmanager
def gc_paused():
    """Python's cyclic garbage collector held off while many objects are made and kept (an index's items
    read, a table's rows built): its passes over them took as long as the reading (/browse/project at 1,000
    reports, first visit: 1.9 s → 1.0 s). Threads may nest it; the last one out turns it back on.

    >>> with gc_paused():
    ...     gc.isenabled()
    False
    """
    global _PAUSES
    with _PAUSES_LOCK:
        ours = _PAUSES > 0 or gc.isenabled()  # not when someone else switched it off: leave it so
        if ours:
            _PAUSES += 1
            gc.disable()
    try:
        yield
    finally:
        if ours:
            with _PAUSES_LOCK:
                _PAUSES -= 1
                if _PAUSES == 0:
                    gc.enable()


def summary_path(store) -> Path | None:
    """Where the index of `store` lives: in an embedded store's directory (None for an endpoint)."""
    path = store.path
    return Path(path) / FILE if isinstance(path, Path) and Path(path).is_dir() else None


def refresh_summary(store) -> int:
    """Bring the index beside an embedded store in step with it (`Summary.refresh`); nothing for an
    endpoint, whose index lives in the memory of the process reading it."""
    if summary_path(store) is None:
        return 0
    summary = Summary(store)
    try:
        return summary.refresh()
    finally:
        summary.close()


def summary_in_step(store) -> Summary | None:
    """The index beside an embedded store if it is in step with the store, else None (then the caller
    reads the store: re-reading a stale index costs more than one listing)."""
    path = summary_path(store)
    if path is None or not path.exists():
        return None
    summary = Summary(store)
    if summary.changed()[1]:
        summary.close()
        return None
    return summary


class Summary:
    """The summary index of one store (see the module docstring); safe to share between threads."""

    def __init__(self, store):
        self.store = store
        path = summary_path(store)
        self._db = sqlite3.connect(str(path) if path else ":memory:", check_same_thread=False, isolation_level=None,
                                   timeout=60)
        renew = ""  # an index of another schema version is made anew
        if self._db.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
            tables = self._db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
            renew = "".join(f"DROP TABLE {table};" for (table,) in tables) + f"PRAGMA user_version = {SCHEMA_VERSION};"
        # in one transaction: a new index's tables and indexes are written to the disk once, not once each
        self._db.executescript(f"BEGIN; {renew} {_SCHEMA} COMMIT;")
        self._lock = threading.Lock()

    def close(self) -> None:
        self._db.close()

    # -- keeping it right -----------------------------------------------------------------------------------

    def changed(self) -> tuple[dict[str, str], list[str]]:
        """The store's documents (id → what its graph was built from) and the ids of those whose rows are
        not in step with it (changed, new or removed)."""
        now = {row["id"]: f"{row['hash']} {row['version']}" for row in self.store.select(_STATES)}
        old = dict(self._db.execute("SELECT document, built FROM state"))
        return now, sorted(d for d in now.keys() | old.keys() if now.get(d) != old.get(d))

    def refresh(self) -> int:
        """Bring the index in step with the store; returns how many documents' rows were re-read."""
        with self._lock:
            now, changed = self.changed()
            if not changed:
                return 0
            fresh = self._db.execute("SELECT 1 FROM state LIMIT 1").fetchone() is None
            every_document = documents_of(self.store)
            ids = {d["iri"]: d["id"] for d in every_document}
            if fresh:  # every entity is read, from the whole graph (`WholeGraph`)
                whole = WholeGraph(self.store)
                whole.read_ahead(_READ_AHEAD)
                affected = _entities(whole)
                rows = _rows(whole, affected, ids, readers=1)
                del whole  # what it read: as much memory as the items
            else:
                named_before = self._column(
                    f"SELECT DISTINCT iri FROM mentions WHERE document IN ({_marks(changed)})", changed)
                affected = _affected(self.store, [document_iri(d) for d in changed if d in now], named_before)
                rows = _rows(self.store, affected, ids)
            documents = [d for d in every_document if fresh or d["id"] in changed]
            with self._db:  # one transaction: the rows of every changed document replaced, or none
                self._db.execute("BEGIN IMMEDIATE")
                affected = sorted(affected)
                for table in ("entities", "names", "mentions", "evidence", "observations", "sentences",
                              "documents") if fresh else ():
                    self._db.execute(f"DELETE FROM {table}")
                self._db.execute("DELETE FROM kept")
                self._db.executemany("DELETE FROM documents WHERE id = ?", ((d,) for d in changed))
                self._db.executemany("INSERT INTO documents VALUES (?, ?)",
                                     ((d["id"], json.dumps(d, ensure_ascii=False)) for d in documents))
                for start in range(0, 0 if fresh else len(changed), BATCH):  # their sentences: of affected rows
                    part = changed[start:start + BATCH]
                    self._db.execute(f"DELETE FROM sentences WHERE document IN ({_marks(part)})", part)
                for start in range(0, 0 if fresh else len(affected), BATCH):
                    part = affected[start:start + BATCH]
                    for table in ("entities", "names", "mentions", "evidence", "observations"):
                        self._db.execute(f"DELETE FROM {table} WHERE iri IN ({_marks(part)})", part)
                self._db.executemany("INSERT INTO entities VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                                     ((item["id"], item["type"], TYPE_ORDER.index(item["type"]), item["label"],
                                       len(item["documents"]), len(item["evidence"]),
                                       json.dumps(brief(item), ensure_ascii=False), json.dumps(item, ensure_ascii=False))
                                      for item in rows))
                self._db.executemany("INSERT INTO names VALUES (?, ?, ?, ?)",
                                     ((name, match, item["id"], fold(name)) for item in rows
                                      for name, match in [(item["label"], "label"),
                                                          *((alias, "alias") for alias in item["aliases"])]))
                self._db.executemany("INSERT INTO mentions VALUES (?, ?)",
                                     ((document, item["id"]) for item in rows for document in set(item["documents"])))
                self._db.executemany("INSERT INTO evidence VALUES (?, ?, ?, ?, ?)",
                                     ((e["document"], e["start"], e["end"], e["text"], item["id"])
                                      for item in rows for e in item.get("evidence", ())))
                self._db.executemany("INSERT INTO observations VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                                     ((item["id"], o["id"], o["document"], o["indicator"], o["year"] or 0, o["kind"],
                                       o["evidence"][0]["start"], json.dumps(o, ensure_ascii=False))
                                      for item in _observation_owners(rows) for o in item["observations"]))
                rewritten = set(changed)
                said = {(e["document"], e["start"], e["end"]): e["text"] for item in rows for e in item.get("evidence", ())
                        if fresh or e["document"] in rewritten}
                self._db.executemany("INSERT OR IGNORE INTO sentences VALUES (?, ?, ?, ?, ?)",
                                     ((*place, text, fold(text)) for place, text in said.items()))
                self._db.executemany("DELETE FROM state WHERE document = ?", ((d,) for d in changed if d not in now))
                self._db.executemany("INSERT OR REPLACE INTO state VALUES (?, ?)",
                                     ((d, now[d]) for d in changed if d in now))
            return len(changed)

    def keep(self, key: str, value: str) -> None:
        """Keep `value`, worked out from the index (a browse table's order and facets), under `key` until the
        index next changes; an index that cannot be written (a read-only disk) keeps nothing."""
        with self._lock:
            try:
                self._db.execute("INSERT OR REPLACE INTO kept VALUES (?, ?)", [key, value])
            except sqlite3.OperationalError:
                pass

    def kept(self, key: str) -> str | None:
        """What `keep` kept under `key` since the index last changed, or None."""
        row = self._db.execute("SELECT value FROM kept WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    # -- reading --------------------------------------------------------------------------------------------

    def item(self, iri: str) -> dict | None:
        """The entity `iri`'s item (its `tifa list` item with ``type``), or None."""
        found = self._items("WHERE e.iri = ?", [iri])
        return found[0] if found else None

    def items(self, type_: str | None = None) -> list[dict]:
        """The items of one type (singular name), else of every type, by label then IRI."""
        return self._items("WHERE e.type = ?", [type_]) if type_ else self._items("", [])

    def briefs(self, type_: str, documents: list[str] | None = None) -> list[dict]:
        """The items of one type (singular name) as `brief` cuts them, by label then IRI: what a table of the
        type shows, a tenth of what the items weigh (an indicator's observations and every sentence left out);
        with `documents` (ids), of the entities named in one of them."""
        where, values = "WHERE e.type = ?", [type_]
        if documents is not None:
            where += f" AND e.iri IN (SELECT iri FROM mentions WHERE document IN ({_marks(documents)}))"
            values += documents
        with gc_paused():
            return [json.loads(item) for item in self._column(f"SELECT e.brief FROM entities e {where} {_ORDER}", values)]

    def briefs_of(self, iris) -> dict[str, dict]:
        """IRI → brief (as `briefs` gives them) of the entities `iris` the index holds."""
        iris = sorted(set(iris))
        with gc_paused():
            return {brief["id"]: brief for start in range(0, len(iris), BATCH)
                    for brief in map(json.loads, self._column(f"SELECT brief FROM entities WHERE iri IN "
                                                              f"({_marks(iris[start:start + BATCH])})",
                                                              iris[start:start + BATCH]))}

    def listed(self, type_: str, documents: list[str] | None = None, limit: int | None = None,
               offset: int = 0) -> Iterator[dict]:
        """The `tifa list` items of one type (singular) named in one of `documents` (ids; all without), by
        label then IRI, from `offset` on, at most `limit` of them, read as they are given."""
        where, values = "WHERE type = ?", [type_]
        if documents is not None:
            where += f" AND iri IN (SELECT iri FROM mentions WHERE document IN ({_marks(documents)}))"
            values += documents
        rows = self._db.execute(f"SELECT item FROM entities {where} ORDER BY label, iri LIMIT ? OFFSET ?",
                                [*values, -1 if limit is None else limit, offset])
        for (item,) in rows:
            yield {key: value for key, value in json.loads(item).items() if key != "type"}

    def observations(self, documents: list[str] | None = None, limit: int | None = None,
                     offset: int = 0) -> Iterator[dict]:
        """The `tifa list indicators` items (one per observation and sentence) of the observations read in
        one of `documents` (ids; all without), in listing order (by indicator, year, kind, then where it is
        first said), from `offset` on, at most `limit` observations, read as they are given."""
        where, values = "", []
        if documents is not None:
            where, values = f"WHERE document IN ({_marks(documents)})", list(documents)
        rows = self._db.execute(f"SELECT item FROM observations {where} ORDER BY indicator, year, kind, document, "
                                "start, observation LIMIT ? OFFSET ?", [*values, -1 if limit is None else limit, offset])
        for (item,) in rows:
            yield json.loads(item)

    def observations_named(self, name: str) -> list[dict]:
        """The `tifa list indicators` items of the observations of the indicator called `name` (its label
        or an alias), in listing order."""
        return [json.loads(item) for item in self._column(
            "SELECT item FROM observations WHERE indicator IN (SELECT e.label FROM names n JOIN entities e "
            "ON e.iri = n.iri WHERE n.name = ? AND e.type = 'indicator') ORDER BY indicator, year, kind, document, "
            "start, observation", [name])]

    def documents(self) -> list[dict]:
        """The documents as `tifa list documents` gives them, by id."""
        return [json.loads(item) for item in self._column("SELECT item FROM documents ORDER BY id", [])]

    def leading(self, type_: str, limit: int) -> list[dict]:
        """The `limit` items of one type (singular) named in the most documents, then in the most sentences,
        then by label and IRI."""
        return self._items("WHERE e.type = ? ORDER BY e.documents DESC, e.evidence DESC, e.label, e.iri LIMIT ?",
                           [type_, limit], order="")

    def counts(self) -> dict[str, int]:
        """type (singular) → how many entities of it."""
        return dict(self._db.execute("SELECT type, COUNT(*) FROM entities GROUP BY type"))

    def named(self, names) -> list[dict]:
        """The items with one of `names` as label or alias."""
        names = sorted(set(names))
        return self._items(f"WHERE e.iri IN (SELECT iri FROM names WHERE name IN ({_marks(names)}))", names)

    def labelled(self, labels) -> list[dict]:
        """The items whose label is one of `labels`."""
        labels = sorted(set(labels))
        return self._items(f"WHERE e.label IN ({_marks(labels)})", labels)

    def with_iris(self, iris) -> list[dict]:
        iris = sorted(set(iris))
        return self._items(f"WHERE e.iri IN ({_marks(iris)})", iris)

    def in_document(self, document: str) -> list[dict]:
        """The items of the entities `document` names."""
        return self._items("WHERE e.iri IN (SELECT iri FROM mentions WHERE document = ?)", [document])

    def evidence_in(self, document: str) -> list[tuple[dict, dict]]:
        """(entity, evidence) for every sentence of `document` stating a fact of an entity: the entity as
        ``{"id", "label", "type", "aliases"}``, the evidence as ``{"document", "start", "end", "text"}``; by
        entity in listing order, then by place. Read from the evidence rows alone (the items of the entities a
        report names hold the sentences of every other report naming them: a province's, thousands)."""
        rows = self._db.execute("SELECT e.iri, e.label, e.type, v.start, v.end, v.text FROM evidence v "
                                f"JOIN entities e ON e.iri = v.iri WHERE v.document = ? {_ORDER}, v.start, v.end",
                                [document]).fetchall()
        iris = sorted({row[0] for row in rows})
        aliases = defaultdict(list)
        for start in range(0, len(iris), BATCH):
            part = iris[start:start + BATCH]
            for iri, name in self._db.execute(f"SELECT iri, name FROM names WHERE match = 'alias' AND iri IN "
                                              f"({_marks(part)}) ORDER BY rowid", part):
                aliases[iri].append(name)
        return [({"id": iri, "label": label, "type": type_, "aliases": aliases[iri]},
                 {"document": document, "start": start, "end": end, "text": text})
                for iri, label, type_, start, end, text in rows]

    def names_containing(self, text: str) -> list[dict]:
        """``{"name", "match" (label/alias), "id", "label", "type", "documents", "evidence"}`` (the counts:
        of the entity's documents and evidence) for every name holding `text`."""
        pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        return self._names("WHERE n.name LIKE ? ESCAPE '\\'", [pattern])

    def names(self) -> list[dict]:
        """Every name, as `names_containing` gives them."""
        return self._names("", [])

    def close_names(self, text: str, limit: int = 10) -> list[tuple[str, dict, int]]:
        """(name, the name as `names_containing` gives it, distance) of the names a few edits from `text`
        (`tifa.queries.closeness`: folded, at most `allowed_distance` edits), nearest first. The names that
        cannot be that close are left out by SQLite, from the characters they share with `text`.

        >>> [name for name, _, _ in summary.close_names("四区二城")]                 # doctest: +SKIP
        ['四区两城', '三区两城']
        """
        query = fold(text.strip())
        if not query:
            return []
        bound, chars = allowed_distance(query), sorted(set(query))
        shared = " + ".join(["(instr(n.folded, ?) > 0)"] * len(chars))
        rows = self._names(f"WHERE length(n.folded) BETWEEN ? AND ? AND {shared} >= ?",
                           [len(query) - bound, len(query) + bound, *chars, fewest_shared(query, bound)])
        return nearest(query, ((row["name"], fold(row["name"]), row) for row in rows), bound, limit)

    def sentences(self, holding: str = "", limit: int | None = None) -> list[tuple[str, int, int, str]]:
        """The sentences stating a fact of an entity, once each: (document, start, end, text), in reading order;
        with `holding`, those whose folded text (`tifa.queries.closeness.fold`) holds it, at most `limit`.

        >>> summary.sentences("四区二城", limit=1)                                    # doctest: +SKIP
        [('lingling-2024-plan', 12231, 12280, '4.“八大行动”：…“四区两城”…')]
        """
        return self._db.execute("SELECT document, start, end, text FROM sentences WHERE instr(folded, ?) > 0 "
                                "ORDER BY document, start, end LIMIT ?",
                                [fold(holding), -1 if limit is None else limit]).fetchall()

    def count_sentences(self, holding: str) -> int:
        """How many sentences `sentences(holding)` gives."""
        return self._db.execute("SELECT COUNT(*) FROM sentences WHERE instr(folded, ?) > 0", [fold(holding)]).fetchone()[0]

    def entities_at(self, document: str, start: int, end: int) -> list[dict]:
        """``{"id", "label", "type"}`` of the entities a sentence states facts of, in listing order."""
        rows = self._db.execute("SELECT DISTINCT e.iri, e.label, e.type, e.type_order FROM evidence v "
                                f"JOIN entities e ON e.iri = v.iri WHERE v.document = ? AND v.start = ? AND v.end = ? "
                                f"{_ORDER}", [document, start, end])
        return [{"id": iri, "label": label, "type": type_} for iri, label, type_, _ in rows]

    def _names(self, where: str, values: list) -> list[dict]:
        query = ("SELECT n.name, n.match, e.iri, e.label, e.type, e.documents, e.evidence FROM names n "
                 f"JOIN entities e ON e.iri = n.iri {where} {_ORDER}")
        keys = ("name", "match", "id", "label", "type", "documents", "evidence")
        return [dict(zip(keys, row)) for row in self._db.execute(query, values)]

    def _items(self, where: str, values: list, order: str = _ORDER) -> list[dict]:
        with gc_paused():
            return [json.loads(item) for item in self._column(f"SELECT e.item FROM entities e {where} {order}", values)]

    def _column(self, query: str, values) -> list:
        return [row[0] for row in self._db.execute(query, values)]


def brief(item: dict) -> dict:
    """An item without its sentences: its evidence as the distinct places ``{"document", "start"}`` and an
    indicator's observations as ``{"kind", "region", "year"}`` (one each), what a table of its type counts and
    filters by.

    >>> brief({"id": "i", "evidence": [{"document": "d", "start": 3, "end": 9, "text": "…"}] * 2,
    ...        "observations": [{"kind": "target", "region": "零陵区", "year": 2024, "value": 7.0}]})
    {'id': 'i', 'evidence': [{'document': 'd', 'start': 3}], 'observations': [{'kind': 'target', 'region': '零陵区', 'year': 2024}]}
    """
    places = dict.fromkeys((e["document"], e["start"]) for e in item.get("evidence", ()))
    cut = {**item, "evidence": [{"document": document, "start": start} for document, start in places]}
    if "observations" in item:
        cut["observations"] = [{key: o.get(key) for key in ("kind", "region", "year")} for o in item["observations"]]
    return cut


def _observation_owners(rows: list[dict]) -> list[dict]:
    """The indicator rows whose observations the observations table holds: of the indicators of one label
    (which all hold that label's observations), the first by IRI."""
    owners: dict[str, dict] = {}
    for item in rows:
        if item["type"] == "indicator" and (item["label"] not in owners or item["id"] < owners[item["label"]]["id"]):
            owners[item["label"]] = item
    return list(owners.values())


def _marks(values) -> str:
    return ", ".join("?" * len(values))


def _affected(store, documents: list[str], named_before) -> set[str]:
    """The entities whose items may change when `documents` (IRIs, as the store has them now) changed:
    those named there now or before (`named_before`), those linked to them (`LINKS`), and the indicators
    sharing a label with an indicator among them."""
    found = set(named_before)
    for query in (_NAMED_IN, _INDICATORS_IN):
        for start in range(0, len(documents), BATCH):
            text = with_values(query, "d", [ox.NamedNode(d) for d in documents[start:start + BATCH]])
            found.update(row["e"] for row in store.select(text))
    for inverse in (False, True):
        linked = properties(store, found, LINKS, inverse=inverse)
        found |= {other for by_predicate in linked.values() for others in by_predicate.values() for other in others}
    labels = _indicator_labels(store)
    shared = {label for iri in found for label in labels.get(iri, ())}
    return found | {iri for iri, own in labels.items() if own & shared}


def _entities(whole: WholeGraph) -> set[str]:
    """Every entity of the store (of the classes `ENTITY_CLASSES` lists)."""
    classes = {str(cls) for cls in ENTITY_CLASSES.values()}
    return {node for node, types in whole.values("rdf:type").items() if not classes.isdisjoint(types)}


def _indicator_labels(store) -> dict[str, set[str]]:
    labels = defaultdict(set)
    for row in store.select(_INDICATORS):
        labels[row["i"]].add(row["label"])
    return labels


def _rows(store, iris: set[str], ids: dict[str, str], readers: int = READERS) -> list[dict]:
    """The items of the entities `iris` still in the store, each with its ``type``: as the first of
    `ENTITY_CLASSES` it is an instance of lists it, an indicator with its observations (`ids`: document IRI → id);
    read by `readers` threads (one for a `WholeGraph` that has read ahead: making the items from memory in two
    threads only added contention, 17.5 s of CPU against 22.5 s at 300 reports)."""
    types = properties(store, iris, ["rdf:type"])
    by_type: dict[str, list[str]] = defaultdict(list)
    indicators = []
    for iri in sorted(iris):
        classes = types[iri]["rdf:type"] if iri in types else set()
        if str(TIFA.Indicator) in classes:
            indicators.append(iri)
            continue
        plural = next((plural for plural, cls in ENTITY_CLASSES.items() if str(cls) in classes), None)  # no indicator
        if plural:
            by_type[plural].append(iri)
    parts = [(plural, members[start:start + READ_PART]) for plural, members in [*by_type.items(), ("indicators", indicators)]
             for start in range(0, len(members), READ_PART)]

    def read(part: tuple[str, list[str]]) -> list[dict]:
        plural, members = part
        if plural == "indicators":
            return indicator_items(store, members, ids)
        return [{**item, "type": fact_type(plural).name} for item in items_of(store, plural, members, ids)]

    with ThreadPoolExecutor(readers) as pool:
        return [row for rows in pool.map(read, parts) for row in rows]


def indicator_items(store, iris, ids: dict[str, str] | None = None) -> list[dict]:
    """Indicators as entities, each with its label, aliases and the observations of its label
    (``tifa list indicators`` gives one item per observation); `ids` (document IRI → id), when the caller
    has them, spares reading the documents."""
    iris = sorted(set(iris))
    found: dict[str, dict] = {}
    for start in range(0, len(iris), BATCH):
        text = with_values(_INDICATORS, "i", [ox.NamedNode(i) for i in iris[start:start + BATCH]])
        for row in store.select(text):
            item = found.setdefault(row["i"], {"id": row["i"], "label": row["label"], "aliases": [],
                                               "type": "indicator"})
            if row.get("alias") and row["alias"] != row["label"] and row["alias"] not in item["aliases"]:
                item["aliases"].append(row["alias"])
    by_label = defaultdict(list)
    for observation in observations_of(store, found, ids):
        by_label[observation["indicator"]].append(observation)
    for item in found.values():
        observations = by_label.get(item["label"], [])
        item["observations"] = observations
        item["documents"] = sorted({o["document"] for o in observations})
        item["evidence"] = [e for o in observations for e in o["evidence"]]
    return list(found.values())
