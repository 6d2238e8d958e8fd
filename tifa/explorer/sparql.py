"""The SPARQL page's helpers: a library query as ready-to-run text, SPARQL JSON results as table rows,
and the chart of a result shaped like the ``series`` query's.

>>> from tifa.queries.library import load
>>> "VALUES ?label { \\"四区两城\\"@zh }" in example_text(load("slogan-components"))
True
"""

from __future__ import annotations

import json
import shlex

from tifa.graph.sparqltext import inject_values
from tifa.ontology.vocab import ID_BASE
from tifa.queries.library import NamedQuery, QueryError

# SELECT/ASK as SPARQL JSON, CONSTRUCT/DESCRIBE as Turtle (the endpoint negotiates per kind of result)
EXAMPLE_ACCEPT = "application/sparql-results+json, text/turtle;q=0.9"

GRAPH_EXAMPLE = {
    "title": "Graph: a slogan, its components and what realises them (CONSTRUCT, drawn as a network)",
    "description": "A CONSTRUCT answer is a graph: the page shows its triples and draws them.",
    "text": """CONSTRUCT {
  ?slogan tifa:hasComponent ?component .
  ?component tifa:realisedBy ?realiser .
} WHERE {
  ?slogan skos:prefLabel "四区两城"@zh ; tifa:hasComponent ?component .
  OPTIONAL { ?component tifa:realisedBy ?realiser }
}""",
}

SERIES_COLUMNS = ("indicator", "region", "year", "measure", "unit", "actual", "estimate", "target", "baseline",
                  "documents")


def example_text(query: NamedQuery) -> str:
    """The query's text with the parameters of its example (``--param name=value``) bound in a VALUES
    block, ready to run as it is."""
    words = shlex.split(query.example) if query.example else []
    values = dict(word.split("=", 1) for word, before in zip(words[1:], words) if before == "--param" and "=" in word)
    try:
        return inject_values(query.text, query.bind(values)) if values else query.text
    except (QueryError, ValueError):
        return query.text


def solutions(answer: dict) -> dict:
    """SPARQL JSON results as ``{"kind": "select", "columns", "rows"}`` (each cell ``{"text", "iri"}``,
    ``iri`` set for the explorer's own entities) or ``{"kind": "ask", "boolean"}``."""
    if "boolean" in answer:
        return {"kind": "ask", "boolean": answer["boolean"]}
    columns = answer["head"]["vars"]
    rows = []
    for binding in answer["results"]["bindings"]:
        row = []
        for name in columns:
            term = binding.get(name)
            text = "" if term is None else term["value"]
            iri = text if term and term["type"] == "uri" and text.startswith(ID_BASE) else None
            row.append({"text": text, "iri": iri})
        rows.append(row)
    return {"kind": "select", "columns": columns, "rows": rows}


def series_chart(result: dict) -> dict | None:
    """A plotly figure (as JSON-ready dict) for a result with the ``series`` query's columns, else None."""
    if result["kind"] != "select" or not set(SERIES_COLUMNS) <= set(result["columns"]) or not result["rows"]:
        return None
    from tifa.charts import chart_figure
    from tifa.queries.series import series_rows

    index = {name: k for k, name in enumerate(result["columns"])}
    rows = series_rows([{name: row[k]["text"] for name, k in index.items() if row[k]["text"]}
                        for row in result["rows"]])
    title = " / ".join(sorted({row["indicator"] for row in rows}))
    return json.loads(chart_figure(rows, title).to_json())  # plain JSON types (plotly may hold numpy arrays)
