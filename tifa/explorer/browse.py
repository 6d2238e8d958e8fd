"""Browse pages: one table per type (``/browse/project``), with facets (report, region, level, year,
programme, status, kind where they apply), a sort, pages and counts. The rows are plain dicts of flat
values, so the HTML, the JSON and the CSV of a page carry the same data.

An entity's region, level and year are those of the reports naming it; a project's status is the latest
one reported.

>>> browser = Browser(catalog)                                                    # doctest: +SKIP
>>> table = browser.table("project", {"region": "零陵区", "sort": "label"})         # doctest: +SKIP
>>> table["total"], table["rows"][0]["label"]                                      # doctest: +SKIP
(201, '万亩高标准农田')
"""

from __future__ import annotations

import json
import math
import threading
from collections import Counter, OrderedDict

from tifa.queries.summary import gc_paused

TYPES = ("slogan", "component", "programme", "project", "park", "enterprise", "place", "indicator", "document")
PLURALS = {"slogans": "slogan", "components": "component", "programmes": "programme", "projects": "project",
           "parks": "park", "enterprises": "enterprise", "places": "place", "indicators": "indicator",
           "documents": "document"}

# type → the columns of its table (after label), each a key of the row
COLUMNS = {
    "slogan": ["level", "components", "regions", "years", "documents", "evidence"],
    "component": ["slogans", "regions", "years", "documents", "evidence"],
    "programme": ["items", "projects", "regions", "years", "documents", "evidence"],
    "project": ["programmes", "parks", "places", "status", "investment", "regions", "years", "documents", "evidence"],
    "park": ["parent", "projects", "regions", "years", "documents", "evidence"],
    "enterprise": ["regions", "years", "documents", "evidence"],
    "place": ["within", "regions", "years", "documents", "evidence"],
    "indicator": ["observations", "regions", "years", "documents", "evidence"],
    "document": ["kind", "region", "level", "year", "date", "id"],
}
# type → the facets offered, in order
FACETS = {
    "slogan": ["document", "region", "level", "year"],
    "component": ["document", "region", "level", "year", "slogan"],
    "programme": ["document", "region", "level", "year"],
    "project": ["document", "region", "level", "year", "programme", "status"],
    "park": ["document", "region", "level", "year"],
    "enterprise": ["document", "region", "level", "year"],
    "place": ["document", "region", "level", "year"],
    "indicator": ["document", "region", "level", "year", "kind"],
    "document": ["region", "level", "year", "kind"],
}
SORTS = {  # sort key → how rows compare (missing values last); "-" before a key sorts descending
    "label": lambda row: row["label"],
    "documents": lambda row: row.get("documents", 0),
    "evidence": lambda row: row.get("evidence", 0),
    "year": lambda row: max(row.get("years") or [row.get("year") or 0]),
    "investment": lambda row: row.get("investment_value") or 0,
}
DEFAULT_SORT = {"document": "year", "indicator": "-observations"}
PAGE_SIZE = 50
MAX_PAGE_SIZE = 500
# filtered and sorted tables kept with their facets, so that turning pages or coming back costs a slice
# (counting the facets of 18,000 indicators took half of each page at 1,000 reports)
TABLES_KEPT = 64

def singular(type_: str) -> str | None:
    """The type a URL names, singular or plural (``projects`` → ``project``); None if unknown."""
    return type_ if type_ in TYPES else PLURALS.get(type_)


class Browser:
    """The rows and facet values of every type, worked out once from a `Catalog`."""

    def __init__(self, catalog):
        self.catalog = catalog
        self._lock = threading.Lock()
        self._rows: dict[str, list[dict]] = {}  # type → rows
        self._by_id: dict[str, dict[str, dict]] = {}  # type → id → row
        self._documents: dict[str, dict] | None = None
        self._tables: OrderedDict[tuple, tuple[list[dict], dict]] = OrderedDict()  # the most recent last

    def documents(self) -> dict[str, dict]:
        """Document id → its row (title, kind, region, level, year …)."""
        with self._lock:
            if self._documents is None:
                self._documents = {d["id"]: _document_row(d) for d in self.catalog.documents()}
            return self._documents

    def rows(self, type_: str) -> list[dict]:
        """Every row of `type_`, unfiltered, in label order."""
        if type_ not in self._rows:
            documents = self.documents()
            if type_ == "document":
                rows = sorted(documents.values(), key=lambda d: (d["year"] or 0, d["label"]))
            else:
                with gc_paused():
                    rows = [_entity_row(e, documents) for e in self.catalog.briefs(type_)]  # by label, then id
            self._rows[type_] = rows
        return self._rows[type_]

    def count(self, type_: str) -> int:
        """How many rows the table of `type_` has."""
        return len(self.documents()) if type_ == "document" else self.catalog.type_counts().get(type_, 0)

    def where(self, iri: str) -> dict:
        """Where an entity belongs: ``{"regions"}`` of the reports naming it and ``{"levels"}`` (a slogan's
        own level, else its reports'), to tell apart entities of one label (empty for an unknown IRI)."""
        entity = self.catalog.entity(iri)
        if entity is None or entity["type"] == "document":
            return {"regions": [], "levels": []}
        row = _entity_row(entity, self.documents())
        return {"regions": row["regions"], "levels": row["level"].split("/") if row.get("level") else row["levels"]}

    def table(self, type_: str, params) -> dict:
        """One page of the table of `type_` as `params` (a mapping of the URL's query) filter, sort and
        cut it: ``{"type", "columns", "rows", "total", "page", "size", "pages", "sort", "filters",
        "facets": {name: [{"value", "label", "count", "selected"}]}}``.

        Filters are facet names with one value each (``region=零陵区``), ``q`` keeps the rows whose label
        or an alias contains it; ``sort`` is a key of `SORTS` (``-`` for descending); ``page`` counts from 1;
        ``size`` is the page size (``all`` for every row)."""
        facets = FACETS[type_]
        filters = {name: params[name] for name in facets if params.get(name)}
        q = (params.get("q") or "").strip()
        sort = params.get("sort") or DEFAULT_SORT.get(type_, "-documents")
        ids, facet_values = self._chosen(type_, filters, q, sort)
        page = paged(ids, params)
        return {"type": type_, "columns": ["label", *COLUMNS[type_]], **page, "rows": self._rows_of(type_, page["rows"]),
                "sort": sort, "filters": filters, "q": q, "facets": facet_values}

    def keep_unfiltered(self) -> None:
        """Work out the unfiltered table of every type in its default order and keep it in the summary index
        (`tifa build` does, so that a server just started shows any table's first page in milliseconds)."""
        for type_ in TYPES:
            if type_ != "document":
                self._chosen(type_, {}, "", DEFAULT_SORT.get(type_, "-documents"))

    def _chosen(self, type_: str, filters: dict[str, str], q: str, sort: str) -> tuple[list[str], dict]:
        """The ids of the rows of `type_` that `filters` and `q` keep, sorted by `sort`, and their facets: kept
        in memory, and an unfiltered table in the summary index until it changes (the table of 40,000 projects
        costs a second to work out at 1,000 reports)."""
        key = (type_, tuple(sorted(filters.items())), q, sort)
        with self._lock:
            if key in self._tables:
                self._tables.move_to_end(key)
                return self._tables[key]
        lasting = json.dumps(["browse", type_, sort]) if not filters and not q and type_ != "document" else None
        kept = self.catalog.summary.kept(lasting) if lasting else None
        if kept is not None:
            chosen = tuple(json.loads(kept))
        else:
            with gc_paused():
                chosen = self._choose(type_, filters, q, sort)
            if lasting:
                self.catalog.summary.keep(lasting, json.dumps(chosen, ensure_ascii=False))
        with self._lock:
            self._tables[key] = chosen
            if len(self._tables) > TABLES_KEPT:
                self._tables.popitem(last=False)
        return chosen

    def _choose(self, type_: str, filters: dict[str, str], q: str, sort: str) -> tuple[list[str], dict]:
        rows = self._candidates(type_, filters)
        if rows is None:
            rows = self.rows(type_)
        if q:
            rows = [r for r in rows if q in r["label"] or any(q in a for a in r.get("aliases", ()))]
        chosen = [r for r in rows if all(value in _values(r, name) for name, value in filters.items())]
        order = SORTS.get(sort.lstrip("-"))
        if order is None and sort.lstrip("-") in COLUMNS[type_]:
            column = sort.lstrip("-")
            order = lambda row: _sortable(row.get(column))  # noqa: E731
        if order is not None:
            chosen = sorted(chosen, key=lambda r: (order(r), r["label"]), reverse=sort.startswith("-"))
        documents = self.documents()
        facet_values = {name: _facet(chosen, name, filters.get(name), documents) for name in FACETS[type_]}
        return [r["id"] for r in chosen], facet_values

    def _candidates(self, type_: str, filters: dict[str, str]) -> list[dict] | None:
        """The rows of the entities named in the reports `filters` allow (a report, region, level or year), in
        label order, when the rows of the type were not read yet: a superset of those the filters keep, read
        from a few hundred briefs instead of every row (None when no filter names reports, for documents, and
        for indicators, whose regions and years are their values' too)."""
        if type_ in self._rows or type_ in ("document", "indicator"):
            return None
        documents = self.documents()
        # each filter may hold through another report of the entity's: the reports of the narrowest one
        allowed = min(([d for d, row in documents.items() if (d if name == "document" else str(row.get(name))) == value]
                       for name, value in filters.items()
                       if name in ("document", "region", "year") or (name == "level" and type_ != "slogan")),
                      key=len, default=None)
        if allowed is None:
            return None
        with gc_paused():
            return [_entity_row(e, documents) for e in self.catalog.summary.briefs(type_, documents=allowed)]

    def _rows_of(self, type_: str, ids: list[str]) -> list[dict]:
        """The rows of `ids`: from the rows of the type when they were read, else from those entities' briefs."""
        if type_ in self._rows:
            if type_ not in self._by_id:
                self._by_id[type_] = {r["id"]: r for r in self._rows[type_]}
            return [self._by_id[type_][i] for i in ids]
        briefs, documents = self.catalog.summary.briefs_of(ids), self.documents()
        return [_entity_row(briefs[i], documents) for i in ids]


def paged(rows: list, params) -> dict:
    """One page of `rows` as ``params`` ask (``page`` from 1, ``size`` up to `MAX_PAGE_SIZE` or ``all``):
    ``{"rows", "total", "page", "size", "pages"}``.

    >>> {k: v for k, v in paged(list(range(120)), {"page": "3"}).items() if k != "rows"}
    {'total': 120, 'page': 3, 'size': 50, 'pages': 3}
    >>> paged(list(range(120)), {"page": "3"})["rows"][:2], len(paged(list(range(120)), {"size": "all"})["rows"])
    ([100, 101], 120)
    """
    size = _size(params.get("size"), len(rows))
    pages = max(1, math.ceil(len(rows) / size)) if size else 1
    page = min(max(1, _int(params.get("page"), 1)), pages)
    shown = rows[(page - 1) * size: page * size] if size else rows
    return {"rows": shown, "total": len(rows), "page": page, "size": size or len(rows), "pages": pages}


def _document_row(d: dict) -> dict:
    year = d.get("reviewed_year") or d.get("plan_year") or _int((d.get("date") or "")[:4], None)
    return {"id": d["id"], "label": d["label"], "kind": d.get("kind"), "region": d.get("region"), "level": d.get("level"),
            "year": year, "date": d.get("date"), "url": f"/documents/{d['id']}"}


def _entity_row(e: dict, documents: dict[str, dict]) -> dict:
    """The row of the table of its type for an entity's item, whole or as `Summary.briefs` gives it."""
    named_in = [documents[d] for d in e["documents"] if d in documents]
    row = {"id": e["id"], "label": e["label"], "aliases": e.get("aliases", []),
           "documents": len(e["documents"]), "evidence": len({(v["document"], v["start"]) for v in e["evidence"]}),
           "document_ids": list(e["documents"]),
           "regions": sorted({d["region"] for d in named_in if d["region"]}),
           "levels": sorted({d["level"] for d in named_in if d["level"]}),
           "years": sorted({d["year"] for d in named_in if d["year"]})}
    kind = e["type"]
    if kind == "slogan":
        row["level"] = e.get("level")
        row["components"] = [c["label"] for c in e.get("components", [])]
    elif kind == "component":
        row["slogans"] = e.get("slogans", [])
    elif kind == "programme":
        row["items"] = e.get("items", [])
        row["projects"] = e.get("projects", [])
    elif kind == "project":
        row.update({field: e.get(field, []) for field in ("programmes", "parks", "places")})
        latest = max(e.get("status") or [], key=lambda s: s["year"] or 0, default=None)
        row["status"] = latest["status"] if latest else None
        row["statuses"] = sorted({s["status"] for s in e.get("status") or []})
        invested = e.get("investment") or []
        row["investment"] = "; ".join(f"{_number(i['value'])} {i['unit']}" for i in invested) or None
        row["investment_value"] = max((i["value"] for i in invested if i["unit"] == "亿元"), default=None)
    elif kind == "park":
        row["parent"] = e.get("parent")
        row["projects"] = e.get("projects", [])
    elif kind == "place":
        row["within"] = e.get("within", [])
    elif kind == "indicator":
        observations = e.get("observations", [])
        row["observations"] = len(observations)
        row["kinds"] = sorted({o["kind"] for o in observations})
        row["regions"] = sorted(set(row["regions"]) | {o["region"] for o in observations if o["region"]})
        row["years"] = sorted(set(row["years"]) | {o["year"] for o in observations if o["year"]})
    return row


def _values(row: dict, facet: str) -> set[str]:
    """The values a row has for a facet, as strings (what a URL carries)."""
    if facet == "document":
        values = row.get("document_ids", [])
    elif facet == "level" and row.get("level"):  # a slogan's own level (a province's slogan named by a district)
        values = row["level"].split("/")
    elif facet in ("region", "level", "year", "kind") and facet + "s" in row:
        values = row[facet + "s"]
    elif facet == "programme":
        values = row.get("programmes", [])
    elif facet == "status":
        values = row.get("statuses", [])
    elif facet == "slogan":
        values = row.get("slogans", [])
    else:
        values = [row.get(facet)] if row.get(facet) is not None else []
    return {str(v) for v in values}


def _facet(rows: list[dict], name: str, selected: str | None, documents: dict[str, dict]) -> list[dict]:
    """The values of facet `name` among `rows`, with how many rows have each, most frequent first
    (years newest first); the selected value is always listed."""
    counts = Counter(value for row in rows for value in _values(row, name))
    if selected and selected not in counts:
        counts[selected] = 0
    if name == "year":
        ordered = sorted(counts, reverse=True)
    else:
        ordered = sorted(counts, key=lambda v: (-counts[v], v))
    labels = {v: documents[v]["label"] for v in counts if v in documents} if name == "document" else {}
    return [{"value": v, "label": labels.get(v, v), "count": counts[v], "selected": v == selected}
            for v in ordered]


def _sortable(value):
    if isinstance(value, list):
        return len(value)
    return (value is not None, value if value is not None else "")


def _size(value, total: int) -> int:
    """The page size a URL asks for: ``all`` → 0 (every row), else 1 … MAX_PAGE_SIZE."""
    if value == "all":
        return 0
    return min(max(1, _int(value, PAGE_SIZE)), MAX_PAGE_SIZE)


def _int(value, default):
    try:
        return int(value) if value not in (None, "") else default
    except (TypeError, ValueError):
        return default


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)
