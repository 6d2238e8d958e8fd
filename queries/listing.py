"""`tifa list TYPE`: the entities of one type as plain dicts, in the JSON contract of DESIGN.md.

Every item has ``id``, ``label``, ``aliases``, ``documents`` and ``evidence``; types add their own
fields (slogans: ``level``, ``components``; programmes: ``items``, ``partial``, ``source``; projects: ``programmes``, ``parks``, ``places``,
``enterprises``, ``investment``, ``status``; parks: ``parent``, ``projects``; indicators: one item
per observation, with ``qualifier``, ``comparator``, ``value_max`` and ``period`` besides the
contract's fields).

>>> items = list_entities(store, "slogans")        # doctest: +SKIP
>>> items[0]["label"], items[0]["level"]           # doctest: +SKIP
('四区两城', 'district')

Why the queries are this small: an entity named by many documents has its triples in each of
their graphs, and Oxigraph reads the union of graphs as a bag, so a join of several patterns
about one entity multiplies its copies (k graphs → k × k × … rows). Each query here asks for one
kind of fact, de-duplicated (`Facts`), and the joining happens in Python — linear in the graph.
"""

from __future__ import annotations

from collections import defaultdict

from tifa.graph.facts import SPARQL_PREFIXES as _PREFIXES
from tifa.graph.facts import Facts, latest
from tifa.ontology.types import ENTITY_CLASSES

TYPES = ("documents", *ENTITY_CLASSES)

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

_AMOUNTS = _PREFIXES + """
SELECT ?node ?value ?unit ?ev WHERE {
  ?node tifa:amount ?value ; tifa:unit ?unit . OPTIONAL { ?node prov:wasDerivedFrom ?ev }
}"""

_STATUSES = _PREFIXES + """
SELECT ?node ?status ?year ?ev WHERE {
  ?node a tifa:StatusReport ; tifa:status ?status .
  OPTIONAL { ?node tifa:year ?year } OPTIONAL { ?node prov:wasDerivedFrom ?ev }
}"""

_OBSERVATIONS = _PREFIXES + """
SELECT ?o ?indicator ?measure ?region ?year ?value ?raw ?unit ?kind ?ev ?comparator ?qualifier ?valueMax
       ?periodStart ?periodEnd WHERE {
  ?o a tifa:Observation ; tifa:indicator ?indicator ; tifa:rawValue ?raw ; tifa:valueKind ?kind ;
     prov:wasDerivedFrom ?ev .
  OPTIONAL { ?o tifa:measure ?measure } OPTIONAL { ?o tifa:region ?region }
  OPTIONAL { ?o tifa:year ?year } OPTIONAL { ?o tifa:value ?value } OPTIONAL { ?o tifa:unit ?unit }
  OPTIONAL { ?o tifa:comparator ?comparator } OPTIONAL { ?o tifa:qualifier ?qualifier }
  OPTIONAL { ?o tifa:valueMax ?valueMax }
  OPTIONAL { ?o tifa:periodStart ?periodStart ; tifa:periodEnd ?periodEnd }
} ORDER BY ?o"""

_DOCUMENTS = _PREFIXES + """
SELECT ?d ?id ?title ?kind ?region ?date ?reviewed ?plan WHERE {
  ?d a tifa:Document ; dcterms:identifier ?id .
  OPTIONAL { ?d dcterms:title ?title } OPTIONAL { ?d tifa:reportKind ?kind }
  OPTIONAL { ?d dcterms:coverage ?region } OPTIONAL { ?d dcterms:date ?date }
  OPTIONAL { ?d tifa:reviewedYear ?reviewed } OPTIONAL { ?d tifa:planYear ?plan }
} ORDER BY ?id"""


def list_entities(store, type_: str) -> list[dict]:
    """All entities of `type_` (a name from `TYPES`) as contract dicts, sorted by label."""
    if type_ not in TYPES:
        raise ValueError(f"unknown type {type_!r}; choose one of {', '.join(TYPES)}")
    facts = Facts(store)
    if type_ == "documents":
        return _documents(store)
    if type_ == "indicators":
        return _observations(store, facts)
    items = {iri: _item(facts, iri) for iri in facts.instances(ENTITY_CLASSES[type_])}
    for field, (predicate, direction, *other_type) in _RELATIONS.get(type_, {}).items():
        related = facts.objects(predicate) if direction == "out" else facts.subjects(predicate)
        allowed = facts.instances(ENTITY_CLASSES[other_type[0]]) if other_type else None
        for iri, item in items.items():
            others = related.get(iri, set())
            labels = sorted({facts.label(other) for other in (others & allowed if allowed is not None else others)})
            item[field] = (labels[0] if labels else None) if field == "parent" else labels
    if type_ == "components":
        _label_by_wording(facts, items)
    if type_ == "slogans":
        _add_slogan_fields(store, facts, items)
    if type_ == "projects":
        _add_project_fields(store, facts, items)
    if type_ == "programmes":
        _add_programme_fields(facts, items)
    return sorted(items.values(), key=lambda i: (i["label"], i["id"]))


def _item(facts: Facts, iri: str) -> dict:
    doc_ids = facts.document_ids()
    evidence = facts.evidence()
    label = facts.label(iri)
    return {
        "id": iri,
        "label": label,
        "aliases": sorted(facts.objects("skos:altLabel").get(iri, set()) - {label}),
        "documents": sorted({doc_ids[d] for d in facts.objects("tifa:mentionedIn").get(iri, ()) if d in doc_ids}),
        "evidence": sorted((evidence[e] for e in facts.objects("prov:wasDerivedFrom").get(iri, ()) if e in evidence),
                           key=lambda e: (e["document"], e["start"])),
    }


def _label_by_wording(facts: Facts, items: dict) -> None:
    """A component's prefLabel is its key (四区两城·3); readers expect the words of the text, so
    the label is the latest document's wording and the key becomes an alias."""
    for iri, item in items.items():
        if iri in facts.wordings():
            keys = facts.objects("skos:prefLabel").get(iri, set())
            item["aliases"] = sorted({*item["aliases"], *keys} - {item["label"]})


def _add_slogan_fields(store, facts: Facts, items: dict) -> None:
    wordings = facts.wordings()
    components = facts.objects("tifa:hasComponent")
    positions = facts.objects("tifa:position")
    for iri, item in items.items():
        levels = facts.objects("tifa:level").get(iri, set())
        known = sorted(levels - {"unknown"})
        item["level"] = known[0] if len(known) == 1 else ("unknown" if not known else "/".join(known))
        listed = []
        for component in components.get(iri, ()):
            position = int(min(positions.get(component, {"0"}), key=int))
            by_document = dict(sorted(wordings.get(component, {}).items()))
            label = latest(by_document) if by_document else facts.label(component)
            listed.append({"label": label, "position": position, "wordings": by_document})
        item["components"] = sorted(listed, key=lambda c: c["position"])


def _add_programme_fields(facts: Facts, items: dict) -> None:
    """``items`` (as the latest document giving a list words them, in order), ``partial`` and
    ``source`` (list, box, glossary, text: the first of these any document gives)."""
    wordings = facts.wordings()
    positions = facts.objects("tifa:position")
    sources = facts.objects("tifa:listSource")
    partial = facts.objects("tifa:partial")
    for iri, item in items.items():
        lists: dict[tuple[str, str], list[tuple[int, str]]] = defaultdict(list)
        for node in facts.objects("tifa:hasItem").get(iri, ()):
            for document, wording in wordings.get(node, {}).items():
                lists[(document, node.rsplit("/", 1)[0])].append((int(min(positions.get(node, {"0"}), key=int)), wording))
        chosen = max(lists, key=lambda key: (key[0], len(lists[key]), key[1])) if lists else None
        item["items"] = [wording for _, wording in sorted(lists[chosen])] if chosen else []
        item["partial"] = bool(item["items"]) and "true" in partial.get(iri, set())
        given = sources.get(iri, set())
        item["source"] = next((source for source in ("list", "box", "glossary", "text") if source in given), None)


def _add_project_fields(store, facts: Facts, items: dict) -> None:
    evidence = facts.evidence()
    amounts = {row["node"]: row for row in store.select(_AMOUNTS)}
    statuses = {row["node"]: row for row in store.select(_STATUSES)}

    def document(row) -> str | None:
        return evidence[row["ev"]]["document"] if row.get("ev") in evidence else None

    for iri, item in items.items():
        # each value with the clause it was read from (DESIGN.md: `evidence` of investment / status)
        item["investment"] = sorted(
            ({"value": float(row["value"]), "unit": row["unit"], "document": document(row),
              "evidence": [evidence[row["ev"]]] if row.get("ev") in evidence else []}
             for node in facts.objects("tifa:hasInvestment").get(iri, ()) if (row := amounts.get(node))),
            key=lambda i: (i["document"] or "", i["value"]))
        item["status"] = sorted(
            ({"year": _year(row.get("year")), "status": row["status"], "document": document(row),
              "evidence": [evidence[row["ev"]]] if row.get("ev") in evidence else []}
             for node in facts.objects("tifa:hasStatus").get(iri, ()) if (row := statuses.get(node))),
            key=lambda s: (s["year"] or 0, s["document"] or "", s["status"]))


def _observations(store, facts: Facts) -> list[dict]:
    evidence = facts.evidence()
    items = []
    for row in store.select(_OBSERVATIONS):
        ev = evidence.get(row["ev"])
        if ev is None:
            continue
        indicator = facts.label(row["indicator"])
        items.append({
            "id": row["o"], "label": f"{indicator} {row.get('year', '')[:4]}".strip(), "aliases": [],
            "documents": [ev["document"]], "evidence": [ev],
            "indicator": indicator, "measure": row.get("measure"),
            "region": facts.label(row["region"]) if row.get("region") else None,
            "year": _year(row.get("year")), "value": float(row["value"]) if row.get("value") else None,
            "raw": row["raw"], "unit": row.get("unit"), "kind": row["kind"], "document": ev["document"],
            "qualifier": row.get("qualifier"), "comparator": row.get("comparator"),
            "value_max": float(row["valueMax"]) if row.get("valueMax") else None,
            "period": [_year(row["periodStart"]), _year(row["periodEnd"])] if row.get("periodStart") else None,
        })
    return sorted(items, key=lambda o: (o["indicator"], o["year"] or 0, o["kind"], o["document"],
                                        o["evidence"][0]["start"]))


def _documents(store) -> list[dict]:
    out = []
    for row in store.select(_DOCUMENTS):
        out.append({"id": row["id"], "label": row.get("title") or row["id"], "aliases": [],
                    "documents": [row["id"]], "evidence": [], "iri": row["d"], "kind": row.get("kind"),
                    "region": row.get("region"), "date": row.get("date"),
                    "reviewed_year": _year(row.get("reviewed")), "plan_year": _year(row.get("plan"))})
    return out


def _year(value) -> int | None:
    return int(str(value)[:4]) if value else None
