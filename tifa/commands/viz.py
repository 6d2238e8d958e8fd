"""`tifa viz`: the graph as an interactive network in one offline HTML file.

    tifa viz                                  # every stated link (the most connected 2,000 nodes)
    tifa viz --focus 何仙观水库 --depth 2      # what lies within two links of an entity
    tifa viz --trace 四区两城 -o trace.html     # a slogan's trace tree, top-down
    tifa viz --types slogan,component,project --document lingling-2024-plan
"""

from __future__ import annotations

import sys

from tifa.explorer.i18n import DEFAULT, LANGUAGES, relation_name, text, type_name
from tifa.ontology.types import NODE_TYPES
from tifa.queries.library import QueryError
from tifa.queries.trace import trace

from ..close_names import hint, store_labels
from ..options import open_from_args
from ..outputs import write_output


_DOCUMENT_IDS = "SELECT ?id WHERE { ?d a tifa:Document ; dcterms:identifier ?id }"


def register(command) -> None:
    v = command("viz", _viz, "write the graph (or a focus, a trace) as an interactive offline HTML network")
    what = v.add_mutually_exclusive_group()
    what.add_argument("--focus", metavar="LABEL", help="the neighbourhood of this entity (label, alias or IRI)")
    what.add_argument("--trace", metavar="LABEL", help="the trace tree of this slogan (or entity), top-down")
    v.add_argument("--depth", type=int, metavar="N",
                   help="links from the focus (default 1) or levels below the trace's root (default: all)")
    v.add_argument("--up", action="store_true", help="with --trace: what the entity serves, not what realises it")
    v.add_argument("--types", metavar="T,T…", help=f"only nodes of these types: {','.join(NODE_TYPES)}")
    v.add_argument("--document", metavar="ID", help="only links stated in this document")
    v.add_argument("--output", "-o", metavar="FILE",
                   help="the HTML file to write (default: tifa-network.html, or tifa-network-2.html … when that "
                        "exists: a default never replaces a file)")
    v.add_argument("--limit", type=int, metavar="N",
                   help="draw at most N nodes, the most connected (default: 2,000, which stay usable)")
    v.add_argument("--lang", choices=LANGUAGES, default=DEFAULT,
                   help="the page's language: zh (default, 中文) or en")


def _fail(message: str) -> int:
    print(f"tifa: {message}", file=sys.stderr)
    return 1


def _viz(args) -> int:
    # networkx and pyvis load here, not at the top: every `tifa` command would pay for them otherwise
    from tifa.views.render import LIMIT, cut_by_degree, network_html

    args.limit = LIMIT if args.limit is None else args.limit
    types = [t.strip() for t in args.types.split(",") if t.strip()] if args.types else None
    unknown = sorted(set(types or ()) - set(NODE_TYPES))
    if unknown:
        return _fail(f"unknown type(s) {', '.join(unknown)}; choose from {', '.join(NODE_TYPES)}")
    if args.limit < 1 or (args.depth is not None and args.depth < 0):
        return _fail("--limit must be 1 or more and --depth 0 or more")
    if args.up and not args.trace:
        return _fail("--up goes with --trace")
    try:
        G, title, layout, keep = _graph(args, types)
    except QueryError as error:
        return _fail(str(error))
    if G.number_of_nodes() == 0:
        return _fail(f"nothing to draw: no entity in {title}")
    shown, dropped = cut_by_degree(G, args.limit, keep=keep)
    page = network_html(G, title=title, layout=layout, limit=args.limit, keep=keep, lang=args.lang,
                        relation_name=relation_name, type_name=type_name)
    try:
        output = write_output(args.output, "tifa-network.html", page)
    except OSError as error:
        return _fail(f"cannot write {error.filename}: {error.strerror or error}")
    if dropped:
        print(f"tifa: warning: {G.number_of_nodes():,} nodes is over the limit of {args.limit:,}: drew the "
              f"{shown.number_of_nodes():,} most connected ({dropped:,} left out)", file=sys.stderr)
    print(f"{output}: {shown.number_of_nodes():,} nodes, {shown.number_of_edges():,} links")
    return 0


def _graph(args, types):
    """The graph to draw, its title, its layout and the nodes a cut must keep."""
    from tifa.views.network import find_nodes, load_network, neighbourhood, trace_network

    with open_from_args(args, read_only=True) as store:
        if args.document:
            documents = [row["id"] for row in store.select(_DOCUMENT_IDS)]
            if args.document not in documents:
                raise QueryError(f"no document {args.document!r} in the graph{hint(args.document, documents)}")
        if args.trace:
            try:
                tree = trace(store, args.trace, depth=args.depth, document=args.document, up=args.up)
            except QueryError as error:
                raise QueryError(f"{error}{hint(args.trace, store_labels(store))}") from None
            G = trace_network(tree)
            if types:
                G.remove_nodes_from([n for n, t in G.nodes(data="type") if t not in types and n != tree["root"]["id"]])
            direction = text("trace_up" if args.up else "trace_down", args.lang)
            return G, f"{tree['root']['label']} — {direction}", "tree", [tree["root"]["id"]]
        G = load_network(store, document=args.document, types=types)
    scope = "".join([f" · {','.join(types)}" if types else "", f" · {args.document}" if args.document else ""])
    if not args.focus:
        return G, f"tifa {text('network', args.lang)}{scope}", "physics", []
    found = find_nodes(G, args.focus)
    if not found:
        names = {name for _, data in G.nodes(data=True) for name in (data["label"], *data.get("aliases", ()))}
        raise QueryError(f"nothing linked in the graph is labelled {args.focus!r}{scope.replace(' · ', ' in ', 1)}"
                         f"{hint(args.focus, names)}")
    depth = 1 if args.depth is None else args.depth
    node = found[0]
    title = text("network_around", args.lang, label=G.nodes[node]["label"])
    return neighbourhood(G, node, depth), f"{title} ({depth}){scope}", "physics", [node]
