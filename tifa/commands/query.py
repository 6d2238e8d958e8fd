"""`tifa query` and `tifa queries`: run a named query, an .rq file or SPARQL text; list the library.

    tifa queries                                          # name, title and parameters of each
    tifa query slogan-components --param label=四区两城    # a readable table
    tifa query my.rq --param label=何仙观水库 --format json
    tifa query -e 'SELECT ?s WHERE { ?s a tifa:Slogan } LIMIT 3' --format csv
    tifa query -e 'CONSTRUCT { ?s ?p ?o } WHERE { ?s a tifa:Park ; ?p ?o }'      # Turtle

Parameter values are bound to the query's variables, never pasted into its text.
"""

from __future__ import annotations

import sys

from tifa.queries.library import QueryError, find, from_text, load_library, run
from tifa.queries.results import GRAPH_FORMATS, RESULT_FORMATS, cells, read, serialize

from ..options import open_from_args
from ..table import render

FORMATS = ("table", *RESULT_FORMATS, *GRAPH_FORMATS)


def register(command) -> None:
    q = command("query", _query, "run a library query (see `tifa queries`), an .rq file or SPARQL text")
    q.add_argument("query", nargs="?", metavar="NAME|FILE.rq", help="a library query's name or an .rq file")
    q.add_argument("-e", "--sparql", metavar="SPARQL", help="SPARQL text to run instead (tifa's prefixes are declared)")
    q.add_argument("--param", "-p", action="append", default=[], metavar="NAME=VALUE",
                   help="a value bound to the query's variable ?NAME (repeatable)")
    q.add_argument("--format", "-f", choices=FORMATS, default=None,
                   help="table (default for SELECT/ASK), json/xml (SPARQL results), csv, tsv; "
                        "ttl (default for CONSTRUCT/DESCRIBE) or nt")

    command("queries", _queries, "list the library of named queries with their parameters")


def _query(args) -> int:
    query = _named(args)
    values = _params(args.param)
    with open_from_args(args, read_only=True) as store:
        result = read(run(store, query, values))
    fmt = args.format or ("ttl" if result.kind == "graph" else "table")
    if fmt == "table":
        if result.kind == "graph":
            raise QueryError(f"a CONSTRUCT or DESCRIBE query answers with RDF: use --format {' or '.join(GRAPH_FORMATS)}")
        headers, rows = cells(result)
        print(render(headers, rows))
        if result.kind == "select":
            print(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
        return 0
    sys.stdout.write(serialize(result, fmt))
    if fmt == "json":
        sys.stdout.write("\n")
    return 0


def _named(args):
    """The query the command line names: -e text, an .rq file, or a library name."""
    if args.sparql is not None and args.query:
        raise QueryError("give a query NAME or FILE, or -e SPARQL, not both")
    if args.sparql is not None:
        return from_text(args.sparql, "-e")
    if not args.query:
        raise QueryError("give a query NAME (see `tifa queries`), an .rq FILE, or -e SPARQL")
    return find(args.query)


def _params(items: list[str]) -> dict[str, str]:
    """``["label=四区两城"]`` → ``{"label": "四区两城"}``; the value is everything after the first ``=``."""
    values = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise QueryError(f"--param takes NAME=VALUE, not {item!r}")
        if name.strip() in values:
            raise QueryError(f"--param {name.strip()} given twice")
        values[name.strip()] = value
    return values


def _queries(args) -> int:
    rows = [[query.name, query.title, ", ".join(f"{p.name} ({p.type})" for p in query.params.values())]
            for query in load_library().values()]
    print(render(["name", "title", "parameters"], rows))
    return 0
