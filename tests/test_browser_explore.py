"""The schema browser, a network's nodes opening their neighbours in place, and full-text search, in
headless Debian chromium (Playwright) against the real server on the shipped corpus; screenshots under
each test's tmp_path."""

import urllib.parse

import pytest
from test_browser import Session, network_frame
from test_explorer import serving

PROJECT = "https://w3id.org/tifa/id/project/何仙观水库"
PLACE = "https://w3id.org/tifa/id/place/零陵区"


@pytest.fixture(scope="module")
def base(store):
    with serving(store) as url:
        yield url


@pytest.fixture
def session(browser, base, tmp_path):
    opened = Session(browser, base, tmp_path)
    yield opened
    opened.close()


def click_node(frame, page, iri):
    """Click the node `iri` of the network drawn in `frame` (an iframe of `page`), as a reader would."""
    point = frame.evaluate("""(iri) => {
        window.network.redraw();  // a node is hit where it was last drawn: draw it where it is
        const at = window.network.canvasToDOM(window.network.getPositions([iri])[iri]);
        const canvas = document.querySelector("canvas").getBoundingClientRect();
        return {x: canvas.left + at.x, y: canvas.top + at.y};
    }""", iri)
    box = page.locator("iframe#network").bounding_box()
    page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])


def test_the_schema_is_reached_from_home_and_leads_to_tables_and_queries(session):
    page = session.page
    page.goto(session.base + "/")
    page.locator("#schema-link").click()
    page.wait_for_url("**/schema")
    row = page.locator('tr[id="tifa:Project"]')
    assert row.locator("td").first.inner_text() == "项目" and int(row.locator("td.number").inner_text()) > 100
    assert row.locator(".badge").count() == 3  # three projects as examples
    session.shot("schema")
    row.locator("a.query-link").click()
    page.wait_for_url("**/sparql-ui?query=*")
    page.locator("#run").click()
    page.wait_for_url("**/sparql-ui?query=*")
    assert int(page.locator("#row-count").inner_text().split()[0]) == 100  # the query's LIMIT
    session.shot("schema-query")
    page.locator("#schema-link").click()  # and back from the SPARQL page
    page.wait_for_url("**/schema")
    page.locator('tr[id="tifa:Project"] a.browse-link').click()
    page.wait_for_url("**/browse/project")


def test_a_click_on_a_node_draws_its_neighbours_without_reloading(session):
    page = session.page
    page.goto(session.base + "/entity?" + urllib.parse.urlencode({"id": PROJECT}))
    frame = network_frame(page)
    before = frame.evaluate("window.network.body.data.nodes.length")
    frame.evaluate("window.sameDocument = true")  # gone if the frame reloaded
    session.shot("before")
    click_node(frame, page, PLACE)
    frame.locator("body[data-expanded]").wait_for(timeout=10_000)
    after = frame.evaluate("window.network.body.data.nodes.get().map(n => n.id)")
    assert len(after) > before + 10 and PLACE in after
    assert frame.evaluate("window.sameDocument") is True
    panel = frame.locator("#evidence")
    assert panel.locator("h2").inner_text() == "零陵区" and "位于" in panel.inner_text()
    assert "locatedIn" in panel.locator(".stated").first.inner_text()  # the stated name beside the Chinese
    session.shot("expanded")
    click_node(frame, page, PLACE)  # a second click opens nothing new
    page.wait_for_timeout(300)
    assert frame.evaluate("window.network.body.data.nodes.length") == len(after)


def test_full_text_search_marks_the_phrase_pages_and_opens_the_sentence_in_its_report(session):
    page = session.page
    page.goto(session.base + "/")
    page.get_by_role("link", name="原文检索").click()
    page.locator("#phrase").fill("项目")
    page.locator("#phrase").press("Enter")
    page.wait_for_url("**/sentences?q=*")
    total = int(page.locator("#total").inner_text().split()[0])
    hits = page.locator("#sentence-hits > li")
    assert total > hits.count() > 0 and all(m == "项目" for m in hits.locator("mark.mention").all_inner_texts())
    session.shot("sentences")
    first_page = hits.locator("q").all_inner_texts()
    page.get_by_role("link", name="下一页 →").click()
    page.wait_for_url("**page=2**")
    assert page.locator("#sentence-hits > li q").first.inner_text() not in first_page
    report = page.locator(".facet li").first
    count = int(report.locator(".muted").inner_text())
    report.locator("a").click()
    page.wait_for_url("**document=*")
    assert int(page.locator("#total").inner_text().split()[0]) == count
    session.shot("one-report")
    sentence = page.locator("#sentence-hits > li q").first.inner_text()
    page.locator("#sentence-hits a.context").first.click()
    page.wait_for_url("**/documents/**")
    marked = page.locator("mark#context")
    assert marked.is_visible() and sentence.strip("…") in marked.inner_text()
    session.shot("in-context")
