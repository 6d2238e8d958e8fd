"""Reading SPARQL text just enough to bind values on servers that take no substitutions.

A remote SPARQL server is sent query text only, so bound values travel as a ``VALUES`` block put
right after the opening brace of the WHERE clause (where the query's FILTERs see them). Finding
that brace needs a small scanner that skips strings, IRIs and comments; values are written by
pyoxigraph's serialiser, never pasted raw.

>>> inject_values('SELECT ?x WHERE { ?x rdfs:label ?l FILTER(STR(?l) = ?name) }', {"name": 'a "b" }'})
'SELECT ?x WHERE { VALUES ?name { "a \\\\"b\\\\" }" } ?x rdfs:label ?l FILTER(STR(?l) = ?name) }'
>>> query_form("# SELECT in a comment\\nPREFIX a: <x:#>\\nASK { ?s ?p ?o }")
'ASK'
"""

from __future__ import annotations

import re

import pyoxigraph as ox

FORMS = ("SELECT", "CONSTRUCT", "DESCRIBE", "ASK")
_IRI = re.compile(r'<[^<>"{}|^`\\\x00-\x20]*>')
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_\-]*")


def tokens(text: str):
    """(offset, token) for the braces, words and other characters of `text` that are SPARQL
    syntax; strings, IRIs, comments and variables come out as one token each (never split).

    >>> [t for _, t in tokens('SELECT * { ?s <x:a#b> "}" } # }')]
    ['SELECT', '*', '{', '?s', '<x:a#b>', '"}"', '}']
    """
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch == "#":
            end = text.find("\n", i)
            i = n if end < 0 else end
        elif ch in "\"'":
            end = _string_end(text, i)
            yield i, text[i:end]
            i = end
        elif ch == "<" and (iri := _IRI.match(text, i)):
            yield i, iri.group()
            i = iri.end()
        elif ch in "?$" or ch.isalpha() or ch == "_":
            word = _WORD.match(text, i + 1 if ch in "?$" else i)
            end = word.end() if word else i + 1
            yield i, text[i:end]
            i = end
        else:
            yield i, ch
            i += 1


def _string_end(text: str, start: int) -> int:
    """Offset just past the string literal opening at `start` ('…', "…", '''…''' or \"\"\"…\"\"\")."""
    quote = text[start] * 3 if text.startswith(text[start] * 3, start) else text[start]
    i = start + len(quote)
    while i < len(text):
        if text[i] == "\\":
            i += 2
        elif text.startswith(quote, i):
            return i + len(quote)
        else:
            i += 1
    return len(text)


def query_form(text: str) -> str | None:
    """SELECT, CONSTRUCT, DESCRIBE or ASK (None for an update or text that is no query)."""
    return next(_after_prologue(text), (0, None))[1]


def declared_prefixes(text: str) -> set[str]:
    """The prefix names a query declares itself (``PREFIX ex: <…>`` → ``ex``; ``PREFIX : <…>`` → ``""``)."""
    found, name = set(), None
    for _, token in tokens(text):
        if token.upper() == "PREFIX":
            name = ""
        elif name is not None and token == ":":
            found.add(name)
            name = None
        elif name is not None:
            name += token
    return found


def _after_prologue(text: str):
    """The query form keyword (upper case, None when it is none of `FORMS`) after the PREFIX and
    BASE declarations, then nothing."""
    in_declaration = False
    for offset, token in tokens(text):
        if token.upper() in ("PREFIX", "BASE"):
            in_declaration = True
        elif in_declaration:
            in_declaration = not token.startswith("<")
        else:
            yield offset, token.upper() if token.upper() in FORMS else None
            return


VALUES_HERE = "# (parameters are bound here)"
"""A comment line that places the bound values in a query, once or more (in a sub-select that groups the rows,
say, or in each of two sub-selects: Oxigraph evaluates a sub-select on its own, so values bound outside it do
not narrow what it reads)."""


def inject_values(text: str, bindings: dict) -> str:
    """`text` with a ``VALUES ?name { term }`` block per binding, right after the opening brace
    of the WHERE clause (of the first sub-select when the WHERE clause is one), or before each comment
    `VALUES_HERE` where the query has it.

    Values are pyoxigraph terms, or str for a plain literal. Raises ValueError when the query has
    no WHERE clause to bind in or a value is a blank node.

    >>> text = "SELECT * { { SELECT ?x { # (parameters are bound here)" + chr(10) + "?x ?p ?l } } }"
    >>> inject_values(text, {"l": "a"}).splitlines()[0]
    'SELECT * { { SELECT ?x { VALUES ?l { "a" } # (parameters are bound here)'
    """
    if not bindings:
        return text
    block = " ".join(f"VALUES ?{name} {{ {_term(value)} }}" for name, value in bindings.items())
    if VALUES_HERE in text:
        return text.replace(VALUES_HERE, f"{block} {VALUES_HERE}")
    brace = _where_brace(text)
    return f"{text[:brace + 1]} {block}{text[brace + 1:]}"


def _where_brace(text: str) -> int:
    """Offset of the '{' opening the WHERE group; a group holding only a sub-select is skipped
    for the sub-select's own WHERE group."""
    found = list(tokens(text))
    words = [token.upper() for _, token in found]
    # WHERE is optional before the group, except in CONSTRUCT whose first group is the template
    expecting_group = "WHERE" not in words and query_form(text) in ("SELECT", "ASK", "DESCRIBE")
    for k, (offset, token) in enumerate(found):
        if words[k] == "WHERE":
            expecting_group = True
        elif token == "{" and expecting_group and words[k + 1:k + 2] != ["SELECT"]:
            return offset
    raise ValueError("cannot bind values: the query has no WHERE clause")


def _term(value) -> str:
    if isinstance(value, str):
        value = ox.Literal(value)
    if isinstance(value, ox.BlankNode) or not isinstance(value, (ox.NamedNode, ox.Literal)):
        raise ValueError(f"cannot bind {value!r}: only IRIs and literals travel to a remote server")
    return str(value)


def with_rows(query: str, variables: tuple[str, ...], rows: list[tuple]) -> str:
    """`query` with ``VALUES (?a ?b) { (…) … }`` opening its WHERE clause (terms as in `with_values`)."""
    if "WHERE {" not in query:
        raise ValueError("the query has no 'WHERE {' to bind values in")
    names = " ".join(f"?{name}" for name in variables)
    values = " ".join("(" + " ".join(str(term) for term in row) + ")" for row in rows)
    return query.replace("WHERE {", f"WHERE {{ VALUES ({names}) {{ {values} }}", 1)


def with_values(query: str, variable: str, terms: list) -> str:
    """`query` with ``VALUES ?variable { … }`` opening its WHERE clause.

    The terms are written by pyoxigraph's serialiser (escaped; an invalid IRI already failed
    to construct), never pasted raw. A VALUES block lets Oxigraph start from those terms,
    where a substitution is applied late (100x slower here).

    >>> print(with_values("SELECT ?x WHERE { ?x ?p ?name }", "name", [ox.Literal('a"}')]))
    SELECT ?x WHERE { VALUES ?name { "a\\"}" } ?x ?p ?name }
    """
    if "WHERE {" not in query:
        raise ValueError("the query has no 'WHERE {' to bind values in")
    values = " ".join(str(term) for term in terms)
    return query.replace("WHERE {", f"WHERE {{ VALUES ?{variable} {{ {values} }}", 1)
