"""`tifa serve`: the store over HTTP, speaking the SPARQL 1.1 Protocol (read-only), as a Starlette app.

    app = create_app(store, timeout=10, max_rows=10_000)
    uvicorn.run(app, host="127.0.0.1", port=8000)

    curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * { ?s ?p ?o } LIMIT 3' http://127.0.0.1:8000/sparql

Routes: ``/sparql`` (GET ``?query=``, POST form ``query=``, POST ``application/sparql-query``); the
explorer's pages (`tifa.explorer`: search, entities, traces, networks, documents, and a SPARQL page that
says how to query) share the app. Queries see the union of all graphs, with tifa's prefixes predeclared.

Behaviour worth knowing:

* **Formats** by content negotiation (`tifa.answers`): SELECT as SPARQL JSON (default), XML, CSV or TSV;
  ASK as JSON or XML; CONSTRUCT/DESCRIBE as Turtle (default) or N-Triples. An Accept header matching
  nothing gets the default rather than a 406. ``?format=json|xml|csv|tsv|ttl|nt`` (or a media type) overrides the
  header, so that a download link can carry it; a format the kind of result has not gets that kind's
  default, and a format we do not know leaves the choice to the header.
* **Queries run in worker processes** (`tifa.query_pool`), never in the server: a query that crashes
  the engine, runs past `timeout` seconds (503) or past the workers' memory limit (503) ends its worker,
  which is killed and replaced; the server answers the client in one line and goes on. At most
  `workers` queries run at once; more wait in a queue (first come, first served) before a 503 "busy".
* **Read-only, no federation, bounded**, decided on the query's tokens (`tifa.sparql_guard`), not on
  patterns in its text: an update (``update=``, ``application/sparql-update``, or update text sent as a
  query) gets 403, and so does ``SERVICE`` wherever it is spelled; a query that does not parse gets 400;
  one over 1 MB gets 413, one nested or chained past the guard's limits 400. Beneath that check, the
  workers cannot open network sockets at all (`tifa.sandbox`) and read the store through read-only
  handles: no query makes this server send a request anywhere. (Over a graph on a SPARQL server,
  ``tifa serve --endpoint URL``, the workers must reach that server, and only the check stands.)
* **Size caps**: a request body over `max_body` bytes gets 413 (read no further); forms are parsed off
  the event loop. Beyond `max_rows` rows (or triples) an answer is cut to `max_rows` and carries the
  header ``X-Tifa-Truncated: true`` (a partial answer is more useful than an error when exploring).
* **Pages** of the explorer (trusted, parameterised queries) run in the server itself, on Starlette's
  worker threads, never on the event loop; they share the interpreter lock with it, so under heavy page
  load /sparql answers slow down with them (see benchmarks/serve_load.py).
* **Who may ask**: requests whose Host header is not in `allowed_hosts` get 400 (a web page elsewhere
  cannot reach the server by DNS rebinding); with a `token`, every request must carry it
  (``Authorization: Bearer TOKEN``, or ``?token=TOKEN`` once in a browser, which sets a cookie), else 401.
"""

from __future__ import annotations

import contextlib
import hmac
from urllib.parse import parse_qs

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import HTTPConnection, Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from tifa.answers import FORMAT_OF, Answer
from tifa.query_pool import QueryPool
from tifa.sparql_guard import Limits, Refused

__all__ = ["Answer", "Refused", "SparqlEndpoint", "create_app"]

TRUNCATED_HEADER = "X-Tifa-Truncated"
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "[::1]")
TOKEN_COOKIE = "tifa_token"
MEDIA_TYPE_OF = {name: media for media, name in FORMAT_OF.items()} | {"turtle": "text/turtle",
                                                                     "ntriples": "application/n-triples"}


def create_app(store, *, timeout: float = 10.0, max_rows: int = 10_000, workers: int = 4, queue: int = 64,
               max_body: int = 4 << 20, memory_mb: int = 1024, limits: Limits = Limits(),
               allowed_hosts: list[str] | tuple[str, ...] = LOOPBACK_HOSTS, token: str | None = None) -> Starlette:
    """The web app over an open `tifa.store.embedded.Store` or `RemoteStore` (the caller keeps it open and
    closes it). Its queries run in `workers` processes that open the same store read-only, which is safe
    while nothing writes it: `tifa serve` holds the store's writer lock meanwhile (`tifa.store.lock`).

    >>> with open_store(path, read_only=True) as store:                               # doctest: +SKIP
    ...     uvicorn.run(create_app(store, workers=2), host="127.0.0.1", port=8000)
    """
    from tifa.explorer import explorer_routes
    from tifa.explorer.catalog import Catalog

    source = {"endpoint": store.endpoint} if hasattr(store, "endpoint") else {"store": str(store.path)}
    pool = QueryPool(source, workers=workers, timeout=timeout, queue=queue, memory_mb=memory_mb, limits=limits)
    endpoint = SparqlEndpoint(pool, timeout=timeout, max_rows=max_rows, max_body=max_body)

    @contextlib.asynccontextmanager
    async def lifespan(app):
        pool.start()
        yield
        await pool.close()

    middleware = [Middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))]
    if token:
        middleware.append(Middleware(TokenMiddleware, token=token))
    app = Starlette(routes=[Route("/sparql", endpoint.handle, methods=["GET", "POST"]), *explorer_routes()],
                    middleware=middleware, lifespan=lifespan)
    app.state.store = store
    app.state.catalog = Catalog(store)  # read on first use, once (pages asking at once share it)
    app.state.sparql = endpoint
    return app


class SparqlEndpoint:
    """The ``/sparql`` route: reads the query from the request, has the pool run it, answers."""

    def __init__(self, pool: QueryPool, *, timeout: float, max_rows: int, max_body: int):
        self.pool = pool
        self.timeout = timeout
        self.max_rows = max_rows
        self.max_body = max_body

    async def handle(self, request: Request) -> Response:
        try:
            query = await read_query(request, self.max_body)
            answer = await self.answer(query, requested_format(request))
        except Refused as refused:
            return PlainTextResponse(str(refused) + "\n", status_code=refused.status)
        headers = {TRUNCATED_HEADER: "true"} if answer.truncated else {}
        return Response(answer.body, media_type=answer.media_type, headers=headers)

    async def answer(self, query: str, accept: str) -> Answer:
        """Run `query` with the deadline and the row cap, in the format `accept` prefers; `Refused`
        (with the HTTP status to answer) when it cannot."""
        return await self.pool.run(query, accept, max_rows=self.max_rows)


def requested_format(request: Request) -> str:
    """The media types the client asks for: ``?format=`` when it names one of ours (json, xml, csv, tsv,
    ttl or turtle, nt or ntriples, or a media type), which a link can carry; else the Accept header (so
    clients such as SPARQLWrapper, which send both, get what their header asks for)."""
    name = request.query_params.get("format", "").strip().lower()
    return MEDIA_TYPE_OF.get(name) or (name if name in FORMAT_OF else request.headers.get("accept", "*/*"))


async def read_query(request: Request, max_body: int) -> str:
    """The query text of a SPARQL Protocol request; `Refused` for updates, requests without a query and
    bodies over `max_body` bytes."""
    if request.method == "GET":
        params = {key: request.query_params.getlist(key) for key in request.query_params.keys()}
    else:
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if content_type == "application/sparql-update":
            raise Refused(403, "this endpoint is read-only: updates are refused")
        if content_type not in ("application/sparql-query", "application/x-www-form-urlencoded"):
            raise Refused(415, "POST a form (query=…) or an application/sparql-query body")
        body = await read_body(request, max_body)
        if content_type == "application/sparql-query":
            return body.decode("utf-8", errors="replace")
        params = await run_in_threadpool(parse_qs, body.decode("utf-8", errors="replace"), keep_blank_values=True)
    if "update" in params:
        raise Refused(403, "this endpoint is read-only: updates are refused")
    queries = params.get("query", [])
    if len(queries) != 1 or not queries[0].strip():
        raise Refused(400, "give exactly one query parameter, e.g. /sparql?query=ASK%20%7B%7D")
    return queries[0]


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, or `Refused` (413) as soon as it is known to exceed `limit` bytes."""
    too_big = Refused(413, f"request body over {limit:,} bytes: send a smaller query")
    try:
        if int(request.headers.get("content-length", 0)) > limit:
            raise too_big
    except ValueError:
        raise Refused(400, "malformed Content-Length header") from None
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise too_big
        chunks.append(chunk)
    return b"".join(chunks)


class TokenMiddleware:
    """Let through only requests that carry the token: ``Authorization: Bearer TOKEN``, the cookie a
    ``?token=TOKEN`` visit sets, or that parameter itself."""

    def __init__(self, app, token: str):
        self.app = app
        self.token = token.encode("utf-8")

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        connection = HTTPConnection(scope)
        scheme, _, bearer = connection.headers.get("authorization", "").partition(" ")
        offered = [bearer if scheme.lower() == "bearer" else "", connection.cookies.get(TOKEN_COOKIE, ""),
                   connection.query_params.get("token", "")]
        if not any(hmac.compare_digest(candidate.encode("utf-8"), self.token) for candidate in offered):
            response = PlainTextResponse("this server needs a token: send 'Authorization: Bearer TOKEN', "
                                         "or open /?token=TOKEN once in a browser\n", status_code=401,
                                         headers={"WWW-Authenticate": "Bearer"})
            await response(scope, receive, send)
            return
        if hmac.compare_digest(offered[2].encode("utf-8"), self.token):
            send = _with_cookie(send, self.token.decode("utf-8"))
        await self.app(scope, receive, send)


def _with_cookie(send, token: str):
    """`send` adding the token cookie to the response's headers."""
    cookie = Response()
    cookie.set_cookie(TOKEN_COOKIE, token, httponly=True, samesite="strict")
    header = next((k, v) for k, v in cookie.raw_headers if k == b"set-cookie")

    async def sending(message) -> None:
        if message["type"] == "http.response.start":
            message = {**message, "headers": [*message.get("headers", []), header]}
        await send(message)

    return sending
