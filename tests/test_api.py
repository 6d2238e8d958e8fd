"""`tifa.open`: the graph from Python, on the embedded store and through a SPARQL endpoint (`tifa serve`)."""

import importlib
import importlib.util

import pytest
import rdflib

import tifa
from tifa.queries.library import QueryError
from tifa.queries.listing import list_entities
from tifa.queries.series import series
from tifa.queries.stats import stats
from tifa.queries.summary import FILE, refresh_summary

from test_serve import start_server, stop_server


@pytest.fixture(scope="module")
def store_path(corpus_store_copy):
    """A copy of the corpus store without a summary index (whatever tests before made one in the corpus store)."""
    path = corpus_store_copy("api")
    (path / FILE).unlink(missing_ok=True)
    return path


@pytest.fixture(scope="module")
def kg(store_path):
    with tifa.open(store_path) as graph:
        yield graph


def test_named_query_gives_plain_rows(kg):
    rows = kg.query("slogan-components", label="四区两城")
    # lingling-2024-plan: "“四区两城”：承接产业转移示范区、精品农业先行区、科教引领示范区、…"
    wordings = {(r["position"], r["wording"]) for r in rows if r["document"] == "lingling-2024-plan"}
    assert (1, "承接产业转移示范区") in wordings and (2, "精品农业先行区") in wordings
    assert all(isinstance(r["position"], int) and isinstance(r["slogan"], str) for r in rows)


def test_sparql_text_with_bound_values_ask_and_construct(kg):
    rows = kg.query("SELECT DISTINCT ?p ?name WHERE { ?p a tifa:Project ; skos:prefLabel ?l "
                    "FILTER(STR(?l) = ?name) }", name="何仙观水库")
    assert rows == [{"p": "https://w3id.org/tifa/id/project/何仙观水库", "name": "何仙观水库"}]
    assert kg.query("ASK { ?s a tifa:Slogan }") is True
    assert kg.query("SELECT ?big ?c WHERE { ?c tifa:position ?n FILTER(?n > ?big) }", big=10**9) == []
    assert len(kg.query("SELECT ?big ?c WHERE { ?c tifa:position ?n FILTER(?n > ?big) }", big=1)) > 10
    # a bound variable need not be projected: it is bound inside the WHERE clause
    assert kg.query("ASK { ?c tifa:position ?n FILTER(?n > ?big) }", big=1) is True
    assert kg.query("ASK { ?c tifa:position ?n FILTER(?n > ?big) }", big=10**9) is False
    with pytest.raises(QueryError, match="no WHERE clause"):
        kg.query("DESCRIBE <https://example.org/x>", big=1)
    parks = kg.query("CONSTRUCT WHERE { ?s a tifa:Park }")
    assert isinstance(parks, rdflib.Graph) and len(parks) == kg.stats()["parks"]


@pytest.mark.parametrize("label", ['a"b', "it's", "} UNION { ?s ?p ?o }", "# x", "back\\slash", "two\nlines",
                                   "<script>alert(1)</script>"])
def test_hostile_labels_are_values_not_query_text(kg, label):
    assert kg.query("slogan-components", label=label) == []
    assert kg.query("SELECT ?name WHERE { ?s skos:prefLabel ?l FILTER(STR(?l) = ?name) }", name=label) == []


def test_query_files_and_errors(kg, tmp_path):
    rq = tmp_path / "parks.rq"
    rq.write_text("# title: Parks\nSELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a tifa:Park }\n", "utf-8")
    assert kg.query(str(rq)) == [{"n": kg.stats()["parks"]}]
    with pytest.raises(QueryError, match="no query named"):
        kg.query("no-such-query")
    with pytest.raises(QueryError, match="needs --param label"):
        kg.query("slogan-components")
    with pytest.raises(QueryError, match="bad SPARQL"):
        kg.query("SELECT ?s WHERE { ?s ")


def test_list_and_stats_match_the_store(kg):
    assert kg.stats() == stats(kg.store)
    slogans = kg.list("slogans")
    assert len(slogans) == kg.stats()["slogans"] and {"label", "level", "components"} <= slogans[0].keys()


@pytest.fixture(scope="module")
def indexed_kg(corpus_store_copy):
    """The graph of a corpus store whose summary index is in step (as `tifa build` leaves it)."""
    with tifa.open(corpus_store_copy("api-index")) as graph:
        refresh_summary(graph.store)
        yield graph


def test_list_and_series_read_the_summary_index_with_the_graphs_answers(indexed_kg, kg):
    # listings and series read the index, as `tifa list` does; without one (kg) they read the graph
    assert indexed_kg.summary() is not None and kg.summary() is None
    kg = indexed_kg
    assert kg.list("projects", region="零陵区", limit=5, offset=2) == list_entities(kg.store, "projects", region="零陵区",
                                                                                    limit=5, offset=2)
    assert {d["id"] for d in kg.list("documents", year=2024)} >= {"lingling-2024-plan", "yongzhou-2024-gwr"}
    rows = kg.series("地区生产总值", region="零陵区")
    assert rows and rows == series(kg.store, "地区生产总值", region="零陵区")
    with pytest.raises(ValueError, match="--limit"):
        kg.list("slogans", limit=-1)


@pytest.mark.parametrize("method, args, kwargs", [
    ("trace", ("四区两城",), {}),
    ("timeline", ("何仙观水库",), {}),
    ("series", ("地区生产总值",), {"region": "零陵区"}),
])
def test_trace_timeline_and_series_delegate_to_the_query_layer(kg, method, args, kwargs):
    layer = importlib.import_module(f"tifa.queries.{method}")
    answer = getattr(kg, method)(*args, **kwargs)
    assert answer and answer == getattr(layer, method)(kg.store, *args, **kwargs)


def test_the_same_answers_through_an_endpoint(corpus_store_copy, kg):
    # `tifa serve` on another copy of the corpus store: the embedded graph above holds its store open (and
    # its lock), and a store copied while open may catch its files mid-compaction
    process, base = start_server(corpus_store_copy("served"))
    try:
        with tifa.open(endpoint=base + "/sparql") as remote:
            assert remote.query("slogan-components", label="四区两城") == kg.query("slogan-components", label="四区两城")
            assert remote.query("ASK { ?s a tifa:Park }") is True
            assert remote.stats() == kg.stats()
    finally:
        stop_server(process)
