"""`tifa list TYPE`: the entities of one type as plain dicts, in the README's JSON contract,
streamed, filtered by the reports that mention them and paged.

Every item has ``id``, ``label``, ``aliases``, ``documents`` and ``evidence``; types add their own
fields (slogans: ``level``, ``components``; programmes: ``items``, ``partial``, ``source``; projects: ``programmes``, ``parks``, ``places``,
``enterprises``, ``investment``, ``status``; parks: ``parent``, ``projects``; indicators: one item
per observation, with ``qualifier``, ``comparator``, ``value_max`` and ``period`` besides the
contract's fields; documents: ``kind``, ``region``, ``level``, ``year``, ``date``, ``reviewed_year``,
``plan_year``).

>>> items = list(iter_entities(store, "slogan", region="零陵区", limit=5))   # doctest: +SKIP
>>> items[0]["label"], items[0]["level"]                                  # doctest: +SKIP
('四区两城', 'district')

Filters choose reports (`Filters`); an entity is listed when one of the reports it is mentioned in
(its ``documents``) passes them, and it is listed whole, as the unfiltered list gives it.

Why it costs what the answer costs: the entities to list are found first — from the bound class,
or from the mentions in the chosen reports — with only what orders them (labels); they are sorted
and paged, and the fields of each page are read by a few queries bound to its nodes (`BATCH` at a
time, `tifa.queries.facts.properties`). No query reads a fact of an entity that is not listed, and
the joining happens in Python (a join of several patterns about an entity named by many reports
is what made the old queries slow).
"""

from __future__ import annotations

from collections import defaultdict
from itertools import product
from collections.abc import Iterator
from dataclasses import dataclass

import pyoxigraph as ox

from tifa.queries.facts import (BATCH, LABEL_PREDICATES, SPARQL_PREFIXES as _PREFIXES, evidence_of, label_from,
                              labels_of, latest, properties, wordings_of)
from tifa.store.sparqltext import with_values
from tifa.ontology.vocab import TIFA
from tifa.ontology.types import ENTITY_CLASSES, MENTION_CLASSES

TYPES = ("documents", *ENTITY_CLASSES)
SINGULAR = {"documents": "document", **dict(zip(ENTITY_CLASSES, MENTION_CLASSES))}

# type → {field: (predicate, direction[, type of the other end])}: "out" follows ?e → ?other,
# "in" follows ?other → ?e
_RELATIONS = {
    "projects": {
        "programmes": ("tifa:includesProject", "in", "programmes"),  # not the sections listing it
        "parks": ("tifa:hostsProject", "in"),
        "places": ("tifa:locatedIn", "out"),
        "enterprises": ("tifa:involvesEnterprise", "out"),
    },
    "parks": {"parent": ("tifa:hasMemberPark", "in"), "projects": ("tifa:hostsProject", "out")},
    "programmes": {"projects": ("tifa:includesProject", "out")},
    "components": {"slogans": ("tifa:hasComponent", "in")},
    "places": {"within": ("tifa:locatedIn", "out")},
}

# the links whose other end's label an item shows: an item changes when a linked entity's label does
LINKS = sorted({predicate for fields in _RELATIONS.values() for predicate, *_ in fields.values()}
               | {"tifa:hasComponent"})

# what every item reads of its node, and what each type adds
_COMMON = ("skos:altLabel", "tifa:mentionedIn", "prov:wasDerivedFrom")
_OWN = {"slogans": ("tifa:level", "tifa:hasComponent"),
        "programmes": ("tifa:hasItem", "tifa:listSource", "tifa:partial"),
        "projects": ("tifa:hasInvestment", "tifa:hasStatus")}

# the class written in, not bound: a query with two VALUES blocks is a join with a scan of the whole graph
_MEMBERS = _PREFIXES + "SELECT DISTINCT ?e WHERE { ?e a <%s> }"
_MENTIONED = _PREFIXES + "SELECT DISTINCT ?e WHERE { ?e tifa:mentionedIn ?d ; a <%s> }"

_AMOUNTS = _PREFIXES + """
SELECT ?node ?value ?unit ?ev WHERE {
  ?node tifa:amount ?value ; tifa:unit ?unit . OPTIONAL { ?node prov:wasDerivedFrom ?ev }
}"""

_STATUSES = _PREFIXES + """
SELECT ?node ?status ?year ?ev WHERE {
  ?node a tifa:StatusReport ; tifa:status ?status .
  OPTIONAL { ?node tifa:year ?year } OPTIONAL { ?node prov:wasDerivedFrom ?ev }
}"""

# what orders observations: indicator, year, kind, and the document and offset of their sentence
_OBSERVATION_KEYS = _PREFIXES + """
SELECT ?o ?indicator ?year ?kind ?d ?start WHERE {
  ?o a tifa:Observation ; tifa:indicator ?indicator ; tifa:rawValue ?raw ; tifa:valueKind ?kind ;
     prov:wasDerivedFrom ?ev .
  ?ev tifa:inDocument ?d ; tifa:start ?start .
  OPTIONAL { ?o tifa:year ?year }
}"""

# what an observation's item reads of its node: a row of each observation (per value, where a field has several)
# is made of these in Python from one bound query per batch (a query with an OPTIONAL for each field cost some
# 250 µs a row), read from the whole graph when the summary index is made from nothing (`WholeGraph`)
_OBSERVATION_NEEDS = {"indicator": "tifa:indicator", "raw": "tifa:rawValue", "kind": "tifa:valueKind",
                      "ev": "prov:wasDerivedFrom"}
_OBSERVATION_MAYS = {"measure": "tifa:measure", "region": "tifa:region", "year": "tifa:year", "value": "tifa:value",
                     "unit": "tifa:unit", "comparator": "tifa:comparator", "qualifier": "tifa:qualifier",
                     "valueMax": "tifa:valueMax", "periodStart": "tifa:periodStart", "periodEnd": "tifa:periodEnd",
                     "normalisedValue": "tifa:normalisedValue", "normalisedUnit": "tifa:normalisedUnit"}

_DOCUMENTS = _PREFIXES + """
SELECT ?d ?id ?title ?kind ?region ?level ?date ?reviewed ?plan ?periodStart WHERE {
  ?d a tifa:Document ; dcterms:identifier ?id .
  OPTIONAL { ?d dcterms:title ?title } OPTIONAL { ?d tifa:reportKind ?kind }
  OPTIONAL { ?d dcterms:coverage ?region } OPTIONAL { ?d tifa:level ?level } OPTIONAL { ?d dcterms:date ?date }
  OPTIONAL { ?d tifa:reviewedYear ?reviewed } OPTIONAL { ?d tifa:planYear ?plan }
  OPTIONAL { ?d tifa:periodStart ?periodStart }
} ORDER BY ?id"""


def type_name(name: str) -> str:
    """The `TYPES` name of a type given in the plural or the singular (any case).

    >>> type_name("Slogan"), type_name("projects")
    ('slogans', 'projects')
    """
    wanted = name.strip().lower()
    for plural, singular in SINGULAR.items():
        if wanted in (plural, singular):
            return plural
    raise ValueError(f"unknown type {name!r}; choose one of {', '.join(TYPES)} (or the singular)")


@dataclass(frozen=True)
class Filters:
    """Which reports count: all the given conditions hold (a report's year is the year of its
    session, else the year it plans, else the first year of its period).

    >>> Filters(region="零陵区", year=2024).admits({"id": "x", "region": "零陵区", "level": "district", "year": 2024})
    True
    """

    document: str | None = None
    region: str | None = None
    level: str | None = None
    year: int | None = None

    def __bool__(self) -> bool:
        return any(value is not None for value in (self.document, self.region, self.level, self.year))

    def admits(self, document: dict) -> bool:
        return ((self.document is None or document["id"] == self.document)
                and (self.region is None or document["region"] == self.region)
                and (self.level is None or document["level"] == self.level)
                and (self.year is None or document["year"] == self.year))


def list_entities(store, type_: str, **options) -> list[dict]:
    """All entities of `type_` (plural or singular) as contract dicts, sorted by label; `options`
    as `iter_entities` takes them."""
    return list(iter_entities(store, type_, **options))


def iter_entities(store, type_: str, *, document: str | None = None, region: str | None = None,
                  level: str | None = None, year: int | None = None, limit: int | None = None,
                  offset: int = 0, summary=None) -> Iterator[dict]:
    """The entities of `type_` mentioned in the reports the filters admit (all of them without
    filters), sorted by label then id (indicators: by indicator, year, kind, document, offset),
    from `offset` on, at most `limit` of them — produced a page of `BATCH` at a time, or read from
    `summary` (a `tifa.queries.summary.Summary` in step with the store) for types other than documents."""
    type_ = type_name(type_)
    if offset < 0 or (limit is not None and limit < 0):
        raise ValueError("--limit and --offset take numbers ≥ 0")
    filters = Filters(document, region, level, year)
    documents = summary.documents() if summary is not None else documents_of(store)
    chosen = [d for d in documents if filters.admits(d)] if filters else None
    if type_ == "documents":
        yield from (chosen if chosen is not None else documents)[offset:None if limit is None else offset + limit]
        return
    if summary is not None:
        wanted = None if chosen is None else [d["id"] for d in chosen]
        yield from (summary.observations(wanted, limit, offset) if type_ == "indicators"
                    else summary.listed(SINGULAR[type_], wanted, limit, offset))
        return
    ids = {d["iri"]: d["id"] for d in documents}
    if type_ == "indicators":
        ordered = _observation_order(store, ids, None if chosen is None else ("d", [d["iri"] for d in chosen]))
    else:
        members = _members(store, ENTITY_CLASSES[type_], chosen)
        # what labels them, read once: for sorting, then for the items (only components have wordings)
        named = properties(store, members, LABEL_PREDICATES)
        wordings = wordings_of(store, members) if type_ == "components" else {}
        labels = {iri: label_from(iri, named[iri], wordings.get(iri)) for iri in members}
        ordered = sorted(members, key=lambda iri: (labels[iri], iri))
    page = ordered[offset:None if limit is None else offset + limit]
    for start in range(0, len(page), BATCH):
        batch = page[start:start + BATCH]
        if type_ == "indicators":
            yield from _observations(store, ids, batch)
        else:
            yield from _items(store, type_, ids, batch, {iri: (named[iri], labels[iri]) for iri in batch}, wordings)


def items_of(store, type_: str, iris, ids: dict[str, str] | None = None) -> list[dict]:
    """The items of the entities `iris` (of `type_`, not indicators: those are listed by observation),
    in the order given, as `iter_entities` gives them; `ids` (document IRI → id), when the caller has them,
    spares reading the documents.

    >>> items_of(store, "slogans", ["https://w3id.org/tifa/id/slogan/四区两城@零陵区"])[0]["level"]  # doctest: +SKIP
    'district'
    """
    type_, iris = type_name(type_), list(iris)
    if type_ in ("documents", "indicators"):
        raise ValueError(f"items_of takes entity types other than {type_}")
    ids = ids if ids is not None else {d["iri"]: d["id"] for d in documents_of(store)}
    named = properties(store, iris, LABEL_PREDICATES)
    wordings = wordings_of(store, iris) if type_ == "components" else {}
    labelled = {iri: (named[iri], label_from(iri, named[iri], wordings.get(iri))) for iri in iris}
    return [item for start in range(0, len(iris), BATCH)
            for item in _items(store, type_, ids, iris[start:start + BATCH], labelled, wordings)]


def _members(store, cls, chosen: list[dict] | None) -> list[str]:
    """IRIs of the instances of `cls` (mentioned in one of the `chosen` documents, when given)."""
    if chosen is None:
        return [row["e"] for row in store.select(_MEMBERS % cls)]
    found: set[str] = set()
    for start in range(0, len(chosen), BATCH):
        text = with_values(_MENTIONED % cls, "d", [ox.NamedNode(d["iri"]) for d in chosen[start:start + BATCH]])
        found.update(row["e"] for row in store.select(text))
    return list(found)


def _items(store, type_: str, ids: dict[str, str], batch: list[str], labelled: dict, wordings: dict) -> list[dict]:
    """The contract dicts of the entities `batch` (IRIs of one type), in that order; `labelled` gives each
    one's `LABEL_PREDICATES` values and label, `wordings` the components' wordings."""
    props = properties(store, batch, (*_COMMON, *_OWN.get(type_, ()), *_out_relations(type_)))
    evidence = evidence_of(store, {ev for iri in batch for ev in props[iri]["prov:wasDerivedFrom"]}, ids)
    items = {}
    for iri in batch:
        own = props[iri]
        named, label = labelled[iri]
        aliases = own["skos:altLabel"] - {label}
        if iri in wordings:  # a component's prefLabel is its key (四区两城·3): readers expect the text's words
            aliases |= named["skos:prefLabel"] - {label}
        items[iri] = {
            "id": iri,
            "label": label,
            "aliases": sorted(aliases),
            "documents": sorted({ids[d] for d in own["tifa:mentionedIn"] if d in ids}),
            "evidence": sorted((evidence[e] for e in own["prov:wasDerivedFrom"] if e in evidence),
                               key=lambda e: (e["document"], e["start"], e["end"])),
        }
    _add_relations(store, type_, props, items)
    if type_ == "slogans":
        _add_slogan_fields(store, props, items)
    if type_ == "projects":
        _add_project_fields(store, ids, props, items)
    if type_ == "programmes":
        _add_programme_fields(store, props, items)
    return [items[iri] for iri in batch]


def _out_relations(type_: str) -> list[str]:
    return [predicate for predicate, direction, *_ in _RELATIONS.get(type_, {}).values() if direction == "out"]


def _add_relations(store, type_: str, props: dict, items: dict) -> None:
    """The labels of the nodes each item links to (`_RELATIONS`), sorted (``parent``: the first)."""
    relations = _RELATIONS.get(type_, {})
    incoming = properties(store, items, [p for p, direction, *_ in relations.values() if direction == "in"],
                          inverse=True)
    linked = {field: {iri: (props if direction == "out" else incoming)[iri][predicate] for iri in items}
              for field, (predicate, direction, *_) in relations.items()}
    others = {other for by_item in linked.values() for found in by_item.values() for other in found}
    labels = labels_of(store, others)
    typed = properties(store, others, ["rdf:type"])
    for field, (_, _, *other_type) in relations.items():
        for iri, item in items.items():
            found = linked[field][iri]
            if other_type:
                found = {other for other in found if str(ENTITY_CLASSES[other_type[0]]) in typed[other]["rdf:type"]}
            names = sorted({labels[other] for other in found})
            item[field] = (names[0] if names else None) if field == "parent" else names


def _add_slogan_fields(store, props: dict, items: dict) -> None:
    components = {c for iri in items for c in props[iri]["tifa:hasComponent"]}
    positions = properties(store, components, ["tifa:position"])
    wordings = wordings_of(store, components)
    labels = labels_of(store, components - set(wordings))
    for iri, item in items.items():
        known = sorted(props[iri]["tifa:level"] - {"unknown"})
        item["level"] = known[0] if len(known) == 1 else ("unknown" if not known else "/".join(known))
        listed = []
        for component in props[iri]["tifa:hasComponent"]:
            position = int(min(positions[component]["tifa:position"] or {"0"}, key=int))
            by_document = dict(sorted(wordings.get(component, {}).items()))
            label = latest(by_document) if by_document else labels[component]
            listed.append({"label": label, "position": position, "wordings": by_document})
        item["components"] = sorted(listed, key=lambda c: c["position"])


def _add_programme_fields(store, props: dict, items: dict) -> None:
    """``items`` (as the latest document giving a list words them, in order), ``partial`` and
    ``source`` (list, box, glossary, text: the first of these any document gives)."""
    nodes = {node for iri in items for node in props[iri]["tifa:hasItem"]}
    positions = properties(store, nodes, ["tifa:position"])
    wordings = wordings_of(store, nodes)
    for iri, item in items.items():
        lists: dict[tuple[str, str], list[tuple[int, str]]] = defaultdict(list)
        for node in props[iri]["tifa:hasItem"]:
            for document, wording in wordings.get(node, {}).items():
                position = int(min(positions[node]["tifa:position"] or {"0"}, key=int))
                lists[(document, node.rsplit("/", 1)[0])].append((position, wording))
        chosen = max(lists, key=lambda key: (key[0], len(lists[key]), key[1])) if lists else None
        item["items"] = [wording for _, wording in sorted(lists[chosen])] if chosen else []
        item["partial"] = bool(item["items"]) and "true" in props[iri]["tifa:partial"]
        given = props[iri]["tifa:listSource"]
        item["source"] = next((source for source in ("list", "box", "glossary", "text") if source in given), None)


def _add_project_fields(store, ids: dict[str, str], props: dict, items: dict) -> None:
    investments = {n for iri in items for n in props[iri]["tifa:hasInvestment"]}
    reports = {n for iri in items for n in props[iri]["tifa:hasStatus"]}
    amounts = _rows_of(store, _AMOUNTS, investments)
    statuses = _rows_of(store, _STATUSES, reports)
    evidence = evidence_of(store, {row["ev"] for row in (*amounts.values(), *statuses.values()) if row.get("ev")}, ids)

    def document(row) -> str | None:
        return evidence[row["ev"]]["document"] if row.get("ev") in evidence else None

    for iri, item in items.items():
        # each value with the clause it was read from (the JSON contract: `evidence` of investment / status)
        item["investment"] = sorted(
            ({"value": float(row["value"]), "unit": row["unit"], "document": document(row),
              "evidence": [evidence[row["ev"]]] if row.get("ev") in evidence else []}
             for node in props[iri]["tifa:hasInvestment"] if (row := amounts.get(node))),
            key=lambda i: (i["document"] or "", i["value"], _places(i)))
        item["status"] = sorted(
            ({"year": _year(row.get("year")), "status": row["status"], "document": document(row),
              "evidence": [evidence[row["ev"]]] if row.get("ev") in evidence else []}
             for node in props[iri]["tifa:hasStatus"] if (row := statuses.get(node))),
            key=lambda s: (s["year"] or 0, s["document"] or "", s["status"], _places(s)))


def _places(value: dict) -> list[tuple[str, int, int]]:
    """Where a value was read (document, offsets of each sentence): what orders two values alike otherwise
    (a set's order changes from one run to the next)."""
    return [(e["document"], e["start"], e["end"]) for e in value["evidence"]]


def _rows_of(store, query: str, nodes) -> dict[str, dict]:
    """node → a row of `query` (whose ``?node`` is bound to `nodes`, `BATCH` at a time)."""
    nodes = sorted(nodes)
    return {row["node"]: row for start in range(0, len(nodes), BATCH)
            for row in store.select(with_values(query, "node", [ox.NamedNode(n) for n in nodes[start:start + BATCH]]))}


def _observation_order(store, ids: dict[str, str], bound: tuple[str, list[str]] | None) -> list[str]:
    """The observations in listing order: all of them, or those whose variable ``bound[0]`` (``d``, the
    document; ``indicator``) is one of the IRIs ``bound[1]``."""
    if bound is None:
        rows = store.select(_OBSERVATION_KEYS)
    else:
        name, iris = bound
        rows = [row for start in range(0, len(iris), BATCH)
                for row in store.select(with_values(_OBSERVATION_KEYS, name,
                                                    [ox.NamedNode(iri) for iri in iris[start:start + BATCH]]))]
    indicators = labels_of(store, {row["indicator"] for row in rows})
    keys = {}
    for row in rows:
        if row["d"] in ids:
            key = (indicators[row["indicator"]], _year(row.get("year")) or 0, row["kind"], ids[row["d"]],
                   int(row["start"]), row["o"])
            keys[row["o"]] = min(key, keys.get(row["o"], key))
    return sorted(keys, key=keys.get)


def observations_of(store, indicators, ids: dict[str, str] | None = None) -> list[dict]:
    """The items of the observations of the indicators `indicators` (IRIs), in listing order (what
    ``tifa list indicators`` gives of them); `ids` (document IRI → id), when the caller has them, spares
    reading the documents."""
    ids = ids if ids is not None else {d["iri"]: d["id"] for d in documents_of(store)}
    stated = properties(store, set(indicators), ["tifa:indicator"], inverse=True)
    observations = sorted({o for by_predicate in stated.values() for o in by_predicate["tifa:indicator"]})
    items = [item for start in range(0, len(observations), BATCH)
             for item in _observations(store, ids, observations[start:start + BATCH])]
    keys = {}  # as `_observation_order` orders them: by the first place the observation is said
    for item in items:
        key = (item["indicator"], item["year"] or 0, item["kind"], item["document"], item["evidence"][0]["start"],
               item["id"])
        keys[item["id"]] = min(key, keys.get(item["id"], key))
    return sorted(items, key=lambda item: keys[item["id"]])  # stable: an observation's items keep their order


def _observations(store, ids: dict[str, str], batch: list[str]) -> list[dict]:
    """The items of the observations `batch`, in that order (one per observation and sentence)."""
    rows = _observation_rows(store, batch)
    evidence = evidence_of(store, {row["ev"] for row in rows}, ids)
    labels = labels_of(store, {row[key] for row in rows for key in ("indicator", "region") if row.get(key)})
    found = defaultdict(list)
    for row in rows:
        ev = evidence.get(row["ev"])
        if ev is None:
            continue
        indicator = labels[row["indicator"]]
        found[row["o"]].append({
            "id": row["o"], "label": f"{indicator} {row.get('year', '')[:4]}".strip(), "aliases": [],
            "documents": [ev["document"]], "evidence": [ev],
            "indicator": indicator, "measure": row.get("measure"),
            "region": labels[row["region"]] if row.get("region") else None,
            "year": _year(row.get("year")), "value": float(row["value"]) if row.get("value") else None,
            "raw": row["raw"], "unit": row.get("unit"), "kind": row["kind"], "document": ev["document"],
            "qualifier": row.get("qualifier"), "comparator": row.get("comparator"),
            "value_max": float(row["valueMax"]) if row.get("valueMax") else None,
            "period": [_year(row["periodStart"]), _year(row["periodEnd"])] if row.get("periodStart") else None,
            "normalised_value": float(row["normalisedValue"]) if row.get("normalisedValue") else None,
            "normalised_unit": row.get("normalisedUnit"),
        })
    return [item for o in batch for item in sorted(found[o], key=lambda i: (i["document"], i["evidence"][0]["start"]))]


def _observation_rows(store, batch: list[str]) -> list[dict]:
    """A row (field → value, ``o`` the node) for each observation of `batch` and each choice of one value per
    field, as a SPARQL query would give them: none for a node that is no observation or lacks a needed field."""
    fields = {**_OBSERVATION_NEEDS, **_OBSERVATION_MAYS}
    props = properties(store, batch, ["rdf:type", *fields.values()])
    rows = []
    for o in batch:
        own = props[o] if o in props else {}
        if str(TIFA.Observation) not in own.get("rdf:type", ()) or not all(own.get(need)
                                                                           for need in _OBSERVATION_NEEDS.values()):
            continue
        choices = [[(name, value) for value in sorted(own[predicate])] if own.get(predicate) else [(name, None)]
                   for name, predicate in fields.items()]
        rows.extend({"o": o, **{name: value for name, value in chosen if value is not None}} for chosen in product(*choices))
    return rows


def documents_of(store) -> list[dict]:
    """The documents as `tifa list documents` gives them (with each one's ``iri``), by id."""
    out = []
    for row in store.select(_DOCUMENTS):
        date = row.get("date")
        out.append({"id": row["id"], "label": row.get("title") or row["id"], "aliases": [],
                    "documents": [row["id"]], "evidence": [], "iri": row["d"], "kind": row.get("kind"),
                    "region": row.get("region"), "level": row.get("level"),
                    "year": _year(date) or _year(row.get("plan")) or _year(row.get("periodStart")),
                    "date": date, "reviewed_year": _year(row.get("reviewed")), "plan_year": _year(row.get("plan"))})
    return out


def _year(value) -> int | None:
    return int(str(value)[:4]) if value else None
