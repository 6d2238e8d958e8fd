"""The on-disk store: atomic per-document replace, locking, ontology loading, exports, queries."""

import subprocess
import sys
from pathlib import Path

import pytest
import rdflib
from pyoxigraph import Literal, NamedNode, Quad, RdfFormat, serialize

from tifa.store.embedded import UNION, StoreError, StoreLockedError, default_store_path, open_store
from tifa.ontology import vocab

EX = "https://example.org/"
TRICKY = ['引号"内"', "反斜杠\\n不是换行", "真\n换行\t制表", "控制\x01字符", "表情🙂", "ASCII only", ""]


def quads(doc_id: str, n: int, word: str = "x"):
    graph = NamedNode(vocab.document_graph(doc_id))
    return [Quad(NamedNode(f"{EX}{doc_id}/{i}"), NamedNode(EX + "p"), Literal(f"{word}{i}"), graph) for i in range(n)]


def graph_content(store, doc_id):
    graph = NamedNode(vocab.document_graph(doc_id))
    return {str(q) for q in store._ox.quads_for_pattern(None, None, None, graph)}


@pytest.fixture
def store(tmp_path):
    with open_store(tmp_path / "store") as s:
        yield s


def test_replace_swaps_one_document_graph_and_leaves_the_others(store):
    store.replace_document("a", quads("a", 5, "old"))
    store.replace_document("b", quads("b", 3))
    b_before = graph_content(store, "b")
    assert store.replace_document("a", quads("a", 2, "new")) == 2
    assert graph_content(store, "a") == {str(q) for q in quads("a", 2, "new")}
    assert graph_content(store, "b") == b_before


def test_a_failure_halfway_leaves_the_old_graph_intact(store):
    store.replace_document("a", quads("a", 4, "old"))
    before = graph_content(store, "a")

    def failing():
        yield from quads("a", 10, "new")[:5]
        raise RuntimeError("extractor crashed halfway")

    with pytest.raises(RuntimeError):
        store.replace_document("a", failing())
    assert graph_content(store, "a") == before


def test_literals_with_quotes_escapes_and_control_characters_round_trip(store):
    graph = NamedNode(vocab.document_graph("t"))
    written = [Quad(NamedNode(f"{EX}s{i}"), NamedNode(EX + "p"), Literal(text, language="zh" if i % 2 else None),
                    graph) for i, text in enumerate(TRICKY)]
    store.replace_document("t", written)
    assert graph_content(store, "t") == {str(q) for q in written}


def test_quads_naming_another_graph_land_in_the_document_graph(store):
    store.replace_document("a", quads("elsewhere", 2))
    assert len(graph_content(store, "a")) == 2
    assert graph_content(store, "elsewhere") == set()


def test_new_graphs_bulk_loaded_from_n_quads_keep_tricky_literals_and_fill_the_union(store):
    """A literal holding the graph's own line ending (`` <graph> .`` then a newline) must not be
    mistaken for one when the union graph's share is made from the same text."""
    graph = NamedNode(vocab.document_graph("t"))
    tricky = TRICKY + [f"ends like a line: {graph} .\n"]
    written = [Quad(NamedNode(f"{EX}s{i}"), NamedNode(EX + "p"), Literal(text), graph) for i, text in enumerate(tricky)]
    assert store.add_documents({"t": serialize(written, format=RdfFormat.N_QUADS)}) == len(written)
    assert graph_content(store, "t") == {str(q) for q in written}
    union = {str(Quad(q.subject, q.predicate, q.object, UNION)) for q in written}
    assert {str(q) for q in store._ox.quads_for_pattern(None, None, None, UNION)} == union


def test_n_quads_naming_another_graph_are_refused_before_anything_is_written(store):
    wrong = serialize(quads("elsewhere", 2), format=RdfFormat.N_QUADS)
    right = serialize(quads("b", 2), format=RdfFormat.N_QUADS)
    with pytest.raises(ValueError, match="name another graph"):
        store.add_documents({"b": right, "a": wrong})
    assert graph_content(store, "a") == graph_content(store, "b") == set()
    assert len(store._ox) == 0


def test_queries_see_the_union_of_document_graphs(store):
    store.replace_document("a", quads("a", 2))
    store.replace_document("b", quads("b", 3))
    rows = store.select(f"SELECT ?s WHERE {{ ?s <{EX}p> ?o }}")
    assert len(rows) == 5 and all(set(row) == {"s"} for row in rows)
    assert store.count_triples() == 5


def test_a_locked_store_gives_a_one_line_error(tmp_path):
    path = tmp_path / "store"
    with open_store(path):
        code = (f"from tifa.store.embedded import open_store, StoreLockedError\n"
                f"try:\n    open_store({str(path)!r})\nexcept StoreLockedError as e:\n    print(e); raise SystemExit(3)")
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 3, result.stderr
    message = result.stdout.strip()
    assert "\n" not in message and str(path) in message and "locked" in message
    with open_store(path):  # released on close
        pass


def test_opening_the_same_store_twice_in_one_process_is_refused(tmp_path):
    with open_store(tmp_path / "store"):
        with pytest.raises(StoreLockedError):
            open_store(tmp_path / "store")


def test_read_only_needs_an_existing_store(tmp_path):
    with pytest.raises(StoreError, match="no store"):
        open_store(tmp_path / "missing", read_only=True)


def test_default_location_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("TIFA_STORE", str(tmp_path / "mine"))
    assert default_store_path() == tmp_path / "mine"
    monkeypatch.delenv("TIFA_STORE")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert default_store_path() == tmp_path / "data" / "tifa" / "store"


def test_has_document_compares_hash_and_extractor_version(store):
    from tifa.store.rdf import document_quads
    from tifa.loaders.document import Document

    store.replace_document("d", document_quads(Document(id="d", text="文本。"), content_hash_="h1", version_="v1"))
    assert store.has_document("d", "h1", "v1")
    assert not store.has_document("d", "h2", "v1")
    assert not store.has_document("d", "h1", "v2")
    assert not store.has_document("other", "h1", "v1")
    assert store.documents() == ["d"]


def test_the_extractor_version_changes_with_a_word_list_as_with_the_code(tmp_path):
    """A regenerated `loaders/data/*.tsv` changes answers as a changed pattern does: neither rebuild may be skipped."""
    import shutil
    import tifa.loaders
    from tifa.store.rdf import code_digest

    loaders = shutil.copytree(Path(tifa.loaders.__file__).parent, tmp_path / "loaders",
                              ignore=shutil.ignore_patterns("__pycache__"))
    before = code_digest(loaders)
    assert code_digest(loaders) == before
    with open(loaders / "data" / "lead_words.tsv", "a", encoding="utf-8") as words:
        words.write("着力打造\t1\n")
    with_words = code_digest(loaders)
    assert with_words != before
    (loaders / "patterns" / "slogans.py").write_text("# changed\n", encoding="utf-8")
    assert code_digest(loaders) not in (before, with_words)


def test_the_ontology_is_loaded_once_and_reloaded_when_it_changes(store, tmp_path):
    ttl = tmp_path / "onto.ttl"
    # blank nodes (as in OWL restrictions) get new labels on every parse: still "unchanged"
    ttl.write_text(f"<{EX}C> <{EX}r> [ <{EX}q> <{EX}D> ] .\n", encoding="utf-8")
    assert store.load_ontology(ttl) is True
    assert store.load_ontology(ttl) is False
    ttl.write_text(f"<{EX}C> <{EX}r> [ <{EX}q> <{EX}E> ] .\n", encoding="utf-8")
    assert store.load_ontology(ttl) is True
    objects = {r["o"] for r in store.select(f"SELECT ?o WHERE {{ ?b <{EX}q> ?o }}")}
    assert objects == {EX + "E"}


def test_the_packaged_ontology_loads_into_its_graph(store):
    if not store.load_ontology():
        pytest.skip("ontology/tifa.ttl not generated yet")
    rows = store.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{vocab.ONTOLOGY_GRAPH}> {{ ?s ?p ?o }} }}")
    assert int(rows[0]["n"]) > 100


@pytest.mark.parametrize("fmt,parse_as,named", [("trig", "trig", True), ("nq", "nquads", True),
                                                 ("ttl", "turtle", False), ("jsonld", "json-ld", False)])
def test_exports_parse_back(store, fmt, parse_as, named):
    store.replace_document("a", quads("a", 3))
    store.replace_document("b", quads("b", 2) + quads("a", 1))  # one triple stated in both graphs
    data = store.export(fmt)
    parsed = rdflib.Dataset() if named else rdflib.Graph()
    parsed.parse(data=data, format=parse_as)
    if named:
        graphs = {str(g.identifier) for g in parsed.graphs() if len(g)}
        assert graphs == {vocab.document_graph("a"), vocab.document_graph("b")}
        assert len(list(parsed.quads((None, None, None, None)))) == 6
    else:
        assert len(parsed) == 5  # the union: the shared triple once
    with pytest.raises(ValueError):
        store.export("xml")


def test_a_read_only_store_reads_what_a_writer_wrote(tmp_path):
    with open_store(tmp_path / "store") as writer:
        writer.replace_document("a", quads("a", 3))
    with open_store(tmp_path / "store", read_only=True) as reader:
        assert reader.count_triples() == 3 and reader.documents() == []


def test_bound_values_are_never_pasted_into_the_query(tmp_path):
    import pyoxigraph as ox

    nasty = '"}} # <script>\\\n\'DROP'
    with open_store(tmp_path / "store") as store:
        store.replace_document("d", [ox.Quad(ox.NamedNode("https://example.org/x"),
                                             ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel"),
                                             ox.Literal(nasty, language="zh"))])
        query = "SELECT DISTINCT ?e ?name WHERE { ?e skos:prefLabel ?l FILTER(STR(?l) = ?name) }"
        assert store.select(query, {"name": nasty}) == [{"e": "https://example.org/x", "name": nasty}]
        assert store.select(query, {"name": "other"}) == []
