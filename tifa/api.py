"""tifa from Python: open a graph (embedded store or SPARQL endpoint) and ask it, getting plain Python back.

    import tifa

    with tifa.open() as kg:                    # the default store; or tifa.open("/path/to/store")
        kg.query("slogan-components", label="四区两城")
        # [{'label': '四区两城', 'slogan': 'https://w3id.org/tifa/id/slogan/…', 'position': 1, …}, …]
        kg.query("SELECT DISTINCT ?p WHERE { ?p skos:prefLabel ?l FILTER(STR(?l) = ?name) }",
                 name="何仙观水库")             # ?name is bound to the value, never pasted into the text
        kg.query("ASK { ?s a tifa:Slogan }")   # True
        kg.list("parks")[0]["label"]
        kg.trace("四区两城")["root"]["children"]
        kg.series("地区生产总值", region="零陵区")

    kg = tifa.open(endpoint="http://127.0.0.1:7878/query")    # any SPARQL 1.1 server

`query` takes a library query's name (see `tifa queries`), the path of an .rq file, or SPARQL text; keyword
arguments are bound as values, never pasted into the text. SELECT gives a list of dicts (every variable a
key; IRIs and strings as str, numbers as int/float, booleans as bool, years as int, unbound as None), ASK a
bool, CONSTRUCT/DESCRIBE an `rdflib.Graph`.
"""

from __future__ import annotations


import pyoxigraph as ox

from tifa.store.embedded import open_store
from tifa.queries.library import find, run

XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGERS = {XSD + t for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger",
                               "positiveInteger", "negativeInteger", "nonPositiveInteger", "unsignedInt",
                               "unsignedLong", "unsignedShort", "unsignedByte", "gYear")}
_FLOATS = {XSD + t for t in ("decimal", "double", "float")}


def open(store=None, *, endpoint: str | None = None) -> Graph:  # noqa: A001 (tifa.open, like io.open)
    """The graph in the store directory `store` (default: ``$TIFA_STORE`` or the user data directory),
    or on the SPARQL endpoint `endpoint`. Use it as a context manager, or call `close()`.

    An embedded store is opened for writing (pyoxigraph's read-only mode is unsafe while another
    process writes), so `tifa build` on the same directory waits until this graph is closed.
    """
    if store is not None and endpoint is not None:
        raise ValueError("give a store or an endpoint, not both")
    if endpoint is not None:
        from tifa.store.remote import RemoteStore

        return Graph(RemoteStore(endpoint, read_only=True))
    return Graph(open_store(store))


class Graph:
    """A tifa knowledge graph: library queries, listings, stats, traces, timelines and series."""

    def __init__(self, store):
        self.store = store
        self._summary = None  # the summary index, once asked for (nothing writes the store while it is open here)
        self._summary_checked = False

    def __enter__(self) -> Graph:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if self._summary is not None:
            self._summary.close()
        self.store.close()

    def summary(self):
        """The store's summary index when it is in step with the store (`tifa build` keeps it so), else None:
        listings and series read it instead of the graph (milliseconds where the graph takes seconds at
        1,000 reports), with the same answers. Checked once: this graph holds the store, so no build
        changes it while it is open."""
        if not self._summary_checked:
            from tifa.queries.summary import summary_in_step

            self._summary, self._summary_checked = summary_in_step(self.store), True
        return self._summary

    def query(self, name_or_sparql: str, **params):
        """Run a named query, an .rq file or SPARQL text with `params` bound; see the module docstring."""
        query = find(name_or_sparql)
        convert = to_term if query.adhoc else str  # a library query types its own parameters
        return to_python(run(self.store, query, {name: convert(value) for name, value in params.items()}))

    def list(self, type_: str, *, document: str | None = None, region: str | None = None, level: str | None = None,
             year: int | None = None, limit: int | None = None, offset: int = 0) -> list[dict]:
        """The entities of one type (``slogans``, ``projects``, …) in the JSON contract of `tifa list`, with
        its filters: ``kg.list("projects", region="零陵区", limit=50)``."""
        from tifa.queries.listing import list_entities

        return list_entities(self.store, type_, document=document, region=region, level=level, year=year,
                             limit=limit, offset=offset, summary=self.summary())

    def stats(self) -> dict[str, int]:
        """Counts of documents, entities per type, observations and triples."""
        from tifa.queries.stats import stats

        return stats(self.store)

    def trace(self, label: str, **options) -> dict:
        """The trace tree from the entity `label` (``{"root": NODE}``), as `tifa trace --json` prints it."""
        from tifa.queries.trace import trace

        return trace(self.store, label, **options)

    def timeline(self, label: str) -> dict:
        """A project's status and investment across reports, in order, as `tifa timeline` shows it."""
        from tifa.queries.timeline import timeline

        return timeline(self.store, label)

    def series(self, indicator: str, region: str | None = None) -> list[dict]:
        """An indicator's values by year, actual and target side by side, as `tifa series` shows it."""
        from tifa.queries.series import series

        return series(self.store, indicator, region=region, summary=self.summary())




def to_term(value) -> ox.NamedNode | ox.Literal:
    """A Python value as the RDF term bound to a variable of SPARQL text (str → plain literal).

    >>> to_term(3)
    <Literal value=3 datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#integer>>
    """
    if isinstance(value, (ox.NamedNode, ox.Literal, ox.BlankNode)):
        return value
    if isinstance(value, bool):
        return ox.Literal("true" if value else "false", datatype=ox.NamedNode(XSD + "boolean"))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=ox.NamedNode(XSD + "integer"))
    if isinstance(value, float):
        return ox.Literal(repr(value), datatype=ox.NamedNode(XSD + "double"))
    if type(value).__name__ == "URIRef":  # rdflib's IRIs, without importing rdflib here
        return ox.NamedNode(str(value))
    return ox.Literal(str(value))


def to_python(result):
    """A pyoxigraph (or RemoteStore) query result as plain Python: rows of dicts, a bool or an rdflib Graph."""
    if isinstance(result, (bool, ox.QueryBoolean)):
        return bool(result)
    if hasattr(result, "variables"):
        names = [v.value for v in result.variables]
        return [{name: value(row[name]) for name in names} for row in result]
    import rdflib

    graph = rdflib.Graph()
    graph.parse(data=ox.serialize(list(result), format=ox.RdfFormat.N_TRIPLES), format="nt")
    return graph


def value(term):
    """A term as a plain Python value: IRI → str, number → int/float, boolean → bool, year → int, else str.

    >>> value(ox.Literal("2024", datatype=ox.NamedNode(XSD + "gYear"))), value(ox.Literal("四区两城", language="zh"))
    (2024, '四区两城')
    """
    if term is None:
        return None
    if isinstance(term, ox.BlankNode):
        return "_:" + term.value
    if not isinstance(term, ox.Literal):
        return term.value if isinstance(term, ox.NamedNode) else str(term)
    datatype = term.datatype.value
    try:
        if datatype in _INTEGERS:
            return int(term.value)
        if datatype in _FLOATS:
            return float(term.value)
    except ValueError:  # an ill-typed literal ("12万" as xsd:integer) stays text
        return term.value
    if datatype == XSD + "boolean":
        return term.value in ("true", "1")
    return term.value
