"""Query results written out in the standard formats: SPARQL 1.1 JSON, XML, CSV and TSV for SELECT
and ASK, Turtle and N-Triples for CONSTRUCT and DESCRIBE.

Works from what `Store.query` returns, embedded or remote: solutions with ``.variables`` and rows
indexable by variable name (pyoxigraph `QuerySolutions` or `tifa.store.remote.Solutions`), a boolean
(`bool` or `QueryBoolean`), or an iterable of `Triple`. Results are read once into a `Result`, which
every writer takes, so one query can be written in several formats.

>>> result = read(store.query("SELECT ?s WHERE { ?s a tifa:Slogan } LIMIT 1"))   # doctest: +SKIP
>>> print(serialize(result, "csv"))                                             # doctest: +SKIP
s
https://w3id.org/tifa/id/slogan/…
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from xml.sax.saxutils import escape as xml_escape
from xml.sax.saxutils import quoteattr

import pyoxigraph as ox
from tifa.ontology.vocab import PREFIXES

from .library import QueryError

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RESULT_FORMATS = ("json", "xml", "csv", "tsv")  # SELECT and ASK
GRAPH_FORMATS = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES}  # CONSTRUCT and DESCRIBE


@dataclass
class Result:
    """A query's answer read into memory. `kind` is ``select``, ``ask`` or ``graph``."""

    kind: str
    variables: list[str] = field(default_factory=list)
    rows: list[list] = field(default_factory=list)  # terms (None when unbound), in `variables` order
    boolean: bool | None = None
    triples: list[ox.Triple] = field(default_factory=list)


def read(result) -> Result:
    """Whatever `Store.query` (embedded or remote) returned, read into a `Result`."""
    if isinstance(result, Result):
        return result
    if isinstance(result, (bool, ox.QueryBoolean)):
        return Result("ask", boolean=bool(result))
    if hasattr(result, "variables"):
        variables = [v.value for v in result.variables]
        return Result("select", variables, [[row[name] for name in variables] for row in result])
    return Result("graph", triples=[ox.Triple(t.subject, t.predicate, t.object) for t in result])


def serialize(result, fmt: str) -> str:
    """The result in `fmt`: one of `RESULT_FORMATS` for SELECT/ASK, of `GRAPH_FORMATS` for graphs."""
    result = read(result)
    if result.kind == "graph":
        if fmt not in GRAPH_FORMATS:
            raise QueryError(f"a CONSTRUCT or DESCRIBE query answers with RDF: use --format {' or '.join(GRAPH_FORMATS)}")
        return to_rdf(result, fmt)
    if fmt not in RESULT_FORMATS:
        raise QueryError(f"a SELECT or ASK query answers with a table: use --format {', '.join(RESULT_FORMATS)}")
    return {"json": to_json, "xml": to_xml, "csv": to_csv, "tsv": to_tsv}[fmt](result)


def to_json(result) -> str:
    """SPARQL 1.1 Query Results JSON; unbound variables are left out of their row.

    >>> print(to_json(Result("ask", boolean=True)))
    {"head": {}, "boolean": true}
    """
    result = read(result)
    if result.kind == "ask":
        return json.dumps({"head": {}, "boolean": result.boolean})
    bindings = [{name: json_term(term) for name, term in zip(result.variables, row) if term is not None}
                for row in result.rows]
    return json.dumps({"head": {"vars": result.variables}, "results": {"bindings": bindings}},
                      ensure_ascii=False, indent=1)


def json_term(term) -> dict:
    """One term in SPARQL JSON results: ``{"type": "literal", "value": "四区两城", "xml:lang": "zh"}``."""
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Triple):
        return {"type": "triple", "value": {"subject": json_term(term.subject), "predicate": json_term(term.predicate),
                                            "object": json_term(term.object)}}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype.value != XSD_STRING:
        out["datatype"] = term.datatype.value
    return out


def to_xml(result) -> str:
    """SPARQL Query Results XML."""
    result = read(result)
    head = '<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n'
    if result.kind == "ask":
        return head + f"<head/>\n<boolean>{'true' if result.boolean else 'false'}</boolean>\n</sparql>\n"
    out = [head, "<head>", *(f"<variable name={quoteattr(v)}/>" for v in result.variables), "</head>\n<results>\n"]
    for row in result.rows:
        out.append("<result>")
        out += [f"<binding name={quoteattr(name)}>{_xml_term(term)}</binding>"
                for name, term in zip(result.variables, row) if term is not None]
        out.append("</result>\n")
    out.append("</results>\n</sparql>\n")
    return "".join(out)


def _xml_term(term) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{xml_escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{xml_escape(term.value)}</bnode>"
    if isinstance(term, ox.Triple):
        parts = zip(("subject", "predicate", "object"), (term.subject, term.predicate, term.object))
        return "<triple>" + "".join(f"<{n}>{_xml_term(t)}</{n}>" for n, t in parts) + "</triple>"
    if term.language:
        return f"<literal xml:lang={quoteattr(term.language)}>{xml_escape(term.value)}</literal>"
    if term.datatype.value != XSD_STRING:
        return f"<literal datatype={quoteattr(term.datatype.value)}>{xml_escape(term.value)}</literal>"
    return f"<literal>{xml_escape(term.value)}</literal>"


def to_csv(result) -> str:
    r'''SPARQL 1.1 CSV: a header of variable names, then plain values (IRIs bare, literals by their
    lexical form, blank nodes as ``_:id``), quoted when needed, CRLF line ends. ASK: ``true``/``false``.

    >>> to_csv(Result("select", ["a", "b"], [[ox.Literal('x, "y"'), None]]))
    'a,b\r\n"x, ""y""",\r\n'
    '''
    result = read(result)
    if result.kind == "ask":
        return ("true" if result.boolean else "false") + "\r\n"
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(result.variables)
    writer.writerows([_csv_value(term) for term in row] for row in result.rows)
    return buffer.getvalue()


def _csv_value(term) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return str(term) if isinstance(term, ox.Triple) else term.value


def to_tsv(result) -> str:
    r"""SPARQL 1.1 TSV: a header of ``?name``s, then terms in SPARQL syntax (``<iri>``,
    ``"四区两城"@zh``, ``"6"^^<…#integer>``), tabs and line breaks escaped. ASK: ``true``/``false``.

    >>> to_tsv(Result("select", ["x"], [[ox.Literal("a\tb", language="zh")]]))
    '?x\n"a\\tb"@zh\n'
    """
    result = read(result)
    if result.kind == "ask":
        return ("true" if result.boolean else "false") + "\n"
    lines = ["\t".join("?" + name for name in result.variables)]
    # N-Triples syntax escapes quotes, backslashes and line breaks but not tabs; a tab can only
    # be inside a literal, so escaping it everywhere is safe
    lines += ["\t".join("" if term is None else str(term).replace("\t", "\\t") for term in row)
              for row in result.rows]
    return "\n".join(lines) + "\n"


def to_rdf(result, fmt: str = "ttl") -> str:
    """A CONSTRUCT/DESCRIBE result as Turtle (with tifa's prefixes) or N-Triples."""
    triples = read(result).triples
    data = ox.serialize(triples, format=GRAPH_FORMATS[fmt], prefixes=PREFIXES if fmt == "ttl" else None)
    return data.decode("utf-8")


def cells(result) -> tuple[list[str], list[list[str]]]:
    """Headers and rows of short readable strings for a terminal table: literals by their lexical
    form, IRIs with tifa's prefixes (``tifa:Slogan``), unbound as empty. ASK: one ``boolean`` cell."""
    result = read(result)
    if result.kind == "ask":
        return ["boolean"], [["true" if result.boolean else "false"]]
    if result.kind == "graph":
        return ["subject", "predicate", "object"], [[short(t.subject), short(t.predicate), short(t.object)]
                                                    for t in result.triples]
    return result.variables, [[short(term) for term in row] for row in result.rows]


def short(term) -> str:
    """A term as a person reads it.

    >>> short(ox.NamedNode("https://w3id.org/tifa/ontology#Slogan")), short(ox.Literal("6", datatype=ox.NamedNode(XSD_STRING)))
    ('tifa:Slogan', '6')
    """
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, namespace in PREFIXES.items():
            rest = term.value[len(namespace):]
            if term.value.startswith(namespace) and rest and all(ch.isalnum() or ch in "_-" for ch in rest):
                return f"{prefix}:{rest}"
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Triple):
        return f"<< {short(term.subject)} {short(term.predicate)} {short(term.object)} >>"
    return term.value
