"""The schema browser (/schema), full-text search over the reports (/sentences) and the neighbours a
network node opens (/network.json), read over HTTP from the real app on the shipped corpus. Counts are
checked against the store itself; sentences against the reports' text."""

import csv
import io
import json
import re
import urllib.parse

import pytest
from test_explorer import get, serving

from tifa.explorer.catalog import Catalog

HUB = "https://w3id.org/tifa/id/place/零陵区"


@pytest.fixture(scope="module")
def base(store):
    with serving(store) as url:
        yield url


def data(base, path, params=None):
    status, kind, body = get(base, path, params)
    assert status == 200 and kind.startswith("application/json"), (path, status, body[:200])
    return json.loads(body)


def rows_of(base, path, params=None):
    status, kind, body = get(base, path, params)
    assert status == 200 and kind.startswith("text/csv"), (path, status)
    return list(csv.DictReader(io.StringIO(body)))


# -- the schema ------------------------------------------------------------------------------------------

def test_schema_lists_classes_and_properties_with_names_counts_and_examples(base, store):
    schema = data(base, "/schema.json")
    classes = {c["name"]: c for c in schema["classes"]}
    properties = {p["name"]: p for p in schema["properties"]}
    project = classes["tifa:Project"]
    assert project["label_zh"] == "项目" and project["label_en"] == "project" and project["browse"] == "project"
    counted = store.select("SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a tifa:Project }")[0]["n"]
    assert project["count"] == int(counted) > 0
    assert len(project["examples"]) == 3 and all(e["type"] == "project" and e["label"] for e in project["examples"])
    links = properties["tifa:hasComponent"]
    stated = store.select("SELECT (COUNT(*) AS ?n) WHERE { ?s tifa:hasComponent ?o }")[0]["n"]
    assert links["label_zh"] and links["count"] == int(stated) > 0
    assert links["domains"] == ["tifa:Slogan"] and links["ranges"] == ["tifa:SloganComponent"]
    names = [c["name"] for c in schema["classes"]]
    assert names.index("tifa:Project") < names.index("prov:Activity")  # tifa's own first
    csv_rows = rows_of(base, "/schema.csv")
    assert {r["name"] for r in csv_rows} == set(classes) | set(properties)
    assert next(r for r in csv_rows if r["name"] == "tifa:Project")["count"] == str(project["count"])


def test_schema_page_links_each_class_to_its_table_and_a_query(base):
    status, _, page = get(base, "/schema")
    assert status == 200 and 'href="/browse/project"' in page and 'id="tifa:Project"' in page
    query = re.search(r'<a class="query-link" href="/sparql-ui\?query=([^"]+)">', page.split('id="tifa:Project"')[1])[1]
    text = urllib.parse.parse_qs("query=" + query.replace("&amp;", "&"))["query"][0]
    assert "?x a tifa:Project" in text
    assert 'id="schema-link" href="/schema"' in get(base, "/")[2]
    assert 'id="schema-link" href="/schema"' in get(base, "/sparql-ui")[2]


# -- full text -------------------------------------------------------------------------------------------

def test_sentences_hold_the_phrase_in_the_reports_text_and_link_to_their_place(base, store):
    found = data(base, "/sentences.json", {"q": "水库", "size": "all"})
    catalog = Catalog(store)
    assert found["total"] == len(found["rows"]) > 5
    for row in found["rows"]:
        assert "水库" in row["sentence"]
        assert catalog.text(row["document"])[row["start"]:row["end"]] == row["sentence"]
    everywhere = sum(catalog.text(d["id"]).count("水库") for d in catalog.documents())
    assert sum(r["sentence"].count("水库") for r in found["rows"]) == everywhere  # every occurrence, once
    assert sum(r["count"] for r in found["reports"]) == found["total"]
    status, _, page = get(base, "/sentences", {"q": "水库"})
    first = found["rows"][0]
    assert f'href="/documents/{first["document"]}?start={first["start"]}&amp;end={first["end"]}"' in page
    assert '<mark class="mention">水库</mark>' in page


def test_sentences_find_variant_wordings_and_page_filter_and_download(base):
    variant = data(base, "/sentences.json", {"q": "四区二城", "size": "all"})
    assert variant["total"] > 0 and all("四区两城" in r["sentence"] for r in variant["rows"])
    first = data(base, "/sentences.json", {"q": "水库", "size": 4})
    second = data(base, "/sentences.json", {"q": "水库", "size": 4, "page": 2})
    everything = data(base, "/sentences.json", {"q": "水库", "size": "all"})
    assert first["pages"] == -(-everything["total"] // 4) and first["rows"] + second["rows"] == everything["rows"][:8]
    report = everything["reports"][-1]
    only = data(base, "/sentences.json", {"q": "水库", "document": report["document"], "size": "all"})
    assert only["total"] == report["count"] and {r["document"] for r in only["rows"]} == {report["document"]}
    assert rows_of(base, "/sentences.csv", {"q": "水库", "size": "all"}) == [
        {k: str(v) for k, v in r.items()} for r in everything["rows"]]
    assert data(base, "/sentences.json", {"q": "没有这样的句子"})["total"] == 0
    assert data(base, "/sentences.json", {"q": "a.b(c"})["total"] == 0  # a phrase, not a pattern
    dotted = data(base, "/sentences.json", {"q": "2.3%", "size": "all"})
    assert dotted["total"] > 0 and all("2.3%" in r["sentence"] for r in dotted["rows"])


# -- a network node's neighbours ------------------------------------------------------------------------

def test_a_node_opens_its_neighbours_named_in_the_readers_language(base, store):
    G = Catalog(store).network()
    around = data(base, "/network.json", {"focus": HUB})
    drawn = {n["id"] for n in around["nodes"]}
    assert drawn == {HUB, *G.successors(HUB), *G.predecessors(HUB)}
    links = {(e["from"], e["relation"], e["to"]) for e in around["edges"]}
    assert {(a, k, b) for a, b, k in [*G.in_edges(HUB, keys=True), *G.out_edges(HUB, keys=True)]} <= links
    assert all(a in drawn and b in drawn for a, _, b in links)  # and the links among them
    located = next(e for e in around["edges"] if e["relation"] == "locatedIn")
    assert located["label"] == "位于" and located["evidence"][0]["href"].startswith("/documents/")
    assert data(base, "/network.json", {"focus": HUB, "lang": "en"})["edges"][0]["label"].islower()
    assert data(base, "/network.json", {"focus": "nothing"}) == {"nodes": [], "edges": [], "more": 0}
