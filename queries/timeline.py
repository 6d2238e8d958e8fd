"""`tifa timeline`: what the reports said about one project, in order — the status words
(立项, 开工, 前期, 竣工, …) with the year they are about, and the investment amounts.

>>> line = timeline(store, "何仙观水库")                                  # doctest: +SKIP
>>> [(s["year"], s["status"], s["document"]) for s in line["status"]]     # doctest: +SKIP
[(2023, '开工', 'lingling-2022-plan'), (2023, '立项', 'lingling-2022-plan'), (2024, '前期', 'yongzhou-2024-gwr'), (2025, '立项', 'lingling-2024-plan')]
"""

from __future__ import annotations

from collections import defaultdict

import pyoxigraph as ox
from tifa.queries.aliases import find_by_key
from tifa.store.sparqltext import with_values

from .library import QueryError, load
from .trace import document_order


def timeline(store, label: str) -> dict:
    """``{"id", "label", "status": [...], "investment": [...], "alternatives": [ids]}`` for the
    project labelled `label` (prefLabel or alias, else any spelling resolving to a project's key;
    when several projects carry it, the one most reported on). Status items: year, status, document, text, start, end — by year, then by
    report; investment items: amount, unit, document, text, start, end — by report.

    `QueryError` when no project carries the label.
    """
    query = load("timeline")
    rows = store.select(query.text, query.bind({"label": label}))
    if not rows:  # another spelling of a project's name (何仙观水库工程): its key's label
        for name in _key_labels(store, label):
            rows += store.select(query.text, query.bind({"label": name}))
    by_project: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        by_project[row["project"]].append(row)
    if not by_project:
        raise QueryError(f"no project is labelled {label!r}")
    chosen = max(sorted(by_project), key=lambda iri: len(by_project[iri]))
    order = document_order(store, {row["document"] for row in by_project[chosen]})
    status, investment = [], []
    for row in by_project[chosen]:
        evidence = {"document": row["document"], "text": row["text"], "start": int(row["start"]), "end": int(row["end"])}
        if row["kind"] == "status":
            status.append({"year": int(row["year"][:4]) if row.get("year") else None, "status": row["status"], **evidence})
        else:
            investment.append({"amount": float(row["amount"]), "unit": row.get("unit"), **evidence})
    status.sort(key=lambda s: (s["year"] or 0, order.get(s["document"], ()), s["start"], s["status"]))
    investment.sort(key=lambda i: (order.get(i["document"], ()), i["start"], i["amount"]))
    return {"id": chosen, "label": label, "status": status, "investment": investment,
            "alternatives": [iri for iri in sorted(by_project) if iri != chosen]}


def _key_labels(store, label: str) -> list[str]:
    """The prefLabels of the projects `label` names through its resolution key."""
    found = find_by_key(store, label)
    if not found:
        return []
    rows = store.select(with_values(_PROJECT_LABELS, "node", [ox.NamedNode(iri) for iri in found]))
    return sorted({row["label"] for row in rows})


_PROJECT_LABELS = """
SELECT DISTINCT ?label WHERE { ?node a tifa:Project ; skos:prefLabel ?label }"""
