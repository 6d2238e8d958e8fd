"""`tifa serve`: the store over HTTP, speaking the SPARQL 1.1 Protocol (read-only), as a Starlette app.

    app = create_app(store, timeout=10, max_rows=10_000)
    uvicorn.run(app, host="127.0.0.1", port=8000)

    curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * { ?s ?p ?o } LIMIT 3' http://127.0.0.1:8000/sparql

Routes: ``/sparql`` (GET ``?query=``, POST form ``query=``, POST ``application/sparql-query``); the
explorer's pages (`tifa.explorer`: search, entities, traces, networks, documents, and a SPARQL page that
says how to query) share the app. Queries see the union of all graphs, with tifa's prefixes predeclared.

Behaviour worth knowing:

* **Formats** by content negotiation: SELECT as SPARQL JSON (default), XML, CSV or TSV; ASK as JSON or
  XML; CONSTRUCT/DESCRIBE as Turtle (default) or N-Triples. An Accept header matching nothing gets the
  default rather than a 406.
* **Read-only**: an update (``update=``, ``application/sparql-update``, or update text sent as a
  query) gets 403. A query that does not parse gets 400.
* **No federation**: a query with ``SERVICE`` gets 403 (pyoxigraph would fetch the URL: the server
  makes no outbound requests on a client's behalf).
* **Timeout**: a query runs in a worker thread; past `timeout` seconds the client gets 503. pyoxigraph
  cannot interrupt a query, so the worker runs on in the background and its result is dropped; at most
  `max_concurrent` queries run at once (a further one gets 503 at once), which bounds the damage of
  runaway queries.
* **Size cap**: beyond `max_rows` rows (or triples) the answer is cut to `max_rows` and carries the
  header ``X-Tifa-Truncated: true`` (a partial answer is more useful than a 413 when exploring).
"""

from __future__ import annotations

import asyncio
import re
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from urllib.parse import parse_qs

import pyoxigraph as ox
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from tifa.queries.results import Result, serialize

TRUNCATED_HEADER = "X-Tifa-Truncated"

# What each kind of result can be served as: (media type sent, media types that ask for it); default first.
FORMAT_OF = {"application/sparql-results+json": "json", "application/sparql-results+xml": "xml", "text/csv": "csv",
             "text/tab-separated-values": "tsv", "text/turtle": "ttl", "application/n-triples": "nt"}
SOLUTION_TYPES = [
    ("application/sparql-results+json", ("application/sparql-results+json", "application/json")),
    ("application/sparql-results+xml", ("application/sparql-results+xml", "application/xml", "text/xml")),
    ("text/csv", ("text/csv",)),
    ("text/tab-separated-values", ("text/tab-separated-values",)),
]
BOOLEAN_TYPES = SOLUTION_TYPES[:2]
GRAPH_TYPES = [
    ("text/turtle", ("text/turtle", "application/turtle", "application/x-turtle")),
    ("application/n-triples", ("application/n-triples", "text/plain")),
]

# An update's first keyword, once the prologue (PREFIX / BASE) is gone.
_UPDATE = re.compile(r"^\s*(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.IGNORECASE)
_PROLOGUE = re.compile(r"^\s*(PREFIX\s+[\w.-]*:\s*<>|BASE\s*<>)", re.IGNORECASE)
_SERVICE = re.compile(r"(?<![?$\w:])SERVICE\b", re.IGNORECASE)
# Strings, IRIs and comments, in one left-to-right pass (a # inside an IRI starts no comment).
_LEXEMES = re.compile(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*')


class Refused(Exception):
    """A request answered with an error status and a one-line message."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


@dataclass
class Answer:
    """A finished query: its body, media type and whether it was cut at the row cap."""

    body: bytes
    media_type: str
    truncated: bool = False


def create_app(store, *, timeout: float = 10.0, max_rows: int = 10_000, max_concurrent: int = 4) -> Starlette:
    """The web app over an open `tifa.graph.store.Store` (the caller keeps it open and closes it).

    >>> from starlette.testclient import TestClient                              # doctest: +SKIP
    >>> TestClient(create_app(store)).get("/sparql", params={"query": "ASK {}"}).json()  # doctest: +SKIP
    {'head': {}, 'boolean': True}
    """
    from tifa.explorer import explorer_routes

    endpoint = SparqlEndpoint(store, timeout=timeout, max_rows=max_rows, max_concurrent=max_concurrent)
    app = Starlette(routes=[Route("/sparql", endpoint.handle, methods=["GET", "POST"]), *explorer_routes()])
    app.state.store = store
    app.state.sparql = endpoint
    return app


class SparqlEndpoint:
    """The ``/sparql`` route: reads the query from the request, runs it with a deadline, negotiates the format."""

    def __init__(self, store, *, timeout: float, max_rows: int, max_concurrent: int):
        self.store = store
        self.timeout = timeout
        self.max_rows = max_rows
        self._workers = ThreadPoolExecutor(max_workers=max_concurrent, thread_name_prefix="sparql")
        self._slots = threading.BoundedSemaphore(max_concurrent)  # held until the worker is really done

    async def handle(self, request: Request) -> Response:
        try:
            query = await read_query(request)
            answer = await self.answer(query, request.headers.get("accept", "*/*"))
        except Refused as refused:
            return PlainTextResponse(str(refused) + "\n", status_code=refused.status)
        headers = {TRUNCATED_HEADER: "true"} if answer.truncated else {}
        return Response(answer.body, media_type=answer.media_type, headers=headers)

    async def answer(self, query: str, accept: str) -> Answer:
        """Run `query` with the deadline and the row cap, in the format `accept` prefers; `Refused`
        (with the HTTP status to answer) when it cannot."""
        if uses_service(query):
            raise Refused(403, "federated queries (SERVICE) are refused: this server makes no outbound requests")
        if not self._slots.acquire(blocking=False):
            raise Refused(503, "too many queries running; try again later")
        try:
            future = self._workers.submit(self._answer, query, accept)
        except BaseException:
            self._slots.release()
            raise
        future.add_done_callback(lambda _: self._slots.release())
        try:
            return await asyncio.wait_for(asyncio.wrap_future(future), self.timeout)
        except TimeoutError:
            raise Refused(503, f"query timed out after {self.timeout:g} s") from None

    def _answer(self, query: str, accept: str) -> Answer:
        """Run `query` and serialise its result (in a worker thread: evaluation happens while iterating)."""
        try:
            result = self.store.query(query)
        except SyntaxError as error:
            if looks_like_update(query):
                raise Refused(403, "this endpoint is read-only: updates are refused") from None
            raise Refused(400, "malformed query: " + " ".join(str(error).split())) from None
        if isinstance(result, (bool, ox.QueryBoolean)):  # bool: a RemoteStore's answer
            media_type = negotiate(accept, BOOLEAN_TYPES)
            return Answer(_body(Result("ask", boolean=bool(result)), media_type), media_type)
        if hasattr(result, "variables"):  # solutions
            media_type = negotiate(accept, SOLUTION_TYPES)
            variables = [v.value for v in result.variables]
            rows, truncated = take(result, self.max_rows)
            solutions = Result("select", variables, [[row[name] for name in variables] for row in rows])
            return Answer(_body(solutions, media_type), media_type, truncated)
        media_type = negotiate(accept, GRAPH_TYPES)
        triples, truncated = take(result, self.max_rows)
        return Answer(_body(Result("graph", triples=list(triples)), media_type), media_type, truncated)


async def read_query(request: Request) -> str:
    """The query text of a SPARQL Protocol request; `Refused` for updates and requests without a query."""
    if request.method == "GET":
        params = {key: request.query_params.getlist(key) for key in request.query_params.keys()}
    else:
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        body = (await request.body()).decode("utf-8", errors="replace")
        if content_type == "application/sparql-update":
            raise Refused(403, "this endpoint is read-only: updates are refused")
        if content_type == "application/sparql-query":
            return body
        if content_type != "application/x-www-form-urlencoded":
            raise Refused(415, "POST a form (query=…) or an application/sparql-query body")
        params = parse_qs(body, keep_blank_values=True)
    if "update" in params:
        raise Refused(403, "this endpoint is read-only: updates are refused")
    queries = params.get("query", [])
    if len(queries) != 1 or not queries[0].strip():
        raise Refused(400, "give exactly one query parameter, e.g. /sparql?query=ASK%20%7B%7D")
    return queries[0]


def looks_like_update(text: str) -> bool:
    """Whether `text` opens (after comments and prefixes) with an update keyword.

    >>> looks_like_update("PREFIX a: <http://a#> # add\\nINSERT DATA { a:x a:y a:z }")
    True
    >>> looks_like_update("SELECT ?insert { ?insert ?p ?o }")
    False
    """
    text = _masked(text)
    while match := _PROLOGUE.match(text):
        text = text[match.end():]
    return bool(_UPDATE.match(text))


def uses_service(text: str) -> bool:
    """Whether the query calls a remote endpoint with SERVICE.

    >>> uses_service("SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    True
    >>> uses_service('SELECT ?service { ?service rdfs:label "SERVICE" }  # no SERVICE here')
    False
    """
    return bool(_SERVICE.search(_masked(text)))


def _masked(text: str) -> str:
    """The query with strings emptied, IRIs emptied and comments removed: only keywords and names remain.

    >>> _masked('PREFIX t: <http://a#> SELECT ("#" AS ?x) {} # done')
    'PREFIX t: <> SELECT ("" AS ?x) {} '
    """
    def empty(match: re.Match) -> str:
        token = match[0]
        return "" if token[0] == "#" else "<>" if token[0] == "<" else token[0] * 2

    return _LEXEMES.sub(empty, text)


def negotiate(accept: str, offers: list[tuple[str, tuple[str, ...]]]) -> str:
    """The offered media type the Accept header prefers (the first offer when nothing matches).

    >>> negotiate("text/csv;q=0.5, application/sparql-results+xml", SOLUTION_TYPES)
    'application/sparql-results+xml'
    >>> negotiate("image/png", SOLUTION_TYPES)
    'application/sparql-results+json'
    """
    ranges = []
    for part in accept.split(","):
        media, *params = (p.strip() for p in part.split(";"))
        q = next((p[2:] for p in params if p.replace(" ", "").startswith("q=")), "1")
        try:
            ranges.append((media.lower(), float(q)))
        except ValueError:
            ranges.append((media.lower(), 1.0))

    def quality(aliases: tuple[str, ...]) -> float:
        best, specificity = 0.0, -1
        for media, q in ranges:
            kind = media.split("/")[0]
            level = 2 if media in aliases else 1 if media == f"{kind}/*" and any(
                a.startswith(kind + "/") for a in aliases) else 0 if media == "*/*" else -1
            if level > specificity:
                best, specificity = q, level
        return best

    scored = [(quality(aliases), -index, media_type) for index, (media_type, aliases) in enumerate(offers)]
    q, _, media_type = max(scored)
    return media_type if q > 0 else offers[0][0]


def take(items, limit: int) -> tuple[list, bool]:
    """The first `limit` items of an iterator, and whether there were more."""
    taken = []
    for item in items:
        if len(taken) == limit:
            return taken, True
        taken.append(item)
    return taken, False


def _body(result: Result, media_type: str) -> bytes:
    """The answer in the format `media_type` names (the writers are `tifa.queries.results`')."""
    return serialize(result, FORMAT_OF[media_type]).encode("utf-8")
