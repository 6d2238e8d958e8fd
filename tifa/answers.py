"""A SPARQL query's answer as the HTTP body a client asked for: the result format negotiated from the
Accept header, rows or triples cut at a cap. `tifa.query_worker` runs this for `tifa serve`.

>>> answer(store, "ASK {}", "application/sparql-results+xml", max_rows=10).media_type   # doctest: +SKIP
'application/sparql-results+xml'

Formats: SELECT as SPARQL JSON (default), XML, CSV or TSV; ASK as JSON or XML; CONSTRUCT/DESCRIBE as
Turtle (default) or N-Triples. An Accept header matching nothing gets the default rather than a 406.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

from tifa.queries.results import Result, serialize

# What each kind of result can be served as: (media type sent, media types that ask for it); default first.
FORMAT_OF = {"application/sparql-results+json": "json", "application/sparql-results+xml": "xml", "text/csv": "csv",
             "text/tab-separated-values": "tsv", "text/turtle": "ttl", "application/n-triples": "nt"}
SOLUTION_TYPES = [
    ("application/sparql-results+json", ("application/sparql-results+json", "application/json")),
    ("application/sparql-results+xml", ("application/sparql-results+xml", "application/xml", "text/xml")),
    ("text/csv", ("text/csv",)),
    ("text/tab-separated-values", ("text/tab-separated-values",)),
]
BOOLEAN_TYPES = SOLUTION_TYPES[:2]
GRAPH_TYPES = [
    ("text/turtle", ("text/turtle", "application/turtle", "application/x-turtle")),
    ("application/n-triples", ("application/n-triples", "text/plain")),
]


@dataclass
class Answer:
    """A finished query: its body, media type and whether it was cut at the row cap."""

    body: bytes
    media_type: str
    truncated: bool = False


def answer(store, query: str, accept: str, *, max_rows: int) -> Answer:
    """Run `query` on `store` and write its result in the format `accept` prefers, cut at `max_rows`
    rows or triples. Raises what `store.query` raises (SyntaxError for a malformed query)."""
    result = store.query(query)
    if isinstance(result, (bool, ox.QueryBoolean)):  # bool: a RemoteStore's answer
        media_type = negotiate(accept, BOOLEAN_TYPES)
        return Answer(_body(Result("ask", boolean=bool(result)), media_type), media_type)
    if hasattr(result, "variables"):  # solutions
        media_type = negotiate(accept, SOLUTION_TYPES)
        variables = [v.value for v in result.variables]
        rows, truncated = take(result, max_rows)
        solutions = Result("select", variables, [[row[name] for name in variables] for row in rows])
        return Answer(_body(solutions, media_type), media_type, truncated)
    media_type = negotiate(accept, GRAPH_TYPES)
    triples, truncated = take(result, max_rows)
    return Answer(_body(Result("graph", triples=list(triples)), media_type), media_type, truncated)


def negotiate(accept: str, offers: list[tuple[str, tuple[str, ...]]]) -> str:
    """The offered media type the Accept header prefers (the first offer when nothing matches).

    >>> negotiate("text/csv;q=0.5, application/sparql-results+xml", SOLUTION_TYPES)
    'application/sparql-results+xml'
    >>> negotiate("image/png", SOLUTION_TYPES)
    'application/sparql-results+json'
    """
    ranges = []
    for part in accept.split(","):
        media, *params = (p.strip() for p in part.split(";"))
        q = next((p[2:] for p in params if p.replace(" ", "").startswith("q=")), "1")
        try:
            ranges.append((media.lower(), float(q)))
        except ValueError:
            ranges.append((media.lower(), 1.0))

    def quality(aliases: tuple[str, ...]) -> float:
        best, specificity = 0.0, -1
        for media, q in ranges:
            kind = media.split("/")[0]
            level = 2 if media in aliases else 1 if media == f"{kind}/*" and any(
                a.startswith(kind + "/") for a in aliases) else 0 if media == "*/*" else -1
            if level > specificity:
                best, specificity = q, level
        return best

    scored = [(quality(aliases), -index, media_type) for index, (media_type, aliases) in enumerate(offers)]
    q, _, media_type = max(scored)
    return media_type if q > 0 else offers[0][0]


def take(items, limit: int) -> tuple[list, bool]:
    """The first `limit` items of an iterator, and whether there were more."""
    taken = []
    for item in items:
        if len(taken) == limit:
            return taken, True
        taken.append(item)
    return taken, False


def _body(result: Result, media_type: str) -> bytes:
    """The answer in the format `media_type` names (the writers are `tifa.queries.results`')."""
    return serialize(result, FORMAT_OF[media_type]).encode("utf-8")
