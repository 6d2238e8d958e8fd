"""A tifa graph on a SPARQL 1.1 server, with the interface of the embedded `Store`.

Queries go through SPARQLWrapper and come back as pyoxigraph terms, so code written for the
embedded store runs unchanged. Each document's named graph is replaced whole: by a Graph Store
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
"""

from __future__ import annotations

import ast
import base64
import os
import re
import urllib.error
import urllib.parse
import urllib.request
from importlib.resources import files
from pathlib import Path

import pyoxigraph as ox
from SPARQLWrapper import JSON, POST, POSTDIRECTLY, TURTLE, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed, SPARQLWrapperException
from tifa.ontology import vocab
from tifa.ontology.vocab import DCTERMS, RDF, TIFA

from .rdf import run_iri
from .sparqltext import declared_prefixes, inject_values, query_form
from .store import Store, StoreError, _fingerprint

DEFAULT_TIMEOUT = 60  # seconds for one HTTP request


class RemoteStore:
    """A tifa graph on a SPARQL server. `endpoint` answers queries; `update_endpoint` (default:
    `endpoint`) takes SPARQL Updates, or is itself a Graph Store protocol URL. With
    ``graph_store=False`` writes are SPARQL Updates even where a Graph Store is offered."""

    def __init__(self, endpoint: str, update_endpoint: str | None = None, *, user: str | None = None,
                 password: str | None = None, timeout: float = DEFAULT_TIMEOUT, read_only: bool = False,
                 graph_store: bool = True):
        self.path = endpoint  # named like the embedded store's path: shown in messages
        self.endpoint = endpoint
        self.update_endpoint = update_endpoint or endpoint
        self.read_only = read_only
        self.timeout = timeout
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
        return Store.select(self, sparql, bindings)

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
        return Store.count_triples(self)

    def quads(self) -> list[ox.Quad]:
        """Every quad of the server's named graphs."""
        rows = self._query("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }")
        return [ox.Quad(row["s"], row["p"], row["o"], row["g"]) for row in rows]

    def export(self, fmt: str) -> bytes:
        """The server's graphs serialised like `Store.export` does (trig / nq / ttl / jsonld)."""
        return _Snapshot(self).export(fmt)

    def to_rdflib(self):
        """The server's graphs as an `rdflib.Dataset`."""
        return _Snapshot(self).to_rdflib()

    # -- writing ------------------------------------------------------------------------------
    def replace_document(self, doc_id: str, quads) -> int:
        """Make `quads` the whole content of the document's named graph (whatever graph they name)."""
        return self._replace_graph(ox.NamedNode(vocab.document_graph(doc_id)), quads)

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
        client = self._client(self.endpoint, _with_prefixes(sparql))
        client.queryType = form
        client.setReturnFormat(JSON if form in ("SELECT", "ASK") else TURTLE)
        data = self._send(client, self.endpoint).response.read()
        if form in ("CONSTRUCT", "DESCRIBE"):
            return [ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(data, format=ox.RdfFormat.TURTLE)]
        return _results(data)

    def _update(self, sparql: str) -> None:
        if self.read_only:
            raise StoreError(f"{self.endpoint} was opened read-only")
        client = self._client(self.update_endpoint, sparql)
        client.queryType = "INSERT"  # an update, whatever it starts with
        client.setRequestMethod(POSTDIRECTLY)
        self._send(client, self.update_endpoint).response.read()

    def _client(self, url: str, sparql: str) -> SPARQLWrapper:
        client = SPARQLWrapper(url)
        client.setMethod(POST)
        client.setTimeout(self.timeout)
        client.setQuery(sparql)
        if self._credentials:
            client.setCredentials(*self._credentials)
        return client

    def _send(self, client: SPARQLWrapper, url: str):
        try:
            return client.query()
        except QueryBadFormed as error:
            raise SyntaxError(_one_line(f"{url} refused the query: {_message(error)}")) from None
        except (SPARQLWrapperException, urllib.error.URLError, OSError) as error:
            raise StoreError(_one_line(f"{url}: {_message(error)}")) from None

    def _graph_store_url(self) -> str | None:
        """The Graph Store protocol URL, when the server offers one: the update endpoint itself
        when it is one, else its sibling ``store`` (oxigraph's layout); probed once."""
        if self._graph_store is False:
            self._graph_store = None
            for url in dict.fromkeys([self.update_endpoint, urllib.parse.urljoin(self.update_endpoint, "store")]):
                try:  # a Graph Store answers a HEAD on its default graph
                    self._http("HEAD", f"{url}?default", None, {"Accept": "application/n-triples"}, probe=True)
                except StoreError:
                    continue
                self._graph_store = url
                break
        return self._graph_store

    def _http(self, method: str, url: str, body: bytes | None, headers: dict, *, probe: bool = False) -> None:
        request = urllib.request.Request(url, data=body, method=method, headers=headers)
        if self._credentials:
            token = base64.b64encode(":".join(self._credentials).encode("utf-8")).decode("ascii")
            request.add_header("Authorization", f"Basic {token}")
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                response.read()
        except urllib.error.HTTPError as error:
            detail = "" if probe else error.read().decode("utf-8", "replace")
            raise StoreError(_one_line(f"{url}: HTTP {error.code} {error.reason} {detail}")) from None
        except (urllib.error.URLError, OSError) as error:
            raise StoreError(_one_line(f"{url}: {_message(error)}")) from None

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


def _results(data: bytes):
    """SPARQL 1.1 JSON results → a bool (ASK) or `Solutions` of pyoxigraph terms."""
    import json

    parsed = json.loads(data)
    if "boolean" in parsed:
        return bool(parsed["boolean"])
    variables = [ox.Variable(name) for name in parsed["head"].get("vars", [])]
    rows = [Solution(variables, [_term(binding.get(v.value)) for v in variables])
            for binding in parsed["results"]["bindings"]]
    return Solutions(variables, rows)


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
    raise StoreError(f"unknown term type {kind!r} in the server's results")


def _with_prefixes(sparql: str) -> str:
    """`sparql` preceded by the declarations of tifa's prefixes it does not declare itself (on
    its first line, so that the server's error messages give the right line numbers)."""
    own = declared_prefixes(sparql)
    return "".join(f"PREFIX {p}: <{iri}> " for p, iri in vocab.PREFIXES.items() if p not in own) + sparql


def _message(error: Exception) -> str:
    """What went wrong, in the words of the server or the network layer."""
    if isinstance(error, SPARQLWrapperException):  # it keeps the server's answer as the repr of bytes
        response = str(error).partition("\n\nResponse:\n")[2]
        try:
            response = ast.literal_eval(response).decode("utf-8", "replace") if response else ""
        except (ValueError, SyntaxError):
            pass
        return response or error.msg
    if isinstance(error, urllib.error.HTTPError):
        return f"HTTP {error.code} {error.reason}"
    return str(getattr(error, "reason", None) or error)


def _one_line(text: str, limit: int = 300) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"
