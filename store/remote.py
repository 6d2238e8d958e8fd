"""A tifa graph on a SPARQL 1.1 server, with the interface of the embedded `Store`.

Queries are sent by the SPARQL 1.1 protocol (an HTML form POST) and come back as pyoxigraph terms,
so code written for the embedded store runs unchanged. Each document's named graph is replaced whole: by a Graph Store
protocol PUT when the server offers one (next to the update endpoint, e.g. oxigraph's ``/store``),
else by one SPARQL Update request (``DROP SILENT GRAPH``; ``INSERT DATA``).

tifa queries read the union of all graphs as their default graph, so the server must do the
same: ``oxigraph serve --union-default-graph``, Fuseki with ``tdb:unionDefaultGraph true``
(Virtuoso does it by default). Otherwise queries raise `StoreError` saying so.

>>> with RemoteStore("http://127.0.0.1:7878/query", "http://127.0.0.1:7878/update") as store:  # doctest: +SKIP
...     store.select("SELECT ?id { ?d a tifa:Document ; dcterms:identifier ?id }")
[{'id': 'lingling-2024-plan'}, …]

Credentials for HTTP basic authentication come from ``TIFA_ENDPOINT_USER`` and
``TIFA_ENDPOINT_PASSWORD`` unless given.

A server is not trusted to behave: each request has an overall deadline (a server sending one
byte every 20 s never trips a per-read timeout), an answer larger than ``max_response_bytes`` is
refused as it arrives, and an answer that is no SPARQL result (an HTML page, garbage, JSON of the
wrong shape) is a `StoreError` that blames the server, not the query.
"""

from __future__ import annotations

import base64
import http.client
import json
import os
import re
import socket
import threading
import urllib.error
import urllib.parse
import urllib.request
from importlib.resources import files
from pathlib import Path

import pyoxigraph as ox
from tifa.ontology import vocab
from tifa.ontology.vocab import DCTERMS, RDF, TIFA, run_iri

from .sparqltext import declared_prefixes, inject_values, query_form
from .embedded import COUNT_TRIPLES, Store, StoreError, _fingerprint, rows_as_strings

DEFAULT_TIMEOUT = 60  # seconds for one whole HTTP request, from connecting to the answer's last byte
MAX_RESPONSE_BYTES = 128 * 2**20
_CHUNK = 1 << 20
_RESULTS_JSON = "application/sparql-results+json"


class RemoteStore:
    """A tifa graph on a SPARQL server. `endpoint` answers queries; `update_endpoint` (default:
    `endpoint`) takes SPARQL Updates, or is itself a Graph Store protocol URL. With
    ``graph_store=False`` writes are SPARQL Updates even where a Graph Store is offered."""

    def __init__(self, endpoint: str, update_endpoint: str | None = None, *, user: str | None = None,
                 password: str | None = None, timeout: float = DEFAULT_TIMEOUT, read_only: bool = False,
                 graph_store: bool = True, max_response_bytes: int = MAX_RESPONSE_BYTES):
        self.path = endpoint  # named like the embedded store's path: shown in messages
        self.endpoint = endpoint
        self.update_endpoint = update_endpoint or endpoint
        self.read_only = read_only
        self.timeout = timeout
        self.max_response_bytes = max_response_bytes
        user = user if user is not None else os.environ.get("TIFA_ENDPOINT_USER")
        password = password if password is not None else os.environ.get("TIFA_ENDPOINT_PASSWORD", "")
        self._credentials = (user, password) if user else None
        self._graph_store: str | None | bool = False if graph_store else None  # False: not probed yet
        self._union_checked = False

    def __enter__(self) -> RemoteStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def flush(self) -> None:
        """Nothing to do: the server commits each request."""

    def close(self) -> None:
        """Nothing to release: every request has its own connection."""

    # -- reading ------------------------------------------------------------------------------
    def query(self, sparql: str, bindings: dict | None = None):
        """Run a SPARQL query on the server; tifa's prefixes are predeclared.

        Returns what pyoxigraph returns: `Solutions` (``.variables``, rows indexed by name or
        `Variable`) for SELECT, a bool for ASK, a list of `Triple` for CONSTRUCT and DESCRIBE.
        `bindings` (name → str or pyoxigraph term) travel as a VALUES block inside the WHERE clause.
        """
        if not self._union_checked:
            self._union_checked = True
            self._check_union_default_graph()
        return self._query(sparql, bindings)

    def select(self, sparql: str, bindings: dict | None = None) -> list[dict[str, str]]:
        """A SELECT query's rows as dicts of plain strings; unbound variables are left out."""
        return rows_as_strings(self.query(sparql, bindings))

    def has_document(self, doc_id: str, content_hash: str, version: str) -> bool:
        """Whether the document's graph was built from this content by this extractor version."""
        rows = self._query(f"""SELECT ?hash ?version WHERE {{ GRAPH <{vocab.document_graph(doc_id)}> {{
            {{ <{vocab.document_iri(doc_id)}> <{TIFA.contentHash}> ?hash }}
            UNION {{ <{run_iri(doc_id)}> <{TIFA.extractorVersion}> ?version }} }} }}""")
        hashes = {row["hash"].value for row in rows if row["hash"] is not None}
        versions = {row["version"].value for row in rows if row["version"] is not None}
        return hashes == {content_hash} and versions == {version}

    def documents(self) -> list[str]:
        """Ids of the documents on the server, sorted."""
        rows = self._query(f"SELECT ?id WHERE {{ GRAPH ?g {{ ?d <{RDF.type}> <{TIFA.Document}> ; "
                           f"<{DCTERMS.identifier}> ?id }} }}")
        return sorted(row["id"].value for row in rows)

    def count_triples(self) -> int:
        """Distinct triples in the union of all graphs."""
        return int(self.select(COUNT_TRIPLES)[0]["n"])

    def quads(self) -> list[ox.Quad]:
        """Every quad of the server's named graphs."""
        rows = self._query("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }")
        return [ox.Quad(row["s"], row["p"], row["o"], row["g"]) for row in rows]

    def export(self, fmt: str) -> bytes:
        """The server's graphs serialised like `Store.export` does (trig / nq / ttl / jsonld)."""
        return _Snapshot(self).export(fmt)

    def to_rdflib(self):
        """Every triple of the server's graphs once, merged, as an `rdflib.Graph` (as `Store.to_rdflib`)."""
        return _Snapshot(self).to_rdflib()

    # -- writing ------------------------------------------------------------------------------
    def replace_document(self, doc_id: str, quads) -> int:
        """Make `quads` the whole content of the document's named graph (whatever graph they name)."""
        return self._replace_graph(ox.NamedNode(vocab.document_graph(doc_id)), quads)

    def add_documents(self, graphs: dict[str, bytes]) -> int:
        """Replace several documents' graphs (document id → N-Quads, as `rdf.document_nquads` gives them),
        one request each."""
        return sum(self.replace_document(doc_id, ox.parse(nquads, format=ox.RdfFormat.N_QUADS))
                   for doc_id, nquads in graphs.items())

    def remove_document(self, doc_id: str) -> None:
        self._update(f"DROP SILENT GRAPH <{vocab.document_graph(doc_id)}>")

    def load_ontology(self, path=None) -> bool:
        """Put the ontology (default: the packaged ``tifa.ttl``) into its graph unless it is there."""
        source = Path(path) if path else Path(str(files("tifa.ontology") / "tifa.ttl"))
        if not source.exists():
            return False
        triples = list(ox.parse(path=str(source), format=ox.RdfFormat.TURTLE))
        graph = ox.NamedNode(vocab.ONTOLOGY_GRAPH)
        there = self._query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} }}")
        if _fingerprint(triples) == _fingerprint(there):
            return False
        self._replace_graph(graph, triples)
        return True

    def _replace_graph(self, graph: ox.NamedNode, quads) -> int:
        triples = [ox.Triple(q.subject, q.predicate, q.object) for q in quads]  # may raise: nothing sent yet
        if self.read_only:
            raise StoreError(f"{self.endpoint} was opened read-only")
        if self._graph_store_url():
            url = f"{self._graph_store_url()}?{urllib.parse.urlencode({'graph': graph.value})}"
            body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
            self._http("PUT", url, body, {"Content-Type": "application/n-triples"})
        else:
            body = "\n".join(f"{t.subject} {t.predicate} {t.object} ." for t in triples)
            self._update(f"DROP SILENT GRAPH {graph};\nINSERT DATA {{ GRAPH {graph} {{\n{body}\n}} }}")
        return len(triples)

    # -- HTTP ---------------------------------------------------------------------------------
    def _query(self, sparql: str, bindings: dict | None = None):
        form = query_form(sparql)
        if form is None:
            raise SyntaxError("not a SPARQL query (SELECT, CONSTRUCT, DESCRIBE or ASK)")
        if bindings:
            try:
                sparql = inject_values(sparql, bindings)
            except ValueError as error:
                raise SyntaxError(str(error)) from None
        accept = _RESULTS_JSON if form in ("SELECT", "ASK") else "text/turtle"
        body = urllib.parse.urlencode({"query": _with_prefixes(sparql)}).encode("utf-8")
        data = self._http("POST", self.endpoint, body, {"Content-Type": "application/x-www-form-urlencoded",
                                                        "Accept": accept}, sparql=True)
        if form in ("CONSTRUCT", "DESCRIBE"):
            return _triples(data, self.endpoint)
        return _results(data, self.endpoint)

    def _update(self, sparql: str) -> None:
        if self.read_only:
            raise StoreError(f"{self.endpoint} was opened read-only")
        self._http("POST", self.update_endpoint, sparql.encode("utf-8"),
                   {"Content-Type": "application/sparql-update"}, sparql=True)

    def _graph_store_url(self) -> str | None:
        """The Graph Store protocol URL, when the server offers one: the update endpoint itself
        when it is one, else its sibling ``store`` (oxigraph's layout); probed once."""
        if self._graph_store is False:
            self._graph_store = None
            for url in dict.fromkeys([self.update_endpoint, urllib.parse.urljoin(self.update_endpoint, "store")]):
                try:  # a Graph Store answers a HEAD on its default graph
                    self._http("HEAD", f"{url}?default", None, {"Accept": "application/n-triples"})
                except StoreError:
                    continue
                self._graph_store = url
                break
        return self._graph_store

    def _http(self, method: str, url: str, body: bytes | None, headers: dict, *, sparql: bool = False) -> bytes:
        """Send one request and return the answer's body, all within `timeout` seconds.

        Raises `StoreError` for anything the network or the server got wrong, and `SyntaxError`
        when a SPARQL endpoint answers 400 to `sparql` (the server's message says what is wrong).
        """
        request = urllib.request.Request(url, data=body, method=method, headers=headers)
        if self._credentials:
            token = base64.b64encode(":".join(self._credentials).encode("utf-8")).decode("ascii")
            request.add_header("Authorization", f"Basic {token}")
        with _Deadline(self.timeout) as deadline:
            try:
                with deadline.opener().open(request, timeout=self.timeout) as response:
                    data = _read_capped(response, self.max_response_bytes, url)
            except urllib.error.HTTPError as error:
                detail = _server_text(_read_capped(error, 64 * 1024, url, quiet=True), error.headers)
                if error.code == 400 and sparql:
                    raise SyntaxError(_one_line(f"{url} refused the query: {detail}")) from None
                said = f" (the server said: {detail})" if detail else ""
                raise StoreError(_one_line(f"{url}: {_http_problem(error.code, error.reason)}{said}")) from None
            except (urllib.error.URLError, OSError, http.client.HTTPException, ValueError) as error:
                if deadline.expired:
                    raise StoreError(_late(url, self.timeout)) from None
                raise StoreError(_one_line(f"{url}: {_network_problem(error)}")) from None
        if deadline.expired:  # the socket was shut: what came in is only part of the answer
            raise StoreError(_late(url, self.timeout))
        return data

    def _check_union_default_graph(self) -> None:
        """Raise `StoreError` when the named graphs' triples are not in the default graph."""
        sample = self._query("SELECT ?s ?type WHERE { GRAPH ?g { ?s a ?type FILTER(isIRI(?s)) } } LIMIT 1")
        row = next(iter(sample), None)
        if row and not self._query("ASK { ?s a ?type }", {"s": row["s"], "type": row["type"]}):
            raise StoreError(f"{self.endpoint} does not query the union of its graphs by default: start it with "
                             f"`oxigraph serve --union-default-graph` (Fuseki: tdb:unionDefaultGraph true)")


class Solutions:
    """SELECT results as pyoxigraph gives them: ``.variables`` and rows (`Solution`)."""

    def __init__(self, variables: list[ox.Variable], rows: list[Solution]):
        self.variables = variables
        self._rows = rows

    def __iter__(self):
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)


class Solution:
    """One row: ``row["name"]``, ``row[Variable("name")]`` or ``row[0]`` → term or None."""

    def __init__(self, variables: list[ox.Variable], values: list):
        self._index = {v.value: i for i, v in enumerate(variables)}
        self._values = values

    def __getitem__(self, key):
        if isinstance(key, int):
            return self._values[key]
        name = key.value if isinstance(key, ox.Variable) else key
        return self._values[self._index[name]] if name in self._index else None

    def __iter__(self):
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)


class _Snapshot(Store):
    """The server's quads copied into an in-memory pyoxigraph store, to serialise them exactly
    as the embedded store does."""

    def __init__(self, remote: RemoteStore):
        self.path, self.read_only = remote.path, True
        self._ox = ox.Store()
        self._ox.extend(remote.quads())


def _results(data: bytes, url: str):
    """SPARQL 1.1 JSON results → a bool (ASK) or `Solutions` of pyoxigraph terms."""
    try:
        parsed = json.loads(data)
    except ValueError:
        raise StoreError(_one_line(f"{url} answered with {_describe(data)}, not SPARQL JSON results "
                                   f"(is it a SPARQL query endpoint?)")) from None
    try:
        if "boolean" in parsed:
            if not isinstance(parsed["boolean"], bool):
                raise ValueError(f"boolean is {parsed['boolean']!r}")
            return parsed["boolean"]
        variables = [ox.Variable(name) for name in parsed["head"].get("vars", [])]
        bindings = parsed["results"]["bindings"]
        if not isinstance(bindings, list):
            raise TypeError("bindings is not a list")
        rows = [Solution(variables, [_term(binding.get(v.value)) for v in variables]) for binding in bindings]
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise StoreError(_one_line(f"{url} answered with SPARQL JSON results of the wrong shape "
                                   f"({type(error).__name__}: {error})")) from None
    return Solutions(variables, rows)


def _triples(data: bytes, url: str) -> list[ox.Triple]:
    """A CONSTRUCT or DESCRIBE answer (Turtle) → triples."""
    try:
        return [ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(data, format=ox.RdfFormat.TURTLE)]
    except (SyntaxError, ValueError) as error:
        raise StoreError(_one_line(f"{url} answered with {_describe(data)}, not Turtle "
                                   f"({' '.join(str(error).split())})")) from None


def _term(value: dict | None):
    """One JSON results term as a pyoxigraph term (None when unbound)."""
    if value is None:
        return None
    kind = value["type"]
    if kind == "uri":
        return ox.NamedNode(value["value"])
    if kind == "bnode":
        return ox.BlankNode(re.sub(r"[^A-Za-z0-9_]", "_", value["value"]))
    if kind in ("literal", "typed-literal"):
        if "xml:lang" in value:
            return ox.Literal(value["value"], language=value["xml:lang"])
        datatype = value.get("datatype")
        return ox.Literal(value["value"], datatype=ox.NamedNode(datatype) if datatype else None)
    if kind == "triple":
        inner = value["value"]
        return ox.Triple(_term(inner["subject"]), _term(inner["predicate"]), _term(inner["object"]))
    raise ValueError(f"unknown term type {kind!r}")


def _with_prefixes(sparql: str) -> str:
    """`sparql` preceded by the declarations of tifa's prefixes it does not declare itself (on
    its first line, so that the server's error messages give the right line numbers)."""
    own = declared_prefixes(sparql)
    return "".join(f"PREFIX {p}: <{iri}> " for p, iri in vocab.PREFIXES.items() if p not in own) + sparql


# -- HTTP with a deadline and a size cap --------------------------------------------------------


class _Deadline:
    """Shuts the sockets of one exchange down when its time is up, wherever the exchange is:
    connecting, sending, waiting for the headers or reading the body. Use as a context manager
    around the exchange and build its opener with `opener()`."""

    def __init__(self, seconds: float):
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def __enter__(self) -> _Deadline:
        self._timer.start()
        return self

    def __exit__(self, *exc) -> None:
        self._timer.cancel()

    def opener(self) -> urllib.request.OpenerDirector:
        return urllib.request.build_opener(_HTTPHandler(self), _HTTPSHandler(self))

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)
            if self.expired:
                _shut(sock)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                _shut(sock)


def _shut(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)  # wakes a thread blocked reading it
    except OSError:
        pass


class _Watched:
    """An HTTP(S) connection that hands its socket to a `_Deadline` once connected."""

    def __init__(self, *args, deadline: _Deadline, **kwargs):
        super().__init__(*args, **kwargs)
        self.deadline = deadline

    def connect(self) -> None:
        super().connect()
        self.deadline.watch(self.sock)


class _HTTPConnection(_Watched, http.client.HTTPConnection):
    pass


class _HTTPSConnection(_Watched, http.client.HTTPSConnection):
    pass


class _HTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, deadline: _Deadline):
        super().__init__()
        self.deadline = deadline

    def http_open(self, request):
        return self.do_open(_HTTPConnection, request, deadline=self.deadline)


class _HTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, deadline: _Deadline):
        super().__init__()
        self.deadline = deadline

    def https_open(self, request):
        return self.do_open(_HTTPSConnection, request, deadline=self.deadline, context=self._context)


def _read_capped(response, limit: int, url: str, *, quiet: bool = False) -> bytes:
    """The body of `response`, read a megabyte at a time; `StoreError` past `limit` bytes (or,
    with `quiet`, the first `limit` bytes: enough of an error page to quote it)."""
    chunks, size = [], 0
    while chunk := response.read(min(_CHUNK, limit + 1 - size)):
        chunks.append(chunk)
        size += len(chunk)
        if size > limit:
            if quiet:
                return b"".join(chunks)[:limit]
            raise StoreError(f"{url}: the answer is larger than {limit / 2**20:g} MB: the server sends too much, "
                             f"or without end (TIFA_ENDPOINT_MAX_MB raises the limit)")
    return b"".join(chunks)


def _late(url: str, seconds: float) -> str:
    return f"{url}: no complete answer within {seconds:g} s (the server is too slow, or stalled)"


def _http_problem(code: int, reason: str) -> str:
    """Whose fault an HTTP error status is, in words."""
    if code in (401, 403):
        return f"HTTP {code} {reason}: the server refused the credentials (set TIFA_ENDPOINT_USER and " \
               f"TIFA_ENDPOINT_PASSWORD)"
    if code == 404:
        return f"HTTP 404 {reason}: no SPARQL endpoint at this URL"
    if code >= 500:
        return f"HTTP {code} {reason}: the server failed"
    return f"HTTP {code} {reason}"


def _network_problem(error: Exception) -> str:
    if isinstance(error, http.client.HTTPException) and not isinstance(error, ConnectionError):
        return f"the server's answer is not HTTP ({type(error).__name__}: {error})"
    reason = getattr(error, "reason", None) or error
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused (is the server running?)"
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return "no answer (timed out)"
    return str(getattr(reason, "strerror", None) or reason)


_TITLE = re.compile(rb"<title[^>]*>(.*?)</title", re.I | re.S)
_TAG = re.compile(r"<[^>]+>")


def _server_text(data: bytes, headers=None) -> str:
    """What a server said in an error body: its text, or the title and text of an HTML page."""
    text = data.decode("utf-8", "replace")
    content_type = (headers.get("Content-Type", "") if headers else "").lower()
    if "html" in content_type or text.lstrip()[:15].lower().startswith(("<!doctype", "<html")):
        text = _TAG.sub(" ", re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", text))
    return " ".join(text.split())[:300]


def _describe(data: bytes) -> str:
    """An answer that is not what was asked for, in a few words."""
    if not data.strip():
        return "an empty answer"
    head = data[:2048].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head:
        title = _TITLE.search(data[:65536])
        name = " ".join(title.group(1).decode("utf-8", "replace").split())[:80] if title else ""
        return f"an HTML page{f' ({name!r})' if name else ''}"
    text = data[:512].decode("utf-8", "replace")[:-1]  # the last character may be cut in two
    if any(ch == "\ufffd" or (ch < " " and ch not in "\t\n\r") for ch in text):
        return f"{len(data):,} bytes of binary data"
    return f"text starting {' '.join(text.split())[:60]!r}"


def _one_line(text: str, limit: int = 300) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"
