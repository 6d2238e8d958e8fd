"""The named SPARQL queries of `queries/*.rq`, with the parameters each one takes.

Every .rq file opens with a comment block that describes it::

    # title: Components of a slogan
    # description: The components of a slogan in order, with each document's wording.
    # param: label (string) — the slogan's label, e.g. 四区两城
    # example: tifa query slogan-components --param label=四区两城
    SELECT DISTINCT ?position ?wording ?document ?label WHERE { … }

Parameters are SPARQL variables bound before the query runs (a ``VALUES`` block written by
pyoxigraph, never the raw value pasted into the text). Types:
``label`` (a ``@zh`` literal, matched directly against skos:prefLabel / skos:altLabel — an index
lookup, where ``FILTER(STR(?l) = …)`` scans every label), ``string`` (a plain literal),
``integer``, ``year`` (xsd:gYear), ``iri``.

Oxigraph evaluates ``OPTIONAL { GRAPH ?g {…} }`` against the union poorly when the selective
part of the query is not evaluated first: put that part in a sub-select (see
``slogan-components.rq``; 13 s → 40 ms on a graph three times the corpus).

Other shapes that Oxigraph evaluates over the whole graph instead of from the bound values
(seconds on a graph 100× the corpus; profile with `store.select` timings at that size):

- an OPTIONAL group of several patterns, or holding a UNION: make a pattern every row has a
  required one (``series.rq``), or split the group in plain OPTIONALs (``entity.rq``);
- ``FILTER(STR(?l) = ?value)`` over labels: bind a ``label`` parameter and match it directly;
- a UNION whose branches start with unbound patterns, and ``GRAPH ?g {…}`` with ``?g`` free (every
  document graph is tried per solution): bind ``?g`` with VALUES (see `tifa.queries.trace`);
- a sub-select holding the parameter's pattern: the VALUES block goes to the outer group, so the
  sub-select is evaluated for every label of the graph — match the label in the group itself;
- a required pattern after an OPTIONAL: it is evaluated on its own (``project-status.rq`` 135 s →
  0.04 s at 1,000 reports with the OPTIONAL last);
- two VALUES blocks in one query: joined with a scan of the whole graph — bind one, write the rest in
  (`tifa.queries.facts.properties`);
- an OPTIONAL group with a FILTER on a class variable (``?x a ?class FILTER(?class IN (…))``): one
  OPTIONAL per class, written in (``entity.rq``: 7–10 s → 0.4–0.6 s at 300 reports);
- an OPTIONAL group sharing three variables with the row (Oxigraph's cost model then prefers a hash join,
  evaluating the group over the whole graph), or reading a variable some rows leave unbound: keep each
  OPTIONAL to one or two patterns on nodes every row has, bind such nodes in every UNION branch, and chain
  lookups through ``COALESCE(?x, tifa:none)`` (``entity.rq``: 18–22 s → 0.1 s for 乡村振兴 and 绕城高速 at
  1,000 reports);
- a property path or two patterns in one OPTIONAL (``tifa:region/skos:prefLabel``, a value and its unit):
  joined by hash over the whole graph too — one pattern per OPTIONAL, the path's middle node chained
  through ``COALESCE`` (``series.rq`` at 1,000 reports: 地区生产总值 3.7 s → 1.35 s, of one region 2.1 s → 0.2 s).
- a parameter bound outside a sub-select that groups or a join of two large sets of rows matched on several
  variables (a region's targets against its results): put the parameter inside, with the comment
  ``# (parameters are bound here)`` (`tifa.store.sparqltext.VALUES_HERE`, once or more), and read each set in its
  own sub-select (``indicator-values.rq`` 34 s → 0.3–1.4 s, ``targets-vs-results.rq`` 5 s → 0.3 s at 1,000 reports).

>>> query = load("slogan-components")                      # doctest: +SKIP
>>> query.params["label"].type                              # doctest: +SKIP
'string'
>>> rows = store.select(query.text, query.bind({"label": "四区两城"}))   # doctest: +SKIP
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache
from importlib.resources import files
from pathlib import Path

import pyoxigraph as ox
from tifa.store.embedded import StoreError

PARAM_TYPES = ("label", "string", "integer", "year", "iri")
_HEADER = re.compile(r"^#\s*(\w+):\s*(.*)$")
_PARAM = re.compile(r"^(\w+)\s*\((\w+)\)\s*(?:[—–-]+\s*)?(.*)$")


class QueryError(ValueError):
    """A query or parameter that cannot be used; the message is one line meant for the user."""


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    help: str


@dataclass(frozen=True)
class NamedQuery:
    name: str
    title: str
    description: str
    text: str
    params: dict[str, Param] = field(default_factory=dict)
    example: str = ""
    adhoc: bool = False  # given by the user (text or file) rather than shipped in the library

    def bind(self, values: dict[str, str]) -> dict[str, ox.Literal | ox.NamedNode]:
        """Parameter values (as the command line gives them) turned into RDF terms.

        Unknown or missing parameters raise `QueryError`.
        """
        unknown = sorted(set(values) - set(self.params))
        if unknown:
            raise QueryError(f"query {self.name} takes no parameter {', '.join(unknown)}"
                             f" (it takes: {', '.join(self.params) or 'none'})")
        missing = sorted(set(self.params) - set(values))
        if missing:
            raise QueryError(f"query {self.name} needs --param {missing[0]}=… ({self.params[missing[0]].help})")
        return {name: to_term(value, self.params[name].type, name) for name, value in values.items()}


def to_term(value: str, type_: str, name: str = "value") -> ox.Literal | ox.NamedNode:
    """A parameter value as an RDF term of its declared type.

    >>> to_term("2024", "year")
    <Literal value=2024 datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#gYear>>
    """
    xsd = "http://www.w3.org/2001/XMLSchema#"
    if type_ == "label":
        return ox.Literal(value, language="zh")
    if type_ == "string":
        return ox.Literal(value)
    if type_ in ("integer", "year"):
        if not re.fullmatch(r"-?\d+", value.strip()):
            raise QueryError(f"parameter {name} must be {'a year' if type_ == 'year' else 'an integer'}, not {value!r}")
        return ox.Literal(value.strip(), datatype=ox.NamedNode(xsd + ("gYear" if type_ == "year" else "integer")))
    if type_ == "iri":
        try:
            return ox.NamedNode(value.strip())
        except ValueError:
            raise QueryError(f"parameter {name} must be an IRI, not {value!r}") from None
    raise QueryError(f"unknown parameter type {type_!r}; use one of {', '.join(PARAM_TYPES)}")


def parse(name: str, text: str) -> NamedQuery:
    """A NamedQuery from the text of an .rq file (its header comments and its query)."""
    meta: dict[str, str] = {}
    params: dict[str, Param] = {}
    for line in text.splitlines():
        match = _HEADER.match(line.strip())
        if not match:
            if line.strip() and not line.lstrip().startswith("#"):
                break
            continue
        key, value = match.groups()
        if key == "param":
            found = _PARAM.match(value)
            if not found or found.group(2) not in PARAM_TYPES:
                raise QueryError(f"{name}.rq: bad param line {value!r} (write: NAME (TYPE) — help)")
            params[found.group(1)] = Param(found.group(1), found.group(2), found.group(3))
        else:
            meta[key] = value
    return NamedQuery(name=name, title=meta.get("title", name), description=meta.get("description", ""),
                      text=text, params=params, example=meta.get("example", ""))


@cache
def load_library() -> dict[str, NamedQuery]:
    """Every named query shipped in `tifa.queries`, by name (the file name without .rq)."""
    folder = files("tifa.queries")
    return {item.name[:-3]: parse(item.name[:-3], item.read_text("utf-8"))
            for item in sorted(folder.iterdir(), key=lambda i: i.name) if item.name.endswith(".rq")}


def load(name: str) -> NamedQuery:
    """The named query `name`; `QueryError` naming the known ones when there is none."""
    library = load_library()
    if name not in library:
        raise QueryError(f"no query named {name!r}; known: {', '.join(library) or 'none'}")
    return library[name]


def from_text(text: str, name: str = "query") -> NamedQuery:
    """A query the user wrote (its header is optional)."""
    return replace(parse(name, text), adhoc=True)


def from_file(path) -> NamedQuery:
    """The query in an .rq file of the user's (its header is optional); `QueryError` when unreadable."""
    path = Path(path)
    try:
        return from_text(path.read_text("utf-8"), path.stem)
    except (OSError, UnicodeDecodeError) as error:
        raise QueryError(f"cannot read query file {path}: {getattr(error, 'strerror', None) or error}") from None


def find(query: str) -> NamedQuery:
    """A library name, the path of an .rq file, or SPARQL text, as a NamedQuery.

    >>> find("SELECT * WHERE { ?s ?p ?o }").adhoc
    True
    """
    text = query.strip()
    if text in load_library():
        return load(text)
    if text.endswith(".rq") and "{" not in text:
        return from_file(text)
    if "{" in text or any(ch.isspace() for ch in text):
        return from_text(query)
    return load(text)  # QueryError naming the known queries


def bindings(query: NamedQuery, values: dict[str, str]) -> dict[str, ox.Literal | ox.NamedNode]:
    """The values bound for `query`: typed by its declared parameters; a query of the user's
    that declares none takes every str as a plain string literal (and RDF terms as they are).

    >>> bindings(from_text("SELECT ?name WHERE {}"), {"name": "四区两城"})
    {'name': <Literal value=四区两城 datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#string>>}
    """
    if query.params or not query.adhoc:
        return query.bind(values)
    return {name: to_term(value, "string", name) if isinstance(value, str) else value
            for name, value in values.items()}


def run(store, query: NamedQuery, values: dict[str, str]):
    """Run `query` on `store` (embedded or remote) with `values` bound, never pasted into its text.

    Returns what `store.query` returns (solutions, a boolean or triples). A malformed query, or
    values given to a query with no WHERE clause to bind them in, raise `QueryError` (one line).
    """
    bound = bindings(query, values)
    try:
        return store.query(query.text, bound)
    except StoreError:
        raise  # the store's own one-line error (a RuntimeError too)
    except SyntaxError as error:
        raise QueryError(f"bad SPARQL in {query.name}: {' '.join(str(error).split())}") from None
    except (ValueError, RuntimeError) as error:  # nowhere to bind; an evaluation error
        raise QueryError(f"{query.name}: {' '.join(str(error).split())}") from None
