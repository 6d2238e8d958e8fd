"""`tifa serve` (the web explorer and a read-only SPARQL 1.1 endpoint over the store) and `tifa reason`
(HermiT's inferences).

    tifa serve --port 8000                 # http://127.0.0.1:8000/ (explorer), …/sparql (endpoint)
    tifa reason                            # → graph https://w3id.org/tifa/graph/inferred

The server opens the store normally, taking its writer lock, although it never writes (it refuses
every update): pyoxigraph's read-only mode is unsafe while another process writes, so a build and
a server on the same store exclude each other ("store … is locked") instead of risking torn reads.
Stop the server to rebuild.

Inferred triples live in their own named graph, replaced by each `tifa reason`. Queries over the
union see them; to leave them out, read the asserted graphs only::

    SELECT ?project WHERE {
      GRAPH ?g { ?slogan tifa:servedBy ?project }                 # only inferred: servedBy is never stated
      FILTER(?g = <https://w3id.org/tifa/graph/inferred>)
    }
    SELECT ?park WHERE { ?park a tifa:Park
      FILTER NOT EXISTS { GRAPH <https://w3id.org/tifa/graph/inferred> { ?park a tifa:Park } } }
"""

from __future__ import annotations

import sys

import pyoxigraph as ox

from tifa.ontology.vocab import GRAPH_BASE

from ..options import open_from_args

INFERRED_GRAPH = GRAPH_BASE + "inferred"

# What HermiT is given: the typed entities and sections and the links between them.
REASONING_INPUT = f"""
CONSTRUCT {{ ?s ?p ?o }} WHERE {{
  VALUES ?p {{ tifa:hasComponent tifa:realisedBy tifa:includesProject tifa:hostsProject tifa:hasMemberPark
              tifa:locatedIn tifa:involvesEnterprise tifa:alignsWith tifa:subSectionOf }}
  GRAPH ?g {{ ?s ?p ?o }}
  FILTER(?g != <{INFERRED_GRAPH}>)
}}"""
REASONING_TYPES = f"""
CONSTRUCT {{ ?s a ?type }} WHERE {{
  VALUES ?type {{ tifa:Slogan tifa:SloganComponent tifa:Section tifa:Programme tifa:Project tifa:Park
                 tifa:Enterprise tifa:Place }}
  GRAPH ?g {{ ?s a ?type }}
  FILTER(?g != <{INFERRED_GRAPH}>)
}}"""


def register(command) -> None:
    serve = command("serve", _serve, "serve the graph over HTTP: a web explorer and a read-only SPARQL 1.1 endpoint")
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1, this machine only)")
    serve.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    serve.add_argument("--timeout", type=float, default=10.0, metavar="SECONDS",
                       help="answer 503 to a query still running after this long (default: 10)")
    serve.add_argument("--max-rows", type=int, default=10_000, metavar="N",
                       help="cut results to N rows or triples, with header X-Tifa-Truncated: true (default: 10000)")
    command("reason", _reason, "infer what the ontology implies (HermiT, needs Java) into its own named graph")


def _serve(args) -> int:
    import uvicorn

    from ..web import create_app

    with open_from_args(args) as store:
        if not store.documents():
            print("tifa: warning: the store holds no documents (run `tifa build` first)", file=sys.stderr)
        app = create_app(store, timeout=args.timeout, max_rows=args.max_rows)
        print(f"tifa: explorer at http://{args.host}:{args.port}/ and SPARQL endpoint at "
              f"http://{args.host}:{args.port}/sparql (store: {store.path}); Ctrl-C to stop", file=sys.stderr, flush=True)
        uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0


def _reason(args) -> int:
    from tifa.ontology.reason import InconsistentGraph

    try:
        with open_from_args(args) as store:
            count = reason(store)
    except (RuntimeError, InconsistentGraph) as error:  # no Java; data contradicting the ontology
        print(f"tifa: {error}", file=sys.stderr)
        return 2
    print(f"{count:,} inferred triple(s) in graph <{INFERRED_GRAPH}>")
    return 0


def reason(store) -> int:
    """Run HermiT over the entities and links of `store`; replace the inferred graph; return its size.

    >>> reason(store)                                                   # doctest: +SKIP
    1234
    """
    import rdflib

    from tifa.ontology.reason import infer

    data = rdflib.Graph()
    for query in (REASONING_INPUT, REASONING_TYPES):
        data.parse(data=ox.serialize(store.query(query), format=ox.RdfFormat.N_TRIPLES), format="nt")
    inferred = infer(data)
    triples = ox.parse(inferred.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    return store._replace_graph(ox.NamedNode(INFERRED_GRAPH), triples)  # Store has no public name for it yet
