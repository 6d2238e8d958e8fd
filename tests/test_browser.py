"""The explorer in a real browser: headless Debian chromium driven by Playwright, against the app served by
uvicorn on a loopback port. Each step leaves a screenshot under the test's tmp_path. Every request the
pages make must go to that server (no CDN, no other host)."""


import csv
import io
import time
import urllib.parse

import pytest
from test_explorer import GLOSSARY_SENTENCE, build_evil_store, serving
from tifa.store.embedded import open_store

COMPONENT = "https://w3id.org/tifa/id/component/四区两城@零陵区.6"  # 生态宜居新城, defined in GLOSSARY_SENTENCE


@pytest.fixture(scope="module")
def base(store):
    with serving(store) as url:
        yield url


class Session:
    """A page that records its requests and dialogs and numbers its screenshots."""

    def __init__(self, browser, base, folder):
        self.base, self.folder, self.step = base, folder, 0
        self.page = browser.new_page(viewport={"width": 1280, "height": 900})
        self.requests, self.dialogs, self.errors = [], [], []
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("dialog", lambda dialog: (self.dialogs.append(dialog.message), dialog.dismiss()))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))

    def shot(self, name):
        self.step += 1
        path = self.folder / f"{self.step:02d}-{name}.png"
        self.page.screenshot(path=str(path))
        assert path.stat().st_size > 0

    def close(self):
        self.page.close()
        foreign = [url for url in self.requests if not url.startswith(self.base + "/") and not url.startswith("data:")
                   and url != "about:blank"]
        assert not foreign, f"requests to other hosts: {foreign[:5]}"
        assert not self.errors, self.errors


@pytest.fixture
def session(browser, base, tmp_path):
    opened = Session(browser, base, tmp_path)
    yield opened
    opened.close()


def network_frame(page):
    """The frame of the network iframe, once vis-network has drawn and settled."""
    page.wait_for_selector("iframe#network")
    frame = page.frame_locator("iframe#network")
    frame.locator("body[data-settled]").wait_for(timeout=30_000)
    return page.frame(url=lambda url: "/network?" in url)


def drawn_pixels(frame) -> int:
    """How many pixels of the network's canvas are neither blank nor white."""
    return frame.evaluate("""() => {
        const canvas = document.querySelector("canvas");
        const data = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
        let drawn = 0;
        for (let i = 0; i < data.length; i += 4)
            if (data[i + 3] > 0 && (data[i] < 240 || data[i + 1] < 240 || data[i + 2] < 240)) drawn++;
        return drawn;
    }""")


def test_search_pick_a_suggestion_and_read_the_entity(session):
    page = session.page
    page.goto(session.base + "/")
    page.locator("#search").press_sequentially("四区两城", delay=30)
    first = page.locator("#suggestions li").first
    first.wait_for()
    assert page.locator("#suggestions").is_visible()
    assert first.inner_text().startswith("四区两城")
    session.shot("suggestions")
    first.click()
    page.wait_for_url("**/entity?id=*")
    assert page.locator("h1").inner_text().startswith("四区两城")
    assert any(GLOSSARY_SENTENCE in text for text in page.locator(".evidence, .fact-evidence").all_inner_texts())
    session.shot("entity")
    page.get_by_role("link", name="查看上下文").first.click()
    page.wait_for_url("**/documents/**")
    assert page.locator("mark#context").is_visible()  # scrolled into view
    session.shot("in-context")


def test_trace_network_draws_nodes_and_a_click_shows_the_evidence(session):
    page = session.page
    page.goto(session.base + "/")
    page.locator("#search").press_sequentially("四区两城", delay=30)
    page.locator("#suggestions li").first.click()
    page.wait_for_url("**/entity?id=*")
    page.get_by_role("link", name="向下追溯").click()
    page.wait_for_url("**/trace?*")
    frame = network_frame(page)
    assert frame.evaluate("window.network.body.data.nodes.length") > 10
    assert drawn_pixels(frame) > 1000
    session.shot("trace")
    point = frame.evaluate("""(iri) => {
        window.network.focus(iri, {scale: 1});  // as a reader pans to it: a wide tree shows its top part only
        window.network.redraw();  // now, not at the next frame: a node is hit where it was last drawn
        const point = window.network.canvasToDOM(window.network.getPositions([iri])[iri]);
        const canvas = document.querySelector("canvas").getBoundingClientRect();  // the point is canvas-relative
        return {x: canvas.left + point.x, y: canvas.top + point.y, under: window.network.getNodeAt(point)};
    }""", COMPONENT)
    assert point["under"] == COMPONENT, f"the click would hit {point['under']}, not the component"
    box = page.locator("iframe#network").bounding_box()
    evidence = frame.locator("#evidence")
    page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
    evidence.get_by_text(GLOSSARY_SENTENCE[:20]).first.wait_for()
    assert GLOSSARY_SENTENCE in evidence.inner_text()
    session.shot("evidence")


def test_a_report_full_of_markup_runs_no_script(browser, tmp_path_factory, tmp_path):
    with open_store(build_evil_store(tmp_path_factory.mktemp("evil-browser")), read_only=True) as store:
        with serving(store) as url:
            visit = Session(browser, url, tmp_path)
            page = visit.page
            page.goto(url + "/")
            page.locator("#search").press_sequentially("<script>", delay=20)
            page.locator("#suggestions li").first.wait_for()
            assert "<script>window.pwned=1</script>" in page.locator("#suggestions").inner_text()
            visit.shot("suggestions")
            page.locator("#suggestions li").first.click()
            page.wait_for_url("**/entity?id=*")
            visit.shot("entity")
            for path in ("/documents/evil-2024-plan", "/trace?label=三区两城", "/documents",
                         "/sparql-ui?query=SELECT%20%3Fl%20WHERE%20%7B%20%3Fs%20skos%3AprefLabel%20%3Fl%20%7D"):
                page.goto(url + path)
                page.wait_for_load_state("load")
                visit.shot(path.strip("/").split("?")[0].replace("/", "-") or "home")
                assert page.evaluate("window.pwned") is None, path
            page.goto(url + "/documents/evil-2024-plan")
            assert "文化<script>window.pwned=1</script>名城" in page.locator("#text").inner_text()
            assert visit.dialogs == []
            visit.close()


def test_the_interface_switches_to_english_and_keeps_it(session):
    page = session.page
    page.goto(session.base + "/entity?label=" + "四区两城")
    assert page.locator("html").get_attribute("lang") == "zh-CN"
    assert page.get_by_role("link", name="向下追溯").is_visible() and page.locator("#facts").get_by_text("组成部分").is_visible()
    session.shot("chinese")
    page.locator("#lang-toggle").click()
    page.wait_for_url("**lang=en**")
    assert page.get_by_role("link", name="Trace down").is_visible()
    assert page.locator("#facts dt", has_text="Components").is_visible()
    session.shot("english")
    page.get_by_role("link", name="Browse").click()  # another page, the choice kept
    page.wait_for_url("**/browse/slogan")
    assert page.locator("h1").inner_text().startswith("Browse slogans")
    session.shot("english-browse")


def test_browse_filters_by_facets_sorts_and_pages(session):
    page = session.page
    page.goto(session.base + "/browse/project")
    total = int(page.locator("#total").inner_text().split()[0])
    assert page.locator("#browse-table tbody tr").count() == 50 and total > 50
    session.shot("projects")
    facet = page.locator('.facet[data-facet="status"] li').first
    expected = int(facet.locator(".muted").inner_text())
    facet.locator("a").click()
    page.wait_for_url("**status=*")
    assert int(page.locator("#total").inner_text().split()[0]) == expected
    assert page.locator("#browse-table tbody tr").count() == expected
    session.shot("filtered")
    page.goto(session.base + "/browse/project")
    page.locator("#browse-table th a", has_text="名称").click()
    page.wait_for_url("**sort=label**")
    labels = page.locator("#browse-table td.c-label").all_inner_texts()
    assert labels == sorted(labels)
    page.get_by_role("link", name="下一页 →").click()
    page.wait_for_url("**page=2**")
    assert page.locator("#pages").inner_text().find("第 2 /") >= 0
    assert page.locator("#browse-table td.c-label").first.inner_text() >= labels[-1]
    session.shot("page-2")


def test_evidence_folds_after_three_and_expands_all(session):
    page = session.page
    page.goto(session.base + "/entity?label=" + "何仙观水库")
    evidence = page.locator("#evidence")
    folded = evidence.locator("details.more-evidence")
    assert evidence.locator("> ul.evidence > li").count() == 3 and not folded.locator("li").first.is_visible()
    assert evidence.locator("mark.mention").first.is_visible()
    session.shot("folded")
    folded.locator("summary").click()
    assert folded.locator("li").first.is_visible()
    session.shot("shown")
    page.get_by_role("button", name="全部收起").click()
    assert not folded.locator("li").first.is_visible()
    page.get_by_role("button", name="全部展开").click()
    assert all(d.evaluate("d => d.open") for d in page.locator("main details").all())


def test_each_fact_shows_its_own_span_in_its_sentence(session):
    page = session.page
    page.goto(session.base + "/entity?label=" + "何仙观水库")
    investment = page.locator("dd.f-investment").first
    assert investment.locator("mark.fact").inner_text() == "41亿元" and investment.locator("mark.fact").is_visible()
    assert "力争投资26亿元的燃气发电项目" in investment.inner_text()  # the whole sentence, only this figure marked
    statuses = page.locator("dd.f-status mark.fact").all_inner_texts()
    assert "加快何仙观水库前期工作" in statuses
    investment.scroll_into_view_if_needed()
    session.shot("facts")
    page.goto(session.base + "/entity?label=" + "四区两城")
    order = page.locator("dd.f-components li")
    assert order.count() == 6 and order.nth(5).inner_text() == "生态宜居新城"
    # the six read from one glossary sentence: shown once, each component marked in it, in the list's order
    marks = page.locator("dd.f-components .shared mark.fact").all_inner_texts()
    assert marks == order.all_inner_texts()
    session.shot("components")


def test_a_typo_is_forgiven_and_a_dead_end_offers_names_and_a_search_box(session):
    page = session.page
    page.goto(session.base + "/")
    page.locator("#search").press_sequentially("四区二城", delay=30)
    first = page.locator("#suggestions li").first
    first.wait_for()
    assert first.inner_text().startswith("四区两城")
    session.shot("typo-suggestions")
    page.locator("#search").press("Enter")  # submitted as typed: no such label
    page.wait_for_url("**/entity?label=*")
    assert page.locator("h1").inner_text() == "未找到"
    assert page.locator(".suggestions a", has_text="四区两城").first.is_visible()
    session.shot("not-found")
    page.locator("#search-again").fill("千吨级码头")
    page.locator("#search-again").press("Enter")
    page.wait_for_url("**/search?q=*")
    assert page.locator("#sentence-hits mark.mention").first.inner_text() == "千吨级码头"
    session.shot("sentences")


def test_a_label_of_several_entities_is_told_apart_by_region_level_and_report(session):
    page = session.page
    page.goto(session.base + "/entity?label=" + "一区三园")
    rows = page.locator("table.choices tr")
    texts = [rows.nth(i).inner_text() for i in range(1, rows.count())]  # after the header
    assert len(texts) >= 2
    assert any("零陵区" in t and "区县" in t for t in texts)
    assert all("国民经济和社会发展计划执行情况" in t for t in texts)  # named by the titles of their reports
    session.shot("chooser")
    rows.nth(2).locator("a").first.click()
    page.wait_for_url("**/entity?id=*")
    assert page.locator("h1 .badge").inner_text() in ("提法", "园区")
    session.shot("chosen")


def test_an_analyst_finds_the_projects_serving_a_slogan_with_sentences_and_downloads_them(session):
    """From the search box to a CSV of the projects that serve 四区两城, each with its component, report and
    sentence: what the issue's analyst could not do."""
    page = session.page
    started = time.perf_counter()
    page.goto(session.base + "/")
    page.locator("#search").press_sequentially("四区两城", delay=30)
    page.locator("#suggestions li").first.click()
    page.wait_for_url("**/entity?id=*")
    reach = page.locator("#reach")
    reach.scroll_into_view_if_needed()
    groups = reach.locator("details.reach-group")
    assert groups.count() >= 2
    first_row = reach.locator("table.reach-rows tr").nth(1)
    assert first_row.locator("mark.mention").count() + len(first_row.locator("q").inner_text()) > 0
    session.shot("reach")
    with page.expect_download() as download:
        reach.locator("a.dl-csv").click()
    path = download.value.path()
    text = open(path, encoding="utf-8").read()
    rows = list(csv.DictReader(io.StringIO(text)))
    elapsed = time.perf_counter() - started
    print(f"\nscripted analyst: {len(rows)} projects serving 四区两城 downloaded in {elapsed:.1f} s of browser time")
    assert download.value.suggested_filename.endswith(".csv")
    assert rows and all(row["project"] and row["sentence"] and row["title"] for row in rows)
    shown = reach.locator("table.reach-rows td:first-child a").all_inner_texts()
    assert sorted(shown) == sorted(row["project"] for row in rows)
    assert {row["component"] for row in rows} <= set(groups.locator("summary > a").all_inner_texts())


def test_the_network_of_a_hub_is_readable_around_the_hub(session):
    """零陵区 two links out is some 80 entities: fitted whole in a frame the size of the entity page's, its
    labels would be a few pixels high (scale 0.39), so the view centres the hub at a readable scale instead."""
    page = session.page
    page.set_viewport_size({"width": 1200, "height": 520})
    page.goto(session.base + "/network?" + urllib.parse.urlencode(
        {"focus": "https://w3id.org/tifa/id/place/零陵区", "depth": 2}))
    page.locator("body[data-settled]").wait_for(timeout=60_000)
    assert page.evaluate("window.network.body.data.nodes.length") > 50
    view = page.evaluate("""() => {
        const focus = new URLSearchParams(location.search).get("focus");
        const at = window.network.canvasToDOM(window.network.getPositions([focus])[focus]);
        const canvas = document.querySelector("canvas");
        return {scale: window.network.getScale(), x: at.x, y: at.y, width: canvas.clientWidth,
                height: canvas.clientHeight, selected: window.network.getSelectedNodes()};
    }""")
    assert view["scale"] >= 0.6 - 1e-9
    assert 0 <= view["x"] <= view["width"] and 0 <= view["y"] <= view["height"]  # the hub itself is in view
    assert view["selected"] == ["https://w3id.org/tifa/id/place/零陵区"]
    session.shot("hub-network")
