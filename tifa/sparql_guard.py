"""What `tifa serve` refuses before a query is run: anything but a read query, SERVICE, and queries too
big or too deeply nested for the engine, each with a one-line reason.

>>> check("SELECT * { ?s ?p ?o }")
>>> check("SELECT * { BIND('''a'b''' AS ?q) SERVICE <http://127.0.0.1:9/x> { ?x ?y ?z } }")
Traceback (most recent call last):
...
tifa.sparql_guard.Refused: federated queries (SERVICE, line 1, column 34) are refused: this server makes no outbound requests

The query is read by `tifa.queries.sparqllex`, which reads strings, IRIs and comments as Oxigraph does:
a SERVICE inside a string, an IRI or a comment is data, a SERVICE anywhere else is refused, including
inside a longer word or a prefix name (Oxigraph reads ``SERVICESILENT<…>`` and ``SERVICE:x`` as SERVICE).
Oxigraph parses recursively and evaluates nested operators recursively: 3,000 nested braces, 10,000
nested parentheses, a 10,000-branch UNION or 3,000 BINDs overflow its stack (measured with pyoxigraph
0.5.13 on an 8 MB stack). The default limits stay well below those, and the query workers of
`tifa.query_pool` run queries on a far larger stack, so a query within the limits cannot crash it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tifa.queries.sparqllex import LexError, tokens, where

FORMS = {"SELECT", "CONSTRUCT", "DESCRIBE", "ASK"}
UPDATES = {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"}
# graph-pattern operators, each a node of the algebra that nests the patterns around it
CLAUSES = {"UNION", "OPTIONAL", "MINUS", "BIND", "FILTER", "GRAPH", "EXISTS", "SELECT", "VALUES", "LATERAL"}
OPERATORS = {"||", "&&", "=", "!=", "<", ">", "<=", ">=", "+", "-", "*", "/", "!", "|", "^"}
_SERVICE = re.compile("service", re.IGNORECASE)


class Refused(Exception):
    """A request answered with an error status and a one-line message."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Limits:
    """How big a query may be: UTF-8 bytes, brackets open at once, graph-pattern operators (UNION,
    OPTIONAL, BIND, FILTER, …) and expression or path operators."""

    size: int = 1 << 20
    depth: int = 256
    clauses: int = 2_000
    operators: int = 5_000


def check(query: str, limits: Limits = Limits()) -> None:
    """Raise `Refused` (with the HTTP status to answer) unless `query` is a read query within `limits`
    that calls no other server.

    >>> check("INSERT DATA { <http://a> <http://b> <http://c> }")
    Traceback (most recent call last):
    ...
    tifa.sparql_guard.Refused: this endpoint is read-only: updates are refused
    >>> check("SELECT * WHERE " + "{ " * 3000 + "?s ?p ?o" + " }" * 3000)
    Traceback (most recent call last):
    ...
    tifa.sparql_guard.Refused: query too complex: brackets nested deeper than 256
    """
    size = len(query.encode("utf-8", errors="surrogatepass"))
    if size > limits.size:
        raise Refused(413, f"query too long: {size:,} bytes (the limit is {limits.size:,})")
    depth = clauses = operators = 0
    form = None
    in_prologue = True
    try:
        for token in tokens(query):
            if token.kind in ("word", "pname") and _SERVICE.search(token.text.split(":")[0]):
                raise Refused(403, f"federated queries (SERVICE, {where(query, token.start)}) are refused: "
                                   "this server makes no outbound requests")
            word = token.text.upper() if token.kind == "word" else None
            if in_prologue and word not in ("PREFIX", "BASE", "VERSION") and token.kind in ("word", "punct"):
                in_prologue, form = False, word
            depth = max(depth, token.depth)
            clauses += word in CLAUSES
            operators += token.kind == "punct" and token.text in OPERATORS
            if depth > limits.depth or clauses > limits.clauses or operators > limits.operators:
                break
    except LexError as error:
        raise Refused(400, f"malformed query: {error}") from None
    if form in UPDATES:
        raise Refused(403, "this endpoint is read-only: updates are refused")
    for what, count, limit in (("brackets nested deeper than", depth, limits.depth),
                               ("more graph-pattern operators than", clauses, limits.clauses),
                               ("more operators than", operators, limits.operators)):
        if count > limit:
            raise Refused(400, f"query too complex: {what} {limit:,}")
