"""The SPARQL page against the shipped corpus: over HTTP (labels for IRIs, examples kept, views in the URL,
downloads through /sparql's format=, completion endpoints) and in headless Debian chromium (the CodeMirror
editor highlighting and completing, the network and chart views, downloads), one screenshot per feature."""

import csv
import io
import json
import re
import urllib.parse

import pytest
from test_browser import drawn_pixels, network_frame, session  # noqa: F401  (session: a fixture)
from test_explorer import get, serving

from tifa.explorer.sparql import NETWORK_ROWS, examples, result_network

SECTIONS = "SELECT ?section ?title WHERE { ?section a tifa:Section ; dcterms:title ?title } ORDER BY ?title LIMIT 5"
COMPONENTS = examples()["slogan-components"]["text"]
REALISERS = """SELECT ?slogan ?component ?realiser WHERE {
  ?slogan skos:prefLabel "四区两城"@zh ; tifa:hasComponent ?component . OPTIONAL { ?component tifa:realisedBy ?realiser }
}"""


@pytest.fixture(scope="module")
def base(store):
    with serving(store) as url:
        yield url


def page_url(**params) -> str:
    return "/sparql-ui?" + urllib.parse.urlencode(params)


# -- over HTTP --------------------------------------------------------------------------------------------

def test_iris_are_shown_by_their_labels_and_link_to_the_entity(base):
    status, _, page = get(base, "/sparql-ui", {"query": SECTIONS})
    assert status == 200
    table = page[page.index('id="results"'):page.index("</table>")]
    links = re.findall(r'<a href="/entity\?id=([^"]+)" title="([^"]+)">([^<]+)</a> <span class="badge t-section"', table)
    assert len(links) == 5
    for quoted, iri, label in links:
        assert urllib.parse.unquote(quoted) == iri and "/section/s." in iri
        assert not label.startswith("http") and not re.match(r"s\.\d", label)  # the heading, not the IRI
        assert f"<td>{label}</td>" in table  # the ?title column of the same row says the same
    status, _, page = get(base, "/sparql-ui", {"query": "SELECT ?p WHERE { ?s ?p ?o } LIMIT 1"})
    assert re.search(r'<span class="term" title="[^"]+">(rdf|tifa|skos|dcterms|prov|oa|qb):\w+</span>', page)


def test_the_example_stays_chosen_and_the_view_is_in_the_url(base):
    status, _, page = get(base, "/sparql-ui", {"example": "slogan-components", "query": COMPONENTS, "view": "chart"})
    assert status == 200
    assert '<option value="slogan-components" selected>' in page
    assert page.count(" selected>") == 1
    assert re.search(r'id="view-chart">', page) and re.search(r'id="view-table" hidden>', page)
    tab = re.search(r'id="tab-network" href="([^"]+)"', page)[1].replace("&amp;", "&")
    params = urllib.parse.parse_qs(urllib.parse.urlsplit(tab).query)
    assert params == {"query": [COMPONENTS], "example": ["slogan-components"], "view": ["network"]}
    assert get(base, "/sparql-ui", {"example": "no-such-example"})[0] == 200  # unknown: ignored


def test_chinese_by_default_english_with_lang(base):
    assert ">运行</button>" in get(base, "/sparql-ui")[2]
    english = get(base, "/sparql-ui", {"lang": "en", "query": SECTIONS})[2]
    assert ">Run</button>" in english and '<input type="hidden" name="lang" value="en">' in english
    assert "lang=en" in re.search(r'id="tab-chart" href="([^"]+)"', english)[1]


def test_downloads_come_from_sparql_with_a_format(base):
    _, _, page = get(base, "/sparql-ui", {"query": SECTIONS})
    links = {name: href.replace("&amp;", "&") for name, href in re.findall(r'id="download-(\w+)" href="([^"]+)"', page)}
    assert set(links) == {"csv", "tsv", "json"}
    status, kind, body = get(base, links["csv"])
    rows = list(csv.reader(io.StringIO(body)))
    assert status == 200 and kind.startswith("text/csv") and rows[0] == ["section", "title"] and len(rows) == 6
    status, kind, body = get(base, links["tsv"])
    assert kind.startswith("text/tab-separated-values") and len(body.strip().splitlines()) == 6
    status, kind, body = get(base, links["json"])
    assert kind.startswith("application/sparql-results+json") and len(json.loads(body)["results"]["bindings"]) == 5
    graph = examples()["graph"]["text"]
    _, _, page = get(base, "/sparql-ui", {"query": graph})
    assert set(re.findall(r'id="download-(\w+)"', page)) == {"ttl", "nt"}
    status, kind, body = get(base, "/sparql", {"query": graph, "format": "nt"})
    assert kind.startswith("application/n-triples") and "hasComponent" in body
    status, kind, body = get(base, "/sparql", {"query": graph, "format": "turtle"})  # as SPARQLWrapper names it
    assert kind.startswith("text/turtle") and "tifa:hasComponent" in body
    status, kind, body = get(base, "/sparql", {"query": SECTIONS, "format": "text/tab-separated-values"})
    assert kind.startswith("text/tab-separated-values") and body.startswith("?section\t?title")
    status, kind, body = get(base, "/sparql", {"query": "ASK {}", "format": "pdf"})  # unknown: the Accept header's
    assert status == 200 and kind.startswith("application/sparql-results+json") and json.loads(body)["boolean"]


def test_completion_offers_the_vocabulary_and_entity_labels(base):
    status, kind, body = get(base, "/api/sparql/terms")
    vocabulary = json.loads(body)
    assert status == 200 and vocabulary["prefixes"]["tifa"] == "https://w3id.org/tifa/ontology#"
    terms = {t["text"]: t for t in vocabulary["terms"]}
    assert terms["tifa:hasComponent"]["kind"] == "property" and terms["tifa:hasComponent"]["doc"]
    assert terms["tifa:Slogan"]["kind"] == "class"
    assert "skos:prefLabel" in terms and "dcterms:title" in terms  # used by the graph, declared elsewhere
    found = json.loads(get(base, "/api/sparql/labels", {"q": "四区"})[2])
    assert found[0] == {"label": "四区两城", "type": "slogan", "id": found[0]["id"]}
    assert json.loads(get(base, "/api/sparql/labels", {"q": ""})[2]) == []


def test_a_select_answer_becomes_a_network_of_its_entities(base):
    _, _, page = get(base, "/sparql-ui", {"query": REALISERS})
    network = json.loads(re.search(r'<script type="application/json" id="network-data">(.*?)</script>', page, re.S)[1])
    labels = {node["label"] for node in network["nodes"]}
    assert {"四区两城", "生态宜居新城"} <= labels
    assert network["edges"] and all(edge["from"] != edge["to"] for edge in network["edges"])
    named = {node["id"]: node["label"] for node in network["nodes"]}
    chain = {(named[e["from"]], e["label"], named[e["to"]]) for e in network["edges"]}
    assert ("四区两城", "component", "承接产业转移示范区") in chain
    assert ("承接产业转移示范区", "realiser", "建设承接产业转移示范区") in chain  # along the row, not all from ?slogan


def test_a_long_answer_draws_only_its_first_rows_as_a_network():
    uri = lambda value: {"value": value, "term": "uri", "label": value, "type": "project"}  # noqa: E731
    rows = [[uri(f"a{n}"), uri(f"b{n}")] for n in range(NETWORK_ROWS + 100)]
    network = result_network({"kind": "select", "columns": ["a", "b"], "rows": rows})
    assert len(network["edges"]) == NETWORK_ROWS and len(network["nodes"]) == 2 * NETWORK_ROWS


# -- in the browser ---------------------------------------------------------------------------------------


def editor_text(page) -> str:
    return page.evaluate("window.sparqlEditor.getValue()")


def type_in_editor(page, text):
    page.evaluate("window.sparqlEditor.focus(); window.sparqlEditor.execCommand('goDocEnd')")
    page.keyboard.press("Enter")
    page.keyboard.type(text, delay=40)


def test_the_editor_highlights_sparql(session):
    page = session.page
    page.goto(session.base + "/sparql-ui")
    page.wait_for_selector(".CodeMirror")
    assert "SELECT" in editor_text(page)
    keywords = page.locator(".CodeMirror .cm-keyword").all_inner_texts()
    assert any(k.upper() == "SELECT" for k in keywords) and page.locator(".CodeMirror .cm-variable-2").count() > 0
    session.shot("highlighting")


def test_the_editor_completes_properties_after_a_prefix(session):
    page = session.page
    page.goto(session.base + "/sparql-ui")
    page.wait_for_selector(".CodeMirror")
    type_in_editor(page, "?s tifa:hasCo")
    hints = page.locator(".CodeMirror-hints li")
    hints.first.wait_for()
    assert "tifa:hasComponent" in " ".join(hints.all_inner_texts())
    session.shot("complete-property")
    page.locator(".CodeMirror-hints li", has_text="tifa:hasComponent").first.click()
    assert editor_text(page).rstrip().endswith("?s tifa:hasComponent")


def test_the_editor_completes_entity_labels_in_a_string(session):
    page = session.page
    page.goto(session.base + "/sparql-ui")
    page.wait_for_selector(".CodeMirror")
    type_in_editor(page, '?s skos:prefLabel "四区')
    page.keyboard.press("Escape")  # the property list opened on "skos:"; the string asks again
    page.keyboard.press("Control+Space")
    hint = page.locator(".CodeMirror-hints li", has_text="四区两城").first
    hint.wait_for()
    session.shot("complete-label")
    hint.click()
    assert '?s skos:prefLabel "四区两城"@zh' in editor_text(page)


def test_run_keeps_the_example_and_the_url_is_the_link_to_share(session):
    page = session.page
    page.goto(session.base + "/sparql-ui")
    page.select_option("#examples", "slogan-components")
    assert '"四区两城"@zh' in editor_text(page)
    page.locator("#run").click()
    page.wait_for_selector("#results")
    assert page.locator("#examples").input_value() == "slogan-components"
    rows = page.locator("#results tbody tr").all_inner_texts()
    assert len(rows) >= 6 and any("生态宜居新城" in row for row in rows)
    assert not any("https://" in row for row in rows)  # IRIs by their labels
    session.shot("kept-example")
    shared = page.url
    other = page.context.browser.new_page()  # a reader the link was sent to
    other.goto(shared)
    assert other.locator("#examples").input_value() == "slogan-components"
    assert other.locator("#results tbody tr").all_inner_texts() == rows
    other.close()


def test_the_network_view_draws_the_answers_entities(session):
    page = session.page
    page.goto(session.base + page_url(query=REALISERS))
    page.locator("#tab-network").click()
    page.wait_for_selector("#result-network[data-settled]", timeout=30_000)
    assert "view=network" in page.url and page.locator("#results").is_hidden()
    assert page.evaluate("window.resultNetwork.body.data.nodes.length") >= 7
    pixels = page.evaluate("""() => { const c = document.querySelector('#result-network canvas');
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;
        for (let i = 0; i < d.length; i += 4) if (d[i + 3] > 0 && d[i] < 240) n++; return n; }""")
    assert pixels > 1000
    session.shot("network")


def test_the_chart_takes_the_room_it_draws_and_covers_nothing(session):
    page = session.page
    page.goto(session.base + page_url(example="series", query=examples()["series"]["text"]))
    rows = page.locator("#results tbody tr").count()
    assert rows > 0
    page.locator("#tab-chart").click()
    page.wait_for_selector("#chart .main-svg")
    assert page.locator("#chart .scatterlayer .trace").count() > 0
    chart, svg = page.locator("#chart").bounding_box(), page.locator("#chart .main-svg").first.bounding_box()
    assert svg["height"] > 420  # plotly draws taller than the old fixed box…
    assert chart["height"] >= svg["height"] - 1  # …and the box now holds all of it
    assert chart["y"] + chart["height"] <= page.locator(".about").bounding_box()["y"]
    page.locator("#chart").scroll_into_view_if_needed()
    session.shot("chart")
    page.locator("#tab-table").click()
    assert page.locator("#chart").is_hidden() and page.locator("#results tbody tr").count() == rows
    first = page.locator("#results tbody tr").first
    assert page.evaluate("([x, y]) => document.elementFromPoint(x, y).closest('tr') !== null",
                         [first.bounding_box()["x"] + 5, first.bounding_box()["y"] + 5])
    session.shot("table-after-chart")


def test_a_bar_chart_for_counts(session):
    page = session.page
    query = ("SELECT ?type (COUNT(?s) AS ?n) WHERE { ?s a ?type . FILTER(STRSTARTS(STR(?type), STR(tifa:))) } "
             "GROUP BY ?type ORDER BY DESC(?n) LIMIT 8")
    page.goto(session.base + page_url(query=query, view="chart"))
    page.wait_for_selector("#chart .main-svg")
    assert page.locator("#chart .barlayer .point").count() >= 3
    assert any(t.startswith("tifa:") for t in page.locator("#chart .xtick text").all_text_contents())
    session.shot("bar-chart")


def test_downloads_in_the_browser(session):
    page = session.page
    page.goto(session.base + page_url(query=SECTIONS))
    for name, check in (("csv", lambda text: text.startswith("section,title")),
                        ("tsv", lambda text: text.startswith("?section\t?title")),
                        ("json", lambda text: len(json.loads(text)["results"]["bindings"]) == 5)):
        with page.expect_download() as download:
            page.locator(f"#download-{name}").click()
        saved = download.value
        assert saved.suggested_filename == f"tifa-result.{name}"
        assert check(open(saved.path(), encoding="utf-8").read()), name
    session.shot("downloads")


def test_a_construct_network_names_sections_by_their_heading(session):
    page = session.page
    page.goto(session.base + page_url(example="graph", query=examples()["graph"]["text"]))
    frame = network_frame(page)
    labels = frame.evaluate("window.network.body.data.nodes.get().map(n => n.label)")
    assert "四区两城" in labels and "建设承接产业转移示范区" in " ".join(labels)
    assert not [label for label in labels if re.match(r"s\.\d", label)]
    assert drawn_pixels(frame) > 1000
    session.shot("construct-network")
    page.locator("#tab-turtle").click()
    assert "tifa:hasComponent" in page.locator("#turtle").inner_text()
