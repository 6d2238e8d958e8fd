"""`tifa series`: an indicator's values year by year, actual / estimate / target / baseline side
by side, one row per (region, year, measure) so that levels (亿元) and growth rates (%) never
share a row.

Values written in different units of one dimension share a row and compare: the graph keeps each
value in its dimension's canonical unit (`tifa:normalisedValue`: 1.3万亿元 → 13000 亿元), and a
line (region, measure) is shown in the unit its reports write most, so a series of 元 stays in 元
and 1.3万亿元 beside 9321亿元 reads 13000 beside 9321. Each value keeps its written form.

>>> rows = series(store, "地区生产总值", region="零陵区")                     # doctest: +SKIP
>>> [(r["year"], r["measure"], r["estimate"]) for r in rows if r["estimate"]]  # doctest: +SKIP
[(2022, 'growth', [6.2]), (2024, 'growth', [5.3]), (2024, 'level', [290.0])]
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from .library import load, to_term

KINDS = ("actual", "estimate", "target", "baseline")
# the pattern that keeps one region's observations (series.rq's ?regionLabel, bound), and where it goes
_IN_REGION = "?observation tifa:region/skos:prefLabel ?regionLabel ."
_REGION_PLACE = "# (one region's series: `tifa series --region` binds it here)"
COLUMNS = ("indicator", "region", "year", "measure", "unit", *KINDS, "documents")
# a value of series.rq in the canonical unit, written in another unit: 13000 (1.3万亿元)
_CONVERTED = re.compile(r"^(?P<value>\S+) \((?P<number>[-+]?[\d.]+(?:[eE][-+]?\d+)?)(?P<unit>\D.*)\)$")


def series(store, indicator: str, *, region: str | None = None, summary=None) -> list[dict]:
    """Rows of `series.rq` for `indicator` (and `region`, when given): ``indicator, region,
    year (int), measure, unit, actual, estimate, target, baseline, documents``, and
    ``normalised_unit`` and ``written``. A kind's cell is a list of values in the row's ``unit`` —
    numbers, or the words a report used instead of a number — empty when no report gives that kind;
    ``written`` gives, kind by kind, each value as its report wrote it (``1.3万亿元``, or the words);
    ``normalised_unit`` is the canonical unit of the row's dimension (亿元), or the row's unit when it
    has nothing to convert (%); documents is the list of document ids the row came from.

    With `summary` (the store's summary index, in step with it: `tifa.queries.summary.summary_in_step`)
    the observations are read from the index instead of the graph (milliseconds, where series.rq takes
    seconds at 1,000 reports); the rows are the same.
    """
    if summary is not None:
        return series_rows(answer_from_items(indicator, summary.observations_named(indicator), region), region=region)
    query = load("series")
    text, bound = query.text, query.bind({"indicator": indicator})
    if region is not None:  # only that region's observations are read (not every region's, then dropped)
        text = text.replace(_REGION_PLACE, _IN_REGION, 1)
        bound["regionLabel"] = to_term(region, "label")
    return series_rows(store.select(text, bound), region=region)


def answer_from_items(indicator: str, items, region: str | None = None) -> list[dict]:
    """What `series.rq` answers for `indicator`, made from the `tifa list indicators` items of its
    observations (rows of strings, grouped by region, year, measure and unit as the query groups them).

    >>> item = {"id": "o1", "region": "零陵区", "year": 2024, "measure": "level", "unit": "万亿元", "value": 1.3,
    ...         "raw": "1.3万亿元", "kind": "target", "document": "a", "normalised_value": 13000.0,
    ...         "normalised_unit": "亿元"}
    >>> answer_from_items("GDP", [item])[0]["target"], answer_from_items("GDP", [item])[0]["unit"]
    ('13000.0 (1.3万亿元)', '亿元')
    """
    groups: dict[tuple, dict] = {}
    for item in items:
        if region is not None and item["region"] != region:
            continue
        unit = item["normalised_unit"] or item["unit"]
        row = groups.setdefault((item["region"], item["year"], item["measure"], unit), {
            "indicator": indicator, "region": item["region"], "year": str(item["year"]) if item["year"] else None,
            "measure": item["measure"], "unit": unit, **{kind: [] for kind in KINDS}, "documents": set()})
        if (shown := _shown(item)) not in row[item["kind"]]:
            row[item["kind"]].append(shown)
        row["documents"].add(item["document"])
    return [{**row, **{kind: " | ".join(row[kind]) for kind in KINDS}, "documents": " ".join(sorted(row["documents"]))}
            for row in groups.values()]


def _shown(item: dict) -> str:
    """A value as series.rq shows it: in the canonical unit with its written form after it when it was
    written in another unit (13000.0 (1.3万亿元)), else the value (or the words a report gave)."""
    if item["normalised_value"] is not None and item["unit"] != item["normalised_unit"]:
        return f"{item['normalised_value']!r} ({item['value']!r}{item['unit']})"
    return repr(item["value"]) if item["value"] is not None else item["raw"]


def series_rows(rows: list[dict], *, region: str | None = None) -> list[dict]:
    """`series.rq`'s answer (rows of strings, as `store.select` gives them) as `series` returns it.

    >>> series_rows([{"indicator": "GDP", "year": "2024", "target": "6 | 增长", "documents": "b a"}])[0]["target"]
    [6.0, '增长']
    >>> rows = series_rows([{"indicator": "GDP", "year": "2019", "unit": "亿元", "measure": "level",
    ...                      "actual": "9321.19", "target": "10000 (1万亿元)"}])
    >>> rows[0]["unit"], rows[0]["target"], rows[0]["actual"], rows[0]["written"]["target"]
    ('亿元', [10000.0], [9321.19], ['1万亿元'])
    """
    out = []
    for row in rows:
        if region is not None and row.get("region") != region:
            continue
        cells = {kind: [_entry(v, row.get("unit")) for v in row[kind].split(" | ")] if row.get(kind) else []
                 for kind in KINDS}
        out.append({
            "indicator": row["indicator"], "region": row.get("region"),
            "year": int(row["year"][:4]) if row.get("year") else None,
            "measure": row.get("measure"), "unit": row.get("unit"), **cells,
            "documents": sorted(row["documents"].split()) if row.get("documents") else [],
            "normalised_unit": row.get("unit"),
        })
    _in_written_unit(out)
    out.sort(key=lambda r: (r["region"] or "", r["year"] or 0, r["measure"] or ""))
    return out


def _entry(text: str, unit: str | None) -> tuple[float | str, str | None, float | None, str]:
    """(value in the canonical unit or words, unit written, number written, written form) of one cell entry."""
    converted = _CONVERTED.match(text)
    if converted:
        number = float(converted.group("number"))
        return float(converted.group("value")), converted.group("unit"), number, f"{number:g}{converted.group('unit')}"
    value = _number(text)
    if isinstance(value, str):
        return value, None, None, value
    return value, unit, value, f"{value:g}{unit or ''}"


def _in_written_unit(rows: list[dict]) -> None:
    """Each line's values (region, measure, canonical unit) in the unit its reports write most, with
    `written` the values as written; in place. The worth of a unit in the canonical one is read off
    the values themselves (13000 written 1.3万亿元: one 万亿元 is 10000)."""
    lines = defaultdict(list)
    for row in rows:
        lines[(row["indicator"], row["region"], row["measure"], row["unit"])].append(row)
    for line in lines.values():
        entries = [entry for row in line for kind in KINDS for entry in row[kind] if entry[1] is not None]
        units = Counter(unit for _, unit, _, _ in entries)
        shown = max(units, key=lambda u: (units[u], u == line[0]["unit"]), default=line[0]["unit"])
        worth = next((value / number for value, unit, number, _ in entries if unit == shown and number), None)
        if worth is None:
            shown, worth = line[0]["unit"], 1.0
        for row in line:
            row["unit"] = shown
            row["written"] = {}
            for kind in KINDS:
                values, written = [], []
                for value, _, _, form in row[kind]:
                    value = value if isinstance(value, str) else float(f"{value / worth:.12g}")
                    if value not in values:
                        values.append(value)
                        written.append(form)
                row[kind], row["written"][kind] = values, written


def _number(text: str) -> float | str:
    try:
        return float(text)
    except ValueError:
        return text
