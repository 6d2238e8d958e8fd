"""The explorer in a real browser: headless Debian chromium driven by Playwright, against the app served by
uvicorn on a loopback port. Each step leaves a screenshot under the test's tmp_path. Every request the
pages make must go to that server (no CDN, no other host)."""


import pytest
from test_explorer import GLOSSARY_SENTENCE, build_evil_store, serving
from tifa.graph.store import open_store

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
    assert any(GLOSSARY_SENTENCE in text for text in page.locator(".evidence").all_inner_texts())
    session.shot("entity")
    page.get_by_role("link", name="read in context").first.click()
    page.wait_for_url("**/documents/**")
    assert page.locator("mark#context").is_visible()  # scrolled into view
    session.shot("in-context")


def test_trace_network_draws_nodes_and_a_click_shows_the_evidence(session):
    page = session.page
    page.goto(session.base + "/")
    page.locator("#search").press_sequentially("四区两城", delay=30)
    page.locator("#suggestions li").first.click()
    page.wait_for_url("**/entity?id=*")
    page.get_by_role("link", name="Trace down").click()
    page.wait_for_url("**/trace?*")
    frame = network_frame(page)
    assert frame.evaluate("window.network.body.data.nodes.length") > 10
    assert drawn_pixels(frame) > 1000
    session.shot("trace")
    point = frame.evaluate("""(iri) => {
        window.network.focus(iri, {scale: 1});  // as a reader pans to it: a wide tree shows its top part only
        const point = window.network.canvasToDOM(window.network.getPositions([iri])[iri]);
        const canvas = document.querySelector("canvas").getBoundingClientRect();  // the point is canvas-relative
        return {x: canvas.left + point.x, y: canvas.top + point.y};
    }""", COMPONENT)
    box = page.locator("iframe#network").bounding_box()
    page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
    evidence = frame.locator("#evidence")
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
