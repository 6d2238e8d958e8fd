"""`tifa targets`: what was promised against what was delivered — each target a report set for a
region and year, with the result the next report gave for that year, and whether it was met.

>>> pairs = targets_vs_results(store, "零陵区")                                     # doctest: +SKIP
>>> [(p["indicator"], p["year"], p["verdict"]) for p in pairs][:1]                  # doctest: +SKIP
[('产业投资占固定资产投资比重', 2020, 'met')]

The join (`targets-vs-results.rq`) pairs a target with every result of the same indicator,
measure and year (and period, for a figure over several years) from another report; here the
result of the *next* report is kept: the earliest report after the target's that gives one, its
actual before its estimate before a five-year plan's base-year figure. The verdict reads the
target's qualifier:

- at most (以内, 控制在, a decline 下降3%以上): met when the result is at or below the target
  (the upper end of a range);
- about (左右): met when the result is no more than 5% (relative) below the target;
- at least, strive, none: met when the result is at or above the target (a plain decline target,
  下降3%, stored as -3, is met at or below it);
- a target in words (与经济增长同步) or in units that do not convert: ``stated in words`` or
  ``not comparable``.

Values compare in the canonical unit of their dimension, as the graph keeps them
(``tifa:normalisedValue``): a target of 1万亿元 against a result of 9321亿元 is 10000 against 9321
亿元; ``value``, ``unit`` and ``raw`` stay as the reports write them.

With an indicator, the years whose result has no target say why: ``not stated`` (the report that
planned that year has targets for it, none for this indicator) or ``not read`` (tifa read no
target of that report for that year).
"""

from __future__ import annotations

from collections import defaultdict

from tifa.queries.aliases import name_key

from .library import load

ABOUT_MARGIN = 0.05
"""How far below an 'about' target (增长7.5%左右) a result may fall and still meet it, relative."""

KIND_PREFERENCE = ("actual", "estimate", "baseline")

_TARGET_YEARS = """
SELECT ?document ?year (COUNT(?o) AS ?targets) WHERE {
  ?place skos:prefLabel|skos:altLabel ?region .
  ?o tifa:region ?place ; tifa:valueKind "target" ; tifa:year ?year ;
     prov:wasDerivedFrom/tifa:inDocument/dcterms:identifier ?document .
} GROUP BY ?document ?year"""

_RESULTS = """
SELECT ?indicator ?measure ?year ?kind ?value ?raw ?unit ?normalised ?normalisedUnit ?document ?text ?start ?end WHERE {
  ?place skos:prefLabel|skos:altLabel ?region .
  ?o tifa:region ?place ; tifa:indicator ?i ; tifa:valueKind ?kind ; tifa:year ?year ; tifa:measure ?measure ;
     tifa:value ?value ; tifa:rawValue ?raw ; prov:wasDerivedFrom ?e .
  FILTER(?kind IN ("actual", "estimate"))
  FILTER NOT EXISTS { ?o tifa:periodStart ?start0 }
  ?i skos:prefLabel ?indicator .
  ?e tifa:inDocument/dcterms:identifier ?document ; tifa:text ?text ; tifa:start ?start ; tifa:end ?end .
  OPTIONAL { ?o tifa:unit ?unit }
  OPTIONAL { ?o tifa:normalisedValue ?normalised ; tifa:normalisedUnit ?normalisedUnit }
}"""

_REPORTS = """
SELECT ?document ?date ?plan ?start WHERE {
  ?d a tifa:Document ; dcterms:identifier ?document .
  OPTIONAL { ?d dcterms:date ?date } OPTIONAL { ?d tifa:planYear ?plan } OPTIONAL { ?d tifa:periodStart ?start }
}"""

_PLANNING = """
SELECT ?document ?plan ?region WHERE {
  ?d a tifa:Document ; dcterms:identifier ?document ; dcterms:coverage ?region ; tifa:planYear ?plan .
}"""


def targets_vs_results(store, region: str, *, indicator: str | None = None) -> list[dict]:
    """Target/result pairs of `region` (and of `indicator`, by label or alias, when given), by
    indicator, year and measure. Each item: ``indicator, region, measure, year, period, target,
    result, verdict``; ``target`` and ``result`` hold ``value, unit, raw, document, evidence``
    (``{"document", "text", "start", "end"}``), the target also ``value_max, qualifier`` and the
    result its ``kind``. With `indicator`, a year whose result has no target gives an item with
    ``target`` None and the verdict ``not stated`` or ``not read``.
    """
    query = load("targets-vs-results")
    rows = store.select(query.text, query.bind({"region": region}))
    wanted = name_key("indicator", indicator) if indicator else None
    rows = [row for row in rows if wanted is None or name_key("indicator", row["indicator"]) == wanted]
    order = report_order(store)
    candidates: dict[tuple, list[dict]] = defaultdict(list)
    for row in rows:
        candidates[(row["indicator"], row["measure"], row["year"], row["targetDocument"], int(row["targetStart"]),
                    row["targetRaw"])].append(row)
    pairs = []
    for key, found in candidates.items():
        later = [row for row in found if order.get(row["resultDocument"], ()) > order.get(row["targetDocument"], ())]
        if not later:
            continue
        first_report = min(order.get(row["resultDocument"], ()) for row in later)
        chosen = min((row for row in later if order.get(row["resultDocument"], ()) == first_report),
                     key=lambda row: (KIND_PREFERENCE.index(row["resultKind"]), int(row["resultStart"])))
        pairs.append(_pair(region, chosen))
    if wanted is not None:
        pairs += _unpaired(store, region, wanted, pairs)
    return sorted(pairs, key=lambda p: (p["indicator"], p["year"], p["measure"], p["verdict"]))


def report_order(store) -> dict[str, tuple]:
    """Document id → a key that sorts reports in the order they were made: by the date heard, else
    the first year planned (a five-year plan's first year) — the report planning 2020 comes before
    the five-year plan of 2021–2025 whose base year is 2020."""
    order = {}
    for row in store.select(_REPORTS):
        when = row.get("date") or (row.get("plan") or row.get("start") or "")[:4]
        order[row["document"]] = (when, row["document"])
    return order


def _pair(region: str, row: dict) -> dict:
    target = {
        "value": _number(row.get("targetValue")), "value_max": _number(row.get("targetMax")),
        "unit": row.get("targetUnit"), "raw": row["targetRaw"], "qualifier": row.get("qualifier"),
        "comparator": row.get("comparator"), "document": row["targetDocument"],
        "evidence": _evidence(row, "target"), **_normalised(row, "target"),
    }
    result = {"value": float(row["resultValue"]), "unit": row.get("resultUnit"), "raw": row["resultRaw"],
              "kind": row["resultKind"], "document": row["resultDocument"], "evidence": _evidence(row, "result"),
              **_normalised(row, "result")}
    year = int(row["year"][:4])
    start = int(row["periodStart"][:4]) if row.get("periodStart") else None
    return {"indicator": row["indicator"], "region": region, "measure": row["measure"], "year": year,
            "period": [start, year] if start else None, "target": target, "result": result,
            "verdict": verdict(target, result)}


def verdict(target: dict, result: dict) -> str:
    """met / missed / stated in words / not comparable, from the target's qualifier (see above), on
    the values in their canonical unit.

    >>> verdict({"value": 7.5, "unit": "%", "qualifier": "about"}, {"value": 7.2, "unit": "%"})
    'met'
    >>> verdict({"value": 3.0, "unit": "%", "qualifier": "at most"}, {"value": 3.4, "unit": "%"})
    'missed'
    >>> verdict({"value": 1.0, "unit": "万亿元", "normalised_value": 10000.0, "normalised_unit": "亿元", "qualifier": None},
    ...         {"value": 9321.0, "unit": "亿元", "normalised_value": 9321.0, "normalised_unit": "亿元"})
    'missed'
    >>> verdict({"value": 4300.0, "unit": "人", "normalised_value": 0.43, "normalised_unit": "万人"},
    ...         {"value": 5.2, "unit": "%"})
    'not comparable'
    """
    if target["value"] is None:
        return "stated in words"
    (expected, unit), (achieved, result_unit) = _canonical(target), _canonical(result)
    if unit != result_unit:
        return "not comparable"
    qualifier = target.get("qualifier")
    if qualifier == "at most" or (qualifier != "at least" and expected < 0):  # a ceiling, or a decline
        ceiling = expected
        if target.get("value_max") is not None and qualifier == "at most":
            ceiling = target["value_max"] * (expected / target["value"] if target["value"] else 1)
        return "met" if achieved <= ceiling else "missed"
    if qualifier == "about":
        return "met" if achieved >= expected - ABOUT_MARGIN * abs(expected) else "missed"
    return "met" if achieved >= expected else "missed"


def _canonical(value: dict) -> tuple[float, str | None]:
    """A target's or a result's (value, unit) in the canonical unit, or as written when its unit has none."""
    if value.get("normalised_value") is not None:
        return value["normalised_value"], value["normalised_unit"]
    return value["value"], value.get("unit")


def _normalised(row: dict, prefix: str) -> dict:
    """``normalised_value`` and ``normalised_unit`` of the target's or the result's columns of `row`."""
    return {"normalised_value": _number(row.get(prefix + "Normalised")),
            "normalised_unit": row.get(prefix + "NormalisedUnit")}


def _unpaired(store, region: str, wanted: str, pairs: list[dict]) -> list[dict]:
    """Results of the indicator with no target: ``not stated`` or ``not read`` (see the module)."""
    bound = {"region": _label(region)}
    targets = {(row["document"], int(row["year"][:4])): int(row["targets"]) for row in store.select(_TARGET_YEARS, bound)}
    planning = defaultdict(list)
    for row in store.select(_PLANNING):
        if row["region"] == region:
            planning[int(row["plan"][:4])].append(row["document"])
    paired = {(p["measure"], p["year"]) for p in pairs}
    out, seen = [], set()
    for row in sorted(store.select(_RESULTS, bound), key=lambda r: (r["document"], int(r["start"]))):
        year = int(row["year"][:4])
        if name_key("indicator", row["indicator"]) != wanted or (row["measure"], year) in paired:
            continue
        planners = planning.get(year, [])
        if not planners or (row["measure"], year) in seen:
            continue
        seen.add((row["measure"], year))
        stated = any(targets.get((document, year)) for document in planners)
        result = {"value": float(row["value"]), "unit": row.get("unit"), "raw": row["raw"], "kind": row["kind"],
                  "document": row["document"], "evidence": _evidence(row, ""),
                  "normalised_value": _number(row.get("normalised")), "normalised_unit": row.get("normalisedUnit")}
        out.append({"indicator": row["indicator"], "region": region, "measure": row["measure"], "year": year,
                    "period": None, "target": None, "result": result,
                    "verdict": "not stated" if stated else "not read", "planned_in": sorted(planners)})
    return out


def _label(text: str):
    import pyoxigraph as ox

    return ox.Literal(text, language="zh")


def _evidence(row: dict, prefix: str) -> dict:
    name = (lambda field: prefix + field.capitalize()) if prefix else (lambda field: field)
    return {"document": row[name("document")], "text": row[name("text")], "start": int(row[name("start")]),
            "end": int(row[name("end")])}


def _number(text) -> float | None:
    return float(text) if text not in (None, "") else None
