"""`tifa series`: an indicator's values year by year, actual / estimate / target / baseline side
by side, one row per (region, year, measure) so that levels (亿元) and growth rates (%) never
share a row.

>>> rows = series(store, "地区生产总值", region="零陵区")                     # doctest: +SKIP
>>> [(r["year"], r["measure"], r["estimate"]) for r in rows if r["estimate"]]  # doctest: +SKIP
[(2022, 'growth', [6.2]), (2024, 'growth', [5.3]), (2024, 'level', [290.0])]
"""

from __future__ import annotations

from .library import load, to_term

KINDS = ("actual", "estimate", "target", "baseline")
# the pattern that keeps one region's observations (series.rq's ?regionLabel, bound)
_IN_REGION = "?observation tifa:region/skos:prefLabel ?regionLabel ."
COLUMNS = ("indicator", "region", "year", "measure", "unit", *KINDS, "documents")


def series(store, indicator: str, *, region: str | None = None) -> list[dict]:
    """Rows of `series.rq` for `indicator` (and `region`, when given): ``indicator, region,
    year (int), measure, unit, actual, estimate, target, baseline, documents``. A kind's cell is
    a list of values — numbers, or the words a report used instead of a number — empty when
    no report gives that kind; documents is the list of document ids the row came from.
    """
    query = load("series")
    text, bound = query.text, query.bind({"indicator": indicator})
    if region is not None:  # only that region's observations are read (not every region's, then dropped)
        text = text.replace("WHERE {", f"WHERE {{ {_IN_REGION}", 1)
        bound["regionLabel"] = to_term(region, "label")
    return series_rows(store.select(text, bound), region=region)


def series_rows(rows: list[dict], *, region: str | None = None) -> list[dict]:
    """`series.rq`'s answer (rows of strings, as `store.select` gives them) as `series` returns it.

    >>> series_rows([{"indicator": "GDP", "year": "2024", "target": "6 | 增长", "documents": "b a"}])[0]["target"]
    [6.0, '增长']
    """
    out = []
    for row in rows:
        if region is not None and row.get("region") != region:
            continue
        out.append({
            "indicator": row["indicator"], "region": row.get("region"),
            "year": int(row["year"][:4]) if row.get("year") else None,
            "measure": row.get("measure"), "unit": row.get("unit"),
            **{kind: [_number(v) for v in row[kind].split(" | ")] if row.get(kind) else [] for kind in KINDS},
            "documents": sorted(row["documents"].split()) if row.get("documents") else [],
        })
    out.sort(key=lambda r: (r["region"] or "", r["year"] or 0, r["measure"] or ""))
    return out


def _number(text: str) -> float | str:
    try:
        return float(text)
    except ValueError:
        return text
