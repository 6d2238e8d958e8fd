"""The explorer's pages as a client meets them: the real app under uvicorn on a loopback port, read over
HTTP. Corpus facts asserted here were read in the reports (lingling-2024-plan's glossary defines 四区两城
at characters 11983–12040). A second store, built from a report written below, puts markup, quotes and
ampersands into a title, component and project names and sentences: every page must show them as text."""

import contextlib
import csv
import html
import io
import json
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest
import uvicorn
from tifa.store.embedded import open_store

from tifa.web import create_app

GLOSSARY_SENTENCE = "1.“四区两城”：承接产业转移示范区、精品农业先行区、科教引领示范区、社会治理样板区、文化旅游名城、生态宜居新城。"
GLOSSARY_LINK = "/documents/lingling-2024-plan?start=11983&end=12040"
GLOSSARY_HREF = 'href="/documents/lingling-2024-plan?start=11983&amp;end=12040"'  # as HTML writes it

# A report whose extracted names carry markup: the title, components 文化<script>…名城, 承接"产业"示范区,
# projects 森林防火<script>…系统, A&B<i>大桥</i>维修加固, 基层应急&救援能力提升 and the sentences around them.
EVIL_REPORT = """测试区2024年<script>alert(1)</script>国民经济和社会发展计划"执行"情况&'报告'
—2024年12月29日在测试区第一届人民代表大会第一次会议上
各位代表：
一、2024年国民经济和社会发展计划执行情况
2024年，全区锚定打造“三区两城”目标，经济社会发展迈出<script>window.pwned=1</script>坚实步伐&"稳"'进'<img src=x onerror="window.pwned=2">。
2025年，将重点实施十大安全守底项目：森林"防火"<script>window.pwned=1</script>系统建设；基层'应急'&救援能力提升；A&B<i>大桥</i>维修加固；道路交通安防工程。
名词解释：
1.“三区两城”：承接"产业"示范区、精品&农业先行区、科教'引领'示范区、文化<script>window.pwned=1</script>名城、生态宜居新城。
"""
EVIL_NAMES = ['文化<script>window.pwned=1</script>名城', '承接"产业"示范区', "科教'引领'示范区", "精品&农业先行区",
              "森林防火<script>window.pwned=1</script>系统", "A&B<i>大桥</i>维修加固", "基层应急&救援能力提升"]
# what may open a <script> element on our pages: our own files, and JSON data blocks
OUR_SCRIPTS = re.compile(r'<script (src="/(static|assets)/[\w.-]+"|type="application/json" id="[\w-]+")>')


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def serving(store, **options):
    """The app over `store` served by uvicorn on 127.0.0.1 in a thread; yields the base URL."""
    server = uvicorn.Server(uvicorn.Config(create_app(store, **options), host="127.0.0.1", port=free_port(),
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise AssertionError("the server did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{server.config.port}"
    finally:
        server.should_exit = True
        thread.join(10)


def build_evil_store(path):
    """A store built by `tifa build` from EVIL_REPORT (written under `path`)."""
    report = path / "evil-2024-plan.txt"
    report.write_text(EVIL_REPORT, encoding="utf-8")
    subprocess.run([sys.executable, "-m", "tifa", "build", str(report), "--store", str(path / "store"), "--quiet"],
                   check=True, capture_output=True)
    return path / "store"


def get(base, path, params=None):
    """(status, content type, body) of a GET; HTTP errors are returned, not raised."""
    url = base + path + ("?" + urllib.parse.urlencode(params) if params else "")
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            return response.status, response.headers["Content-Type"], response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.headers["Content-Type"], error.read().decode("utf-8")


@pytest.fixture(scope="module")
def base(store):
    with serving(store) as url:
        yield url


@pytest.fixture(scope="module")
def evil(tmp_path_factory):
    with open_store(build_evil_store(tmp_path_factory.mktemp("evil")), read_only=True) as store:
        with serving(store) as url:
            yield url


def suggest(base, text):
    status, kind, body = get(base, "/api/suggest", {"q": text})
    assert status == 200 and kind.startswith("application/json")
    return json.loads(body)


def test_suggestions_match_labels_then_aliases_prefix_before_substring(base):
    found = suggest(base, "四区")
    assert found[0]["text"] == "四区两城" and found[0]["match"] == "label" and found[0]["type"] == "slogan"
    alias = next(s for s in found if s["match"] == "alias")
    assert alias["text"].startswith("四区两城·") and alias["type"] == "component"
    assert alias["label"] in {"承接产业转移示范区", "精品农业先行区", "科教引领示范区", "社会治理样板区", "文化旅游名城",
                              "生态宜居新城"}
    ids = [s["id"] for s in found]
    assert len(ids) == len(set(ids))  # one suggestion per entity
    middle = [s["text"] for s in suggest(base, "两城")]
    assert {"四区两城", "三区两城"} <= set(middle)  # substrings match too
    assert suggest(base, "何仙观水库")[0]["text"] == "何仙观水库"  # an exact label first
    assert suggest(base, "  ") == [] and suggest(base, "没有这个词语") == []


def plain(page: str) -> str:
    """A page's text without its tags (marks and links inside sentences), entities unescaped."""
    return html.unescape(re.sub(r"<[^>]+>", "", page))


def test_entity_page_shows_facts_links_evidence_in_context_and_its_network(base):
    status, _, page = get(base, "/entity", {"label": "四区两城"})
    assert status == 200
    assert GLOSSARY_SENTENCE in plain(page) and GLOSSARY_HREF in page
    assert "区县" in page and "生态宜居新城" in page  # level and components, in Chinese
    iri = suggest(base, "四区两城")[0]["id"]
    assert f'src="/network?{urllib.parse.urlencode({"focus": iri, "depth": 1})}"'.replace("&", "&amp;") in page
    assert "组成部分" in page and "零陵区2024年国民经济和社会发展计划执行情况" in page  # a link; a report title
    assert "hasComponent" not in plain(page)
    # a project: its status reports and investment
    status, _, page = get(base, "/entity", {"label": "何仙观水库"})
    assert status == 200 and "立项" in page and "亿元" in page
    # each value marked in its own sentence (not the gas power plant's 26亿元 of the same sentence)
    marks = re.findall(r'<mark class="fact">(.*?)</mark>', page)
    assert "41亿元" in marks and "投资41亿元的何仙观大型水库项目完成国家立项审批" in marks
    assert "26亿元" not in marks and not any(m.startswith("力争投资26亿元") for m in marks)


def test_a_label_naming_several_entities_offers_a_choice_and_an_unknown_one_404(base):
    status, _, page = get(base, "/entity", {"label": "一区三园"})  # a slogan and a park
    assert status == 200 and page.count('href="/entity?id=') >= 2 and "提法" in page and "园区" in page
    # each told apart by region, level and the titles of its reports, not by document ids
    assert "零陵区" in page and "区县" in page and "零陵区2024年国民经济和社会发展计划执行情况" in page
    # the district's 一区三园, the same label used with no region, and the district's park
    assert page.count('<tr><td><span class="badge t-slogan"') == 2
    choices = browse_json(base, "/entity", {"label": "一区三园"})["choices"]
    assert len(choices) == 3 and all(c["reports"] and c["regions"] for c in choices)
    status, kind, body = get(base, "/entity.json", {"label": "四区二城"})
    assert status == 404 and kind.startswith("application/json") and json.loads(body)["suggestions"][0]["label"] == "四区两城"
    wheres = [(s["type"], s["where"]) for s in suggest(base, "一区三园") if s["text"] == "一区三园"]
    assert len(wheres) == len(set(wheres)) >= 2  # the suggestions tell them apart too, by type and place
    status, _, page = get(base, "/entity", {"label": "三区"})  # no such label: labels containing it are offered
    assert status == 404 and "三区两城" in page and 'action="/search"' in page
    assert get(base, "/entity", {"id": "https://w3id.org/tifa/id/nothing"})[0] == 404


def test_document_page_marks_the_sentence_and_highlights_what_was_read_there(base):
    status, _, page = get(base, GLOSSARY_LINK)
    assert status == 200
    marked = re.search(r'<mark id="context">(.*?)</mark>', page, re.DOTALL)[1]
    assert re.sub(r"<[^>]+>", "", marked) == GLOSSARY_SENTENCE
    assert re.search(r'<a class="entity t-slogan" href="/entity\?id=[^"]+" title="slogan: 四区两城">四区两城</a>', marked)
    assert re.search(r'class="entity t-component"[^>]*>生态宜居新城</a>', marked)
    assert '<script src="/static/document.js">' in page
    status, _, listing = get(base, "/documents")
    assert status == 200 and listing.count('href="/documents/') == 5 and "计划执行情况报告" in listing
    assert get(base, "/documents/no-such-report")[0] == 404
    # the report's details and every entity read in it, with the sentence, as JSON and CSV
    read = browse_json(base, "/documents/lingling-2024-plan")
    assert read["document"]["label"].startswith("零陵区2024年") and read["mentions"]
    assert {"entity": "四区两城", "type": "slogan", "start": 11983, "end": 12040, "sentence": GLOSSARY_SENTENCE} \
        .items() <= next(m for m in read["mentions"] if m["start"] == 11983 and m["entity"] == "四区两城").items()
    rows = list(csv.DictReader(io.StringIO(get(base, "/documents/lingling-2024-plan.csv")[2])))
    assert [r["entity"] for r in rows] == [m["entity"] for m in read["mentions"]]
    listed = browse_json(base, "/documents")["rows"]
    assert len(listed) == 5 and {r["level"] for r in listed} == {"district", "city"}


def test_trace_page_nests_the_tree_with_evidence_and_draws_it(base):
    status, _, page = get(base, "/trace", {"label": "四区两城"})
    assert status == 200
    tree = page[page.index('class="tree"'):]
    assert tree.index("四区两城") < tree.index("承接产业转移示范区") < tree.index("第19章 建设承接产业转移示范区")
    assert GLOSSARY_SENTENCE in page
    assert 'src="/network?trace=%E5%9B%9B%E5%8C%BA%E4%B8%A4%E5%9F%8E"' in page
    status, _, up = get(base, "/trace", {"label": "四区两城", "up": "1"})
    assert status == 200 and "三区两城" in up  # 四区两城 aligns with the city's 三区两城
    assert get(base, "/trace", {"label": "没有这个提法"})[0] == 404


def test_sparql_page_runs_a_library_example_and_tables_it(base):
    status, _, page = get(base, "/sparql-ui")
    examples = json.loads(re.search(r'<script type="application/json" id="examples-data">(.*?)</script>', page, re.DOTALL)[1])
    text = examples["slogan-components"]["text"]
    assert 'VALUES ?label { "四区两城"@zh }' in text
    status, _, page = get(base, "/sparql-ui", {"query": text})
    assert status == 200
    table = page[page.index('id="results"'):page.index("</table>")]
    assert table.count("<tr>") == 1 + 6 * 3 or all(c in table for c in ("承接产业转移示范区", "生态宜居新城"))
    assert all(c in table for c in ("承接产业转移示范区", "精品农业先行区", "生态宜居新城"))
    status, _, page = get(base, "/sparql-ui", {"query": examples["series"]["text"]})  # a series: also a chart
    chart = json.loads(re.search(r'<script type="application/json" id="chart-data">(.*?)</script>', page, re.DOTALL)[1])
    assert any(trace.get("y") for trace in chart["data"]) and '<script src="/assets/plotly.min.js">' in page
    status, _, page = get(base, "/sparql-ui", {"query": "SELECT ?s WHERE { ?s ?p "})
    assert status == 400 and "malformed query" in page
    status, _, page = get(base, "/sparql-ui", {"query": examples["graph"]["text"]})
    assert status == 200 and 'src="/network?query=CONSTRUCT' in page and "hasComponent" in page


def test_assets_are_served_here_and_no_page_asks_another_host(base):
    for name in ("vis-network.min.js", "plotly.min.js", "vis-network.css"):
        status, _, body = get(base, "/assets/" + name)
        assert status == 200 and len(body) > 1000
    assert get(base, "/assets/nothing.js")[0] == 404
    for path, params in (("/", None), ("/entity", {"label": "四区两城"}), ("/trace", {"label": "四区两城"}),
                         ("/documents", None), (GLOSSARY_LINK, None), ("/sparql-ui", None)):
        page = get(base, path, params)[2]
        assert not re.search(r"""(src|href)=["']?(https?:)?//""", page), path


def evil_pages(base):
    """Every kind of page of the escaping store: the entities whose names carry markup (by id and by
    label), the sentences they were read from in context, a trace, the documents, a query."""
    names = {s["text"]: s for name in EVIL_NAMES for s in suggest(base, name)}
    assert set(EVIL_NAMES) <= set(names), "the extractors no longer pick up the names with markup"
    paths = ["/", "/documents", "/documents/evil-2024-plan", "/sparql-ui",
             "/sparql-ui?" + urllib.parse.urlencode({"query": "SELECT ?l WHERE { ?s skos:prefLabel ?l }"}),
             "/trace?" + urllib.parse.urlencode({"label": "三区两城"}),
             "/entity?" + urllib.parse.urlencode({"label": "三区两城"})]
    paths += ["/browse/" + type_ for type_ in ("slogan", "component", "programme", "project", "document")]
    paths += ["/search?" + urllib.parse.urlencode({"q": "<script>"}), "/search?" + urllib.parse.urlencode({"q": "名城"}),
              "/reach?" + urllib.parse.urlencode({"label": "三区两城"}), "/browse/project?lang=en"]
    for name in EVIL_NAMES:
        paths.append("/entity?" + urllib.parse.urlencode({"id": names[name]["id"]}))
        paths.append("/entity?" + urllib.parse.urlencode({"label": name}))
    contexts = {link.replace("&amp;", "&") for path in paths[7:]
                for link in re.findall(r'href="(/documents/[^"?]+\?start=\d+&amp;end=\d+)"', get(base, path)[2])}
    assert contexts, "no sentence to read in context"
    return paths + sorted(contexts)


def test_markup_quotes_and_ampersands_from_reports_are_escaped_on_every_page(evil):
    for path in evil_pages(evil):
        status, kind, page = get(evil, path)
        assert status == 200 and kind.startswith("text/html"), path
        assert "<script>window.pwned" not in page and "<script>alert" not in page and "<i>大桥" not in page, path
        assert "<img src=x" not in page and 'onerror="window' not in page, path
        assert all(OUR_SCRIPTS.match(page, m.start()) for m in re.finditer("<script", page)), path
        for block in re.findall(r'<script type="application/json" id="[\w-]+">(.*?)</script>', page, re.DOTALL):
            assert not set("<>&") & set(block), path
    status, _, page = get(evil, "/documents/evil-2024-plan")
    assert "测试区2024年&lt;script&gt;alert(1)&lt;/script&gt;国民经济和社会发展计划&#34;执行&#34;情况&amp;&#39;报告&#39;" in page
    assert 'title="component: 文化&lt;script&gt;window.pwned=1&lt;/script&gt;名城"' in page
    status, _, page = get(evil, "/entity", {"label": 'A&B<i>大桥</i>维修加固'})
    assert "<h1>A&amp;B&lt;i&gt;大桥&lt;/i&gt;维修加固" in page
    found = suggest(evil, "<script>")  # JSON carries the names as they are
    assert any(s["text"] == "文化<script>window.pwned=1</script>名城" for s in found)


def get_with_headers(base, path, headers):
    """(status, headers, body) of a GET sending `headers`."""
    request = urllib.request.Request(base + path, headers=headers)
    with urllib.request.urlopen(request, timeout=60) as response:
        return response.status, response.headers, response.read().decode("utf-8")


def test_pages_speak_chinese_by_default_and_english_when_asked_remembered_by_a_cookie(base):
    status, _, page = get(base, "/entity", {"label": "四区两城"})
    assert '<html lang="zh-CN">' in page and "组成部分" in page and "向下追溯" in page and ">浏览<" in page
    status, headers, page = get_with_headers(base, "/entity?" + urllib.parse.urlencode({"label": "四区两城", "lang": "en"}), {})
    assert '<html lang="en">' in page and "has component" in page and "Trace down" in page and "district" in page
    cookie = headers["set-cookie"].split(";")[0]
    assert cookie == "tifa_lang=en"
    _, _, later = get_with_headers(base, "/browse/project", {"Cookie": cookie})  # the choice holds on other pages
    assert "Browse projects" in later and "浏览：" not in later
    _, _, back = get_with_headers(base, "/browse/project?lang=zh", {"Cookie": cookie})
    assert "浏览：项目" in back


def browse_json(base, path, params=None):
    status, kind, body = get(base, path + ".json", params)
    assert status == 200 and kind.startswith("application/json"), (path, body[:200])
    return json.loads(body)


def test_browse_counts_every_entity_of_a_type_and_facets_count_what_they_filter(base, store):
    from tifa.queries.listing import list_entities

    table = browse_json(base, "/browse/project", {"size": "all"})
    assert table["total"] == len(list_entities(store, "projects")) == len(table["rows"])
    for facet in ("document", "region", "level", "year", "programme", "status"):
        assert table["facets"][facet], facet
        value = table["facets"][facet][0]
        narrowed = browse_json(base, "/browse/project", {facet: value["value"], "size": "all"})
        assert narrowed["total"] == value["count"] < table["total"] or facet in ("region", "level"), facet
        assert narrowed["filters"] == {facet: value["value"]}
    in_lingling = browse_json(base, "/browse/project", {"region": "零陵区", "size": "all"})
    assert all("零陵区" in row["regions"] for row in in_lingling["rows"])
    started = browse_json(base, "/browse/project", {"status": "开工", "size": "all"})["rows"]
    assert any(row["label"] == "零道高速" for row in started)  # reported 开工 in 2023
    provincial = browse_json(base, "/browse/slogan", {"level": "province", "size": "all"})["rows"]
    assert "三高四新" in {row["label"] for row in provincial} and all(row["level"] == "province" for row in provincial)
    # the plural names the same table (one URL per page)
    assert browse_json(base, "/browse/projects")["total"] == table["total"]
    status, _, page = get(base, "/browse/nothing")
    assert status == 404 and 'action="/search"' in page


def test_browse_sorts_and_pages_with_the_same_rows_in_html_json_and_csv(base):
    params = {"sort": "label", "size": "10", "page": "2", "level": "district"}
    table = browse_json(base, "/browse/slogan", params)
    labels = [row["label"] for row in table["rows"]]
    assert len(labels) == 10 and labels == sorted(labels) and table["page"] == 2
    first = browse_json(base, "/browse/slogan", {**params, "page": "1"})
    assert first["rows"][-1]["label"] <= labels[0]
    assert not {r["id"] for r in table["rows"]} & {r["id"] for r in first["rows"]}
    descending = browse_json(base, "/browse/slogan", {**params, "sort": "-documents", "page": "1"})
    counts = [row["documents"] for row in descending["rows"]]
    assert counts == sorted(counts, reverse=True)
    status, kind, page = get(base, "/browse/slogan", params)
    assert status == 200 and kind.startswith("text/html")
    cells = re.findall(r'<td class="c-label">\s*<a href="[^"]+">(.*?)</a>', page)
    assert [html.unescape(c) for c in cells] == labels
    assert 'rel="prev"' in page and 'rel="next"' in page
    status, kind, body = get(base, "/browse/slogan.csv", params)
    assert kind.startswith("text/csv") and not body.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(body)))
    assert [row["label"] for row in rows] == labels and rows[0]["id"] == table["rows"][0]["id"]
    assert get(base, "/browse/slogan", {**params, "format": "csv"})[2] == body  # ?format= is the same
    excel = get(base, "/browse/slogan.csv", {**params, "bom": "1"})[2]
    assert excel == "\ufeff" + body
    everything = list(csv.DictReader(io.StringIO(get(base, "/browse/slogan.csv", {"size": "all"})[2])))
    assert len(everything) == browse_json(base, "/browse/slogan")["total"]


def test_search_forgives_typos_and_variant_wordings_and_searches_sentences(base):
    assert suggest(base, "四区二城")[0]["text"] == "四区两城"  # 二 for 两
    assert "四区两城" in [s["text"] for s in suggest(base, "四区两成")]  # a typo
    assert suggest(base, "永州市零陵区何仙观水库")[0]["label"] == "何仙观水库"  # the resolution key
    found = browse_json(base, "/search", {"q": "千吨级码头"})
    assert found["sentences"] and all("千吨级码头" in s["sentence"] for s in found["sentences"])
    assert found["sentence_count"] == len(found["sentences"])
    status, _, page = get(base, "/search", {"q": "千吨级码头"})
    assert status == 200 and '<mark class="mention">千吨级码头</mark>' in page
    status, _, page = get(base, "/search", {"q": "四区二城"})  # found as the reports write it, and marked so
    assert '<mark class="mention">四区两城</mark>' in page and "四区二城" not in plain(page.split("</h1>", 1)[1].split("</form>", 1)[1])
    rows = list(csv.DictReader(io.StringIO(get(base, "/search.csv", {"q": "千吨级码头"})[2])))
    assert [r["sentence"] for r in rows] == [s["sentence"] for s in found["sentences"]]


def test_every_not_found_page_suggests_close_names_and_has_a_search_box(base):
    status, _, page = get(base, "/entity", {"label": "四区二城"})
    assert status == 404 and "四区两城" in page and 'action="/search"' in page
    assert re.search(r'href="/entity\?id=[^"]+">四区两城</a>', page)
    status, _, page = get(base, "/documents/lingling-2024-pla")
    assert status == 404 and 'action="/search"' in page
    status, _, page = get(base, "/entity", {"id": "https://w3id.org/tifa/id/slogan/四区二城@零陵区"})
    assert status == 404 and "四区两城" in page


def test_a_slogan_lists_the_projects_it_reaches_by_component_and_report_with_sentences(base, store):
    from tifa.queries.trace import trace

    iri = suggest(base, "四区两城")[0]["id"]
    status, _, page = get(base, "/entity", {"id": iri})
    assert status == 200 and 'id="reach"' in page and "/reach.csv?id=" in page
    reached = browse_json(base, "/reach", {"id": iri})["rows"]
    assert reached
    # the same projects the trace tree reaches, each with the sentence listing it
    def projects(node):
        return {node["label"]} if node["type"] == "project" else set().union(*map(projects, node["children"]), set())
    assert {row["project"] for row in reached} <= projects(trace(store, iri)["root"])
    components = {"承接产业转移示范区", "精品农业先行区", "科教引领示范区", "社会治理样板区", "文化旅游名城", "生态宜居新城"}
    assert {row["component"] for row in reached} <= components
    texts = {}
    for row in reached:
        if row["document"] not in texts:
            texts[row["document"]] = store.select(
                "SELECT ?t WHERE { ?d dcterms:identifier ?id ; tifa:sourceText ?t }", {"id": ox.Literal(row["document"])})[0]["t"]
        assert texts[row["document"]][row["start"]:row["end"]] == row["sentence"]
        assert row["title"] != row["document"]  # reports by title
    rows = list(csv.DictReader(io.StringIO(get(base, "/reach.csv", {"id": iri})[2])))
    assert [(r["component"], r["project"], r["sentence"]) for r in rows] == \
        [(r["component"], r["project"], r["sentence"]) for r in reached]
    described = browse_json(base, "/entity", {"id": iri})  # the entity page as JSON: the same projects
    assert described["reach"] == reached and described["entity"]["label"] == "四区两城"
    links = list(csv.DictReader(io.StringIO(get(base, "/entity.csv", {"id": iri})[2])))
    assert {"hasComponent", "alignsWith"} <= {r["relation"] for r in links} and all(r["sentence"] for r in links)
    tree = page[page.index('id="reach"'):]
    assert tree.index(reached[0]["component"]) < tree.index(reached[0]["project"])


def test_entity_evidence_is_listed_once_highlighted_and_folded_after_three(base):
    status, _, page = get(base, "/entity", {"label": "何仙观水库"})
    section = page[page.index('<div id="evidence">'):]
    items = re.findall(r"<li><q>(.*?)</q>", section, re.DOTALL)
    assert len(items) == len(set(items)) == 5
    shown = section[:section.index("<details")]
    assert shown.count("<li>") == 3 and "显示全部 5 句" in section
    assert all('<mark class="mention">' in item for item in items[:3])
    assert "全部展开" in page  # expand all
    # what the project serves: the sections and programmes listing it
    serves = page[page.index('id="serves"'):]
    assert "零陵十四五能源水利基础设施重点建设工程" in serves[:serves.index("</ul>")]


def test_an_entity_page_lists_its_first_sentences_and_leads_to_the_rest_by_report(base, monkeypatch):
    from tifa.explorer import views
    monkeypatch.setattr(views, "EVIDENCE_RENDERED", 2)  # a hub's 2,000 sentences, in small
    page = get(base, "/entity", {"label": "何仙观水库"})[2]
    section = page[page.index('<div id="evidence">'):]
    assert len(re.findall(r"<li><q>", section)) == 2 and "5 句" in page  # all five counted, two listed
    assert "另有 3 句未在此列出" in section and '/sentences?q=%E4%BD%95%E4%BB%99%E8%A7%82%E6%B0%B4%E5%BA%93' in section


def test_an_entity_of_every_type_has_its_page_in_both_languages(base):
    from tifa.explorer.browse import TYPES

    for type_ in TYPES[:-1]:
        rows = browse_json(base, f"/browse/{type_}", {"size": "3"})["rows"]
        assert rows, type_
        for row in rows:
            for lang in ("zh", "en"):
                status, _, page = get(base, "/entity", {"id": row["id"], "lang": lang})
                assert status == 200 and f'<html lang="{"en" if lang == "en" else "zh-CN"}">' in page, (type_, row["id"])


FIRST_PAGE_THEN_SEARCH = """
import sys, time, urllib.request
sys.path.insert(0, sys.argv[2])
from test_explorer import serving
from tifa.loaders import gazetteer
from tifa.loaders.patterns import names
from tifa.store.embedded import open_store

def loaded():
    return gazetteer.units.cache_info().currsize > 0 and names._segmenter.cache_info().currsize > 0

if __name__ == "__main__":  # the server's query workers import this module
    with open_store(sys.argv[1], read_only=True) as store, serving(store) as base:
        before = loaded()
        urllib.request.urlopen(base + "/", timeout=60).read()
        deadline = time.monotonic() + 30
        while not loaded() and time.monotonic() < deadline:
            time.sleep(0.05)
        print(before, loaded())
"""


def test_a_server_loads_what_name_search_needs_after_its_first_page_not_before(corpus_store_path, tmp_path):
    # in a process of its own: this one has loaded the gazetteer long ago
    script = tmp_path / "first_page.py"
    script.write_text(FIRST_PAGE_THEN_SEARCH, encoding="utf-8")
    done = subprocess.run([sys.executable, str(script), str(corpus_store_path), str(Path(__file__).parent)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "True"]  # not while starting up; after the first page, unasked
