"""`tifa list TYPE`: the entities of one type as plain dicts, in the JSON contract of DESIGN.md.

Every item has ``id``, ``label``, ``aliases``, ``documents`` and ``evidence``; types add their own
fields (slogans: ``level``, ``components``; projects: ``programmes``, ``parks``, ``places``,
``enterprises``, ``investment``, ``status``; parks: ``parent``, ``projects``; indicators: one item
per observation). The queries run over the union of all document graphs.

>>> items = list_entities(store, "slogans")        # doctest: +SKIP
>>> items[0]["label"], items[0]["level"]           # doctest: +SKIP
('四区两城', 'district')
"""

from __future__ import annotations

from collections import defaultdict

from tifa.ontology.vocab import ENTITY_CLASSES, PREFIXES, document_id

TYPES = ("documents", *ENTITY_CLASSES)

_PREFIXES = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())

_ENTITIES = _PREFIXES + """
SELECT ?e ?label ?alt ?doc WHERE {
  ?e a %(cls)s ; skos:prefLabel ?label .
  OPTIONAL { ?e skos:altLabel ?alt }
  OPTIONAL { ?e tifa:mentionedIn/dcterms:identifier ?doc }
}"""

_EVIDENCE = _PREFIXES + """
SELECT ?e ?doc ?text ?start ?end WHERE {
  ?e a %(cls)s ; prov:wasDerivedFrom ?ev .
  ?ev tifa:inDocument/dcterms:identifier ?doc ; tifa:text ?text ; tifa:start ?start ; tifa:end ?end .
}"""

_RELATED = _PREFIXES + """
SELECT ?e ?label WHERE {
  ?e a %(cls)s . %(pattern)s
  ?other skos:prefLabel ?label .
}"""

_COMPONENTS = _PREFIXES + """
SELECT ?e ?label ?position ?wording ?g WHERE {
  ?e a tifa:Slogan ; tifa:hasComponent ?c .
  ?c skos:prefLabel ?label ; tifa:position ?position .
  OPTIONAL { GRAPH ?g { ?c tifa:wording ?wording } }
}"""

_WORDINGS = _PREFIXES + """
SELECT ?e ?wording ?g WHERE { ?e a tifa:SloganComponent . GRAPH ?g { ?e tifa:wording ?wording } }"""

_LEVELS = _PREFIXES + "SELECT ?e ?level WHERE { ?e a tifa:Slogan ; tifa:level ?level }"

_INVESTMENT = _PREFIXES + """
SELECT ?e ?value ?unit ?doc WHERE {
  ?e a tifa:Project ; tifa:hasInvestment ?i . ?i tifa:amount ?value ; tifa:unit ?unit .
  OPTIONAL { ?i prov:wasDerivedFrom/tifa:inDocument/dcterms:identifier ?doc }
}"""

_STATUS = _PREFIXES + """
SELECT ?e ?year ?status ?doc WHERE {
  ?e a tifa:Project ; tifa:hasStatus ?s . ?s tifa:status ?status .
  OPTIONAL { ?s tifa:year ?year }
  OPTIONAL { ?s prov:wasDerivedFrom/tifa:inDocument/dcterms:identifier ?doc }
}"""

_OBSERVATIONS = _PREFIXES + """
SELECT ?o ?indicator ?measure ?region ?year ?value ?raw ?unit ?kind ?doc ?text ?start ?end WHERE {
  ?o a tifa:Observation ; tifa:indicator/skos:prefLabel ?indicator ; tifa:rawValue ?raw ;
     tifa:valueKind ?kind ; prov:wasDerivedFrom ?ev .
  ?ev tifa:inDocument/dcterms:identifier ?doc ; tifa:text ?text ; tifa:start ?start ; tifa:end ?end .
  OPTIONAL { ?o tifa:measure ?measure }
  OPTIONAL { ?o tifa:region/skos:prefLabel ?region }
  OPTIONAL { ?o tifa:year ?year }
  OPTIONAL { ?o tifa:value ?value }
  OPTIONAL { ?o tifa:unit ?unit }
} ORDER BY ?indicator ?year ?kind ?doc ?start"""

_DOCUMENTS = _PREFIXES + """
SELECT ?d ?id ?title ?kind ?region ?date ?reviewed ?plan WHERE {
  ?d a tifa:Document ; dcterms:identifier ?id .
  OPTIONAL { ?d dcterms:title ?title } OPTIONAL { ?d tifa:reportKind ?kind }
  OPTIONAL { ?d dcterms:coverage ?region } OPTIONAL { ?d dcterms:date ?date }
  OPTIONAL { ?d tifa:reviewedYear ?reviewed } OPTIONAL { ?d tifa:planYear ?plan }
} ORDER BY ?id"""

# type → {field: graph pattern from ?e to ?other}
_RELATIONS = {
    "projects": {
        "programmes": "?other tifa:includesProject ?e . ?other a tifa:Programme .",
        "parks": "?other tifa:hostsProject ?e .",
        "places": "?e tifa:locatedIn ?other .",
        "enterprises": "?e tifa:involvesEnterprise ?other .",
    },
    "parks": {
        "parent": "?other tifa:hasMemberPark ?e .",
        "projects": "?e tifa:hostsProject ?other .",
    },
    "programmes": {"projects": "?e tifa:includesProject ?other ."},
    "components": {"slogans": "?other tifa:hasComponent ?e ."},
    "places": {"within": "?e tifa:locatedIn ?other ."},
}


def list_entities(store, type_: str) -> list[dict]:
    """All entities of `type_` (a name from `TYPES`) as contract dicts, sorted by label."""
    if type_ not in TYPES:
        raise ValueError(f"unknown type {type_!r}; choose one of {', '.join(TYPES)}")
    if type_ == "documents":
        return _documents(store)
    if type_ == "indicators":
        return _observations(store)
    cls = ENTITY_CLASSES[type_].n3()
    items: dict[str, dict] = {}
    for row in store.select(_ENTITIES % {"cls": cls}):
        item = items.setdefault(row["e"], {"id": row["e"], "label": row["label"], "aliases": set(),
                                           "documents": set(), "evidence": []})
        if row.get("alt"):
            item["aliases"].add(row["alt"])
        if row.get("doc"):
            item["documents"].add(row["doc"])
    for row in store.select(_EVIDENCE % {"cls": cls}):
        if row["e"] in items:
            items[row["e"]]["evidence"].append(_evidence(row))
    for field, pattern in _RELATIONS.get(type_, {}).items():
        related = defaultdict(set)
        for row in store.select(_RELATED % {"cls": cls, "pattern": pattern}):
            related[row["e"]].add(row["label"])
        for iri, item in items.items():
            values = sorted(related.get(iri, ()))
            item[field] = (values[0] if values else None) if field == "parent" else values
    if type_ == "components":
        _label_by_wording(store, items)
    if type_ == "slogans":
        _add_slogan_fields(store, items)
    if type_ == "projects":
        _add_project_fields(store, items)
    return [_finish(item) for item in sorted(items.values(), key=lambda i: (i["label"], i["id"]))]


def _label_by_wording(store, items: dict) -> None:
    """A component's prefLabel is its key (四区两城·3); readers expect the words of the text, so
    the label is the latest document's wording and the key becomes an alias."""
    wordings = defaultdict(dict)
    for row in store.select(_WORDINGS):
        wordings[row["e"]][document_id(row["g"])] = row["wording"]
    for iri, item in items.items():
        if wordings.get(iri):
            item["aliases"].add(item["label"])
            item["label"] = _latest(wordings[iri])


def _latest(by_document: dict[str, str]) -> str:
    # document ids of one series sort by year (lingling-2022-plan < lingling-2024-plan)
    return by_document[max(by_document)]


def _add_slogan_fields(store, items: dict) -> None:
    for item in items.values():
        item["level"], item["components"] = "unknown", []
    for row in store.select(_LEVELS):
        if row["e"] in items:
            items[row["e"]]["level"] = row["level"]
    wordings: dict[tuple, dict] = {}
    for row in store.select(_COMPONENTS):
        if row["e"] not in items:
            continue
        key = (row["e"], int(row["position"]))
        entry = wordings.setdefault(key, {"label": row["label"], "position": key[1], "wordings": {}})
        if row.get("wording"):
            entry["wordings"][document_id(row["g"])] = row["wording"]
    for (slogan, _), entry in sorted(wordings.items(), key=lambda kv: kv[0][1]):
        if entry["wordings"]:
            entry["label"] = _latest(entry["wordings"])
        items[slogan]["components"].append({"label": entry["label"], "position": entry["position"],
                                            "wordings": dict(sorted(entry["wordings"].items()))})


def _add_project_fields(store, items: dict) -> None:
    for item in items.values():
        item["investment"], item["status"] = [], []
    for row in store.select(_INVESTMENT):
        if row["e"] in items:
            items[row["e"]]["investment"].append(
                {"value": float(row["value"]), "unit": row["unit"], "document": row.get("doc")})
    for row in store.select(_STATUS):
        if row["e"] in items:
            items[row["e"]]["status"].append(
                {"year": _year(row.get("year")), "status": row["status"], "document": row.get("doc")})
    for item in items.values():
        item["investment"].sort(key=lambda i: (i["document"] or "", i["value"]))
        item["status"].sort(key=lambda s: (s["year"] or 0, s["document"] or "", s["status"]))


def _observations(store) -> list[dict]:
    items = {}
    for row in store.select(_OBSERVATIONS):
        item = items.get(row["o"])
        if item is None:
            item = items[row["o"]] = {
                "id": row["o"], "label": f"{row['indicator']} {row.get('year') or ''}".strip(),
                "aliases": [], "documents": [row["doc"]], "evidence": [],
                "indicator": row["indicator"], "measure": row.get("measure"), "region": row.get("region"),
                "year": _year(row.get("year")), "value": float(row["value"]) if row.get("value") else None,
                "raw": row["raw"], "unit": row.get("unit"), "kind": row["kind"], "document": row["doc"],
            }
        item["evidence"].append(_evidence(row))
    return list(items.values())


def _documents(store) -> list[dict]:
    out = []
    for row in store.select(_DOCUMENTS):
        out.append({"id": row["id"], "label": row.get("title") or row["id"], "aliases": [],
                    "documents": [row["id"]], "evidence": [], "iri": row["d"], "kind": row.get("kind"),
                    "region": row.get("region"), "date": row.get("date"),
                    "reviewed_year": _year(row.get("reviewed")), "plan_year": _year(row.get("plan"))})
    return out


def _evidence(row) -> dict:
    return {"document": row["doc"], "text": row["text"], "start": int(row["start"]), "end": int(row["end"])}


def _year(value) -> int | None:
    return int(str(value)[:4]) if value else None


def _finish(item: dict) -> dict:
    item["aliases"] = sorted(item["aliases"] - {item["label"]})
    item["documents"] = sorted(item["documents"])
    item["evidence"].sort(key=lambda e: (e["document"], e["start"]))
    return item
