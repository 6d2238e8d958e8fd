"""Indicator charts (tifa/charts.py, `tifa chart`) on the corpus: 地区生产总值 in 零陵区 as the
reports give it (2019 actual 222.5亿元 in lingling-2019-plan, 2024 estimate 290亿元 in
lingling-2024-plan, 2025 target 341亿元 in lingling-14th-fyp, growth targets of 7.5%, and a 2025
growth target in words), offline HTML opened in headless chromium with the network cut, PNG."""

import os
import re
import struct

import pytest
from tifa.queries.series import series

from tifa.charts import (
    chart_figure,
    chart_html,
    chart_png,
    headline_indicators,
    panels,
    small_multiples_html,
)
from tifa.cli import main

CHROMIUM = "/usr/bin/chromium"
EVIL = '<script>alert("title")</script> "quoted" & <img src=x onerror=alert(1)>'


@pytest.fixture(scope="module")
def gdp(store):
    return series(store, "地区生产总值", region="零陵区")


@pytest.fixture(scope="module")
def browser():
    playwright_api = pytest.importorskip("playwright.sync_api")
    if not os.path.exists(CHROMIUM):
        pytest.skip("needs Debian's chromium at /usr/bin/chromium")
    with playwright_api.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        yield launched
        launched.close()


def open_offline(browser, path):
    """Open a file with every non-file request refused; return the page, its dialogs and refused requests."""
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    dialogs, refused = [], []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.route(re.compile(r"^(?!file:).*"), lambda route: (refused.append(route.request.url), route.abort()))
    page.goto(path.as_uri())
    page.wait_for_selector(".main-svg")
    return page, dialogs, refused


def test_levels_and_growth_rates_get_panels_of_their_own(gdp):
    titles = [panel.title for panel in panels(gdp)]
    assert titles[:2] == ["level (亿元)", "growth (%)"]
    fig = chart_figure(gdp, "GDP")
    axes = {}
    for trace in fig.data:
        unit = next(p.unit for p in panels(gdp) if trace.y[0] in [x.value for x in p.points])
        axes.setdefault(unit, set()).add(trace.yaxis)
    assert axes["亿元"].isdisjoint(axes["%"])


def test_target_and_actual_points_carry_value_and_source_report(gdp):
    fig = chart_figure(gdp, "GDP")
    names = {trace.name for trace in fig.data}
    assert {"实际", "目标", "预计", "基期"} <= names  # Chinese first
    assert [a.text.split("<br>")[0] for a in fig.layout.annotations][:2] == ["总量 (亿元)", "增速 (%)"]
    hovers = [text for trace in fig.data for text in trace.hovertext]
    assert any("2019" in h and "222.5亿元" in h and "来源: lingling-2019-plan" in h for h in hovers)
    assert any("2024" in h and "预计" in h and "290亿元" in h and "lingling-2024-plan" in h for h in hovers)
    assert any("2025" in h and "目标" in h and "341亿元" in h and "lingling-14th-fyp" in h for h in hovers)
    english = chart_figure(gdp, "GDP", "en")
    assert {"actual", "target", "estimate", "baseline"} <= {trace.name for trace in english.data}
    assert [a.text.split("<br>")[0] for a in english.layout.annotations][:2] == ["level (亿元)", "growth (%)"]
    assert any("source: lingling-2019-plan" in h for trace in english.data for h in trace.hovertext)
    labels = [text for trace in fig.data for text in trace.text]
    assert "7.5%" in labels and "341亿元" in labels
    # the value given only in words stays visible, under its panel's title
    notes = " ".join(annotation.text for annotation in fig.layout.annotations)
    assert "增速高于全市平均水平" in notes


def test_html_is_offline_and_escapes_labels(gdp, store):
    rows = [{**row, "region": EVIL} for row in series(store, "地区生产总值")] + gdp
    page = chart_html(rows, EVIL)
    assert not re.search(r"""src=["']?(https?:)?//""", page)
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "<title>&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt;" in page
    assert not re.search(r"<script[^>]*\bsrc=", page) and page.count("plotly.js v") == 1  # inlined


def test_html_draws_offline_in_chromium_and_runs_no_injected_script(gdp, store, browser, tmp_path):
    rows = [{**row, "region": EVIL} for row in series(store, "地区生产总值")] + gdp
    path = tmp_path / "chart.html"
    path.write_text(chart_html(rows, EVIL), encoding="utf-8")
    page, dialogs, refused = open_offline(browser, path)
    assert page.locator(".main-svg .scatterlayer .trace").count() >= 4
    assert 'alert("title")' in page.locator(".gtitle").text_content()  # shown as text, not run
    page.screenshot(path=str(tmp_path / "chart.png"))
    assert dialogs == [] and refused == []
    page.close()


def test_png_is_a_valid_image_of_sensible_size(gdp, tmp_path):
    path = tmp_path / "gdp.png"
    chart_png(gdp, "地区生产总值 · 零陵区 $x$ <b>", path)
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert 600 <= width <= 2000 and 400 <= height <= 3000
    assert 20_000 < len(data) < 1_000_000


def test_headline_indicators_have_values_in_several_reports(store):
    top = headline_indicators(store, top=6)
    assert top[0] == ("地区生产总值", "零陵区") and len(top) == 6
    assert ("社会消费品零售总额", "零陵区") in top


def test_small_multiples_page_has_one_panel_per_headline_indicator(store, browser, tmp_path):
    page = small_multiples_html(store, top=6)
    assert page.count('class="panel"') == 6 and page.count("plotly.js v") == 1  # plotly.js inlined once
    assert not re.search(r"<script[^>]*\bsrc=", page)
    path = tmp_path / "all.html"
    path.write_text(page, encoding="utf-8")
    opened, dialogs, refused = open_offline(browser, path)
    opened.wait_for_function("document.querySelectorAll('.panel .main-svg').length >= 6")
    assert "地区生产总值 · 零陵区" in opened.locator(".panel").first.inner_text()
    assert dialogs == [] and refused == []
    opened.close()


def cli(capsys, store_path, *args):
    code = main([*args, "--store", str(store_path)])
    out, err = capsys.readouterr()
    return code, out, err


def test_tifa_chart_writes_html_and_png(capsys, store_path, tmp_path):
    html, png = tmp_path / "gdp.html", tmp_path / "gdp.png"
    code, out, _ = cli(capsys, store_path, "chart", "地区生产总值", "--region", "零陵区", "-o", str(html),
                       "--png", str(png))
    assert code == 0 and str(html) in out and str(png) in out
    assert "lingling-2019-plan" in html.read_text(encoding="utf-8")
    assert png.read_bytes()[:4] == b"\x89PNG"
    code, out, _ = cli(capsys, store_path, "chart", "--all", "--top", "4", "-o", str(tmp_path / "all.html"))
    assert code == 0 and (tmp_path / "all.html").read_text(encoding="utf-8").count('class="panel"') == 4


def test_tifa_chart_errors_are_one_line(capsys, store_path, tmp_path):
    code, _, err = cli(capsys, store_path, "chart", "地区生产值", "-o", str(tmp_path / "x.html"))
    assert code == 1 and err.startswith("tifa: ") and err.count("\n") == 1 and "地区生产总值" in err
    assert not (tmp_path / "x.html").exists()
    code, _, err = cli(capsys, store_path, "chart", "地区生产总值", "--region", "北京")
    assert code == 1 and "零陵区" in err and err.count("\n") == 1
    code, _, err = cli(capsys, store_path, "chart")
    assert code == 1 and err.startswith("tifa: ")
