"""`tifa viz` and the page `tifa.views.render.network_html` writes: made by the command on the corpus
store, opened from file:// in headless Debian chromium with networking disabled (offline context, and a
route that aborts and records any request that is not a file), drawn, settled, clicked and hovered.
Screenshots go under each test's tmp_path."""

import re

import networkx as nx
import pytest
from tifa.views.network import find_nodes, load_network, neighbourhood
from tifa.views.render import GLYPHS, TYPE_STYLE, own_type_name, cut_by_degree, network_html

from tifa.cli import main

# read in tifa/corpus/lingling-2024-plan.txt
COMPONENTS_SENTENCE = ("1.“四区两城”：承接产业转移示范区、精品农业先行区、科教引领示范区、社会治理样板区、"
                       "文化旅游名城、生态宜居新城。")
RESERVOIR_SENTENCE = "力争何仙观水库、湘江航道零陵千吨级码头立项。"
EVIL = "</script><script>window.pwned=1</script>\"'"

MODES = {
    "whole": [],
    "focus": ["--focus", "四区两城", "--depth", "2"],
    "reservoir": ["--focus", "何仙观水库"],
    "trace": ["--trace", "四区两城"],
    "trace-up": ["--trace", "何仙观水库", "--up"],
    "filtered": ["--types", "slogan,component", "--document", "lingling-2024-plan"],
    "cut": ["--limit", "40"],
    "english": ["--focus", "四区两城", "--lang", "en"],
}


@pytest.fixture(scope="module")
def G(store):
    return load_network(store)


@pytest.fixture(scope="module")
def written(store_path, tmp_path_factory):
    """mode → (exit code, the HTML file) for every mode of `tifa viz` on the corpus store."""
    folder = tmp_path_factory.mktemp("viz")
    out = {}
    for mode, args in MODES.items():
        path = folder / f"{mode}.html"
        out[mode] = (main(["viz", "--store", str(store_path), "-o", str(path), *args]), path)
    return out


class Offline:
    """A page in an offline context where every request that is not a file is aborted and recorded."""

    def __init__(self, browser, folder):
        self.folder, self.step = folder, 0
        self.context = browser.new_context(offline=True, viewport={"width": 1280, "height": 860})
        self.attempted, self.errors, self.dialogs = [], [], []
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("request", lambda request: self._note(request.url))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("dialog", lambda dialog: (self.dialogs.append(dialog.message), dialog.dismiss()))

    def _note(self, url):
        if not url.startswith(("file:", "data:", "about:")):
            self.attempted.append(url)

    def _route(self, route):
        if route.request.url.startswith("file:"):
            route.continue_()
        else:
            self.attempted.append(route.request.url)
            route.abort()

    def open(self, path):
        self.page.goto(path.as_uri())
        self.page.wait_for_selector("body[data-settled='true']", timeout=60_000)
        return self.page

    def shot(self, name):
        self.step += 1
        path = self.folder / f"{self.step:02d}-{name}.png"
        self.page.screenshot(path=str(path))
        assert path.stat().st_size > 0

    def point(self, node_id):
        """The page coordinates of a node's centre."""
        return self.page.evaluate("""(id) => {
            window.network.redraw();  // a node is hit where it was last drawn: draw it where it is
            const point = window.network.canvasToDOM(window.network.getPositions([id])[id]);
            const canvas = document.querySelector("#network canvas").getBoundingClientRect();
            return {x: canvas.left + point.x, y: canvas.top + point.y};
        }""", node_id)

    def hover(self, point):
        """Bring the pointer onto `point` in several moves, as a hand does (vis-network re-arms its tooltip
        timer on each move and shows what lies under the last one)."""
        self.page.mouse.move(point["x"] - 20, point["y"] - 20)
        self.page.mouse.move(point["x"], point["y"], steps=5)

    def close(self):
        self.context.close()
        assert not self.attempted, f"requests beyond file://: {self.attempted[:5]}"
        assert not self.errors, self.errors


@pytest.fixture
def offline(browser, tmp_path):
    opened = Offline(browser, tmp_path)
    yield opened
    opened.close()


@pytest.mark.parametrize("mode", MODES)
def test_every_mode_writes_one_self_contained_page(written, mode):
    code, path = written[mode]
    assert code == 0
    html = path.read_text(encoding="utf-8")
    assert "new vis.Network" in html and "window.network = network" in html
    assert not re.search(r"<(script|link|img|iframe)\b[^>]*\b(src|href)\s*=", html, re.IGNORECASE)  # nothing fetched
    assert not re.search(r"(src|href)\s*=\s*[\"']?https?:", html, re.IGNORECASE)


def test_the_command_prints_the_path_and_counts_and_warns_when_it_cuts(store_path, tmp_path, capsys, G):
    path = tmp_path / "page.html"
    assert main(["viz", "--store", str(store_path), "-o", str(path), "--limit", "25"]) == 0
    out, err = capsys.readouterr()
    assert re.fullmatch(rf"{re.escape(str(path))}: 25 nodes, \d+ links\n", out)
    assert err.startswith("tifa: warning: ") and f"{G.number_of_nodes() - 25:,} left out" in err
    assert err.count("\n") == 1


@pytest.mark.parametrize("args", [["--focus", "没有这个实体"], ["--trace", "没有这个提法"],
                                  ["--types", "slogan,nonsense"]])
def test_an_unknown_label_or_type_is_a_one_line_error(store_path, tmp_path, capsys, args):
    path = tmp_path / "never.html"
    assert main(["viz", "--store", str(store_path), "-o", str(path), *args]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err.startswith("tifa: ") and err.count("\n") == 1
    assert not path.exists()


def test_cut_by_degree_keeps_the_hubs_and_the_focus(G):
    focus = find_nodes(G, "何仙观水库")[0]
    cut, dropped = cut_by_degree(G, 30, keep=[focus])
    assert cut.number_of_nodes() == 30 and dropped == G.number_of_nodes() - 30
    assert focus in cut
    weakest_kept = min(G.degree(n) for n in cut if n != focus)
    assert all(G.degree(n) <= weakest_kept for n in G if n not in cut)
    assert cut_by_degree(G, G.number_of_nodes()) == (G, 0)


def test_a_focus_view_renders_offline_and_a_click_shows_the_sentence(offline, written, G):
    node = find_nodes(G, "四区两城")[0]
    page = offline.open(written["focus"][1])
    assert page.locator("#network canvas").count() == 1
    assert page.evaluate("window.network.body.data.nodes.length") == neighbourhood(G, node, 2).number_of_nodes()
    slogan = page.locator("#legend li").filter(has_text="提法")  # Chinese first, English in its tooltip
    assert slogan.count() == 1 and slogan.get_attribute("title") == "slogan"
    assert "has" not in page.locator("#status").inner_text() and "个节点" in page.locator("#status").inner_text()
    offline.shot("focus")
    point = offline.point(node)
    page.mouse.click(point["x"], point["y"])
    panel = page.locator("#evidence")
    panel.get_by_text("关联（").wait_for()
    assert panel.locator("h2").inner_text() == "四区两城"
    assert COMPONENTS_SENTENCE in panel.inner_text()
    assert "lingling-2024-plan" in panel.inner_text()
    offline.shot("clicked")


def test_hovering_a_link_shows_its_sentence_and_document(offline, written, G):
    project = find_nodes(G, "何仙观水库")[0]
    listing = next(u for u, _, data in G.in_edges(project, data=True)
                   if any(e["text"] == RESERVOIR_SENTENCE for e in data["evidence"]))
    page = offline.open(written["reservoir"][1])
    # a point of that link where nothing else is drawn (layouts differ between runs: crossings move)
    point = page.evaluate("""([from, to]) => {
        const net = window.network, at = net.getPositions([from, to]);
        const edge = net.body.data.edges.get({filter: e => e.from === from && e.to === to})[0].id;
        const canvas = document.querySelector("#network canvas").getBoundingClientRect();
        for (const f of [0.5, 0.4, 0.6, 0.3, 0.7, 0.35, 0.65, 0.45, 0.55]) {
            const dom = net.canvasToDOM({x: at[from].x + f * (at[to].x - at[from].x),
                                         y: at[from].y + f * (at[to].y - at[from].y)});
            if (net.getEdgeAt(dom) === edge && net.getNodeAt(dom) === undefined)
                return {x: canvas.left + dom.x, y: canvas.top + dom.y};
        }
        return null;
    }""", [listing, project])
    assert point, "the link is covered along its whole length"
    offline.hover(point)
    tooltip = page.locator("div.vis-tooltip")
    tooltip.get_by_text(RESERVOIR_SENTENCE[:8]).wait_for()
    assert RESERVOIR_SENTENCE in tooltip.inner_text() and "lingling-2024-plan" in tooltip.inner_text()
    offline.shot("hover")


def test_a_trace_is_laid_out_top_down_from_its_root(offline, written):
    page = offline.open(written["trace"][1])
    levels = page.evaluate("""() => {
        const positions = window.network.getPositions();
        return window.network.body.data.nodes.get().map(n => [n.level, positions[n.id].y, n.fullLabel]);
    }""")
    root = [item for item in levels if item[0] == 0]
    assert [label for _, _, label in root] == ["四区两城"]
    for level, y, _ in levels:  # a deeper level is drawn lower
        assert all(y > other_y for other_level, other_y, _ in levels if other_level < level)
    assert max(level for level, _, _ in levels) >= 3  # slogan → component → section → project
    # too wide to read when fitted whole, the tree opens at a readable scale with its root on screen
    assert page.evaluate("window.network.getScale()") >= 0.6
    root_point = offline.point(page.evaluate("window.network.body.data.nodes.get().find(n => n.level === 0).id"))
    box = page.locator("#network").bounding_box()
    assert box["x"] <= root_point["x"] <= box["x"] + box["width"] and box["y"] <= root_point["y"] <= box["y"] + 120
    offline.shot("trace")


def test_a_page_speaks_english_when_asked(offline, written):
    page = offline.open(written["english"][1])
    assert page.title() == "Network around 四区两城 (1)"
    assert "slogan" in page.locator("#legend").inner_text() and "nodes" in page.locator("#status").inner_text()
    labels = page.evaluate("window.network.body.data.edges.get().map(e => e.label)")
    assert "has component" in labels and "hasComponent" not in labels
    assert "Click a node" in page.locator("#evidence").inner_text()


def test_a_graph_beyond_the_limit_is_cut_with_a_warning(offline, written):
    page = offline.open(written["cut"][1])
    assert page.evaluate("window.network.body.data.nodes.length") == 40
    warning = page.locator("#warning")
    assert warning.is_visible() and "只画出连接最多的 40 个" in warning.inner_text()
    offline.shot("cut")


def test_evidence_links_open_the_sentence_in_the_top_window(offline, tmp_path, G):
    node = find_nodes(G, "四区两城")[0]
    path = tmp_path / "linked.html"
    path.write_text(network_html(neighbourhood(G, node, 1), title="四区两城",
                                 evidence_link="/documents/{document}?start={start}&end={end}"), encoding="utf-8")
    page = offline.open(path)
    point = offline.point(node)
    page.mouse.click(point["x"], point["y"])
    link = page.locator("#evidence a", has_text="lingling-2024-plan").first
    link.wait_for()
    assert link.get_attribute("target") == "_top"
    assert re.fullmatch(r"/documents/lingling-2024-plan\?start=\d+&end=\d+", link.get_attribute("href"))


def test_markup_in_labels_sentences_and_titles_stays_text(offline, tmp_path):
    G = nx.MultiDiGraph()
    G.add_node("a", label=EVIL, type="slogan", aliases=["<b>alias</b>"], documents=["<i>doc</i>"])
    G.add_node("b", label="<img src=x onerror=window.pwned=2>", type="project", aliases=[], documents=[])
    G.add_edge("a", "b", key="hasComponent", relation="hasComponent", evidence=[
        {"document": "<i>doc</i>", "text": f"说明{EVIL}<img src=x onerror=window.pwned=3>。", "start": 0, "end": 9}])
    path = tmp_path / "evil.html"
    path.write_text(network_html(G, title=EVIL, evidence_link="/documents/{document}?start={start}&end={end}"),
                    encoding="utf-8")
    page = offline.open(path)
    assert page.locator("h1").inner_text() == EVIL and page.title() == EVIL
    assert page.evaluate("window.network.body.data.nodes.length") == 2
    point = offline.point("a")
    offline.hover(point)
    page.locator("div.vis-tooltip").get_by_text("onerror", exact=False).wait_for()
    page.mouse.click(point["x"], point["y"])
    panel = page.locator("#evidence")
    panel.locator("h2").wait_for()
    assert panel.locator("h2").inner_text() == EVIL
    assert "<img src=x onerror=window.pwned=3>" in panel.inner_text()
    assert panel.locator("img, b, i, script").count() == 0
    assert panel.locator("a").first.get_attribute("href").startswith("/documents/%3Ci%3Edoc%3C%2Fi%3E?")
    offline.shot("evil")
    assert page.evaluate("window.pwned") is None
    assert offline.dialogs == []


def test_every_type_has_a_colour_a_shape_and_a_name_in_each_language():
    from tifa.views.network import NODE_TYPES

    assert set(TYPE_STYLE) == set(NODE_TYPES)
    for type_, style in TYPE_STYLE.items():
        assert style["color"].startswith("#") and style["shape"] in GLYPHS
        assert re.fullmatch(r"[\u4e00-\u9fff]+", own_type_name(type_, "zh"))
        assert re.fullmatch(r"[a-z ]+", own_type_name(type_, "en"))


def test_an_empty_graph_still_settles(offline, tmp_path):
    path = tmp_path / "empty.html"
    path.write_text(network_html(nx.MultiDiGraph(), title="nothing"), encoding="utf-8")
    page = offline.open(path)
    assert page.evaluate("window.network.body.data.nodes.length") == 0
    assert page.locator("#legend li").count() == 0


def test_a_filtered_view_draws_the_nodes_of_those_types_in_that_document(offline, written, store):
    expected = load_network(store, document="lingling-2024-plan", types={"slogan", "component"})
    page = offline.open(written["filtered"][1])
    drawn = page.evaluate("window.network.body.data.nodes.get().map(n => n.type)")
    assert len(drawn) == expected.number_of_nodes() > 10
    assert set(drawn) == {"slogan", "component"}
    assert page.locator("#legend li").all_inner_texts() == ["★提法", "◆组成部分"]
    assert page.locator("#legend li").evaluate_all("items => items.map(i => i.title)") == ["slogan", "component"]
    offline.shot("filtered")
