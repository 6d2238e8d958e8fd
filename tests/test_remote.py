"""tifa against a real SPARQL server: `oxigraph serve` on a free loopback port, compared with the
embedded store built from the same corpus."""

import io
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pyoxigraph as ox
import pytest
from tifa.store.remote import RemoteStore
from tifa.store.sparqltext import inject_values
from tifa.store.embedded import StoreError, open_store
from tifa.ontology import vocab

from tifa.cli import main

OXIGRAPH = shutil.which("oxigraph") or shutil.which("oxigraph", path=str(Path(sys.executable).parent))
pytestmark = pytest.mark.skipif(OXIGRAPH is None, reason="the `oxigraph` server binary is missing "
                                                          "(pip install -e '.[test]' installs it)")
EX = "https://example.org/"
TRICKY = ['引号"内"', "it's", "brace } and # hash", "back\\slash \\u0041 \\n", "real\nnewline\r\tand tab",
          '"""triple"""', "'''single'''", "<script>alert(1)</script>", "表情🙂", " ", ""]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """`oxigraph serve` on a temporary directory; `url` is its base (…/query, /update, /store)."""

    def __init__(self, location: Path, union: bool = True):
        port = free_port()
        self.url = f"http://127.0.0.1:{port}"
        command = [OXIGRAPH, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"]
        self.process = subprocess.Popen(command + (["--union-default-graph"] if union else []),
                                        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 20
        while True:
            try:
                urllib.request.urlopen(f"{self.url}/query?query=ASK%7B%7D", timeout=1).read()
                return
            except (urllib.error.URLError, OSError):
                if self.process.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    pytest.fail(f"oxigraph serve did not start: {self.process.stderr.read().decode()[:500]}")
                time.sleep(0.1)

    def store(self, **options) -> RemoteStore:
        return RemoteStore(f"{self.url}/query", f"{self.url}/update", **options)

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


@pytest.fixture
def new_server(tmp_path):
    """A factory of servers on empty stores, all stopped after the test."""
    started = []

    def start(union: bool = True) -> Server:
        started.append(Server(tmp_path / f"server{len(started)}", union))
        return started[-1]

    yield start
    for server in started:
        server.stop()


@pytest.fixture(scope="module")
def built(tmp_path_factory, corpus_store_copy):
    """(server with the corpus pushed by `tifa build --endpoint`, embedded store dir built by `tifa build`)."""
    folder = tmp_path_factory.mktemp("remote")
    server = Server(folder / "server")
    try:
        code, out, err = tifa("build", "--quiet", "--endpoint", f"{server.url}/query",
                              "--update-endpoint", f"{server.url}/update")
        assert code == 0, err
        assert f"store: {server.url}/query" in out
        yield server, corpus_store_copy("remote-embedded")
    finally:
        server.stop()


def tifa(*args: str) -> tuple[int, str, str]:
    """Run the `tifa` command in this process: (exit code, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


def both(built, *args: str):
    """The JSON output of one command on the server and on the embedded store."""
    server, embedded = built
    outputs = []
    for where in (["--endpoint", f"{server.url}/query"], ["--store", str(embedded)]):
        code, out, err = tifa(*args, *where)
        assert code == 0, err
        outputs.append(json.loads(out))
    return outputs


def canonical(items) -> list[str]:
    return sorted(json.dumps(item, ensure_ascii=False, sort_keys=True) for item in items)


@pytest.mark.parametrize("type_", ["slogans", "projects", "indicators", "documents", "parks"])
def test_listings_on_the_server_equal_the_embedded_ones(built, type_):
    remote, embedded = both(built, "list", type_, "--json")
    assert remote, f"no {type_} on the server"
    assert canonical(remote) == canonical(embedded)


def test_stats_on_the_server_equal_the_embedded_ones(built):
    remote, embedded = both(built, "stats", "--json")
    assert remote["documents"] == 5 and remote["triples"] > 10_000
    assert remote == embedded


@pytest.mark.parametrize("args", [["trace", "四区两城", "--json"], ["trace", "何仙观水库", "--up", "--json"],
                                  ["timeline", "何仙观水库", "--json"],
                                  ["series", "地区生产总值", "--region", "零陵区", "--format", "json"]])
def test_trace_timeline_and_series_on_the_server_equal_the_embedded_ones(built, args):
    remote, embedded = both(built, *args)
    assert remote and remote == embedded


def test_a_second_build_finds_every_document_unchanged_on_the_server(built):
    server, _ = built
    code, out, err = tifa("build", "--quiet", "--endpoint", f"{server.url}/query")  # Graph Store found by itself
    assert code == 0, err
    assert out.startswith("0 document(s) built, 5 unchanged")


def test_every_library_query_answers_the_same_on_the_server(built):
    """Each named query of `queries/`, bound with the parameters of its own example line."""
    from tifa.queries.library import load_library

    server, embedded_dir = built
    remote = server.store()
    answered = []
    with open_store(embedded_dir, read_only=True) as embedded:
        for name, query in load_library().items():
            params = dict(re.findall(r"--param (\w+)=(\S+)", query.example))
            if set(params) != set(query.params):
                continue  # an example that does not give every parameter cannot be run
            bindings = query.bind(params)
            local = embedded.select(query.text, bindings)
            assert canonical(remote.select(query.text, bindings)) == canonical(local), name
            answered += [name] if local else []
    assert "slogan-components" in answered


def graph_sizes(store) -> dict[str, int]:
    rows = store.select("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    return {row["g"]: int(row["n"]) for row in rows}


def same_quads(a, b) -> bool:
    """Equal quads, blank node labels aside."""
    def lines(quads):
        return sorted(" ".join("_:b" if isinstance(t, ox.BlankNode) else str(t)
                               for t in (q.subject, q.predicate, q.object, q.graph_name)) for q in quads)
    return lines(a) == lines(b)


@pytest.mark.parametrize("graph_store", [True, False], ids=["graph-store-put", "sparql-update"])
def test_both_write_paths_copy_the_graphs_exactly_and_replace_one_document_only(new_server, built, graph_store):
    remote = new_server().store(graph_store=graph_store)
    with open_store(built[1], read_only=True) as embedded:
        everything = embedded.quads()
        documents = embedded.documents()
    assert remote.load_ontology() is True and remote.load_ontology() is False
    for doc_id in documents:
        graph = vocab.document_graph(doc_id)
        remote.replace_document(doc_id, [q for q in everything if q.graph_name.value == graph])
    assert same_quads(remote.quads(), everything)

    before = graph_sizes(remote)
    target = vocab.document_graph(documents[0])
    kept = [q for q in everything if q.graph_name.value == target][: before[target] // 3]
    assert remote.replace_document(documents[0], kept) == len(kept)
    after = graph_sizes(remote)
    assert after[target] == len(kept)
    assert {g: n for g, n in after.items() if g != target} == {g: n for g, n in before.items() if g != target}


def test_bound_values_with_quotes_newlines_braces_and_hashes_round_trip(new_server, tmp_path):
    remote = new_server().store()
    graph = ox.NamedNode(vocab.document_graph("tricky"))
    quads = [ox.Quad(ox.NamedNode(f"{EX}s{i}"), ox.NamedNode(EX + "label"), ox.Literal(text, language="zh"), graph)
             for i, text in enumerate(TRICKY)]
    remote.replace_document("tricky", quads)
    query = f"""# a comment with {{ and "quotes"
        SELECT ?s ?label WHERE {{ ?s <{EX}label> ?l FILTER(STR(?l) = ?label) # }} in a comment
        }}"""
    with open_store(tmp_path / "embedded") as embedded:
        embedded.replace_document("tricky", quads)
        for i, text in enumerate(TRICKY):
            rows = remote.select(query, {"label": text})
            assert rows == [{"s": f"{EX}s{i}", "label": text}], text
            assert rows == embedded.select(query, {"label": text})


def test_iris_and_typed_literals_bind_too(built):
    server, embedded_dir = built
    query = "SELECT ?d ?id WHERE { ?d a tifa:Document ; dcterms:identifier ?id }"
    with open_store(embedded_dir, read_only=True) as embedded:
        some = embedded.select(query)[0]
        bound = {"d": ox.NamedNode(some["d"])}
        assert server.store().select(query, bound) == embedded.select(query, bound) == [some]
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?o tifa:year ?year }"
    year = {"year": ox.Literal("2023", datatype=ox.NamedNode(str(vocab.XSD.gYear)))}
    assert int(server.store().select(count, year)[0]["n"]) > 0


def test_ask_and_construct_come_back_as_pyoxigraph_values(built):
    server, _ = built
    remote = server.store()
    assert remote.query("ASK { ?s a tifa:Slogan }") is True
    assert remote.query("ASK { ?s a tifa:NoSuchClass }") is False
    triples = list(remote.query("CONSTRUCT { ?s a tifa:Slogan } WHERE { ?s a tifa:Slogan } LIMIT 3"))
    assert len(triples) == 3 and all(isinstance(t, ox.Triple) for t in triples)
    solutions = remote.query("SELECT ?s ?missing WHERE { ?s a tifa:Slogan } LIMIT 1")
    assert solutions.variables == [ox.Variable("s"), ox.Variable("missing")]
    row = next(iter(solutions))
    assert isinstance(row["s"], ox.NamedNode) and row["s"] == row[ox.Variable("s")] == row[0]
    assert row["missing"] is None


def test_queries_are_bound_inside_the_where_clause_not_pasted():
    """Checked by pyoxigraph's own parser: the text stays one valid query whatever the value."""
    queries = ["SELECT ?x ?label WHERE { ?x ?p ?l FILTER(STR(?l) = ?label) }",
               "PREFIX e: <http://e/#x> SELECT ?label { ?x e:p '''{ WHERE'''  FILTER(?label != \"}\") }",
               "CONSTRUCT { ?x ?p ?label } WHERE { ?x ?p ?o }",
               "SELECT (COUNT(*) AS ?n) WHERE { SELECT ?label WHERE { ?x ?p ?label } }"]
    store = ox.Store()
    for query in queries:
        for text in TRICKY:
            injected = inject_values(query, {"label": text})
            assert injected.count("VALUES ?label") == 1
            store.query(injected)  # raises SyntaxError when the value broke out of its literal


def test_a_server_without_the_union_default_graph_is_named_as_such(new_server):
    remote = new_server(union=False).store()
    remote.replace_document("d", [ox.Quad(ox.NamedNode(EX + "s"), ox.NamedNode(str(vocab.RDF.type)),
                                          ox.NamedNode(EX + "C"), ox.DefaultGraph())])
    with pytest.raises(StoreError, match="--union-default-graph"):
        remote.select("SELECT * WHERE { ?s ?p ?o }")


@pytest.mark.parametrize("command", [["stats"], ["list", "slogans"], ["build", "--quiet"]])
def test_a_dead_endpoint_gives_one_line_and_a_non_zero_exit(tmp_path, command):
    url = f"http://127.0.0.1:{free_port()}/query"
    result = subprocess.run([sys.executable, "-m", "tifa", *command, "--endpoint", url], check=False,
                            capture_output=True,
                            text=True, timeout=120, env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    assert result.returncode != 0
    assert result.stderr.count("\n") == 1 and url in result.stderr and "refused" in result.stderr, result.stderr


def test_credentials_from_the_environment_travel_as_http_basic_auth(monkeypatch):
    """A loopback endpoint that answers only to user tifa / password 秘密 (401 otherwise)."""
    import base64
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    expected = "Basic " + base64.b64encode("tifa:秘密".encode()).decode()
    answer = {"head": {"vars": ["x"]}, "results": {"bindings": [{"x": {"type": "literal", "value": "ok"}}]}}
    empty = {"head": {"vars": ["s"]}, "results": {"bindings": []}}

    class Endpoint(BaseHTTPRequestHandler):
        def do_POST(self):
            body = self.rfile.read(int(self.headers["Content-Length"])).decode()
            if self.headers.get("Authorization") != expected:
                self.send_response(401)
                self.send_header("WWW-Authenticate", 'Basic realm="tifa"')
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.end_headers()
            self.wfile.write(json.dumps(empty if "GRAPH" in body else answer).encode())

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Endpoint)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/sparql"
    try:
        with pytest.raises(StoreError, match="credentials"):
            RemoteStore(url).select("SELECT ?x WHERE { ?x ?p ?o }")
        monkeypatch.setenv("TIFA_ENDPOINT_USER", "tifa")
        monkeypatch.setenv("TIFA_ENDPOINT_PASSWORD", "秘密")
        assert RemoteStore(url).select("SELECT ?x WHERE { ?x ?p ?o }") == [{"x": "ok"}]
    finally:
        server.shutdown()
        server.server_close()


# --------------------------------------------------------------------------- misbehaving servers


class Misbehaving:
    """A loopback HTTP server whose every path misbehaves in its own way (see `answer`)."""

    PAGE = b"<!DOCTYPE html><html><head><title>Sign in</title></head><body><form>user</form></body></html>"
    SHAPES = {
        "no-results": {"head": {"vars": ["x"]}},
        "bindings-not-a-list": {"head": {"vars": ["x"]}, "results": {"bindings": {"x": 1}}},
        "unknown-term": {"head": {"vars": ["x"]}, "results": {"bindings": [{"x": {"type": "weird", "value": "1"}}]}},
        "bad-iri": {"head": {"vars": ["x"]}, "results": {"bindings": [{"x": {"type": "uri", "value": "a b>"}}]}},
        "boolean-text": {"boolean": "yes"},
        "a-list": [1, 2, 3],
    }

    def __init__(self):
        import threading
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        self.stop = threading.Event()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                self.rfile.read(int(self.headers.get("Content-Length", 0)))
                try:
                    outer.answer(self, self.path.strip("/"))
                except OSError:
                    pass  # the client gave up, as it should

            do_GET = do_POST

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def answer(self, handler, path: str) -> None:
        def head(status=200, content_type="application/sparql-results+json", length=None):
            handler.send_response(status)
            handler.send_header("Content-Type", content_type)
            if length is not None:
                handler.send_header("Content-Length", str(length))
            handler.end_headers()

        if path.startswith("drip"):  # the headers, then one byte every N seconds (drip-N)
            every = float(path.partition("-")[2] or 20)
            head()
            while not self.stop.wait(every):
                handler.wfile.write(b" ")
                handler.wfile.flush()
        elif path == "silent":  # accepts, reads the request, never answers
            self.stop.wait(60)
        elif path == "endless":
            head()
            handler.wfile.write(b'{"head": {"vars": ["x"]}, "results": {"bindings": [')
            row = b'{"x": {"type": "literal", "value": "' + b"x" * 1000 + b'"}},'
            while not self.stop.is_set():
                handler.wfile.write(row * 1000)
        elif path == "garbage":
            body = bytes(range(256)) * 40
            head(length=len(body))
            handler.wfile.write(body)
        elif path == "html":
            head(content_type="text/html", length=len(self.PAGE))
            handler.wfile.write(self.PAGE)
        elif path == "html-500":
            head(500, "text/html", len(self.PAGE))
            handler.wfile.write(self.PAGE)
        elif path == "not-http":
            handler.wfile.write(b"hello there\r\n\r\n")
        elif path in self.SHAPES:
            body = json.dumps(self.SHAPES[path]).encode()
            head(length=len(body))
            handler.wfile.write(body)
        else:
            head(404, "text/plain", 0)

    def close(self):
        self.stop.set()
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="module")
def misbehaving():
    server = Misbehaving()
    yield server
    server.close()


def timed(call):
    started = time.monotonic()
    try:
        call()
    except StoreError as error:
        return str(error), time.monotonic() - started
    pytest.fail("no StoreError")


@pytest.mark.parametrize("path", ["drip-0.2", "drip-20", "silent"])
def test_a_stalled_or_dripping_server_is_given_up_at_the_deadline(misbehaving, path):
    """A byte every 0.2 s keeps a per-read timeout happy for ever: the deadline is for the whole request."""
    remote = RemoteStore(f"{misbehaving.url}/{path}", timeout=1.5)
    message, seconds = timed(lambda: remote.select("SELECT * WHERE { ?s ?p ?o }"))
    assert "no complete answer within 1.5 s" in message and path in message
    assert seconds < 20  # the server drips for ever or keeps silent 60 s; the margin is for a loaded machine


def test_an_endless_answer_is_cut_at_the_size_limit(misbehaving):
    remote = RemoteStore(f"{misbehaving.url}/endless", max_response_bytes=4 * 2**20)
    message, _ = timed(lambda: remote.select("SELECT * WHERE { ?s ?p ?o }"))
    assert "larger than 4 MB" in message and "TIFA_ENDPOINT_MAX_MB" in message


@pytest.mark.parametrize("path, blamed", [
    ("garbage", "binary data, not SPARQL JSON results"),
    ("html", "an HTML page ('Sign in'), not SPARQL JSON results"),
    ("html-500", "HTTP 500 Internal Server Error: the server failed (the server said: Sign in user)"),
    ("not-http", "the server's answer is not HTTP"),
    ("nowhere", "HTTP 404 Not Found: no SPARQL endpoint at this URL"),
    *[(name, "SPARQL JSON results of the wrong shape") for name in Misbehaving.SHAPES],
])
def test_a_server_answering_nonsense_is_blamed_in_one_line(misbehaving, path, blamed):
    remote = RemoteStore(f"{misbehaving.url}/{path}", timeout=10)
    query = "ASK { ?s ?p ?o }" if path == "boolean-text" else "SELECT ?x WHERE { ?x ?p ?o }"
    message, _ = timed(lambda: remote._query(query))
    assert blamed in message and "\n" not in message and len(message) < 400, message


def test_a_construct_answered_with_html_blames_the_server(misbehaving):
    message, _ = timed(lambda: RemoteStore(f"{misbehaving.url}/html")._query("CONSTRUCT WHERE { ?s ?p ?o }"))
    assert "an HTML page ('Sign in'), not Turtle" in message


def test_the_real_server_refusing_a_malformed_query_blames_the_query(new_server):
    with pytest.raises(SyntaxError, match="refused the query"):
        new_server().store().select("SELECT ?x WHERE { ?x ?p }")


@pytest.mark.parametrize("path, words", [("drip-20", "no complete answer within 2 s"),
                                         ("html", "an HTML page"), ("endless", "larger than 1 MB")])
def test_the_command_gives_one_line_for_a_misbehaving_server(misbehaving, path, words):
    """`tifa stats` in a child process, the deadline and size taken from the environment."""
    url = f"{misbehaving.url}/{path}"
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "tifa", "stats", "--endpoint", url], capture_output=True,
                            text=True, timeout=60, env={**os.environ, "PYTHONIOENCODING": "utf-8",
                                                        "TIFA_ENDPOINT_TIMEOUT": "2", "TIFA_ENDPOINT_MAX_MB": "1"})
    assert result.returncode == 2 and time.monotonic() - started < 20
    assert result.stderr.count("\n") == 1 and url in result.stderr and words in result.stderr, result.stderr
