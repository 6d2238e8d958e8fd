"""`tifa serve` (the web explorer and a read-only SPARQL 1.1 endpoint over the store) and `tifa reason`
(HermiT's inferences).

    tifa serve --port 8000                 # http://127.0.0.1:8000/ (explorer), …/sparql (endpoint)
    tifa reason                            # → graph https://w3id.org/tifa/graph/inferred

The server never writes: it and its query workers read the store through read-only handles, which
pyoxigraph makes safe only while no other process writes. So while it serves it holds the store's
writer lock (`tifa.store.lock`): a build on the same store is refused ("store … is locked")
instead of risking torn reads; stop the server to rebuild. A missing store is refused, never created.
It listens on 127.0.0.1 unless told otherwise, and another address needs ``--public`` (see `tifa.web`
for the Host allow-list and the optional token).

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

import contextlib
import errno
import ipaddress
import os
import socket
import sys
from pathlib import Path

import pyoxigraph as ox

from tifa.store.embedded import StoreError, default_store_path, open_store
from tifa.store.lock import hold_writer_lock
from tifa.ontology.vocab import INFERRED_GRAPH

from ..options import open_from_args


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
    serve.add_argument("--host", default="127.0.0.1",
                       help="address to bind (default: 127.0.0.1, this machine only; others need --public)")
    serve.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    serve.add_argument("--public", action="store_true",
                       help="allow a --host that other machines can reach (think of --token)")
    serve.add_argument("--allow-host", action="append", default=[], metavar="NAME",
                       help="also answer requests addressed to NAME (Host header; repeat for more; '*' for any). "
                            "Default: the loopback names and --host")
    serve.add_argument("--token", default=os.environ.get("TIFA_TOKEN") or None,
                       help="require this token of every request (default: $TIFA_TOKEN; none)")
    serve.add_argument("--timeout", type=float, default=10.0, metavar="SECONDS",
                       help="stop a query still running after this long and answer 503 (default: 10)")
    serve.add_argument("--max-rows", type=int, default=10_000, metavar="N",
                       help="cut results to N rows or triples, with header X-Tifa-Truncated: true (default: 10000)")
    serve.add_argument("--workers", type=int, default=4, metavar="N",
                       help="query worker processes, i.e. queries run at once (default: 4)")
    serve.add_argument("--worker-memory", type=int, default=1024, metavar="MB",
                       help="stop a query whose worker grows past this much memory (default: 1024)")
    command("reason", _reason, "infer what the ontology implies (HermiT, needs Java) into its own named graph")


def _serve(args) -> int:
    import uvicorn

    from ..web import LOOPBACK_HOSTS, create_app

    if not args.public and not _is_loopback(args.host):
        print(f"tifa: --host {args.host} lets other machines reach the server: add --public if that is meant "
              "(and consider --token)", file=sys.stderr)
        return 2
    with _held(args) as store:
        if not store.documents():
            print("tifa: warning: the store holds no documents (run `tifa build` first)", file=sys.stderr)
        try:
            listener = _listen(args.host, args.port)
        except OSError as error:
            reason = ("the port is in use (another server? choose --port)" if error.errno == errno.EADDRINUSE
                      else error.strerror or str(error))
            print(f"tifa: cannot listen on {args.host}:{args.port}: {reason}", file=sys.stderr)
            return 1
        hosts = [*LOOPBACK_HOSTS, *([] if _is_wildcard(args.host) else [_host_name(args.host)]), *args.allow_host]
        app = create_app(store, timeout=args.timeout, max_rows=args.max_rows, workers=args.workers,
                         memory_mb=args.worker_memory, allowed_hosts=hosts, token=args.token)
        base = f"http://{_host_name(args.host)}:{listener.getsockname()[1]}"
        if args.public:
            print(f"tifa: warning: serving on {args.host}: every machine that can reach this port can query the "
                  f"graph{'' if args.token else ' (no --token)'}; requests must name one of {', '.join(hosts)}",
                  file=sys.stderr)
        print(f"tifa: explorer at {base}/ and SPARQL endpoint at {base}/sparql (store: {store.path}); "
              "Ctrl-C to stop", file=sys.stderr, flush=True)
        server = uvicorn.Server(uvicorn.Config(app, log_level="warning", limit_concurrency=512))
        server.run(sockets=[listener])
    return 0


@contextlib.contextmanager
def _held(args):
    """The store to serve, open read-only, while this process keeps a build (or another server) from
    writing it. An embedded store must exist (it is never created here).

    A writer is kept out by the store's own lock (`tifa.store.lock`) rather than by an open
    read-write store: the query workers read through read-only handles, which are safe only while
    nothing writes, and a read-write store may compact in the background even when nobody writes.
    """
    if args.endpoint or (not args.store and os.environ.get("TIFA_ENDPOINT")):
        with open_from_args(args, read_only=True) as store:
            yield store
        return
    path = Path(args.store) if args.store else default_store_path()
    if not (path / "CURRENT").exists():
        raise StoreError(f"no store at {path} (run `tifa build` first)")
    with open_store(path):  # the writer's lock while a crashed build's log is replayed or an old format upgraded
        pass
    with hold_writer_lock(path), open_store(path, read_only=True) as store:
        yield store


def _listen(host: str, port: int) -> socket.socket:
    """A socket listening on host:port (bound before anything is announced, so a port in use is one line)."""
    family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM,
                                                         flags=socket.AI_PASSIVE)[0]
    listener = socket.socket(family, kind, proto)
    try:
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(address)
        listener.listen(1024)
    except OSError:
        listener.close()
        raise
    return listener


def _is_loopback(host: str) -> bool:
    """Whether `host` names this machine only (127.0.0.0/8, ::1, localhost)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _is_wildcard(host: str) -> bool:
    return host in ("0.0.0.0", "::", "[::]", "")


def _host_name(host: str) -> str:
    """`host` as written in a URL and a Host header (IPv6 in brackets)."""
    return f"[{host.strip('[]')}]" if ":" in host else host


def _reason(args) -> int:
    from tifa.ontology.reason import InconsistentGraph

    try:
        with open_from_args(args) as store:
            count = reason(store)
    except (RuntimeError, InconsistentGraph) as error:  # no Java; data contradicting the ontology
        print(f"tifa: {error}", file=sys.stderr)
        return 2
    print(f"{count:,} inferred triple(s) in graph <{INFERRED_GRAPH}>; `tifa stats` counts them apart "
          f"(inferred) and within its triples")
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
