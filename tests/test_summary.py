"""The summary index (`tifa.queries.summary`) on the shipped corpus: it holds every entity as `tifa list`
reads it from the store, the explorer's tables, facets and pages read from it, and it stays right when one
document is rebuilt, when one is removed, when a build wrote the store without refreshing it (a build
cut short after its writes) and when a bulk load was cut short; `tifa list` reads it only when in step."""

import gc
import json
import shutil
import sqlite3
import subprocess
import sys
from importlib.resources import files

import networkx as nx
import pyoxigraph as ox
import pytest
from tifa.explorer.browse import FACETS, Browser
from tifa.explorer.catalog import Catalog
from tifa.store.build import build_corpus
from tifa.views.network import load_network, neighbourhood
from tifa.store.rdf import document_quads
from tifa.store.embedded import PENDING, UNION, open_store
from tifa.loaders.pipeline import load_report
from tifa.ontology import vocab
from tifa.ontology.types import ENTITY_CLASSES, fact_type
from tifa.queries.facts import WholeGraph, evidence_of, labels_of, properties, wordings_of
from tifa.queries.listing import iter_entities, list_entities
from tifa.queries.series import KINDS, series
from tifa.queries.summary import FILE, Summary, brief, indicator_items, refresh_summary, summary_in_step

from test_remote import OXIGRAPH, Server

CHANGED = "lingling-2024-plan"


def read_whole(store) -> dict[str, dict]:
    """IRI → item, read from the store type by type (an IRI listed under two types keeps the first,
    indicators as entities with their observations), and the documents (by IRI too)."""
    found: dict[str, dict] = {d["iri"]: {**d, "type": "document"} for d in list_entities(store, "documents")}
    for plural in ENTITY_CLASSES:
        if plural != "indicators":
            for item in list_entities(store, plural):
                found.setdefault(item["id"], {**item, "type": fact_type(plural).name})
    indicators = {row["i"] for row in store.select("SELECT ?i WHERE { ?i a tifa:Indicator }")}
    found.update({item["id"]: item for item in indicator_items(store, indicators)})
    return found


def held(summary) -> dict[str, dict]:
    """What an index holds, as `read_whole` reads it from the store."""
    return {**{d["iri"]: {**d, "type": "document"} for d in summary.documents()},
            **{item["id"]: item for item in summary.items()}}


def indexed(store) -> dict[str, dict]:
    summary = Summary(store)
    summary.refresh()
    try:
        return held(summary)
    finally:
        summary.close()


def changed_corpus(folder):
    """The corpus in `folder`, with one report cut to its first half and a sentence of new names added."""
    for source in files("tifa.corpus").iterdir():
        if source.name.endswith((".txt", ".json")):
            (folder / source.name).write_bytes(source.read_bytes())
    text = (folder / f"{CHANGED}.txt").read_text("utf-8")
    added = "\n全力推进“六大工程”，加快建设何仙观水库二期工程，打造湘南新材料产业园。\n"
    (folder / f"{CHANGED}.txt").write_text(text[:len(text) // 2] + added, "utf-8")
    return folder


@pytest.fixture(scope="module")
def whole(store):
    return read_whole(store)


def test_the_index_holds_every_entity_as_tifa_list_gives_it(store, whole):
    found = indexed(store)
    assert found == whole
    assert {item["type"] for item in found.values()} == {fact_type(p).name for p in ENTITY_CLASSES} | {"document"}


def test_the_whole_graph_read_predicate_by_predicate_answers_as_the_bound_queries(store):
    """`WholeGraph` (the index made from nothing) reads every node's facts one predicate at a time: for any
    nodes it gives what the queries bound to those nodes give, forwards and backwards, and nothing for an IRI
    of no node."""
    whole = WholeGraph(store)
    nodes = sorted({row["s"] for row in store.select("SELECT ?s WHERE { ?s a ?c FILTER(isIRI(?s)) }")})
    nodes.append("urn:x:none")
    predicates = ["rdf:type", "skos:prefLabel", "skos:altLabel", "tifa:mentionedIn", "tifa:hasComponent"]
    assert properties(whole, nodes, predicates) == properties(store, nodes, predicates)
    assert properties(whole, nodes, ["tifa:hostsProject"], inverse=True) == properties(
        store, nodes, ["tifa:hostsProject"], inverse=True)
    evidence = [row["ev"] for row in store.select("SELECT ?ev WHERE { ?ev a tifa:Evidence }")]
    ids = {d["iri"]: d["id"] for d in list_entities(store, "documents")}
    assert evidence_of(whole, evidence) == evidence_of(store, evidence) != {}
    assert evidence_of(whole, evidence, ids) == evidence_of(store, evidence, ids)
    assert wordings_of(whole, nodes) == wordings_of(store, nodes) != {}
    assert labels_of(whole, nodes) == labels_of(store, nodes)
    indicators = {row["i"] for row in store.select("SELECT ?i WHERE { ?i a tifa:Indicator }")}
    assert indicator_items(whole, indicators) == indicator_items(store, indicators)


def test_a_table_of_one_type_reads_that_type_in_label_order(store, whole):
    catalog = Catalog(store)
    for type_ in ("slogan", "project", "indicator"):
        expected = sorted((e for e in whole.values() if e["type"] == type_), key=lambda e: (e["label"], e["id"]))
        assert catalog.briefs(type_) == [brief(e) for e in expected]
        assert catalog.type_counts()[type_] == len(expected)


def test_browse_pages_facets_and_counts_come_whole_from_the_index(store):
    browser = Browser(Catalog(store))
    for type_ in ("slogan", "component", "project", "indicator"):
        rows = browser.rows(type_)
        assert browser.count(type_) == len(rows) > 0
        table = browser.table(type_, {"sort": "label", "size": "7"})
        pages = [browser.table(type_, {"sort": "label", "size": "7", "page": str(n)})["rows"]
                 for n in range(1, table["pages"] + 1)]
        assert [row["id"] for page in pages for row in page] == [row["id"] for row in rows]
        region = next(v["value"] for v in table["facets"]["region"])
        chosen = browser.table(type_, {"region": region, "size": "all"})
        assert chosen["total"] == next(v["count"] for v in table["facets"]["region"] if v["value"] == region)
        assert all(region in row["regions"] for row in chosen["rows"])
        assert set(table["facets"]) == set(FACETS[type_])


def test_a_table_filtered_by_report_reads_only_the_entities_those_reports_name_and_is_the_same(store):
    documents = Browser(Catalog(store)).documents()
    some = sorted(documents)
    filters = [{"region": documents[some[0]]["region"]}, {"document": some[-1], "sort": "label"},
               {"level": documents[some[0]]["level"], "year": str(documents[some[-1]]["year"])},
               {"year": str(documents[some[0]]["year"]), "q": "产业"}]
    for type_ in ("slogan", "component", "programme", "project", "park", "place"):
        for chosen in filters:
            narrow, whole = Browser(Catalog(store)), Browser(Catalog(store))
            whole.rows(type_)  # the table filtered from every row
            assert narrow.table(type_, chosen) == whole.table(type_, chosen), (type_, chosen)
            assert type_ not in narrow._rows  # read from the briefs of the reports' entities only
    assert Browser(Catalog(store)).table("project", filters[0])["total"] > 0


def test_names_lead_to_their_entities(store, whole):
    catalog = Catalog(store)
    slogan = next(e for e in whole.values() if e["type"] == "slogan" and e["aliases"])
    assert slogan["id"] in {e["id"] for e in catalog.named(slogan["aliases"][0])}
    assert catalog.suggest(slogan["label"])[0]["label"] == slogan["label"]
    assert catalog.entity(slogan["id"]) == slogan
    assert catalog.entity("https://w3id.org/tifa/id/slogan/无此口号") is None


def test_sentence_search_reads_the_sentences_stating_facts_from_the_index(store, whole):
    from tifa.explorer.search import Finder

    stated = {(e["document"], e["start"], e["end"]): e["text"] for item in whole.values() for e in item["evidence"]}
    catalog = Catalog(store)
    assert {(d, s, e): t for d, s, e, t in catalog.summary.sentences()} == stated
    hits = Finder(catalog).sentences("何仙观水库", limit=None)
    assert hits and all("何仙观水库" in hit["text"] for hit in hits)
    assert len(hits) == sum("何仙观水库" in text for text in stated.values())
    for hit in hits:  # each sentence names the entities it states facts of, in listing order
        place = (hit["document"], hit["start"], hit["end"])
        expected = [e for e in whole.values() if any((v["document"], v["start"], v["end"]) == place for v in e["evidence"])]
        assert {e["id"] for e in hit["entities"]} == {e["id"] for e in expected}
    variant = Finder(catalog).sentences("四区二城", limit=None)  # compared folded: 两/二
    assert variant and len(variant) == sum("四区两城" in text for text in stated.values())
    assert Finder(catalog).count_sentences("四区 二城") == len(variant)
    assert len(Finder(catalog).sentences("四区二城", limit=2)) == 2


def test_an_index_of_an_older_layout_is_rebuilt_whole(corpus_store_copy, whole):
    path = corpus_store_copy("summary-layout")
    with open_store(path) as store:
        refresh_summary(store)
    with sqlite3.connect(path / FILE) as db:  # as an index written before sentences were kept
        db.execute("DROP TABLE evidence")
        db.execute("PRAGMA user_version = 1")
    with open_store(path, read_only=True) as store:
        summary = Summary(store)
        assert summary.refresh() == 5 and len(summary.sentences()) > 100
        summary.close()


def test_rebuilding_one_document_rereads_its_entities_only_and_keeps_the_index_right(corpus_store_copy, tmp_path):
    path = corpus_store_copy("summary-changed")
    with open_store(path) as store:
        assert refresh_summary(store) in (0, 5)  # the copy may come with the index
        report = build_corpus(changed_corpus(tmp_path), store, progress=False)  # the build API: no refresh
        assert report.built == 1
        before = Summary(store)
        stale = held(before)
        assert before.refresh() == 1
        after = held(before)
        before.close()
        assert after == read_whole(store) != stale
        stated = {(e["document"], e["start"], e["end"]): e["text"] for item in after.values() for e in item["evidence"]}
        assert {(d, s, e): t for d, s, e, t in Summary(store).sentences()} == stated  # the changed report's too
        assert list(Summary(store).observations()) == list_entities(store, "indicators")  # their values too
        assert any("何仙观水库二期工程" in (e["label"], *e["aliases"]) for e in after.values())
        assert indexed(store) == after  # a second refresh finds nothing to do


def test_a_removed_document_takes_its_rows_with_it(corpus_store_copy):
    path = corpus_store_copy("summary-removed")
    with open_store(path) as store:
        refresh_summary(store)
        store.remove_document(CHANGED)
        found = indexed(store)
        assert found == read_whole(store)
        assert all(CHANGED not in e["documents"] for e in found.values())
        listed = list(Summary(store).observations())
        assert listed == list_entities(store, "indicators") and all(o["document"] != CHANGED for o in listed)


def test_an_index_out_of_step_with_its_store_is_put_right_on_reading(corpus_store_copy, tmp_path):
    """A build cut short between its writes and the index's refresh: the index describes the old store."""
    old = corpus_store_copy("summary-old")
    with open_store(old) as store:
        refresh_summary(store)
    new = tmp_path / "store"
    shutil.copytree(old, new, ignore=shutil.ignore_patterns("LOCK", FILE))
    with open_store(new) as store:
        build_corpus(changed_corpus(tmp_path), store, progress=False)
    shutil.copy(old / FILE, new / FILE)  # the new store, the old index
    with open_store(new, read_only=True) as store:
        catalog = Catalog(store)
        assert catalog.entities == {iri: item for iri, item in read_whole(store).items() if item["type"] != "document"}
        assert held(catalog.summary) == read_whole(store)
    with sqlite3.connect(new / FILE) as db:
        assert db.execute("SELECT COUNT(*) FROM state").fetchone()[0] == 5


def test_an_entity_page_reads_the_links_of_its_entity_as_the_whole_network_has_them(store):
    G = load_network(store)
    nodes = [n for n, t in G.nodes(data="type") if t != "section"]
    for node in sorted(nodes, key=lambda n: -G.degree(n))[:10] + nodes[::7]:
        incident = {*G.in_edges(node, keys=True), *G.out_edges(node, keys=True)}
        around = load_network(store, around=node)
        assert set(around.edges(keys=True)) == incident, node
        assert all(around.edges[edge] == G.edges[edge] for edge in incident)
        assert dict(around.nodes(data=True)) == dict(G.edge_subgraph(incident).nodes(data=True))
    assert nx.is_empty(load_network(store, around="https://w3id.org/tifa/id/place/无此地"))


def test_a_neighbourhood_page_reads_the_links_near_its_entity_as_the_whole_network_has_them(store):
    G = load_network(store)
    sections = {n for n, t in G.nodes(data="type") if t == "section"}
    nodes = sorted(set(G) - sections)
    for node in sorted(nodes, key=lambda n: -G.degree(n))[:8] + nodes[::9]:
        whole = neighbourhood(G, node, 1)
        between_sections = {(a, b, k) for a, b, k in whole.edges(keys=True) if a in sections and b in sections}
        near = load_network(store, near=node)
        assert set(near.edges(keys=True)) == set(whole.edges(keys=True)) - between_sections, node
        assert all(near.edges[edge] == G.edges[edge] for edge in near.edges(keys=True))
        assert dict(near.nodes(data=True)) == {n: G.nodes[n] for n in near}


def test_a_neighbourhood_two_or_three_steps_out_is_read_step_by_step_as_the_whole_network_has_it(store):
    G = load_network(store)
    sections = {n for n, t in G.nodes(data="type") if t == "section"}
    joined = G.copy()  # the whole network less the links it joins sections by, which are not read step by step
    joined.remove_edges_from([(a, b, k) for a, b, k in G.edges(keys=True) if a in sections and b in sections])
    nodes = sorted(set(G) - sections)
    for depth in (2, 3):
        for node in sorted(nodes, key=lambda n: -G.degree(n))[:3] + nodes[::40]:
            whole = neighbourhood(joined, node, depth)
            near = neighbourhood(load_network(store, near=node, depth=depth), node, depth)
            assert set(near.edges(keys=True)) == set(whole.edges(keys=True)), (node, depth)
            assert dict(near.nodes(data=True)) == {n: G.nodes[n] for n in near}


def test_tifa_list_reads_the_same_items_filtered_and_paged_from_an_index_in_step(store):
    refresh_summary(store)
    summary = summary_in_step(store)
    documents = list_entities(store, "documents")
    cases = [{}, {"document": documents[0]["id"]}, {"region": documents[-1]["region"]}, {"level": "district"},
             {"year": documents[0]["year"]}, {"region": "无此地"}, {"limit": 7, "offset": 3}, {"offset": 10_000},
             {"region": documents[0]["region"], "limit": 5}]
    assert summary.documents() == documents
    for plural in ("documents", *ENTITY_CLASSES):
        for case in cases:
            assert list(iter_entities(store, plural, summary=summary, **case)) == list_entities(store, plural, **case)
    summary.close()


def test_a_stale_index_is_not_read_by_tifa_list(corpus_store_copy, tmp_path):
    path = corpus_store_copy("summary-list")
    with open_store(path) as store:
        refresh_summary(store)
        assert summary_in_step(store) is not None
        store.remove_document(CHANGED)
        assert summary_in_step(store) is None
    listed = subprocess.run([sys.executable, "-m", "tifa", "list", "slogans", "--json", "--store", str(path)],
                            capture_output=True, text=True, check=True)
    with open_store(path, read_only=True) as store:
        assert json.loads(listed.stdout) == list_entities(store, "slogans")


def test_a_bulk_load_cut_short_leaves_the_index_right_once_undone(corpus_store_copy, tmp_path):
    """A build killed inside a bulk load leaves a listed graph and part of its union share (written here with
    pyoxigraph itself): an index read meanwhile holds the half-written report; once the store is opened for
    writing (which undoes the load) the next refresh takes its rows out again."""
    path = corpus_store_copy("summary-cut")
    with open_store(path) as store:
        refresh_summary(store)
        before = read_whole(store)
    report = tmp_path / "newtown-2024-plan.txt"
    report.write_text((files("tifa.corpus") / f"{CHANGED}.txt").read_text("utf-8")[:20_000], "utf-8")
    doc = load_report(report)
    graph = ox.NamedNode(vocab.document_graph(doc.id))
    quads = [ox.Quad(q.subject, q.predicate, q.object, graph) for q in document_quads(doc)]
    raw = ox.Store(str(path))
    raw.extend([ox.Quad(graph, ox.NamedNode(str(vocab.RDF.type)), PENDING, PENDING)])
    raw.bulk_extend(quads)
    raw.bulk_extend([ox.Quad(q.subject, q.predicate, q.object, UNION) for q in quads[: len(quads) // 2]])
    del raw
    gc.collect()  # releases the directory lock
    with open_store(path, read_only=True) as store:
        assert refresh_summary(store) == 1
    with open_store(path) as store:  # undoes the load
        assert refresh_summary(store) == 1
        assert indexed(store) == read_whole(store) == before


@pytest.fixture(scope="module")
def built_by_tifa(tmp_path_factory):
    """Copies the corpus store as `tifa build` leaves it, built once for the module: ``built_by_tifa()`` → a new copy's path."""
    built = tmp_path_factory.mktemp("built-by-tifa") / "store"
    subprocess.run([sys.executable, "-m", "tifa", "build", "--quiet", "--store", str(built)], check=True,
                   capture_output=True)

    def copy():
        path = tmp_path_factory.mktemp("built-by-tifa-copy") / "store"
        shutil.copytree(built, path, ignore=shutil.ignore_patterns("LOCK"))
        return path
    return copy


def test_tifa_build_leaves_the_index_in_step_with_the_store(built_by_tifa):
    path = built_by_tifa()
    assert (path / FILE).exists()
    with open_store(path, read_only=True) as store:
        summary = summary_in_step(store)
        assert summary is not None and summary.counts()["slogan"] == len(list_entities(store, "slogans"))
        summary.close()


def test_tifa_build_keeps_each_unfiltered_table_until_the_index_changes(built_by_tifa, tmp_path):
    """A server just started shows a table's first page from what the build kept, not from every row."""
    path = built_by_tifa()
    types = [t for t in FACETS if t != "document"]
    with sqlite3.connect(path / FILE) as db:
        assert db.execute("SELECT COUNT(*) FROM kept").fetchone()[0] == len(types)
    with open_store(path) as store:
        from_kept = {t: Browser(Catalog(store)).table(t, {"page": "2", "size": "5"}) for t in types}
        with sqlite3.connect(path / FILE) as db:
            db.execute("DELETE FROM kept")
        worked_out = Browser(Catalog(store))
        assert from_kept == {t: worked_out.table(t, {"page": "2", "size": "5"}) for t in types}
        worked_out.keep_unfiltered()
        build_corpus(changed_corpus(tmp_path), store, progress=False)
        summary = Summary(store)
        assert summary.kept(json.dumps(["browse", "project", "-documents"])) is not None
        assert summary.refresh() == 1 and summary.kept(json.dumps(["browse", "project", "-documents"])) is None
        table = Browser(Catalog(store)).table("project", {})
        assert table["total"] == summary.counts()["project"]
        assert any("何仙观水库二期工程" in (row["label"], *row["aliases"]) for row in Browser(Catalog(store)).table(
            "project", {"q": "二期", "size": "all"})["rows"])
        summary.close()


@pytest.mark.skipif(not OXIGRAPH, reason="needs the oxigraph server")
def test_over_an_endpoint_the_index_lives_in_memory_and_holds_the_same(tmp_path, whole):
    server = Server(tmp_path / "server")
    try:
        with server.store() as remote:
            build_corpus(files("tifa.corpus"), remote, progress=False)
            assert refresh_summary(remote) == 0  # nothing written beside an endpoint
            assert indexed(remote) == whole
    finally:
        server.stop()


def test_series_read_from_an_index_in_step_equal_the_graphs(store):
    """`tifa series` reads an index in step instead of the graph: the same rows for every indicator name
    (labels and aliases), whole and cut to a region (each cell's values compared as sets: the graph's
    GROUP_CONCAT gives them in no set order)."""
    refresh_summary(store)
    summary = summary_in_step(store)

    def comparable(rows):
        return [{key: sorted(map(str, value)) if key in KINDS else
                 ({kind: sorted(forms) for kind, forms in value.items()} if key == "written" else value)
                 for key, value in row.items()} for row in rows]

    names = sorted({name for item in list_entities(store, "indicators") for name in [item["indicator"]]})
    aliases = sorted({alias for row in summary.items("indicator") for alias in row["aliases"]})
    assert len(names) > 300 and aliases
    for name in names[::3] + aliases + ["地区生产总值", "无此指标"]:
        whole = series(store, name)
        assert comparable(series(store, name, summary=summary)) == comparable(whole), name
        for region in sorted({row["region"] for row in whole if row["region"]})[:2]:
            assert (comparable(series(store, name, region=region, summary=summary))
                    == comparable(series(store, name, region=region))), (name, region)
    summary.close()


def test_the_sentences_of_a_report_are_read_from_its_evidence_rows_as_from_the_items(store):
    """A report's page reads (entity, sentence) from the evidence rows of that report alone: the same pairs
    as the items of the entities it names give (an indicator's items list them in the order of its values)."""
    refresh_summary(store)
    summary = Summary(store)
    for document in [d["id"] for d in list_entities(store, "documents")]:
        whole = [({key: entity[key] for key in ("id", "label", "type", "aliases")}, evidence)
                 for entity in summary.in_document(document) for evidence in entity["evidence"]
                 if evidence["document"] == document]
        read = summary.evidence_in(document)

        def key(pair):
            return pair[0]["id"], pair[1]["start"], pair[1]["end"]

        assert len(read) > 100 and sorted(read, key=key) == sorted(whole, key=key), document
    summary.close()


def test_the_first_page_reads_its_slogans_from_an_index_in_step(store):
    """With an index in step, the first page's slogans come from it: the same items as the store gives."""
    refresh_summary(store)

    def prominence(item):
        return -len(item["documents"]), -len(item["evidence"]), item["label"], item["id"]

    expected = [{**item, "type": "slogan"} for item in sorted(list_entities(store, "slogans"), key=prominence)[:12]]
    catalog = Catalog(store)
    assert catalog.top_slogans() == expected and catalog._summary is None  # no refresh, no whole catalog
    assert Catalog(store).top_slogans(3) == expected[:3]
