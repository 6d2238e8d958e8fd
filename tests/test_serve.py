"""`tifa serve` as clients meet it: a real server process on a loopback port, queried with SPARQLWrapper
and plain HTTP (urllib)."""

import csv
import io
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest
import rdflib
from SPARQLWrapper import CSV, JSON, TURTLE, XML, SPARQLWrapper

from tifa.store.embedded import open_store

SLOGAN_COUNT = "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a tifa:Slogan }"
MAX_ROWS = 1000


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(store, *options):
    """`python -m tifa serve` on a free port; returns (process, base URL) once it answers."""
    port = free_port()
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    log = tempfile.TemporaryFile()  # not a pipe: a server writing to an unread pipe would block
    process = subprocess.Popen([sys.executable, "-m", "tifa", "serve", "--store", str(store), "--port", str(port),
                                *options], env=env, stdout=log, stderr=subprocess.STDOUT)
    process.log = log  # what the server said (read it with log.seek(0); log.read())
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            log.seek(0)
            raise AssertionError(f"server exited: {log.read().decode()}")
        try:
            urllib.request.urlopen(base + "/", timeout=1).read()
            return process, base
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise AssertionError("server did not answer within 30 s")


def stop_server(process) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@pytest.fixture(scope="module")
def built_store(corpus_store_copy):
    path = corpus_store_copy("serve")
    with open_store(path, read_only=True) as store:
        slogans = int(store.select(SLOGAN_COUNT)[0]["n"])
        triples = store.count_triples()
    return path, {"slogans": slogans, "triples": triples}


@pytest.fixture(scope="module")
def server(built_store):
    path, _ = built_store
    process, base = start_server(path, "--max-rows", str(MAX_ROWS), "--timeout", "20")
    yield base
    stop_server(process)


def http(base, path="/sparql", *, params=None, data=None, content_type=None, accept=None, headers=None):
    """(status, headers, body text) of a request; HTTP errors are returned, not raised."""
    url = base + path + ("?" + urllib.parse.urlencode(params) if params else "")
    request = urllib.request.Request(url, data=data.encode("utf-8") if isinstance(data, str) else data,
                                     headers=headers or {})
    if content_type:
        request.add_header("Content-Type", content_type)
    if accept:
        request.add_header("Accept", accept)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.headers, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode("utf-8")


def wrapper(base, query, fmt):
    client = SPARQLWrapper(base + "/sparql")
    client.setQuery(query)
    client.setReturnFormat(fmt)
    return client.query().convert()


def test_sparqlwrapper_json_xml_csv_count_the_slogans_of_the_store(server, built_store):
    expected = built_store[1]["slogans"]
    assert expected > 10
    query = "PREFIX tifa: <https://w3id.org/tifa/ontology#>\n" + SLOGAN_COUNT
    as_json = wrapper(server, query, JSON)
    assert int(as_json["results"]["bindings"][0]["n"]["value"]) == expected
    assert as_json["results"]["bindings"][0]["n"]["datatype"].endswith("#integer")
    as_xml = wrapper(server, query, XML)  # an xml.dom Document
    assert int(as_xml.getElementsByTagName("literal")[0].firstChild.data) == expected
    as_csv = wrapper(server, query, CSV)
    assert list(csv.reader(io.StringIO(as_csv.decode("utf-8")))) == [["n"], [str(expected)]]


def test_ask_answers_true_and_false(server):
    yes = wrapper(server, 'ASK { ?s skos:prefLabel "四区两城"@zh }', JSON)
    no = wrapper(server, 'ASK { ?s skos:prefLabel "no such slogan"@zh }', JSON)
    assert yes == {"head": {}, "boolean": True} and no["boolean"] is False
    status, headers, body = http(server, params={"query": "ASK {}"}, accept="application/sparql-results+xml")
    assert status == 200 and "<boolean>true</boolean>" in body


def test_construct_is_turtle_rdflib_parses_and_ntriples_on_request(server):
    query = """CONSTRUCT { ?s skos:prefLabel ?l } WHERE { ?s a tifa:Slogan ; skos:prefLabel ?l }"""
    turtle = wrapper(server, query, TURTLE)
    graph = rdflib.Graph().parse(data=turtle, format="turtle")
    labels = {str(o) for o in graph.objects(None, rdflib.SKOS.prefLabel)}
    assert "四区两城" in labels and "八大行动" in labels
    status, headers, body = http(server, params={"query": query}, accept="application/n-triples")
    assert status == 200 and headers["Content-Type"].startswith("application/n-triples")
    assert len(rdflib.Graph().parse(data=body, format="nt")) == len(graph)


def test_get_form_post_and_direct_post_give_the_same_json(server, built_store):
    query = SLOGAN_COUNT
    answers = [
        http(server, params={"query": query}),
        http(server, data=urllib.parse.urlencode({"query": query}), content_type="application/x-www-form-urlencoded"),
        http(server, data=query, content_type="application/sparql-query"),
    ]
    for status, headers, body in answers:
        assert status == 200 and headers["Content-Type"].startswith("application/sparql-results+json")
        assert json.loads(body)["results"]["bindings"][0]["n"]["value"] == str(built_store[1]["slogans"])


def test_tsv_writes_terms_in_ntriples_syntax(server):
    query = 'SELECT ?s ?l WHERE { ?s a tifa:Slogan ; skos:prefLabel ?l FILTER(STR(?l) = "四区两城") }'
    status, headers, body = http(server, params={"query": query}, accept="text/tab-separated-values")
    header, first, *_ = body.splitlines()
    assert status == 200 and header == "?s\t?l"
    iri, label = first.split("\t")
    assert iri.startswith("<https://w3id.org/tifa/id/slogan/") and label == '"四区两城"@zh'


@pytest.mark.parametrize("request_kwargs", [
    {"params": {"update": "INSERT DATA { <http://a> <http://b> <http://c> }"}},
    {"data": "update=" + urllib.parse.quote("DROP ALL"), "content_type": "application/x-www-form-urlencoded"},
    {"data": "CLEAR ALL", "content_type": "application/sparql-update"},
    {"params": {"query": "PREFIX ex: <http://example.org/#>  # a comment\nDELETE WHERE { ?s ?p ?o }"}},
], ids=["update-param", "update-form", "update-body", "update-sent-as-query"])
def test_updates_are_refused_with_403_and_nothing_changes(server, built_store, request_kwargs):
    status, _, body = http(server, **request_kwargs)
    assert status == 403 and "read-only" in body and body.count("\n") == 1
    _, _, after = http(server, params={"query": "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { ?s ?p ?o } }"})
    assert json.loads(after)["results"]["bindings"][0]["n"]["value"] == str(built_store[1]["triples"])


def test_malformed_and_missing_queries_get_400_and_service_403(server):
    status, _, body = http(server, params={"query": "SELECT ?s WHERE { ?s ?p "})
    assert status == 400 and body.startswith("malformed query")
    assert http(server)[0] == 400
    assert http(server, data="x", content_type="text/plain")[0] == 415
    federated = "SELECT * { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }"
    assert http(server, params={"query": federated})[0] == 403
    # a variable or a string named "service" is no federation
    ok = 'SELECT ?service { BIND("SERVICE <x>" AS ?service) }'
    assert http(server, params={"query": ok})[0] == 200


@pytest.mark.parametrize("accept", ["application/sparql-results+json", "text/csv"])
def test_results_beyond_max_rows_are_cut_and_flagged(server, accept):
    status, headers, body = http(server, params={"query": "SELECT ?s ?p ?o { ?s ?p ?o }"}, accept=accept)
    assert status == 200 and headers["X-Tifa-Truncated"] == "true"
    rows = (json.loads(body)["results"]["bindings"] if accept.endswith("json")
            else list(csv.reader(io.StringIO(body)))[1:])
    assert len(rows) == MAX_ROWS
    status, headers, body = http(server, params={"query": "SELECT ?s { ?s ?p ?o } LIMIT 7"})
    assert "X-Tifa-Truncated" not in headers and len(json.loads(body)["results"]["bindings"]) == 7
    _, headers, body = http(server, params={"query": "CONSTRUCT WHERE { ?s ?p ?o }"}, accept="application/n-triples")
    assert headers["X-Tifa-Truncated"] == "true" and len(body.strip().splitlines()) == MAX_ROWS


def test_sparql_page_says_how_to_query_without_remote_assets(server):
    status, headers, body = http(server, "/sparql-ui")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert "/sparql" in body and "application/sparql-query" in body and "只读" in body  # read-only, in Chinese
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", body)


def test_a_slow_query_times_out_with_503(built_store, tmp_path):
    # its own server (and store copy), so that the query it stops cannot slow the other tests
    store = tmp_path / "store"
    shutil.copytree(built_store[0], store)
    process, base = start_server(store, "--timeout", "1")
    try:
        # the first worker may take longer than the 1 s queue wait to start on a loaded machine:
        # this test is about a running query's deadline, so it starts once a worker answers
        deadline = time.monotonic() + 30
        while http(base, params={"query": "ASK {}"})[0] != 200 and time.monotonic() < deadline:
            time.sleep(0.2)
        cross = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . FILTER(STR(?c) = STR(?f)) }"  # ~10⁹ pairs
        started = time.monotonic()
        status, _, body = http(base, params={"query": cross})
        assert status == 503 and "timed out" in body
        assert time.monotonic() - started < 5
        status, _, _ = http(base, params={"query": "ASK {}"})  # the server still answers
        assert status == 200
    finally:
        stop_server(process)


def test_the_server_binds_loopback_by_default(server):
    table = "/proc/net/tcp"
    if not os.path.exists(table):
        pytest.skip("needs Linux's /proc/net/tcp")
    port = int(server.rsplit(":", 1)[1])
    with open(table) as lines:
        listening = [line.split()[1] for line in list(lines)[1:]
                     if line.split()[3] == "0A" and int(line.split()[1].split(":")[1], 16) == port]
    assert listening == ["0100007F:%04X" % port]  # 127.0.0.1, little-endian hex
